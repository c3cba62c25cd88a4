// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/dbsession.h"
#include "wizardcontext.h"

#include <QPointer>
#include <QWizard>

class CommitPage;

/// What the workbench's wizards share: the context MainWindow hands over (its password wiped when
/// the wizard goes), the session held weakly, and a commit page as the last page. Cancel (or
/// Escape) while the commit runs cancels the running step instead of closing.
class WorkbenchWizard : public QWizard {
    Q_OBJECT
public:
    WorkbenchWizard(WizardContext context, QWidget *parent = nullptr);
    ~WorkbenchWizard() override;

    CommitPage *commitPage() const { return m_commit; }
    const WizardContext &context() const { return m_context; }
    DbSession *session() const { return m_session; }
    /// Whether the commit page wrote anything (MainWindow reloads the history).
    bool hasWritten() const;
    /// Cancels the running commit step instead of closing while one runs.
    void reject() override;

Q_SIGNALS:
    /// The commit page finished (successfully or not) after writing: reload what it changed.
    void committed(bool success);

protected:
    /// Adds the commit page (the last page) under `id`; call it once.
    void setCommitPage(int id, CommitPage *page);

    WizardContext m_context;
    QPointer<DbSession> m_session;
    CommitPage *m_commit = nullptr;
};
