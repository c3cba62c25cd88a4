// SPDX-License-Identifier: GPL-3.0-or-later
#include "operationdialog.h"

#include "db/dbsession.h"
#include "review/lintpanel.h"
#include "review/plancreationdialog.h"
#include "viewers/readonlysqlview.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace {
QString titleFor(const OperationRequest &r) {
    switch (r.kind) {
    case OperationRequest::Kind::Deploy:
        return OperationDialog::tr("Deploy pending migrations");
    case OperationRequest::Kind::ResolveApplied:
        return OperationDialog::tr("Mark %1 as applied").arg(r.migrationName);
    case OperationRequest::Kind::ResolveRolledBack:
        return OperationDialog::tr("Mark %1 as rolled back").arg(r.migrationName);
    case OperationRequest::Kind::Execute:
        return OperationDialog::tr("Execute %1").arg(r.scriptName);
    }
    return {};
}

QString prismaCommandFor(const OperationRequest &r) {
    switch (r.kind) {
    case OperationRequest::Kind::Deploy:
        return QStringLiteral("prisma migrate deploy");
    case OperationRequest::Kind::ResolveApplied:
        return QStringLiteral("prisma migrate resolve --applied \"%1\"").arg(r.migrationName);
    case OperationRequest::Kind::ResolveRolledBack:
        return QStringLiteral("prisma migrate resolve --rolled-back \"%1\"").arg(r.migrationName);
    case OperationRequest::Kind::Execute:
        return QStringLiteral("prisma db execute --file %1").arg(r.scriptName);
    }
    return {};
}
} // namespace

OperationDialog::OperationDialog(DbSession *session, const OperationRequest &request,
                                 Environment environment, const QString &provider, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_request(request)
    , m_environment(environment)
    , m_title(new QLabel(this))
    , m_notes(new QLabel(this))
    , m_sql(new ReadOnlySqlView(this))
    , m_lint(new LintPanel(this))
    , m_savePlan(new QPushButton(tr("Save as Change Plan…"), this))
    , m_provider(provider)
    , m_confirmLabel(new QLabel(this))
    , m_confirm(new QLineEdit(this))
    , m_progress(new QProgressBar(this))
    , m_step(new QLabel(this))
    , m_outcome(new QPlainTextEdit(this))
    , m_run(new QPushButton(tr("Run"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this)) {
    setWindowTitle(titleFor(request));
    resize(900, 760);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_title->setFont(bold);
    m_title->setText(titleFor(request) + tr("  —  equivalent: %1").arg(prismaCommandFor(request)));
    m_title->setWordWrap(true);
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sql->setProvider(provider);
    m_sql->setPlaceholderText(tr("Preparing the preview…"));
    m_confirm->setPlaceholderText(tr("Type the database name to confirm"));
    m_confirmLabel->setWordWrap(true);
    m_progress->setVisible(false);
    m_step->setVisible(false);
    m_outcome->setReadOnly(true);
    m_outcome->setVisible(false);
    m_outcome->setMaximumHeight(180);
    m_run->setEnabled(false);
    m_run->setDefault(false);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_savePlan, QDialogButtonBox::ActionRole);
    buttons->addButton(m_run, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_notes);
    // What runs above, what the linter and the pre-checks say about it below.
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_sql);
    split->addWidget(m_lint);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    m_lint->setVisible(request.kind == OperationRequest::Kind::Deploy ||
                       request.kind == OperationRequest::Kind::Execute);
    m_savePlan->setVisible(false);
    m_savePlan->setToolTip(tr("Write this operation as a change plan for a reviewer to approve"));
    connect(m_savePlan, &QPushButton::clicked, this, &OperationDialog::saveAsChangePlan);
    connect(m_lint, &LintPanel::acknowledgementChanged, this, &OperationDialog::updateRunEnabled);
    layout->addWidget(split, 1);
    layout->addWidget(m_confirmLabel);
    layout->addWidget(m_confirm);
    layout->addWidget(m_progress);
    layout->addWidget(m_step);
    layout->addWidget(m_outcome);
    layout->addWidget(buttons);

    const bool production = environment == Environment::Production;
    m_confirmLabel->setVisible(production);
    m_confirm->setVisible(production);
    if (production) {
        m_confirmLabel->setText(
            tr("<b>Production.</b> This connection is read-only. Type <b>%1</b> to "
               "allow this one operation to write.")
                .arg(confirmationWord().toHtmlEscaped()));
    }
    connect(m_confirm, &QLineEdit::textChanged, this, &OperationDialog::updateRunEnabled);
    connect(m_run, &QPushButton::clicked, this, &OperationDialog::startRun);
    connect(m_cancel, &QPushButton::clicked, this, &OperationDialog::reject);
    connect(m_session, &DbSession::operationProgress, this, [this](const OperationProgress &p) {
        if (p.requestId != m_pending)
            return;
        if (p.total > 0) {
            m_progress->setRange(0, p.total);
            m_progress->setValue(p.done);
        }
        m_step->setText(p.what);
    });
    connect(m_session, &DbSession::operationFinished, this, [this](const OperationReply &reply) {
        if (reply.requestId != m_pending)
            return; // stale: not ours
        m_pending = 0;
        if (reply.result.dryRun)
            showPlan(reply.result);
        else
            showOutcome(reply.result);
    });

    OperationRequest preview = request;
    preview.dryRun = true;
    m_pending = m_session->runOperation(preview);
}

QString OperationDialog::confirmationWord() const {
    const ConnectionSpec &spec = m_session->spec();
    return spec.driver == ConnectionSpec::Driver::Sqlite ? QFileInfo(spec.database).fileName()
                                                         : spec.database;
}

void OperationDialog::updateRunEnabled() {
    const bool planned = !m_result.plan.isRefused() && m_result.dryRun && !m_running && !m_ran;
    const bool confirmed =
        m_environment != Environment::Production || m_confirm->text() == confirmationWord();
    // An error finding never blocks silently: it asks for the explicit acknowledgement.
    const bool reviewed = m_lint->isHidden() || (m_lint->isLinted() && m_lint->isAcknowledged());
    m_run->setEnabled(planned && confirmed && reviewed);
    m_savePlan->setEnabled(planned);
}

void OperationDialog::setReviewContext(const ConnectionSpec &spec, const QString &workspaceRoot) {
    m_lint->setConnection(spec);
    m_workspaceRoot = workspaceRoot;
    m_savePlan->setVisible(m_environment == Environment::Production && spec.isValid());
}

PlanCreationDialog *OperationDialog::saveAsChangePlan() {
    PlanRequest plan;
    plan.spec = m_lint->connection();
    plan.operation = static_cast<OperationPlan::Operation>(m_request.kind); // same order
    plan.workspaceRoot = m_workspaceRoot;
    plan.migrationsDir = m_request.migrationsDir;
    plan.migrationName = m_request.migrationName;
    plan.script = m_request.script;
    plan.scriptName = m_request.scriptName;
    plan.atomic = m_request.atomic;
    plan.environment = environmentKey(m_environment);
    plan.title = windowTitle();
    auto *dialog = new PlanCreationDialog(plan, this);
    plan.spec.password.fill(QChar(u'\0'));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QString OperationDialog::planText() const {
    return m_sql->toPlainText();
}

QString OperationDialog::outcomeText() const {
    return m_outcome->toPlainText();
}

void OperationDialog::showPlan(const OperationResult &result) {
    m_result = result;
    const OperationPlan &plan = result.plan;
    if (plan.isRefused() || (!result.success && !result.errorMessage.isEmpty())) {
        m_notes->setText(
            tr("<b>Refused%1:</b> %2")
                .arg(
                    plan.refusalCode.isEmpty() ? QString()
                                               : QStringLiteral(" (%1)").arg(plan.refusalCode),
                    (plan.refusal.isEmpty() ? result.errorMessage : plan.refusal).toHtmlEscaped()));
        m_notes->setTextFormat(Qt::RichText);
        m_notes->setStyleSheet(QStringLiteral("QLabel { color: #d63b3b; }"));
        m_sql->setSql(tr("-- Nothing will be sent."));
        m_lint->setVisible(false);
        m_result.plan.refusal = plan.refusal.isEmpty() ? result.errorMessage : plan.refusal;
        updateRunEnabled();
        Q_EMIT planShown();
        return;
    }
    QString sql;
    QString migration;
    int statements = 0;
    for (const PlannedStep &step : plan.steps) {
        if (step.migration != migration) {
            migration = step.migration;
            sql += QStringLiteral("\n-- ===== %1 =====\n").arg(migration);
        }
        sql += QStringLiteral("-- [%1]%2\n")
                   .arg(PlannedStep::kindKey(step.kind),
                        step.line > 0 ? tr(" line %1, column %2").arg(step.line).arg(step.column)
                                      : QString());
        QString text = step.sql.trimmed();
        if (!text.endsWith(QLatin1Char(';')))
            text += QLatin1Char(';');
        sql += text + QLatin1Char('\n');
        statements += step.kind == PlannedStep::Kind::Statement ? 1 : 0;
    }
    m_sql->setSql(sql.trimmed());
    QStringList notes;
    if (plan.operation == OperationPlan::Operation::Deploy)
        notes << (plan.migrations.isEmpty() ? tr("No pending migrations: nothing to apply.")
                                            : tr("%n migration(s) will be applied: ", nullptr,
                                                 static_cast<int>(plan.migrations.size())) +
                                                  plan.migrations.join(QStringLiteral(", ")));
    notes << tr("%n step(s) in total, %1 from the script(s).", nullptr,
                static_cast<int>(plan.steps.size()))
                 .arg(statements);
    notes += plan.notes;
    m_notes->setTextFormat(Qt::PlainText); // notes hold SQL fragments such as <now, UTC>
    m_notes->setText(notes.join(QLatin1Char('\n')));
    m_lint->lint(m_request, plan, m_provider);
    if (plan.operation == OperationPlan::Operation::Deploy && plan.migrations.isEmpty())
        m_result.plan.refusal = tr("Nothing to do.");
    updateRunEnabled();
    Q_EMIT planShown();
}

void OperationDialog::startRun() {
    if (m_running)
        return;
    m_running = true;
    m_run->setEnabled(false);
    m_confirm->setEnabled(false);
    m_progress->setVisible(true);
    m_progress->setRange(0, 0);
    m_step->setVisible(true);
    m_step->setText(tr("Starting…"));
    OperationRequest run = m_request;
    run.dryRun = false;
    run.elevated =
        m_environment == Environment::Production && m_confirm->text() == confirmationWord();
    m_pending = m_session->runOperation(run);
}

void OperationDialog::showOutcome(const OperationResult &result) {
    m_running = false;
    m_ran = true;
    m_result = result;
    m_progress->setVisible(false);
    m_outcome->setVisible(true);
    QString text = result.output.join(QLatin1Char('\n'));
    if (!result.success) {
        if (result.failedLine > 0)
            text += tr("\n\nFailed statement %1 (line %2, column %3):\n%4")
                        .arg(result.failedStatement + 1)
                        .arg(result.failedLine)
                        .arg(result.failedColumn)
                        .arg(result.failedSql);
        if (!result.recovery.isEmpty())
            text += QStringLiteral("\n\n") + result.recovery;
        if (text.trimmed().isEmpty())
            text = result.errorMessage;
    }
    m_outcome->setPlainText(text.trimmed());
    m_step->setText(result.success ? tr("Done in %1 ms.").arg(result.elapsedMs)
                                   : (result.cancelled ? tr("Cancelled.") : tr("Failed.")));
    m_step->setStyleSheet(result.success
                              ? QStringLiteral("QLabel { color: #2e9d4f; font-weight: bold; }")
                              : QStringLiteral("QLabel { color: #d63b3b; font-weight: bold; }"));
    m_cancel->setText(tr("Close"));
    Q_EMIT finishedRunning();
}

void OperationDialog::reject() {
    if (m_running) {
        // First press cancels the operation (between statements, or the statement itself).
        m_session->cancel();
        m_step->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}
