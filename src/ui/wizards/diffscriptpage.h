// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schema/diffrequest.h"

#include <QPointer>
#include <QWizardPage>

#include <functional>

class CommandBox;
class DiffJob;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class ReadOnlySqlView;

/// A wizard page that compares two schema sources in the background (a DiffJob: the GUI never
/// waits) and shows Prisma's summary and the script, with the equivalent `prisma migrate diff`.
/// "Rehearse" runs the comparison again with verification: the script applied to a shadow copy of
/// the live side, which must then match the target. The recovery wizard's backward/forward script
/// and the hotfix wizard's drift are this page.
class DiffScriptPage : public QWizardPage {
    Q_OBJECT
public:
    using RequestProvider = std::function<DiffRequest()>;
    using CommandsProvider = std::function<QStringList()>;

    explicit DiffScriptPage(QWidget *parent = nullptr);
    ~DiffScriptPage() override;

    /// Builds the request (with passwords; the page wipes its copies) on every entry.
    void setRequestProvider(RequestProvider provider) { m_provider = std::move(provider); }
    void setCommandsProvider(CommandsProvider provider) { m_commands = std::move(provider); }
    /// The page is complete only when there are differences (hotfix: a drift to capture).
    void setRequireChanges(bool require, const QString &noChangesText);
    void setExplanation(const QString &text);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    /// QWizard::next() does not ask isComplete(): an incomplete page must not be left.
    bool validatePage() override { return isComplete(); }

    bool isBusy() const { return !m_job.isNull(); }
    bool hasOutcome() const { return m_hasOutcome; }
    const DiffOutcome &outcome() const { return m_outcome; }
    /// The script as `prisma migrate diff --script` prints it; empty when nothing differs.
    QString script() const;
    QPushButton *rehearseButton() const { return m_rehearse; }
    /// Runs the comparison again and rehearses the script on a shadow copy.
    void rehearse();

Q_SIGNALS:
    void outcomeReady();

private:
    void start(bool verify);
    void onFinished(const DiffOutcome &outcome);

    RequestProvider m_provider;
    CommandsProvider m_commands;
    bool m_requireChanges = false;
    QString m_noChangesText;
    QPointer<DiffJob> m_job;
    DiffOutcome m_outcome;
    bool m_hasOutcome = false;

    QLabel *m_explanation;
    CommandBox *m_commandBox;
    QLabel *m_status;
    QPlainTextEdit *m_summary;
    ReadOnlySqlView *m_script;
    QPushButton *m_rehearse;
    QLabel *m_verification;
};
