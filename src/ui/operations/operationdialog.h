// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connections/environment.h"
#include "db/dbrequests.h"

#include <QDialog>

struct ConnectionSpec;
class DbSession;
class LintPanel;
class PlanCreationDialog;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class ReadOnlySqlView;

/// Preview, confirmation, progress and result of one write operation (deploy, resolve, execute).
/// First asks the worker for the plan (a dry run), shows every statement in order with the
/// bookkeeping writes, and only on confirmation runs it. On a read-only (production) connection the
/// user must type the database name, which elevates the connection for this operation only.
class OperationDialog : public QDialog {
    Q_OBJECT
public:
    OperationDialog(DbSession *session, const OperationRequest &request, Environment environment,
                    const QString &provider, QWidget *parent = nullptr);

    /// Whether the operation ran and wrote something (the history must be reloaded).
    bool hasWritten() const { return m_ran; }
    const OperationResult &result() const { return m_result; }

    /// For tests: the confirmation field and buttons.
    QLineEdit *confirmationEdit() const { return m_confirm; }
    QPushButton *runButton() const { return m_run; }
    QString planText() const;
    QString outcomeText() const;

    /// The live connection WITH password (data pre-checks, change plans) and the workspace.
    void setReviewContext(const ConnectionSpec &spec, const QString &workspaceRoot);
    LintPanel *lintPanel() const { return m_lint; }
    QPushButton *savePlanButton() const { return m_savePlan; }
    /// Production: turns this operation into a change plan for review instead of running it.
    PlanCreationDialog *saveAsChangePlan();

Q_SIGNALS:
    void planShown();
    void finishedRunning();

protected:
    void reject() override;

private:
    void showPlan(const OperationResult &result);
    void showOutcome(const OperationResult &result);
    void startRun();
    void updateRunEnabled();
    QString confirmationWord() const;

    DbSession *m_session;
    OperationRequest m_request;
    Environment m_environment;
    quint64 m_pending = 0;
    bool m_running = false;
    bool m_ran = false;
    OperationResult m_result;

    QLabel *m_title;
    QLabel *m_notes;
    ReadOnlySqlView *m_sql;
    LintPanel *m_lint;
    QPushButton *m_savePlan;
    QString m_provider;
    QString m_workspaceRoot;
    QLabel *m_confirmLabel;
    QLineEdit *m_confirm;
    QProgressBar *m_progress;
    QLabel *m_step;
    QPlainTextEdit *m_outcome;
    QPushButton *m_run;
    QPushButton *m_cancel;
};
