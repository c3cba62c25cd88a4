// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/connectionspec.h"
#include "db/dbrequests.h"
#include "review/precheckjob.h"

#include <QPointer>
#include <QWidget>

class LintFindingsView;
class PreCheckResultsView;
class QCheckBox;
class QLabel;
class QPushButton;
class QSplitter;

/// The review part of an operation's preview: the lint findings of exactly what is about to run,
/// a "Run data pre-checks" button (read-only, on their own thread and connection) whose results
/// adjust the findings, and — when any finding is an error — an "I have read the findings" box
/// that the dialog requires before it lets the operation run. Findings never block silently.
class LintPanel : public QWidget {
    Q_OBJECT
public:
    explicit LintPanel(QWidget *parent = nullptr);
    ~LintPanel() override;

    /// Lints what `plan` runs, off the GUI thread: the pending migrations' scripts in order
    /// (deploy, read from `request.migrationsDir`) or the script (execute). Resolve writes only
    /// bookkeeping: nothing to lint.
    void lint(const OperationRequest &request, const OperationPlan &plan, const QString &provider);
    /// The live connection WITH password, for the pre-checks (invalid: no button). Wiped on
    /// destruction.
    void setConnection(const ConnectionSpec &spec);
    const ConnectionSpec &connection() const { return m_spec; }
    void runPreChecks();

    bool isLinted() const { return m_linted; }
    /// Whether an error-severity finding asks for the explicit acknowledgement.
    bool needsAcknowledgement() const;
    /// True when nothing needs acknowledging or the user ticked the box.
    bool isAcknowledged() const;
    const LintFindings &findings() const { return m_findings; }
    const PreCheckReport &preCheckReport() const { return m_report; }

    LintFindingsView *findingsView() const { return m_findingsView; }
    PreCheckResultsView *preCheckView() const { return m_preCheckView; }
    QPushButton *preCheckButton() const { return m_preCheckButton; }
    QCheckBox *acknowledgeBox() const { return m_acknowledge; }
    QString summaryText() const;

Q_SIGNALS:
    void linted();
    void preChecksFinished();
    void acknowledgementChanged();

private:
    void showFindings();
    void updatePreCheckButton();

    ConnectionSpec m_spec;
    LintFindings m_findings;
    PreCheckReport m_report;
    bool m_linted = false;
    int m_errorCount = 0;
    QPointer<PreCheckJob> m_job;

    QLabel *m_summary;
    LintFindingsView *m_findingsView;
    QPushButton *m_preCheckButton;
    QLabel *m_preCheckStatus;
    PreCheckResultsView *m_preCheckView;
    QCheckBox *m_acknowledge;
};
