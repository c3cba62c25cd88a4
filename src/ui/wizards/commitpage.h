// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commitstep.h"
#include "db/dbsession.h"
#include "ops/operationresult.h"

#include <QPointer>
#include <QWizardPage>

#include <functional>
#include <memory>

class CommandBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QTemporaryDir;
class QVBoxLayout;
class ReadOnlySqlView;

/// The last page of every wizard: the only one that writes. On entry it previews each step (a dry
/// run of every operation, bookkeeping included; new migration folders in a scratch copy of the
/// migrations folder so that their resolve can be previewed too) and shows the statements in
/// order. A production connection needs its database name typed, as in OperationDialog. Finish
/// ("Commit") runs the steps in order and stops at the first failure; until then nothing is
/// written and Cancel leaves everything as it was.
class CommitPage : public QWizardPage {
    Q_OBJECT
public:
    enum class State { Idle, Previewing, Ready, Refused, Running, Succeeded, Failed };
    using StepsProvider = std::function<QList<CommitStep>()>;

    explicit CommitPage(QWidget *parent = nullptr);
    ~CommitPage() override;

    /// Called on every entry of the page: the steps the earlier pages chose.
    void setStepsProvider(StepsProvider provider) { m_provider = std::move(provider); }

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Running; }
    /// Whether any step ran (the history must be reloaded).
    bool hasWritten() const { return m_wrote; }
    /// Cancels the running step (between statements, or the statement itself).
    void cancel();
    const QList<CommitStep> &steps() const { return m_steps; }
    const QList<OperationResult> &results() const { return m_results; }
    QString previewText() const;
    QString outcomeText() const;
    QList<QLineEdit *> confirmationEdits() const { return m_confirmEdits; }
    /// Adds a line to the outcome (what the wizard found after the commit).
    void appendOutcome(const QString &text);

Q_SIGNALS:
    void previewReady();
    void finished(bool success);

private:
    void watch(DbSession *session);
    void onReply(DbSession *session, const OperationReply &reply);
    void previewNext();
    void previewDone();
    void runNext();
    void finishRun(bool success);
    void setState(State state);
    QString previewOf(const CommitStep &step, const OperationResult &result) const;
    bool prepareScratchFolder(QString *error);
    bool confirmed(const CommitStep &step) const;

    StepsProvider m_provider;
    QList<CommitStep> m_steps;
    QStringList m_previews;
    QStringList m_notes;
    QList<OperationResult> m_results;
    State m_state = State::Idle;
    bool m_wrote = false;
    int m_current = -1;
    quint64 m_pending = 0;
    QPointer<DbSession> m_pendingSession;
    QList<QPointer<DbSession>> m_watched;
    std::unique_ptr<QTemporaryDir> m_scratch; ///< migrations copy for previews of new folders
    QString m_scratchDir;

    CommandBox *m_commands;
    QLabel *m_intro;
    ReadOnlySqlView *m_sql;
    QLabel *m_notesLabel;
    QVBoxLayout *m_confirmLayout;
    QList<QLineEdit *> m_confirmEdits;
    QList<QWidget *> m_confirmWidgets;
    QProgressBar *m_progress;
    QLabel *m_step;
    QPlainTextEdit *m_log;
};
