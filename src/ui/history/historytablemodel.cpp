// SPDX-License-Identifier: GPL-3.0-or-later
#include "historytablemodel.h"

#include "history/timestamp.h"

#include <QColor>
#include <QIcon>
#include <QPainter>
#include <QPixmap>

namespace {
QIcon dotIcon(const QColor &color) {
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(color.darker(130));
    painter.setBrush(color);
    painter.drawEllipse(QRectF(1.5, 1.5, 9, 9));
    return QIcon(pixmap);
}
} // namespace

HistoryTableModel::HistoryTableModel(QObject *parent)
    : QAbstractTableModel(parent) {
}

void HistoryTableModel::setReport(const HistoryReport &report) {
    beginResetModel();
    m_report = report;
    endResetModel();
}

const MigrationStatus *HistoryTableModel::statusAt(int row) const {
    if (row < 0 || row >= m_report.migrations.size())
        return nullptr;
    return &m_report.migrations.at(row);
}

int HistoryTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_report.migrations.size());
}

int HistoryTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

const MigrationRow *HistoryTableModel::decidingRow(const MigrationStatus &status) const {
    return status.decidingRow >= 0 ? &m_report.rows.at(status.decidingRow) : nullptr;
}

QColor HistoryTableModel::stateColor(MigrationStatus::State state, bool modified) {
    if (modified && state == MigrationStatus::State::Applied)
        return QColor(0xd9, 0x8c, 0x00); // amber: applied, but the file changed
    switch (state) {
    case MigrationStatus::State::Applied:
        return QColor(0x2e, 0x9d, 0x4f);
    case MigrationStatus::State::Pending:
        return QColor(0x3b, 0x7d, 0xd8);
    case MigrationStatus::State::Failed:
        return QColor(0xd6, 0x3b, 0x3b);
    case MigrationStatus::State::RolledBack:
        return QColor(0x8e, 0x6b, 0xc4);
    }
    return {};
}

QString HistoryTableModel::stateText(const MigrationStatus &s) {
    QStringList parts{MigrationStatus::stateLabel(s.state)};
    if (s.startedNotFinished)
        parts << tr("never finished");
    if (s.reappliedAfterRollback)
        parts << tr("re-applied");
    if (s.modified)
        parts << tr("modified");
    if (!s.isLocal())
        parts << tr("missing locally");
    return parts.join(QStringLiteral(" · "));
}

QVariant HistoryTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MigrationStatus &s = m_report.migrations.at(index.row());
    const MigrationRow *row = decidingRow(s);
    switch (role) {
    case StateRole:
        return static_cast<int>(s.state);
    case AttentionRole:
        return s.needsAttention();
    case ModifiedRole:
        return s.modified;
    case LocalRole:
        return s.isLocal();
    case StatusIndexRole:
        return index.row();
    default:
        break;
    }

    switch (index.column()) {
    case StateColumn:
        if (role == Qt::DisplayRole)
            return stateText(s);
        if (role == Qt::DecorationRole)
            return dotIcon(stateColor(s.state, s.modified));
        if (role == Qt::ToolTipRole)
            return s.findings().join(QLatin1Char('\n'));
        if (role == SortRole)
            return static_cast<int>(s.state);
        break;
    case NameColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return s.name;
        if (role == Qt::ToolTipRole)
            if (const LocalMigration *local = m_report.localOf(s))
                return local->directoryPath;
        break;
    case LocalColumn:
        if (role == Qt::DisplayRole) {
            if (!s.isLocal())
                return tr("missing");
            const LocalMigration *local = m_report.localOf(s);
            return local && local->problems & ~LocalMigration::UnusualName ? tr("problem")
                                                                           : tr("yes");
        }
        if (role == Qt::ToolTipRole)
            if (const LocalMigration *local = m_report.localOf(s))
                return local->problemText;
        if (role == SortRole)
            return s.isLocal();
        break;
    case RowsColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return static_cast<int>(s.rowIndexes.size());
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case StartedColumn:
        if (role == Qt::DisplayRole)
            return row ? Timestamp::toLocalDisplay(row->startedAt) : QString();
        if (role == SortRole)
            return row && row->startedAt ? *row->startedAt : -1;
        if (role == Qt::ToolTipRole && row)
            return Timestamp::toIso(row->startedAt);
        break;
    case FinishedColumn:
        if (role == Qt::DisplayRole)
            return row ? Timestamp::toLocalDisplay(row->finishedAt) : QString();
        if (role == SortRole)
            return row && row->finishedAt ? *row->finishedAt : -1;
        if (role == Qt::ToolTipRole && row)
            return Timestamp::toIso(row->finishedAt);
        break;
    case ChecksumColumn:
        if (role == Qt::DisplayRole) {
            if (!row)
                return QString();
            if (s.modified)
                return tr("differs");
            if (s.checksumMatch == Checksum::Match::LineEndings)
                return tr("matches (line endings)");
            return s.isLocal() ? tr("matches") : QString();
        }
        if (role == Qt::ToolTipRole && row)
            return tr("Recorded: %1").arg(row->checksum);
        if (role == SortRole)
            return s.modified;
        break;
    default:
        break;
    }
    if (role == Qt::ForegroundRole && index.column() == StateColumn)
        return stateColor(s.state, s.modified);
    return {};
}

QVariant HistoryTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StateColumn:
        return tr("State");
    case NameColumn:
        return tr("Migration");
    case LocalColumn:
        return tr("Local");
    case RowsColumn:
        return tr("Rows");
    case StartedColumn:
        return tr("Started");
    case FinishedColumn:
        return tr("Finished");
    case ChecksumColumn:
        return tr("Checksum");
    default:
        return {};
    }
}
