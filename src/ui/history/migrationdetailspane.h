// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/historyreport.h"

#include <QWidget>

#include <memory>

namespace Ui {
class MigrationDetailsPane;
}

/// Everything about one migration: state and findings, timestamps and checksums of the row that
/// decides its state, the SQL (highlighted), the `logs` text (ANSI removed) and every row.
class MigrationDetailsPane : public QWidget {
    Q_OBJECT
public:
    explicit MigrationDetailsPane(QWidget *parent = nullptr);
    ~MigrationDetailsPane() override;

    /// Shows `report.migrations[statusIndex]`; -1 clears the pane.
    void showMigration(const HistoryReport &report, int statusIndex);
    QString shownName() const { return m_shownName; }

private:
    void clear();

    std::unique_ptr<Ui::MigrationDetailsPane> m_ui;
    QString m_shownName;
};
