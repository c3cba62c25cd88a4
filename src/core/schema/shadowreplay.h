// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/connectionspec.h"
#include "db/dberror.h"
#include "schemamodel.h"
#include "workspace/migrationsfolder.h"

#include <atomic>

class ShadowDatabase;

/// The schema a migrations folder produces: its migrations replayed on a throw-away shadow
/// database, then introspected — the only way to learn what migrations do (Prisma does the same).
/// SQLite replays in memory; PostgreSQL and MySQL/MariaDB in a temporary database
/// `prisma_migrate_shadow_db_<uuid>` on the server of `server`, dropped afterwards.
/// Runs on a worker thread (it opens its own connections). `server` must carry the password.
class ShadowReplay {
public:
    struct Options {
        QString upTo;     ///< stop after this migration (inclusive); empty: all
        QString without;  ///< leave this migration out; empty: none
        QStringList only; ///< replay only these (drift: the applied set)
        bool onlyIsSet = false;
        ConnectionSpec configuredShadow; ///< Prisma's shadowDatabaseUrl; invalid: temporary
        ConnectionSpec mainDatabase;     ///< refused as configured shadow
    };

    struct Result {
        Schema schema;
        DbError error; ///< P3006 when a migration fails, with migration and statement
        QString failedMigration;
        QStringList replayed;   ///< the migrations that ran, in order
        QString shadowDatabase; ///< the temporary database's name (already dropped)
        QString cleanupError;   ///< set when the shadow database could not be dropped
        bool ok() const { return !error.isError(); }
    };

    static Result replay(const ConnectionSpec &server, const MigrationsFolderScan &folder,
                         const Options &options, const std::atomic_bool *cancel = nullptr);

    /// Replays into an already created shadow database and introspects it, leaving it open (for
    /// running a script on the result afterwards).
    static Result replayInto(ShadowDatabase &shadow, const MigrationsFolderScan &folder,
                             const Options &options, const std::atomic_bool *cancel = nullptr);
};
