// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/sqldialect.h"

#include <QString>

/// Finds where in a statement the database's error points, from the message alone (QtSql does
/// not pass PostgreSQL's error position on): PostgreSQL's `LINE n: …` excerpt and caret, MySQL's
/// `near '…' at line n`, SQLite's `near "…"`, and quoted names (`relation "x" does not exist`,
/// `no such table: x`, `Unknown column 'x'`).
class SqlErrorLocator {
public:
    struct Location {
        qsizetype offset = -1; ///< QChar index into the statement; -1: unknown
        qsizetype length = 0;  ///< of the token there (at least 1 when found)
        bool found() const { return offset >= 0; }
    };
    static Location locate(const QString &statement, const QString &message, SqlDialect dialect);
    /// The message without driver noise: PostgreSQL's "ERROR:" prefix, `LINE`/caret lines and the
    /// trailing "(SQLSTATE)".
    static QString cleanMessage(const QString &message);
};
