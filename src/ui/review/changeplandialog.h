// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/connectionspec.h"
#include "review/changeplanjob.h"

#include <QDialog>
#include <QPointer>

class LintFindingsView;
class PreCheckResultsView;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTreeWidget;
class ReadOnlySqlView;

/// A change plan in review mode: integrity and approval at the top (a changed file is a red
/// banner and can be neither approved nor executed), the target, author and hash, then every
/// step with its exact SQL (bookkeeping included), the preconditions, lint findings, data
/// pre-checks and the backup step. "Approve…" records a reviewer other than the author in the
/// file; "Execute…" runs the approved plan on the current connection (its own thread and
/// connection, ChangePlanJob), which re-checks the preconditions first; "Export HTML Report…".
class ChangePlanDialog : public QDialog {
    Q_OBJECT
public:
    explicit ChangePlanDialog(QWidget *parent = nullptr);
    ~ChangePlanDialog() override;

    /// Reads the plan file; false (with the reason in the banner) when it cannot be read.
    bool load(const QString &path);
    /// The current connection WITH password (invalid: none); wiped on destruction.
    void setConnection(const ConnectionSpec &spec);
    void setJournalPath(const QString &path) { m_journalPath = path; }

    /// Approves as `reviewer` and saves the file; the core's refusal (author, tampered) or a
    /// save error, else empty.
    QString approveAs(const QString &reviewer, const QString &comment = {});
    /// Starts executing (no confirmation asked); false when execution is not allowed now.
    bool execute();
    /// Writes HtmlReport::forPlan (with this plan's executions from the journal) to `path`.
    QString exportReport(const QString &path) const;

    const ChangePlan &plan() const { return m_plan; }
    QString path() const { return m_path; }
    bool isLoaded() const { return m_loaded; }
    bool isTampered() const;
    bool isRunning() const { return m_job != nullptr; }
    const PlanExecution &lastExecution() const { return m_execution; }
    /// Why Execute is disabled (empty when it is enabled).
    QString executeBlocker() const;

    QPushButton *approveButton() const { return m_approve; }
    QPushButton *executeButton() const { return m_execute; }
    QPushButton *exportButton() const { return m_export; }
    QTabWidget *tabs() const { return m_tabs; }
    QString bannerText() const;
    QString stepsText() const;
    QString executionText() const;
    LintFindingsView *lintView() const { return m_lint; }
    PreCheckResultsView *preCheckView() const { return m_preChecks; }
    QTreeWidget *preconditionsView() const { return m_preconditions; }

Q_SIGNALS:
    void executed(const PlanExecution &execution);

protected:
    void reject() override;

private:
    void showPlan();
    void showPreconditions(const QList<PreconditionCheck> &checks);
    void showExecution(const PlanExecution &execution);
    void updateButtons();
    void askAndApprove();
    void confirmAndExecute();
    void chooseFileAndExport();

    ChangePlan m_plan;
    QString m_path;
    QString m_loadError;
    bool m_loaded = false;
    ConnectionSpec m_spec;
    QString m_journalPath;
    QPointer<ChangePlanJob> m_job;
    PlanExecution m_execution;
    bool m_executed = false;

    QLabel *m_banner;
    QLabel *m_header;
    QTabWidget *m_tabs;
    ReadOnlySqlView *m_steps;
    QTreeWidget *m_preconditions;
    LintFindingsView *m_lint;
    PreCheckResultsView *m_preChecks;
    QPlainTextEdit *m_backup;
    QPlainTextEdit *m_outcome;
    QProgressBar *m_progress;
    QLabel *m_hint;
    QPushButton *m_approve;
    QPushButton *m_execute;
    QPushButton *m_export;
    QPushButton *m_close;
};
