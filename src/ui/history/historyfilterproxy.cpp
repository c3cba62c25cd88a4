// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyfilterproxy.h"

#include "historytablemodel.h"

HistoryFilterProxy::HistoryFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(HistoryTableModel::SortRole);
}

void HistoryFilterProxy::setCategory(Category category) {
    if (m_category == category)
        return;
    m_category = category;
    invalidateFilter();
}

void HistoryFilterProxy::setText(const QString &text) {
    if (m_text == text)
        return;
    m_text = text;
    invalidateFilter();
}

bool HistoryFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    const QModelIndex index =
        sourceModel()->index(sourceRow, HistoryTableModel::NameColumn, sourceParent);
    if (!m_text.isEmpty() && !index.data().toString().contains(m_text, Qt::CaseInsensitive))
        return false;
    using State = MigrationStatus::State;
    const auto state = static_cast<State>(index.data(HistoryTableModel::StateRole).toInt());
    switch (m_category) {
    case Category::All:
        return true;
    case Category::NeedsAttention:
        return index.data(HistoryTableModel::AttentionRole).toBool();
    case Category::Applied:
        return state == State::Applied;
    case Category::Pending:
        return state == State::Pending;
    case Category::Failed:
        return state == State::Failed;
    case Category::RolledBack:
        return state == State::RolledBack;
    case Category::Modified:
        return index.data(HistoryTableModel::ModifiedRole).toBool();
    case Category::MissingLocally:
        return !index.data(HistoryTableModel::LocalRole).toBool();
    }
    return true;
}
