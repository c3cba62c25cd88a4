// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// The SQL dialects a migration script can be written in; decides how a script is lexed and split.
enum class SqlDialect { PostgreSQL, MySQL, SQLite };

/// The dialect of a Prisma datasource provider: "postgresql" → PostgreSQL, "mysql" → MySQL,
/// anything else → SQLite. "postgres" (Prisma's alias) and "cockroachdb" speak PostgreSQL's lexical
/// rules ($$ quoting, nested comments), so they map to PostgreSQL too.
inline SqlDialect sqlDialectForProvider(const QString &provider) {
    if (provider == QLatin1String("postgresql") || provider == QLatin1String("postgres") ||
        provider == QLatin1String("cockroachdb"))
        return SqlDialect::PostgreSQL;
    if (provider == QLatin1String("mysql"))
        return SqlDialect::MySQL;
    return SqlDialect::SQLite;
}
