// SPDX-License-Identifier: GPL-3.0-or-later
#include "historymatrix.h"

void HistoryMatrix::addName(const QString &name, bool local) {
    if (m_migrations.contains(name))
        return;
    if (local)
        m_migrations.insert(m_localCount++, name);
    else
        m_migrations.append(name);
}

void HistoryMatrix::addConnection(const QString &name, const HistoryReport &report) {
    QHash<QString, Cell> cells;
    for (const MigrationStatus &m : report.migrations) {
        addName(m.name, m.isLocal());
        cells.insert(m.name, Cell{m.state, m.modified, !m.isLocal()});
    }
    m_connections << name;
    m_cells << cells;
    m_errors << QString();
}

void HistoryMatrix::addUnreadable(const QString &name, const QString &error) {
    m_connections << name;
    m_cells << QHash<QString, Cell>();
    m_errors << error;
}

HistoryMatrix::Cell HistoryMatrix::cell(int migration, int connection) const {
    if (connection < 0 || connection >= m_cells.size() || migration < 0 ||
        migration >= m_migrations.size())
        return {};
    if (!m_errors.at(connection).isEmpty())
        return {};
    // A name the database does not know is pending there (when the folder has it).
    return m_cells.at(connection)
        .value(m_migrations.at(migration), Cell{MigrationStatus::State::Pending, false, false});
}

QStringList HistoryMatrix::connectionsIn(const QString &migration,
                                         MigrationStatus::State state) const {
    QStringList out;
    const int row = static_cast<int>(m_migrations.indexOf(migration));
    for (int c = 0; c < m_connections.size(); ++c) {
        const Cell x = cell(row, c);
        if (x.state == state)
            out << m_connections.at(c);
    }
    return out;
}
