// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/connectionspec.h"
#include "schema/diffrequest.h"

#include <QString>
#include <QStringList>

struct HistoryReport;

/// What the diff window can compare against: the open connection (with its password, in memory
/// only, while the window or the check needs it), the workspace's migrations folder, and the
/// migrations the history says are applied. Owned by MainWindow; copies are wiped by their owners.
struct DiffContext {
    ConnectionSpec database; ///< the live connection WITH password; invalid: none
    /// The configured shadow database (profile or shadowDatabaseUrl) WITH password; invalid: a
    /// temporary database on the live server.
    ConnectionSpec shadowDatabase;
    QString migrationsDir;  ///< empty: no migrations folder
    QStringList migrations; ///< local migration names, folder order
    QStringList applied;    ///< applied on `database` (finished, not rolled back), folder order

    bool hasDatabase() const { return database.isValid(); }
    bool hasMigrations() const { return !migrationsDir.isEmpty(); }
    /// Prisma provider of the live database (empty without one).
    QString provider() const { return database.provider(); }

    /// Empty, the live database, or the folder (all of it, up to/without `migration`, or the
    /// applied set).
    SchemaSource databaseSource() const;
    SchemaSource migrationsSource(const QString &upTo = {}, const QString &without = {}) const;
    SchemaSource appliedSource() const;
    /// A request with the shadow server set (the live server, so that migrations replay next to
    /// it; a read-only connection still may create the temporary shadow database).
    DiffRequest request(const SchemaSource &from, const SchemaSource &to) const;
    /// Drift: the applied migrations replayed vs. the live database.
    DiffRequest driftRequest() const { return request(appliedSource(), databaseSource()); }
    /// Whether a drift check makes sense: a database, a migrations folder and a known provider.
    bool canCheckDrift() const;

    /// The migrations with a finished, not rolled back row that exist in the folder.
    static QStringList appliedMigrations(const HistoryReport &report);

    /// Overwrites every password this holds, then forgets it.
    void wipe();
    static void wipe(ConnectionSpec &spec);
    static void wipe(DiffRequest &request);
};
