// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/auditjournal.h"

#include <QAbstractTableModel>

/// Journal entries as table rows, each with its line in the journal file. The line where the
/// hash chain breaks (verification) is highlighted; failed results are shown in red.
class AuditJournalModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        UserColumn,
        ConnectionColumn,
        EnvironmentColumn,
        OperationColumn,
        TargetColumn,
        ResultColumn,
        DurationColumn,
        PlanHashColumn,
        ColumnCount
    };
    enum Role { LineRole = Qt::UserRole + 1, BadLineRole };

    explicit AuditJournalModel(QObject *parent = nullptr);

    void setEntries(const QList<AuditEntry> &entries, const QList<int> &lines, int badLine);
    const AuditEntry &entry(int row) const { return m_entries.at(row); }
    int lineOf(int row) const { return m_lines.value(row); }
    /// The row of journal line `line`, or -1.
    int rowOfLine(int line) const { return static_cast<int>(m_lines.indexOf(line)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<AuditEntry> m_entries;
    QList<int> m_lines;
    int m_badLine = 0;
};
