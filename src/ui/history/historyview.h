// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class HistoryFilterProxy;
class HistoryTableModel;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QTableView;

/// The migration history table with its filter bar (category and text).
class HistoryView : public QWidget {
    Q_OBJECT
public:
    HistoryView(HistoryTableModel *model, QWidget *parent = nullptr);

    QTableView *tableView() const { return m_table; }
    HistoryFilterProxy *proxy() const { return m_proxy; }
    /// Selects the migration by name (after a refresh); returns false when it is filtered out.
    bool selectMigration(const QString &name);
    void focusFilter();
    /// Adds a widget to the filter bar, after the migration count (the drift indicator).
    void addBarWidget(QWidget *widget);

Q_SIGNALS:
    /// Index into the model's report().migrations, -1 when nothing is selected.
    void currentMigrationChanged(int statusIndex);

private:
    void updateCount();
    void emitCurrent();

    HistoryTableModel *m_model;
    HistoryFilterProxy *m_proxy;
    QLineEdit *m_filter;
    QComboBox *m_category;
    QLabel *m_count;
    QHBoxLayout *m_bar;
    QTableView *m_table;
};
