// SPDX-License-Identifier: GPL-3.0-or-later
#include "changeplandialog.h"

#include "lintfindingsview.h"
#include "precheckresultsview.h"
#include "review/auditjournal.h"
#include "review/changeplanjob.h"
#include "review/htmlreport.h"
#include "reviewcolors.h"
#include "viewers/readonlysqlview.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QStyle>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
enum PreconditionColumn { DescriptionColumn, ExpectedColumn, NowColumn };

QString stepsSql(const OperationPlan &plan) {
    QString sql;
    QString migration;
    for (const PlannedStep &step : plan.steps) {
        if (step.migration != migration) {
            migration = step.migration;
            sql += QStringLiteral("\n-- ===== %1 =====\n").arg(migration);
        }
        sql += QStringLiteral("-- [%1]%2\n")
                   .arg(PlannedStep::kindKey(step.kind),
                        step.line > 0 ? ChangePlanDialog::tr(" line %1, column %2")
                                            .arg(step.line)
                                            .arg(step.column)
                                      : QString());
        QString text = step.sql.trimmed();
        if (!text.endsWith(QLatin1Char(';')))
            text += QLatin1Char(';');
        sql += text + QLatin1Char('\n');
    }
    return sql.trimmed();
}

QString row(const QString &label, const QString &value) {
    return QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value);
}
} // namespace

ChangePlanDialog::ChangePlanDialog(QWidget *parent)
    : QDialog(parent)
    , m_banner(new QLabel(this))
    , m_header(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_steps(new ReadOnlySqlView(this))
    , m_preconditions(new QTreeWidget(this))
    , m_lint(new LintFindingsView(this))
    , m_preChecks(new PreCheckResultsView(this))
    , m_backup(new QPlainTextEdit(this))
    , m_outcome(new QPlainTextEdit(this))
    , m_progress(new QProgressBar(this))
    , m_hint(new QLabel(this))
    , m_approve(new QPushButton(tr("Approve…"), this))
    , m_execute(new QPushButton(tr("Execute…"), this))
    , m_export(new QPushButton(tr("Export HTML Report…"), this))
    , m_close(new QPushButton(tr("Close"), this)) {
    setWindowTitle(tr("Change Plan"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    resize(1000, 760);
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preconditions->setRootIsDecorated(false);
    m_preconditions->setHeaderLabels({tr("Precondition"), tr("Expected"), tr("Now")});
    m_preconditions->header()->setStretchLastSection(true);
    m_preconditions->header()->setSectionResizeMode(DescriptionColumn,
                                                    QHeaderView::ResizeToContents);
    m_backup->setReadOnly(true);
    m_outcome->setReadOnly(true);
    m_outcome->setPlaceholderText(tr("Not executed yet. Execute… runs the approved plan on the "
                                     "current connection after re-checking its preconditions."));
    m_progress->setRange(0, 0);
    m_progress->setVisible(false);
    m_hint->setWordWrap(true);

    m_tabs->addTab(m_steps, tr("Steps"));
    m_tabs->addTab(m_preconditions, tr("Preconditions"));
    m_tabs->addTab(m_lint, tr("Lint"));
    m_tabs->addTab(m_preChecks, tr("Pre-checks"));
    m_tabs->addTab(m_backup, tr("Backup"));
    m_tabs->addTab(m_outcome, tr("Execution"));

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_approve, QDialogButtonBox::ActionRole);
    buttons->addButton(m_execute, QDialogButtonBox::ActionRole);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_hint);
    layout->addWidget(buttons);

    connect(m_approve, &QPushButton::clicked, this, &ChangePlanDialog::askAndApprove);
    connect(m_execute, &QPushButton::clicked, this, &ChangePlanDialog::confirmAndExecute);
    connect(m_export, &QPushButton::clicked, this, &ChangePlanDialog::chooseFileAndExport);
    connect(m_close, &QPushButton::clicked, this, &ChangePlanDialog::reject);
    showPlan();
}

ChangePlanDialog::~ChangePlanDialog() {
    m_spec.password.fill(QChar(u'\0'));
}

bool ChangePlanDialog::load(const QString &path) {
    m_path = QFileInfo(path).absoluteFilePath();
    m_plan = ChangePlan();
    m_loadError.clear();
    m_executed = false;
    m_execution = {};
    m_loaded = ChangePlan::load(path, &m_plan, &m_loadError);
    if (!m_loaded && m_loadError.isEmpty())
        m_loadError = tr("Cannot read %1.").arg(path);
    setWindowTitle(tr("Change Plan — %1").arg(QFileInfo(path).fileName()));
    showPlan();
    return m_loaded;
}

void ChangePlanDialog::setConnection(const ConnectionSpec &spec) {
    m_spec.password.fill(QChar(u'\0'));
    m_spec = spec;
    updateButtons();
}

bool ChangePlanDialog::isTampered() const {
    return m_loaded && !m_plan.verifyIntegrity().isEmpty();
}

QString ChangePlanDialog::bannerText() const {
    return m_banner->text();
}

QString ChangePlanDialog::stepsText() const {
    return m_steps->toPlainText();
}

QString ChangePlanDialog::executionText() const {
    return m_outcome->toPlainText();
}

void ChangePlanDialog::showPlan() {
    const ChangePlan &p = m_plan;
    if (!m_loaded) {
        m_banner->setText(
            m_path.isEmpty()
                ? tr("No plan loaded.")
                : tr("<b>This plan cannot be read:</b> %1").arg(m_loadError.toHtmlEscaped()));
        m_banner->setStyleSheet(ReviewColors::banner(palette(), ReviewColors::error()));
        m_header->clear();
        m_steps->setSql({});
        updateButtons();
        return;
    }
    const QString integrity = p.verifyIntegrity();
    const QString approval = p.verifyApproval();
    if (!integrity.isEmpty()) {
        m_banner->setText(tr("<b>Tampered: do not approve or execute this plan.</b> %1")
                              .arg(integrity.toHtmlEscaped()));
        m_banner->setStyleSheet(ReviewColors::banner(palette(), ReviewColors::error()));
    } else if (approval.isEmpty()) {
        m_banner->setText(
            tr("<b>Integrity verified and approved</b> by %1 on %2: the plan is "
               "exactly what was reviewed.")
                .arg(p.approval.reviewer.toHtmlEscaped(),
                     p.approval.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        m_banner->setStyleSheet(ReviewColors::banner(palette(), ReviewColors::ok()));
    } else {
        m_banner->setText(
            p.approval.isEmpty()
                ? tr("<b>Integrity verified</b> (the content matches its hash). <b>Not approved "
                     "yet:</b> a reviewer other than its author (%1) must approve it before it "
                     "can run.")
                      .arg(p.author.toHtmlEscaped())
                : tr("<b>Integrity verified</b> (the content matches its hash). <b>Not "
                     "approved:</b> %1")
                      .arg(approval.toHtmlEscaped()));
        m_banner->setStyleSheet(ReviewColors::banner(palette(), ReviewColors::warning()));
    }

    QString html = QStringLiteral("<table>");
    if (!p.title.isEmpty())
        html += row(tr("Title"), p.title.toHtmlEscaped());
    html += row(tr("Operation"), p.summary().toHtmlEscaped());
    const QColor envColor = p.environment == QLatin1String("production") ? ReviewColors::error()
                            : p.environment == QLatin1String("staging")  ? ReviewColors::warning()
                                                                         : ReviewColors::ok();
    html += row(tr("Target"), tr("%1 (%2, <span style='color:%3'><b>%4</b></span>)")
                                  .arg(p.connection.toHtmlEscaped(), p.provider.toHtmlEscaped(),
                                       envColor.name(), p.environment.toHtmlEscaped()));
    html +=
        row(tr("Author"),
            tr("%1, %2").arg(p.author.toHtmlEscaped(),
                             p.created.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    html += row(tr("Hash"), QStringLiteral("<code>%1</code>").arg(p.hash.toHtmlEscaped()));
    html += row(
        tr("Approval"),
        p.approval.isEmpty()
            ? tr("none")
            : tr("%1, %2%3")
                  .arg(p.approval.reviewer.toHtmlEscaped(),
                       p.approval.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                       p.approval.comment.isEmpty()
                           ? QString()
                           : QStringLiteral(" — ") + p.approval.comment.toHtmlEscaped()));
    if (!p.preview.notes.isEmpty())
        html += row(tr("Notes"), p.preview.notes.join(QStringLiteral("\n"))
                                     .toHtmlEscaped()
                                     .replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    html += QStringLiteral("</table>");
    m_header->setText(html);

    m_steps->setProvider(p.provider);
    m_steps->setSql(p.preview.steps.isEmpty() ? tr("-- The plan has no steps.")
                                              : stepsSql(p.preview));
    m_tabs->setTabText(0, tr("Steps (%1)").arg(p.preview.steps.size()));
    showPreconditions({});
    m_tabs->setTabText(1, tr("Preconditions (%1)").arg(p.preconditions.size()));
    m_lint->setFindings(p.lint);
    m_tabs->setTabText(2, tr("Lint (%1)").arg(p.lint.size()));
    m_preChecks->setResults(p.preChecks);
    m_tabs->setTabText(3, tr("Pre-checks (%1)").arg(p.preChecks.size()));
    QStringList backup;
    backup << (p.backupRequired ? tr("The operation changes schema or data: a backup is taken "
                                     "before it runs.")
                                : tr("The operation writes only bookkeeping: no backup needed."));
    if (!p.backupStatement.isEmpty())
        backup << p.backupStatement;
    if (p.backupRequired && !p.backupPlanned)
        backup << tr("No backup tool was available when the plan was made: no backup will be "
                     "taken, and the journal will say so.");
    if (!m_path.isEmpty())
        backup << tr("Backups go to %1.")
                      .arg(QDir::toNativeSeparators(
                          QFileInfo(m_path).absoluteDir().filePath(QStringLiteral("backups"))));
    backup << QString()
           << (p.readinessUrl.isEmpty()
                   ? tr("No readiness check after execution.")
                   : tr("Readiness check after execution: GET %1 must answer 200.")
                         .arg(p.readinessUrl));
    m_backup->setPlainText(backup.join(QLatin1Char('\n')));
    updateButtons();
}

void ChangePlanDialog::showPreconditions(const QList<PreconditionCheck> &checks) {
    m_preconditions->clear();
    const QColor base = palette().color(QPalette::Base);
    for (qsizetype i = 0; i < m_plan.preconditions.size(); ++i) {
        const PlanPrecondition &pre = m_plan.preconditions.at(i);
        auto *item = new QTreeWidgetItem(m_preconditions);
        item->setText(DescriptionColumn, pre.description);
        QString expected = pre.expected;
        expected.replace(QLatin1Char('\n'), QStringLiteral(", "));
        item->setText(ExpectedColumn, pre.kind == PlanPrecondition::Kind::SchemaHash
                                          ? expected.left(16)
                                          : expected);
        item->setToolTip(ExpectedColumn, pre.expected);
        item->setText(NowColumn, tr("checked again when executing"));
        for (const PreconditionCheck &c : checks) {
            if (c.precondition.kind != pre.kind || c.precondition.subject != pre.subject)
                continue;
            item->setText(NowColumn, c.message.isEmpty() ? c.actual : c.message);
            item->setIcon(NowColumn,
                          style()->standardIcon(c.holds ? QStyle::SP_DialogApplyButton
                                                        : QStyle::SP_MessageBoxCritical));
            if (!c.holds)
                for (int col = 0; col < m_preconditions->columnCount(); ++col)
                    item->setBackground(col, ReviewColors::tint(base, ReviewColors::error(), 0.22));
        }
    }
    m_preconditions->resizeColumnToContents(ExpectedColumn);
}

QString ChangePlanDialog::executeBlocker() const {
    if (!m_loaded)
        return tr("No plan is loaded.");
    if (const QString integrity = m_plan.verifyIntegrity(); !integrity.isEmpty())
        return integrity;
    if (const QString approval = m_plan.verifyApproval(); !approval.isEmpty())
        return approval;
    if (!m_spec.isValid())
        return tr("Connect to %1 to execute this plan.").arg(m_plan.connection);
    if (m_spec.redactedUrl() != m_plan.connection)
        return tr("The plan targets %1, the current connection is %2.")
            .arg(m_plan.connection, m_spec.redactedUrl());
    if (m_job)
        return tr("The plan is running.");
    if (m_executed && m_execution.ran)
        return tr("The plan has been executed.");
    return {};
}

void ChangePlanDialog::updateButtons() {
    const bool trusted = m_loaded && m_plan.verifyIntegrity().isEmpty();
    m_approve->setEnabled(trusted && !m_job && !m_plan.isApproved());
    m_approve->setToolTip(
        trusted ? tr("Approve as a reviewer other than the author (%1)").arg(m_plan.author)
                : tr("A plan that cannot be trusted cannot be approved."));
    m_export->setEnabled(m_loaded);
    const QString blocker = executeBlocker();
    m_execute->setEnabled(blocker.isEmpty());
    m_execute->setToolTip(blocker);
    m_hint->setText(blocker.isEmpty()
                        ? tr("Ready to execute on %1: the preconditions are re-checked first.")
                              .arg(m_plan.connection)
                        : tr("Execute is unavailable: %1").arg(blocker));
}

QString ChangePlanDialog::approveAs(const QString &reviewer, const QString &comment) {
    if (!m_loaded)
        return tr("No plan is loaded.");
    ChangePlan approved = m_plan;
    if (const QString refusal =
            approved.approve(reviewer, QDateTime::currentDateTimeUtc(), comment);
        !refusal.isEmpty())
        return refusal;
    QString error;
    if (!approved.save(m_path, &error))
        return error.isEmpty() ? tr("Cannot write %1.").arg(m_path) : error;
    // Read back what was written: the banner then shows what a later reader will see.
    load(m_path);
    return {};
}

void ChangePlanDialog::askAndApprove() {
    bool ok = false;
    const QString reviewer = QInputDialog::getText(
        this, tr("Approve Change Plan"),
        tr("You approve exactly this plan (hash %1…).\nYour name (the author, %2, cannot "
           "approve):")
            .arg(m_plan.hash.left(12), m_plan.author),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    if (const QString error = approveAs(reviewer); !error.isEmpty())
        QMessageBox::warning(this, tr("Approve Change Plan"), error);
}

bool ChangePlanDialog::execute() {
    if (!executeBlocker().isEmpty())
        return false;
    PlanExecutionRequest request;
    request.spec = m_spec;
    request.journalPath = m_journalPath;
    request.backupDirectory = QFileInfo(m_path).absoluteDir().filePath(QStringLiteral("backups"));
    m_job = ChangePlanJob::executing(m_plan, request, this);
    request.spec.password.fill(QChar(u'\0'));
    connect(m_job, &ChangePlanJob::executed, this, &ChangePlanDialog::showExecution);
    m_outcome->setPlainText(tr("Re-checking the preconditions, then the backup and the "
                               "operation…"));
    m_tabs->setCurrentWidget(m_outcome);
    m_progress->setVisible(true);
    m_close->setText(tr("Cancel"));
    m_job->start();
    updateButtons();
    return true;
}

void ChangePlanDialog::confirmAndExecute() {
    const auto answer = QMessageBox::question(
        this, tr("Execute Change Plan"),
        tr("Execute %1?\n\nApproved by %2. The preconditions are re-checked against the live "
           "database first; nothing is written when anything changed.")
            .arg(m_plan.summary(), m_plan.approval.reviewer));
    if (answer == QMessageBox::Yes)
        execute();
}

void ChangePlanDialog::showExecution(const PlanExecution &e) {
    m_job->deleteLater();
    m_job = nullptr;
    m_execution = e;
    m_executed = true;
    m_progress->setVisible(false);
    m_close->setText(tr("Close"));
    showPreconditions(e.preconditions);
    if (!e.preChecks.isEmpty())
        m_preChecks->setResults(e.preChecks);
    QStringList lines;
    if (e.refused) {
        lines << tr("REFUSED: nothing was written.") << e.refusal;
    } else {
        lines << (e.success() ? tr("SUCCESS in %1 ms.").arg(e.elapsedMs)
                              : tr("FAILED after %1 ms.").arg(e.elapsedMs));
        lines << QString() << tr("Preconditions:");
        for (const PreconditionCheck &c : e.preconditions)
            lines << QStringLiteral("  %1 %2: %3")
                         .arg(c.holds ? QStringLiteral("✔") : QStringLiteral("✘"),
                              c.precondition.description,
                              c.message.isEmpty() ? c.actual : c.message);
        if (e.backupRan || !e.backup.statement.isEmpty())
            lines << QString()
                  << tr("Backup: %1")
                         .arg(e.backup.statement.isEmpty() ? e.backup.error : e.backup.statement);
        lines << QString() << tr("Output:") << e.result.output;
        if (!e.result.success && !e.result.errorMessage.isEmpty())
            lines << e.result.errorMessage;
        if (!e.result.recovery.isEmpty())
            lines << e.result.recovery;
        if (!e.schemaChange.isEmpty())
            lines << QString() << tr("Schema change:") << e.schemaChange;
        if (e.readiness.ran)
            lines << QString() << tr("Readiness %1: %2").arg(e.readiness.url, e.readiness.message);
    }
    if (!e.journalError.isEmpty())
        lines << QString() << tr("The journal could not be written: %1").arg(e.journalError);
    m_outcome->setPlainText(lines.join(QLatin1Char('\n')).trimmed());
    QPalette pal = m_outcome->palette();
    pal.setColor(QPalette::Base,
                 ReviewColors::tint(palette().color(QPalette::Base),
                                    e.success() ? ReviewColors::ok() : ReviewColors::error(),
                                    0.12));
    m_outcome->setPalette(pal);
    m_tabs->setCurrentWidget(m_outcome);
    updateButtons();
    Q_EMIT executed(e);
}

QString ChangePlanDialog::exportReport(const QString &path) const {
    if (!m_loaded)
        return tr("No plan is loaded.");
    QList<AuditEntry> executions;
    if (!m_journalPath.isEmpty() && !m_plan.hash.isEmpty()) {
        AuditJournal::Filter filter;
        filter.planHash = m_plan.hash;
        executions = AuditJournal(m_journalPath).entries(filter);
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return f.errorString();
    f.write(HtmlReport::forPlan(m_plan, executions).toUtf8());
    if (!f.commit())
        return f.errorString();
    return {};
}

void ChangePlanDialog::chooseFileAndExport() {
    const QString suggestion = QFileInfo(m_path).absoluteDir().filePath(
        QFileInfo(m_path).completeBaseName() + QStringLiteral(".html"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export HTML Report"), suggestion,
                                                      tr("HTML files (*.html)"));
    if (path.isEmpty())
        return;
    if (const QString error = exportReport(path); !error.isEmpty())
        QMessageBox::warning(this, tr("Export HTML Report"), error);
}

void ChangePlanDialog::reject() {
    if (m_job) {
        // First press cancels (between steps, or the running statement); the result still comes.
        m_job->cancel();
        m_outcome->appendPlainText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}
