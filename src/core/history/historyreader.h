// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/connectionspec.h"
#include "db/dberror.h"
#include "migrationrow.h"

#include <atomic>

class QSqlDatabase;

/// What `_prisma_migrations` holds on one database.
struct HistoryReadResult {
    bool tableExists = false;
    MigrationRows rows; ///< ordered by started_at, as Prisma loads them
    DbError error;
};

/// Reads `_prisma_migrations` on SQLite, PostgreSQL (in the URL's schema) and MySQL/MariaDB.
/// Runs on the thread that owns the connection (a DbWorker), never on the GUI thread.
class HistoryReader {
public:
    static HistoryReadResult read(QSqlDatabase &db, const ConnectionSpec &spec,
                                  const std::atomic_bool *cancel = nullptr);
    /// The table name as this dialect must write it (schema-qualified and quoted on PostgreSQL).
    static QString qualifiedTable(const ConnectionSpec &spec);
};
