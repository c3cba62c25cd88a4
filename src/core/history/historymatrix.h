// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "historyreport.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

/// Migration × connection: where each migration stands on each database of a workspace. Rows are
/// the union of all names (folder order first, then names only in databases); a cell is empty
/// when that connection could not be read.
class HistoryMatrix {
public:
    struct Cell {
        std::optional<MigrationStatus::State> state; ///< empty: not read (error, no password …)
        bool modified = false;
        bool missingLocally = false;
    };

    /// Adds one connection's report (or, with `error`, a column that could not be read).
    void addConnection(const QString &name, const HistoryReport &report);
    void addUnreadable(const QString &name, const QString &error);

    QStringList connections() const { return m_connections; }
    QStringList migrations() const { return m_migrations; }
    QString error(int connection) const { return m_errors.value(connection); }
    Cell cell(int migration, int connection) const;
    /// The connections on which the migration is in `state`.
    QStringList connectionsIn(const QString &migration, MigrationStatus::State state) const;

private:
    void addName(const QString &name, bool local);

    QStringList m_connections;
    QStringList m_migrations;
    QList<QHash<QString, Cell>> m_cells; ///< per connection: migration name -> cell
    QList<QString> m_errors;
    int m_localCount = 0; ///< names known from a folder come first
};
