// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/dbrequests.h"
#include "history/historyreport.h"
#include "schema/diffrequest.h"

/// Operations as the GUI and CLI run them (through DbSession on a worker thread), for tests that
/// drive whole workflows: fresh databases per dialect, deploy, resolve, execute, history, schema.
class TestOps {
public:
    /// Data rows "sqlite", "postgresql", "mariadb" with an int column `driver`.
    static void dialectRows();
    /// A new empty database: a SQLite file below `sqliteDir` (created on first use), or a fresh
    /// database on the PostgreSQL/MariaDB test server (invalid when that server is missing).
    static ConnectionSpec freshDatabase(ConnectionSpec::Driver driver, const QString &sqliteDir);

    static OperationResult run(const ConnectionSpec &db, const OperationRequest &request);
    static OperationResult deploy(const ConnectionSpec &db, const QString &migrationsDir,
                                  bool atomic = true);
    static OperationResult resolve(const ConnectionSpec &db, const QString &migrationsDir,
                                   const QString &name, bool applied);
    static OperationResult execute(const ConnectionSpec &db, const QString &script);
    static HistoryReport history(const ConnectionSpec &db, const QString &migrationsDir);
    /// The live schema, read as the diff engine reads it.
    static Schema liveSchema(const ConnectionSpec &db);
    /// Live database -> migrations folder (optionally without one migration).
    static DiffOutcome diffToMigrations(const ConnectionSpec &db, const QString &migrationsDir,
                                        const QString &without = {});

    static inline const QString InitName = QStringLiteral("20240101000000_init");
    static inline const QString UniqueName = QStringLiteral("20240102000000_Unique");
    /// Test SQL written with "quotes" and TEXT, adapted to MySQL (backticks, VARCHAR(191)).
    static QByteArray dialectSql(const char *text, bool mysql);
    /// Seed 003's migrations in `dir`: init (User id, name) and, with `withUnique`, Unique (Post,
    /// User.email, then the unique index on name that fails on duplicates). Returns `dir`.
    static QString writeSeedMigrations(const QString &dir, bool withUnique, bool mysql);
};
