// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/historyreport.h"

#include <QAbstractTableModel>

/// One row per migration name (folder order, then names only in the database), over a
/// HistoryReport value delivered by the worker. GUI thread only.
class HistoryTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Columns {
        StateColumn,
        NameColumn,
        LocalColumn,
        RowsColumn,
        StartedColumn,
        FinishedColumn,
        ChecksumColumn,
        ColumnCount
    };
    enum Roles {
        SortRole = Qt::UserRole,
        StateRole,       ///< MigrationStatus::State as int
        AttentionRole,   ///< bool: needs attention
        ModifiedRole,    ///< bool
        LocalRole,       ///< bool
        StatusIndexRole, ///< index into report().migrations
    };

    explicit HistoryTableModel(QObject *parent = nullptr);

    void setReport(const HistoryReport &report);
    const HistoryReport &report() const { return m_report; }
    const MigrationStatus *statusAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// The colour that stands for a state, everywhere in the UI.
    static QColor stateColor(MigrationStatus::State state, bool modified);
    /// State text as shown in the table (`Applied · modified`, `Failed · crashed` …).
    static QString stateText(const MigrationStatus &status);

private:
    const MigrationRow *decidingRow(const MigrationStatus &status) const;

    HistoryReport m_report;
};
