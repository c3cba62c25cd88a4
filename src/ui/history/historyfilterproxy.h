// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

/// Filters the history by a category and a case-insensitive text in the migration name.
class HistoryFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    enum class Category {
        All,
        NeedsAttention,
        Applied,
        Pending,
        Failed,
        RolledBack,
        Modified,
        MissingLocally
    };

    explicit HistoryFilterProxy(QObject *parent = nullptr);

    void setCategory(Category category);
    Category category() const { return m_category; }
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Category m_category = Category::All;
    QString m_text;
};
