// SPDX-License-Identifier: GPL-3.0-or-later
#include "recoveryfailurepage.h"

#include "commandbox.h"
#include "history/ansitext.h"
#include "history/timestamp.h"
#include "recoverywizard.h"
#include "schema/diffjob.h"
#include "wizards/failedmigrationforensics.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
QColor outcomeColor(StatementProbe::Outcome outcome) {
    switch (outcome) {
    case StatementProbe::Outcome::Done:
        return QColor(0x2e, 0x9d, 0x4f);
    case StatementProbe::Outcome::NotDone:
        return QColor(0xd6, 0x3b, 0x3b);
    case StatementProbe::Outcome::Unknown:
        break;
    }
    return QColor(0xd9, 0x8c, 0x00);
}
} // namespace

RecoveryFailurePage::RecoveryFailurePage(RecoveryWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_row(new QLabel(this))
    , m_logs(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_table(new QTableWidget(0, 4, this))
    , m_verdict(new QLabel(this))
    , m_commands(new CommandBox(this)) {
    setObjectName(QStringLiteral("recoveryFailurePage"));
    setTitle(tr("The failed migration"));
    setSubTitle(tr("What failed, and which of its statements took effect anyway. Nothing is "
                   "written until the last page."));
    m_row->setWordWrap(true);
    m_row->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_logs->setObjectName(QStringLiteral("failureLogs"));
    m_logs->setReadOnly(true);
    m_logs->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_logs->setMaximumHeight(130);
    m_status->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("forensicsTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("#"), tr("Statement"), tr("Took effect?"), tr("Why we think so")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(1, 300);
    m_verdict->setWordWrap(true);
    m_commands->setCommands({QStringLiteral("npx prisma migrate status")});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_row);
    layout->addWidget(m_logs);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_verdict);
    layout->addWidget(m_commands);
}

RecoveryFailurePage::~RecoveryFailurePage() {
    if (m_job)
        m_job->cancel();
}

QString RecoveryFailurePage::logsText() const {
    return m_logs->toPlainText();
}

void RecoveryFailurePage::initializePage() {
    const MigrationRow *row = m_wizard->failedRow();
    const LocalMigration *local = m_wizard->localMigration();
    if (!row) {
        m_row->setText(tr("<b>%1</b> has no failed row in _prisma_migrations: there is nothing "
                          "to recover.")
                           .arg(m_wizard->migration().toHtmlEscaped()));
    } else {
        m_row->setText(
            tr("<b>%1</b> failed on <b>%2</b>: started %3, not finished, %4 step(s) applied. "
               "<code>prisma migrate deploy</code> refuses to run (P3009) until it is resolved.")
                .arg(m_wizard->migration().toHtmlEscaped(),
                     m_wizard->context().connectionName.toHtmlEscaped(),
                     Timestamp::toIso(row->startedAt))
                .arg(row->appliedStepsCount));
    }
    const QString logs = row && row->logs ? AnsiText::strip(*row->logs).trimmed() : QString();
    m_logs->setPlainText(logs.isEmpty()
                             ? tr("(no logs: the process stopped before it could record an error)")
                             : logs);

    if (m_job || m_done)
        return; // the forensics stay valid when coming back to this page
    if (!row || !local || !m_wizard->context().diff.hasDatabase()) {
        m_status->setText(!local ? tr("The migration is not in the migrations folder, so its "
                                      "statements cannot be examined.")
                                 : QString());
        m_done = row != nullptr;
        Q_EMIT completeChanged();
        return;
    }
    // The live schema, read on its own thread: forensics compare each statement with it.
    m_status->setText(tr("Reading the live schema…"));
    m_job = m_wizard->context().readLiveSchema(this, [this](const DiffOutcome &outcome) {
        m_job = nullptr;
        onLiveSchema(outcome);
    });
}

void RecoveryFailurePage::onLiveSchema(const DiffOutcome &outcome) {
    m_done = true;
    if (!outcome.ok()) {
        m_status->setText(tr("The live schema could not be read: %1").arg(outcome.error.message));
        m_status->setStyleSheet(QStringLiteral("QLabel { color: #d63b3b; }"));
        Q_EMIT completeChanged();
        Q_EMIT forensicsReady();
        return;
    }
    const Forensics f = FailedMigrationForensics::examine(
        *m_wizard->localMigration(), sqlDialectForProvider(m_wizard->context().provider()),
        outcome.from);
    m_wizard->setForensics(outcome.from, f);
    m_status->setText(f.error.isEmpty()
                          ? tr("Each statement of the migration, compared with the live schema:")
                          : f.error);
    m_table->setRowCount(static_cast<int>(f.statements.size()));
    int r = 0;
    for (const Forensics::Statement &s : f.statements) {
        auto *index = new QTableWidgetItem(QString::number(s.index));
        index->setToolTip(tr("Line %1").arg(s.line));
        auto *statement = new QTableWidgetItem(
            s.probe.what.isEmpty() ? s.text.simplified().left(120) : s.probe.what);
        statement->setToolTip(s.text.trimmed());
        auto *result = new QTableWidgetItem(StatementProbe::outcomeText(s.probe.outcome));
        result->setForeground(outcomeColor(s.probe.outcome));
        QFont bold = result->font();
        bold.setBold(true);
        result->setFont(bold);
        auto *reason = new QTableWidgetItem(s.probe.reason);
        reason->setToolTip(s.probe.reason);
        m_table->setItem(r, 0, index);
        m_table->setItem(r, 1, statement);
        m_table->setItem(r, 2, result);
        m_table->setItem(r, 3, reason);
        ++r;
    }
    m_verdict->setText(QStringLiteral("<b>%1</b>").arg(f.verdictText().toHtmlEscaped()));
    Q_EMIT completeChanged();
    Q_EMIT forensicsReady();
}

bool RecoveryFailurePage::isComplete() const {
    return m_done && !m_job && m_wizard->failedRow() != nullptr;
}
