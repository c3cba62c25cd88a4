// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/dberror.h"
#include "schemadiff.h"
#include "schemascript.h"
#include "schemasource.h"

#include <QMetaType>

/// Compare two schema sources. Both sides must use the same provider.
struct DiffRequest {
    quint64 requestId = 0;
    SchemaSource from;
    SchemaSource to;
    /// The server migrations sources replay on (with password): a temporary
    /// `prisma_migrate_shadow_db_<uuid>` database is created there and dropped. Invalid: use the
    /// database of the other side (SQLite always replays in memory).
    ConnectionSpec shadowServer;
    /// A configured shadow database (Prisma's shadowDatabaseUrl): used as it is and emptied
    /// before the replay instead of creating a temporary database. Invalid: none.
    ConnectionSpec shadowDatabase;
    bool renderScript = true;
    /// Apply the generated script to a shadow copy of `from` and check that the diff to `to` is
    /// then empty.
    bool verify = false;
};

struct DiffVerification {
    bool ran = false;
    bool passed = false;
    QString remainingSummary; ///< what still differs after the script (empty when passed)
    DbError error;            ///< the script failed on the shadow copy, or the copy failed
};

struct DiffOutcome {
    quint64 requestId = 0;
    QString fromLabel;
    QString toLabel;
    Schema from;
    Schema to;
    SchemaDiff diff;
    QString summary; ///< Prisma's human summary
    SchemaScript script;
    DiffVerification verification;
    DbError error;           ///< set when a side could not be read (or on cancel)
    QString failedSide;      ///< "from" or "to" when error belongs to one side
    QString failedMigration; ///< P3006: the migration that failed to replay
    bool inputError = false; ///< the error is in the request (folder, name, provider), not a DB
    qint64 readMs = 0;       ///< introspection and replay of both sides
    qint64 diffMs = 0;       ///< diff, summary and script
    qint64 verifyMs = 0;

    bool ok() const { return !error.isError(); }
};

struct DiffProgress {
    quint64 requestId = 0;
    QString what;
};

Q_DECLARE_METATYPE(DiffRequest)
Q_DECLARE_METATYPE(DiffOutcome)
Q_DECLARE_METATYPE(DiffProgress)
