// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/connectionspec.h"
#include "db/dberror.h"
#include "schemamodel.h"

#include <atomic>

class QSqlDatabase;

/// Reads a database's schema into a Schema value: the URL's schema on PostgreSQL (`public` by
/// default), the current database on MySQL/MariaDB, `main` on SQLite. PostgreSQL and MySQL are
/// read with one catalog query per kind for the whole schema (not one per table); SQLite joins
/// its table-valued pragmas onto sqlite_master. `_prisma_migrations` is left out; tables,
/// indexes, foreign keys and enums are sorted by name (byte order), so two reads of the same
/// database compare equal. Runs on the thread that owns the connection (a DbWorker).
///
/// Dialect notes: MySQL unique indexes are never `constraint` (MySQL does not tell them apart);
/// a MySQL prefix index column reads `name(length)`; MySQL inline enums become a SchemaEnum named
/// `<table>_<column>`. SQLite UNIQUE constraints and foreign keys take their names from
/// `CONSTRAINT name …` in the CREATE TABLE text (SQLite keeps no names); without one a UNIQUE
/// constraint keeps its `sqlite_autoindex_…` name and a foreign key has an empty name.
class SchemaIntrospector {
public:
    /// On failure or cancel (`cancel` set: error "Cancelled.") `error` is set and the returned
    /// schema is incomplete.
    static Schema read(QSqlDatabase &db, const ConnectionSpec &spec, DbError *error,
                       const std::atomic_bool *cancel = nullptr);
};
