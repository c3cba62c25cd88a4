// SPDX-License-Identifier: GPL-3.0-or-later
#include "commitpage.h"

#include "commandbox.h"
#include "db/dbsession.h"
#include "viewers/readonlysqlview.h"
#include "wizardcontext.h"
#include "wizards/migrationwriter.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QTemporaryDir>
#include <QVBoxLayout>
#include <QWizard>

CommitPage::CommitPage(QWidget *parent)
    : QWizardPage(parent)
    , m_commands(new CommandBox(this))
    , m_intro(new QLabel(this))
    , m_sql(new ReadOnlySqlView(this))
    , m_notesLabel(new QLabel(this))
    , m_confirmLayout(new QVBoxLayout)
    , m_progress(new QProgressBar(this))
    , m_step(new QLabel(this))
    , m_log(new QPlainTextEdit(this)) {
    setObjectName(QStringLiteral("commitPage"));
    setTitle(tr("Commit"));
    setSubTitle(tr("Everything that will be written, in order. Nothing has been written yet; "
                   "Cancel leaves the database and the migrations folder as they are."));
    setButtonText(QWizard::FinishButton, tr("&Commit"));
    m_intro->setWordWrap(true);
    m_sql->setObjectName(QStringLiteral("commitPreview"));
    m_sql->setPlaceholderText(tr("Preparing the preview (a dry run of every step)…"));
    m_notesLabel->setWordWrap(true);
    m_notesLabel->setTextFormat(Qt::PlainText);
    m_notesLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setVisible(false);
    m_step->setVisible(false);
    m_log->setObjectName(QStringLiteral("commitOutcome"));
    m_log->setReadOnly(true);
    m_log->setVisible(false);
    m_log->setMaximumHeight(170);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_commands);
    layout->addWidget(m_sql, 1);
    layout->addWidget(m_notesLabel);
    layout->addLayout(m_confirmLayout);
    layout->addWidget(m_progress);
    layout->addWidget(m_step);
    layout->addWidget(m_log);
}

CommitPage::~CommitPage() = default;

void CommitPage::watch(DbSession *session) {
    for (const QPointer<DbSession> &s : std::as_const(m_watched)) {
        if (s == session)
            return;
    }
    m_watched << session;
    connect(session, &DbSession::operationFinished, this,
            [this, session](const OperationReply &reply) { onReply(session, reply); });
    connect(session, &DbSession::operationProgress, this,
            [this, session](const OperationProgress &p) {
                if (session != m_pendingSession || p.requestId != m_pending ||
                    m_state != State::Running)
                    return;
                if (p.total > 0) {
                    m_progress->setRange(0, p.total);
                    m_progress->setValue(p.done);
                }
                m_step->setText(
                    tr("Step %1 of %2: %3").arg(m_current + 1).arg(m_steps.size()).arg(p.what));
            });
}

void CommitPage::initializePage() {
    m_steps = m_provider ? m_provider() : QList<CommitStep>{};
    m_previews.clear();
    m_notes.clear();
    m_results.clear();
    m_current = -1;
    m_pending = 0;
    m_log->clear();
    m_log->setVisible(false);
    m_sql->clear();
    qDeleteAll(m_confirmWidgets);
    m_confirmWidgets.clear();
    m_confirmEdits.clear();

    QStringList commands;
    QStringList titles;
    QString provider;
    for (const CommitStep &step : std::as_const(m_steps)) {
        commands += step.prismaCommands;
        titles << QStringLiteral("%1. %2").arg(titles.size() + 1).arg(step.title);
        if (step.kind == CommitStep::Kind::Operation && step.session)
            watch(step.session);
        if (provider.isEmpty())
            provider = step.provider;
    }
    m_commands->setCommands(commands);
    m_intro->setText(titles.join(QLatin1Char('\n')));
    if (!m_steps.isEmpty() && m_steps.constFirst().session)
        m_sql->setProvider(m_steps.constFirst().session->spec().provider());
    else if (!provider.isEmpty())
        m_sql->setProvider(provider);

    // One confirmation per production connection: the same rule as OperationDialog.
    QList<DbSession *> production;
    for (const CommitStep &step : std::as_const(m_steps)) {
        if (step.kind != CommitStep::Kind::Operation || !step.session ||
            step.environment != Environment::Production || production.contains(step.session))
            continue;
        production << step.session;
        auto *label = new QLabel(
            tr("<b>Production: %1.</b> This connection is read-only. Type <b>%2</b> to allow "
               "these writes to it.")
                .arg(step.connectionName.toHtmlEscaped(),
                     WizardContext::confirmationWord(step.session->spec()).toHtmlEscaped()),
            this);
        label->setWordWrap(true);
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("confirmProduction"));
        edit->setPlaceholderText(tr("Type the database name to confirm"));
        edit->setProperty("word", WizardContext::confirmationWord(step.session->spec()));
        edit->setProperty("session", QVariant::fromValue<QObject *>(step.session));
        connect(edit, &QLineEdit::textChanged, this, &CommitPage::completeChanged);
        m_confirmLayout->addWidget(label);
        m_confirmLayout->addWidget(edit);
        m_confirmWidgets << label << edit;
        m_confirmEdits << edit;
    }

    setSubTitle(tr("Everything that will be written, in order. Nothing has been written yet; "
                   "Cancel leaves the database and the migrations folder as they are."));
    setState(State::Previewing);
    QString error;
    if (!prepareScratchFolder(&error)) {
        m_notes << error;
        setState(State::Refused);
        previewDone();
        return;
    }
    previewNext();
}

bool CommitPage::prepareScratchFolder(QString *error) {
    m_scratch.reset();
    m_scratchDir.clear();
    for (const CommitStep &step : std::as_const(m_steps)) {
        if (step.kind != CommitStep::Kind::WriteMigration)
            continue;
        if (!m_scratch) {
            // A copy of the folder as it will be after the writes: resolve reads the new
            // migration's checksum from there, so the preview is the real one.
            m_scratch = std::make_unique<QTemporaryDir>();
            m_scratchDir = m_scratch->filePath(QStringLiteral("migrations"));
            QDir().mkpath(m_scratchDir);
            const QDir source(step.migrationsDir);
            QDirIterator it(step.migrationsDir, QDir::Files | QDir::Hidden,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                const QString target =
                    m_scratchDir + QLatin1Char('/') + source.relativeFilePath(file);
                QDir().mkpath(QFileInfo(target).absolutePath());
                QFile::copy(file, target);
            }
        }
        const MigrationWriter::Result r =
            MigrationWriter::createNamed(m_scratchDir, step.migrationName, step.sql, step.provider);
        if (!r.ok()) {
            *error = r.error;
            return false;
        }
    }
    return true;
}

void CommitPage::previewNext() {
    ++m_current;
    if (m_current >= m_steps.size()) {
        previewDone();
        return;
    }
    const CommitStep &step = m_steps.at(m_current);
    if (step.kind == CommitStep::Kind::WriteMigration) {
        m_previews << previewOf(step, {});
        previewNext();
        return;
    }
    if (!step.session || step.previewAfterEarlierSteps) {
        if (!step.session)
            m_notes << tr("Step %1: the connection is closed.").arg(m_current + 1);
        m_previews << previewOf(step, {});
        if (!step.session)
            setState(State::Refused);
        previewNext();
        return;
    }
    OperationRequest preview = step.request;
    preview.dryRun = true;
    if (m_scratch && !preview.migrationsDir.isEmpty())
        preview.migrationsDir = m_scratchDir;
    m_pendingSession = step.session;
    m_pending = step.session->runOperation(preview);
}

void CommitPage::onReply(DbSession *session, const OperationReply &reply) {
    if (session != m_pendingSession || reply.requestId != m_pending || m_pending == 0)
        return; // another page's, or one from before Back
    m_pending = 0;
    const OperationResult &r = reply.result;
    if (m_state == State::Previewing || m_state == State::Refused) {
        const CommitStep &step = m_steps.at(m_current);
        const bool refused = r.plan.isRefused() || (!r.success && !r.errorMessage.isEmpty());
        if (refused) {
            m_notes << tr("Step %1 is refused%2: %3")
                           .arg(m_current + 1)
                           .arg(r.plan.refusalCode.isEmpty()
                                    ? QString()
                                    : QStringLiteral(" (%1)").arg(r.plan.refusalCode),
                                r.plan.refusal.isEmpty() ? r.errorMessage : r.plan.refusal);
            setState(State::Refused);
        }
        for (const QString &note : r.plan.notes)
            m_notes << tr("Step %1: %2").arg(m_current + 1).arg(note);
        m_previews << previewOf(step, r);
        previewNext();
        return;
    }
    if (m_state != State::Running)
        return;
    m_results << r;
    m_wrote = m_wrote || r.statementsRun > 0 || r.success;
    const CommitStep &step = m_steps.at(m_current);
    QString text = r.output.join(QLatin1Char('\n')).trimmed();
    if (!r.success) {
        if (r.failedLine > 0)
            text += tr("\nFailed statement %1 (line %2, column %3):\n%4")
                        .arg(r.failedStatement + 1)
                        .arg(r.failedLine)
                        .arg(r.failedColumn)
                        .arg(r.failedSql);
        if (!r.recovery.isEmpty())
            text += QStringLiteral("\n") + r.recovery;
        if (text.trimmed().isEmpty())
            text = r.errorMessage;
        appendOutcome(
            tr("✘ %1 — %2").arg(step.title, r.cancelled ? tr("cancelled") : tr("failed")));
        appendOutcome(text.trimmed());
        finishRun(false);
        return;
    }
    appendOutcome(tr("✔ %1 (%2 ms)").arg(step.title).arg(r.elapsedMs));
    if (!text.isEmpty())
        appendOutcome(text);
    runNext();
}

QString CommitPage::previewOf(const CommitStep &step, const OperationResult &result) const {
    QString sql = QStringLiteral("-- ===== %1. %2 =====\n").arg(m_current + 1).arg(step.title);
    if (step.kind == CommitStep::Kind::WriteMigration) {
        sql += tr("-- writes %1\n")
                   .arg(QDir::toNativeSeparators(
                       QDir(step.migrationsDir)
                           .filePath(step.migrationName + QStringLiteral("/migration.sql"))));
        return sql + step.sql.trimmed() + QLatin1Char('\n');
    }
    if (step.previewAfterEarlierSteps || !step.session)
        return sql + step.laterPreview.trimmed() + QLatin1Char('\n');
    if (result.plan.isRefused() || (!result.success && !result.errorMessage.isEmpty()))
        return sql + tr("-- refused: nothing will be sent.\n");
    QString migration;
    for (const PlannedStep &planned : result.plan.steps) {
        if (planned.migration != migration && !planned.migration.isEmpty()) {
            migration = planned.migration;
            sql += QStringLiteral("-- migration %1\n").arg(migration);
        }
        sql += QStringLiteral("-- [%1]\n").arg(PlannedStep::kindKey(planned.kind));
        QString text = planned.sql.trimmed();
        if (!text.endsWith(QLatin1Char(';')))
            text += QLatin1Char(';');
        sql += text + QLatin1Char('\n');
    }
    return sql;
}

void CommitPage::previewDone() {
    m_pending = 0;
    m_sql->setSql(m_previews.join(QLatin1Char('\n')).trimmed());
    m_notesLabel->setText(m_notes.join(QLatin1Char('\n')));
    m_notesLabel->setStyleSheet(
        m_state == State::Refused ? QStringLiteral("QLabel { color: #d63b3b; }") : QString());
    if (m_state == State::Previewing)
        setState(m_steps.isEmpty() ? State::Refused : State::Ready);
    if (m_steps.isEmpty())
        m_notesLabel->setText(tr("There is nothing to commit."));
    Q_EMIT previewReady();
}

bool CommitPage::confirmed(const CommitStep &step) const {
    if (step.environment != Environment::Production)
        return true;
    for (QLineEdit *edit : m_confirmEdits) {
        if (edit->property("session").value<QObject *>() == step.session)
            return edit->text() == edit->property("word").toString();
    }
    return false;
}

bool CommitPage::isComplete() const {
    switch (m_state) {
    case State::Ready:
        for (const CommitStep &step : m_steps) {
            if (step.kind == CommitStep::Kind::Operation && !confirmed(step))
                return false;
        }
        return true;
    case State::Succeeded:
    case State::Failed:
        return true;
    default:
        return false;
    }
}

bool CommitPage::validatePage() {
    if (m_state == State::Succeeded || m_state == State::Failed)
        return true; // "Close"
    if (m_state != State::Ready || !isComplete())
        return false;
    // Commit: from here on nothing goes back.
    if (wizard())
        wizard()->setOption(QWizard::DisabledBackButtonOnLastPage, true);
    for (QLineEdit *edit : std::as_const(m_confirmEdits))
        edit->setEnabled(false);
    m_log->setVisible(true);
    m_progress->setVisible(true);
    m_progress->setRange(0, 0);
    m_step->setVisible(true);
    m_current = -1;
    setState(State::Running);
    runNext();
    return false;
}

void CommitPage::runNext() {
    ++m_current;
    if (m_current >= m_steps.size()) {
        finishRun(true);
        return;
    }
    const CommitStep &step = m_steps.at(m_current);
    m_step->setText(tr("Step %1 of %2: %3").arg(m_current + 1).arg(m_steps.size()).arg(step.title));
    m_progress->setRange(0, 0);
    if (step.kind == CommitStep::Kind::WriteMigration) {
        const MigrationWriter::Result r = MigrationWriter::createNamed(
            step.migrationsDir, step.migrationName, step.sql, step.provider);
        if (!r.ok()) {
            appendOutcome(tr("✘ %1 — %2").arg(step.title, r.error));
            finishRun(false);
            return;
        }
        m_wrote = true;
        appendOutcome(tr("✔ %1: %2").arg(step.title, QDir::toNativeSeparators(r.path)));
        // Let the log paint before the next step starts.
        QMetaObject::invokeMethod(this, &CommitPage::runNext, Qt::QueuedConnection);
        return;
    }
    if (!step.session) {
        appendOutcome(tr("✘ %1 — the connection was closed.").arg(step.title));
        finishRun(false);
        return;
    }
    OperationRequest run = step.request;
    run.dryRun = false;
    run.elevated = step.environment == Environment::Production && confirmed(step);
    m_pendingSession = step.session;
    m_pending = step.session->runOperation(run);
}

void CommitPage::finishRun(bool success) {
    m_pending = 0;
    m_progress->setVisible(false);
    m_step->setText(success ? tr("Done.")
                            : tr("Stopped: the steps after the failed one did not run."));
    m_step->setStyleSheet(success
                              ? QStringLiteral("QLabel { color: #2e9d4f; font-weight: bold; }")
                              : QStringLiteral("QLabel { color: #d63b3b; font-weight: bold; }"));
    setSubTitle(success ? tr("Committed. The outcome of every step is below.")
                        : tr("Stopped at a failed step; the steps before it were written."));
    setButtonText(QWizard::FinishButton, tr("&Close"));
    if (wizard())
        wizard()->setOption(QWizard::NoCancelButtonOnLastPage, true);
    setState(success ? State::Succeeded : State::Failed);
    Q_EMIT finished(success);
}

void CommitPage::cleanupPage() {
    // Back: forget the previews; a dry run still on its way is dropped by its id.
    m_pending = 0;
    m_pendingSession = nullptr;
    m_scratch.reset();
    setState(State::Idle);
}

void CommitPage::cancel() {
    if (m_state == State::Running && m_pendingSession) {
        m_pendingSession->cancel();
        m_step->setText(tr("Cancelling…"));
    }
}

void CommitPage::setState(State state) {
    m_state = state;
    Q_EMIT completeChanged();
}

QString CommitPage::previewText() const {
    return m_sql->toPlainText();
}

QString CommitPage::outcomeText() const {
    return m_log->toPlainText();
}

void CommitPage::appendOutcome(const QString &text) {
    m_log->setVisible(true);
    m_log->appendPlainText(text);
}
