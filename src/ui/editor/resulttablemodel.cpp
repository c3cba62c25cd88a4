// SPDX-License-Identifier: GPL-3.0-or-later
#include "resulttablemodel.h"

#include "query/resultwriter.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

namespace {
bool isNumeric(int type) {
    switch (type) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
    case QMetaType::Short:
    case QMetaType::UShort:
        return true;
    default:
        return false;
    }
}

constexpr qsizetype kDisplayLimit = 300; ///< characters shown in a cell; the tooltip has more
} // namespace

ResultTableModel::ResultTableModel(QObject *parent)
    : QAbstractTableModel(parent) {
}

void ResultTableModel::setResult(const QList<QueryColumn> &columns, const QList<QueryRow> &rows,
                                 quint64 cursorId, bool truncated) {
    beginResetModel();
    m_columns = columns;
    m_rows = rows;
    m_cursorId = cursorId;
    m_fetching = false;
    m_truncated = truncated;
    m_fetchError.clear();
    endResetModel();
    Q_EMIT stateChanged();
}

void ResultTableModel::appendChunk(const RowChunk &chunk) {
    if (chunk.cursorId != m_cursorId || m_cursorId == 0)
        return;
    m_fetching = false;
    if (!chunk.rows.isEmpty()) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(chunk.rows.size()) - 1);
        m_rows.append(chunk.rows);
        endInsertRows();
    }
    if (chunk.closed)
        m_truncated = true;
    if (chunk.error.isError())
        m_fetchError = chunk.error.message;
    if (chunk.atEnd || chunk.closed || chunk.error.isError())
        m_cursorId = 0;
    Q_EMIT stateChanged();
}

void ResultTableModel::markCursorClosed() {
    if (m_cursorId == 0)
        return;
    m_cursorId = 0;
    m_fetching = false;
    m_truncated = true;
    Q_EMIT stateChanged();
}

int ResultTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ResultTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QVariant ResultTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QueryRow &row = m_rows.at(index.row());
    if (index.column() >= row.size())
        return {};
    const QVariant &value = row.at(index.column());
    switch (role) {
    case Qt::DisplayRole: {
        if (value.isNull())
            return QStringLiteral("NULL");
        QString text = ResultWriter::text(value);
        if (text.size() > kDisplayLimit)
            text = text.left(kDisplayLimit) + QStringLiteral("…");
        text.replace(QLatin1Char('\n'), QChar(0x21b5)); // ↵: one line per row
        text.replace(QLatin1Char('\r'), QString());
        return text;
    }
    case Qt::ToolTipRole: {
        if (value.isNull())
            return tr("NULL (no value)");
        const QString text = ResultWriter::text(value);
        return text.size() > 40 || text.contains(QLatin1Char('\n')) ? text.left(4000) : QVariant();
    }
    case Qt::EditRole:
        return ResultWriter::text(value);
    case Qt::UserRole:
        return value;
    case Qt::FontRole:
        if (value.isNull()) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case Qt::ForegroundRole:
        if (value.isNull())
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    case Qt::TextAlignmentRole:
        if (isNumeric(m_columns.value(index.column()).metaType))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant ResultTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return section + 1;
        return {};
    }
    if (section < 0 || section >= m_columns.size())
        return {};
    if (role == Qt::DisplayRole)
        return m_columns.at(section).name;
    if (role == Qt::ToolTipRole)
        return m_columns.at(section).typeName;
    return {};
}

bool ResultTableModel::canFetchMore(const QModelIndex &parent) const {
    return !parent.isValid() && m_cursorId != 0 && !m_fetching;
}

void ResultTableModel::fetchMore(const QModelIndex &parent) {
    if (!canFetchMore(parent))
        return;
    m_fetching = true; // the rows come later, through appendChunk()
    Q_EMIT fetchRequested(m_cursorId, m_chunkSize);
}
