// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrationdetailspane.h"

#include "history/ansitext.h"
#include "history/historytablemodel.h"
#include "history/timestamp.h"
#include "ui_migrationdetailspane.h"

#include <QHeaderView>

namespace {
// Full checksums are 64 characters; the start and the end are enough to compare by eye.
QString shortChecksum(const QString &checksum) {
    return checksum.size() > 24 ? checksum.left(12) + QStringLiteral("…") + checksum.right(8)
                                : checksum;
}

QString timestampText(const std::optional<qint64> &micros) {
    if (!micros)
        return QStringLiteral("—");
    return MigrationDetailsPane::tr("%1 (%2)").arg(Timestamp::toLocalDisplay(micros),
                                                   Timestamp::toIso(micros));
}
} // namespace

MigrationDetailsPane::MigrationDetailsPane(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MigrationDetailsPane>()) {
    m_ui->setupUi(this);
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.25);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
    m_ui->logsView->setFont(m_ui->sqlView->font());
    m_ui->rowsTable->verticalHeader()->hide();
    clear();
}

MigrationDetailsPane::~MigrationDetailsPane() = default;

void MigrationDetailsPane::clear() {
    m_shownName.clear();
    m_ui->titleLabel->setText(tr("No migration selected"));
    m_ui->stateLabel->clear();
    m_ui->findingsLabel->setText(tr("Select a migration to see its SQL, its rows in "
                                    "_prisma_migrations and what Prisma would say about it."));
    for (QLabel *label : {m_ui->startedValue, m_ui->finishedValue, m_ui->rolledBackValue,
                          m_ui->stepsValue, m_ui->recordedValue, m_ui->localValue})
        label->clear();
    m_ui->sqlView->setSql(QString());
    m_ui->logsView->clear();
    m_ui->rowsTable->clear();
    m_ui->rowsTable->setRowCount(0);
    m_ui->rowsTable->setColumnCount(0);
}

void MigrationDetailsPane::showMigration(const HistoryReport &report, int statusIndex) {
    if (statusIndex < 0 || statusIndex >= report.migrations.size()) {
        clear();
        return;
    }
    const MigrationStatus &s = report.migrations.at(statusIndex);
    m_shownName = s.name;
    m_ui->titleLabel->setText(s.name);
    const QColor color = HistoryTableModel::stateColor(s.state, s.modified);
    m_ui->stateLabel->setText(HistoryTableModel::stateText(s));
    m_ui->stateLabel->setStyleSheet(
        QStringLiteral(
            "QLabel { color: white; background: %1; border-radius: 4px; padding: 2px 8px; "
            "font-weight: bold; }")
            .arg(color.name()));

    const LocalMigration *local = report.localOf(s);
    QStringList findings = s.findings();
    if (local && local->problems)
        findings << local->problemText;
    if (findings.isEmpty())
        findings << tr("Applied, and the file matches what was recorded.");
    m_ui->findingsLabel->setText(findings.join(QLatin1Char('\n')));

    const MigrationRow *row = s.decidingRow >= 0 ? &report.rows.at(s.decidingRow) : nullptr;
    m_ui->startedValue->setText(row ? timestampText(row->startedAt) : tr("not recorded"));
    m_ui->finishedValue->setText(row ? timestampText(row->finishedAt) : QStringLiteral("—"));
    m_ui->rolledBackValue->setText(row ? timestampText(row->rolledBackAt) : QStringLiteral("—"));
    m_ui->stepsValue->setText(row ? QString::number(row->appliedStepsCount) : QStringLiteral("—"));
    m_ui->recordedValue->setText(row ? shortChecksum(row->checksum) : tr("no row"));
    m_ui->recordedValue->setToolTip(row ? row->checksum : QString());
    QString localText = tr("no local file");
    m_ui->localValue->setToolTip(local ? local->checksum : QString());
    if (local && !local->checksum.isEmpty()) {
        localText = shortChecksum(local->checksum);
        if (s.modified)
            localText += tr("  (differs)");
        else if (s.checksumMatch == Checksum::Match::LineEndings)
            localText += tr("  (same after line-ending normalisation)");
        else if (row)
            localText += tr("  (matches)");
    }
    m_ui->localValue->setText(localText);

    m_ui->sqlView->setProvider(report.provider);
    if (!local)
        m_ui->sqlView->setSql(tr("-- This migration is not in the local migrations folder."));
    else if (!local->hasScript())
        m_ui->sqlView->setSql(QStringLiteral("-- ") + local->problemText);
    else if (local->problems & LocalMigration::HugeScript)
        m_ui->sqlView->setSql(
            tr("-- The file is too large to show (%1 bytes).").arg(local->scriptSize));
    else
        m_ui->sqlView->setSql(QString::fromUtf8(local->script));

    const QString logs = row && row->logs ? AnsiText::strip(*row->logs) : QString();
    m_ui->logsView->setPlainText(row && row->logs ? (logs.isEmpty() ? tr("(empty)") : logs)
                                                  : tr("(no logs: NULL)"));
    m_ui->tabs->setTabText(1, row && row->logs && !logs.isEmpty() ? tr("Logs •") : tr("Logs"));

    const QStringList headers{tr("Row state"),      tr("id"),
                              tr("started_at"),     tr("finished_at"),
                              tr("rolled_back_at"), tr("applied_steps_count"),
                              tr("checksum"),       tr("logs")};
    m_ui->rowsTable->clear();
    m_ui->rowsTable->setColumnCount(static_cast<int>(headers.size()));
    m_ui->rowsTable->setHorizontalHeaderLabels(headers);
    m_ui->rowsTable->setRowCount(static_cast<int>(s.rowIndexes.size()));
    for (int r = 0; r < s.rowIndexes.size(); ++r) {
        const MigrationRow &mr = report.rows.at(s.rowIndexes.at(r));
        const QString rowState = mr.isApplied()      ? tr("applied")
                                 : mr.isRolledBack() ? tr("rolled back")
                                 : mr.logs           ? tr("failed")
                                                     : tr("started, never finished");
        const QStringList cells{
            rowState,
            mr.id,
            Timestamp::toIso(mr.startedAt),
            mr.finishedAt ? Timestamp::toIso(mr.finishedAt) : QStringLiteral("NULL"),
            mr.rolledBackAt ? Timestamp::toIso(mr.rolledBackAt) : QStringLiteral("NULL"),
            QString::number(mr.appliedStepsCount),
            mr.checksum,
            mr.logs ? AnsiText::strip(*mr.logs).section(QLatin1Char('\n'), 0, 0)
                    : QStringLiteral("NULL")};
        for (int c = 0; c < cells.size(); ++c)
            m_ui->rowsTable->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    m_ui->rowsTable->resizeColumnsToContents();
    m_ui->tabs->setTabText(2, tr("Rows (%1)").arg(s.rowIndexes.size()));
}
