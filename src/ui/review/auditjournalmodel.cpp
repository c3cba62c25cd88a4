// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditjournalmodel.h"

#include "reviewcolors.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>

AuditJournalModel::AuditJournalModel(QObject *parent)
    : QAbstractTableModel(parent) {
}

void AuditJournalModel::setEntries(const QList<AuditEntry> &entries, const QList<int> &lines,
                                   int badLine) {
    beginResetModel();
    m_entries = entries;
    m_lines = lines;
    m_badLine = badLine;
    endResetModel();
}

int AuditJournalModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int AuditJournalModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditJournalModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const AuditEntry &e = m_entries.at(index.row());
    const bool bad = m_badLine > 0 && m_lines.value(index.row()) == m_badLine;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return e.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case UserColumn:
            return e.osUser.isEmpty() ? tr("(unknown)") : e.osUser;
        case ConnectionColumn:
            return e.connection;
        case EnvironmentColumn:
            return e.environment;
        case OperationColumn:
            return e.elevated ? tr("%1 (elevated)").arg(e.operation) : e.operation;
        case TargetColumn:
            return e.target;
        case ResultColumn:
            return QString((e.success ? tr("ok") : tr("failed")) + QStringLiteral(": ") +
                           e.result.section(QLatin1Char('\n'), 0, 0));
        case DurationColumn:
            return tr("%1 ms").arg(e.durationMs);
        case PlanHashColumn:
            return e.planHash.left(12);
        }
        return {};
    case Qt::ToolTipRole:
        if (bad)
            return tr("The hash chain breaks at this line (%1): it was changed, removed or "
                      "reordered after it was written.")
                .arg(m_lines.value(index.row()));
        if (index.column() == ResultColumn)
            return e.result;
        if (index.column() == ConnectionColumn)
            return e.connection;
        if (index.column() == PlanHashColumn)
            return e.planHash;
        if (index.column() == TimeColumn)
            return e.time.toString(Qt::ISODateWithMs);
        return {};
    case Qt::DecorationRole:
        // Visible even when the row is selected (the tint is not).
        if (bad && index.column() == TimeColumn)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == ResultColumn && !e.success)
            return QBrush(ReviewColors::error());
        return {};
    case Qt::BackgroundRole:
        if (bad)
            return QBrush(ReviewColors::tint(QApplication::palette().color(QPalette::Base),
                                             ReviewColors::error(), 0.35));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == DurationColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case LineRole:
        return m_lines.value(index.row());
    case BadLineRole:
        return bad;
    }
    return {};
}

QVariant AuditJournalModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case UserColumn:
        return tr("User");
    case ConnectionColumn:
        return tr("Connection");
    case EnvironmentColumn:
        return tr("Environment");
    case OperationColumn:
        return tr("Operation");
    case TargetColumn:
        return tr("Target");
    case ResultColumn:
        return tr("Result");
    case DurationColumn:
        return tr("Duration");
    case PlanHashColumn:
        return tr("Plan hash");
    }
    return {};
}
