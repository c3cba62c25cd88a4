// SPDX-License-Identifier: GPL-3.0-or-later
#include "lintpanel.h"

#include "db/sqldialect.h"
#include "lintfindingsview.h"
#include "precheckresultsview.h"
#include "review/migrationlinter.h"
#include "review/precheckjob.h"
#include "reviewcolors.h"
#include "workspace/migrationsfolder.h"

#include <QCheckBox>
#include <QDir>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStringDecoder>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace {
/// Reads and lints on a pool thread: deploy reads every pending migration.sql.
LintFindings lintBlocking(OperationRequest::Kind kind, const QString &migrationsDir,
                          const QStringList &migrations, const QString &script,
                          const QString &scriptName, SqlDialect dialect) {
    if (kind == OperationRequest::Kind::Execute)
        return MigrationLinter::lintScript(script, dialect, scriptName);
    LintFindings findings;
    MigrationLinter::State state; // tables created by an earlier migration of this run are empty
    for (const QString &name : migrations) {
        const LocalMigration local =
            MigrationsFolder::readMigration(QDir(migrationsDir).filePath(name));
        if (!local.hasScript())
            continue;
        QStringDecoder decoder(QStringDecoder::Utf8);
        findings << MigrationLinter::lintScript(decoder.decode(local.script), dialect, name,
                                                &state);
    }
    return findings;
}
} // namespace

LintPanel::LintPanel(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_findingsView(new LintFindingsView(this))
    , m_preCheckButton(new QPushButton(tr("Run Data Pre-Checks"), this))
    , m_preCheckStatus(new QLabel(this))
    , m_preCheckView(new PreCheckResultsView(this))
    , m_acknowledge(new QCheckBox(tr("I have read the findings"), this)) {
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Linting…"));
    m_preCheckStatus->setWordWrap(true);
    m_preCheckButton->setToolTip(
        tr("Count, read-only and with a statement timeout, the rows that would make these "
           "statements fail (duplicates, NULLs, failing casts, orphans)"));
    m_preCheckButton->setVisible(false);
    m_preCheckView->setVisible(false);
    m_acknowledge->setVisible(false);
    m_findingsView->setMinimumHeight(90);

    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_preCheckButton);
    buttonRow->addWidget(m_preCheckStatus, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_findingsView, 2);
    layout->addLayout(buttonRow);
    layout->addWidget(m_preCheckView, 1);
    layout->addWidget(m_acknowledge);

    connect(m_preCheckButton, &QPushButton::clicked, this, &LintPanel::runPreChecks);
    connect(m_acknowledge, &QCheckBox::toggled, this, &LintPanel::acknowledgementChanged);
}

LintPanel::~LintPanel() {
    m_spec.password.fill(QChar(u'\0'));
}

void LintPanel::lint(const OperationRequest &request, const OperationPlan &plan,
                     const QString &provider) {
    m_linted = false;
    m_summary->setText(tr("Linting…"));
    auto *watcher = new QFutureWatcher<LintFindings>(this);
    connect(watcher, &QFutureWatcher<LintFindings>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_findings = watcher->result();
        m_linted = true;
        m_report = {};
        m_preCheckView->setResults({});
        m_preCheckView->setVisible(false);
        m_preCheckStatus->clear();
        showFindings();
        Q_EMIT linted();
    });
    watcher->setFuture(QtConcurrent::run(lintBlocking, request.kind, request.migrationsDir,
                                         plan.migrations, request.script, request.scriptName,
                                         sqlDialectForProvider(provider)));
}

void LintPanel::setConnection(const ConnectionSpec &spec) {
    m_spec.password.fill(QChar(u'\0'));
    m_spec = spec;
    updatePreCheckButton();
}

bool LintPanel::needsAcknowledgement() const {
    return MigrationLinter::hasAtLeast(m_findings, LintFinding::Severity::Error);
}

bool LintPanel::isAcknowledged() const {
    return !needsAcknowledgement() || m_acknowledge->isChecked();
}

QString LintPanel::summaryText() const {
    return m_summary->text();
}

void LintPanel::showFindings() {
    m_findingsView->setFindings(m_findings);
    m_findingsView->setVisible(!m_findings.isEmpty());
    QString text = tr("<b>Lint:</b> %1").arg(LintFindingsView::summary(m_findings).toHtmlEscaped());
    if (needsAcknowledgement())
        text += tr(". Read the errors before you run: the statements are likely to fail or to "
                   "lose data.");
    m_summary->setText(text);
    // A new error asks again: an acknowledgement covers the errors that were read.
    int errors = 0;
    for (const LintFinding &f : std::as_const(m_findings))
        errors += f.severity == LintFinding::Severity::Error ? 1 : 0;
    if (errors != m_errorCount)
        m_acknowledge->setChecked(false);
    m_errorCount = errors;
    m_acknowledge->setVisible(errors > 0);
    m_acknowledge->setStyleSheet(needsAcknowledgement()
                                     ? QStringLiteral("QCheckBox { color: %1; font-weight: bold; }")
                                           .arg(ReviewColors::error().name())
                                     : QString());
    updatePreCheckButton();
    Q_EMIT acknowledgementChanged();
}

void LintPanel::updatePreCheckButton() {
    const bool haveChecks = m_linted && !PreCheckRunner::fromFindings(m_findings).isEmpty();
    m_preCheckButton->setVisible(haveChecks && m_spec.isValid());
    m_preCheckButton->setEnabled(!m_job);
    if (haveChecks && !m_spec.isValid())
        m_preCheckStatus->setText(tr("Connect to the database to run the data pre-checks."));
}

void LintPanel::runPreChecks() {
    const QList<PreCheck> checks = PreCheckRunner::fromFindings(m_findings);
    if (m_job || checks.isEmpty() || !m_spec.isValid())
        return;
    m_preCheckButton->setEnabled(false);
    m_preCheckStatus->setText(
        tr("Running %n pre-check(s), read-only…", nullptr, static_cast<int>(checks.size())));
    m_job = new PreCheckJob(m_spec, checks, {}, this);
    connect(m_job, &PreCheckJob::finished, this, [this](const PreCheckReport &report) {
        m_job->deleteLater();
        m_job = nullptr;
        m_report = report;
        if (report.error.isError()) {
            m_preCheckStatus->setText(
                tr("The pre-checks could not run: %1").arg(report.error.message));
        } else {
            int failed = 0;
            for (const PreCheckResult &r : report.results)
                failed += r.failed() ? 1 : 0;
            m_preCheckStatus->setText(
                failed > 0 ? tr("%n pre-check(s) found rows in the way.", nullptr, failed)
                           : tr("No data in the way."));
            // A failed check turns its finding into an error; a passed one may lower it.
            PreCheckRunner::annotate(m_findings, report.results);
        }
        m_preCheckView->setResults(report.results);
        m_preCheckView->setVisible(!report.results.isEmpty());
        showFindings();
        Q_EMIT preChecksFinished();
    });
    m_job->start();
}
