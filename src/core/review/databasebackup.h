// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backupresult.h"
#include "db/connectionspec.h"

#include <atomic>

/// The backup step before destructive work. SQLite: a consistent copy with SQLite's online
/// backup API (a reader may keep using the database). PostgreSQL: `pg_dump --format=custom` of
/// the URL's schema; MySQL/MariaDB: `mariadb-dump` (or `mysqldump`) `--single-transaction`. The
/// password reaches the tools only through PGPASSWORD / MYSQL_PWD in their environment — never on
/// a command line, in a message or in a log. Without the tool, the result says clearly that no
/// backup was taken. Blocking: run it on a worker thread or in the CLI.
class DatabaseBackup {
public:
    /// What would be used for `spec`: the tool's path, or empty with `reason` set.
    static QString toolFor(const ConnectionSpec &spec, QString *reason);
    /// One line for a plan: what the backup step will do for `spec`.
    static QString plannedStatement(const ConnectionSpec &spec);

    /// Writes a backup of `spec` (with password) into `directory` (created when missing) under
    /// a name with the database and a UTC timestamp. `timeoutMs` bounds a dump tool's run.
    static BackupResult run(const ConnectionSpec &spec, const QString &directory,
                            int timeoutMs = 600000, const std::atomic_bool *cancel = nullptr);
};
