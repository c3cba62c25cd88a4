// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqldialect.h"
#include "sqlstatement.h"

#include <QList>
#include <QString>

/// The statements of a script, and what stopped the split when the script is malformed.
struct SqlSplitResult {
    QList<SqlStatement> statements;
    QString error; ///< empty when the script is well-formed; else a specific message:
                   ///< "Unterminated string literal starting at line 3, column 12" etc.
    int errorLine = 0, errorColumn = 0; ///< where the offending construct starts (1-based)
    qsizetype errorOffset = -1;         ///< the same position as a QChar index into the script
    bool ok() const { return error.isEmpty(); }
};

/// Cuts an SQL script into statements the way the dialect's command-line client does (psql, mysql,
/// sqlite3), without a database. Pure functions, usable from any thread; one linear pass.
///
/// - PostgreSQL: '…' (backslash literal), E'…' (backslash escapes), U&'…', B'…', X'…', "…";
///   `--` and nested `/* */` comments; `$tag$ … $tag$` (`$1` is a parameter); like psql, a `;`
///   inside parentheses or inside the `BEGIN ATOMIC … END` body of CREATE [OR REPLACE]
///   FUNCTION/PROCEDURE does not end the statement.
/// - MySQL/MariaDB: '…' and "…" with backslash and doubled-quote escapes, `…` identifiers; `-- `
///   (dashes then whitespace/control/end; the server's rule), `#` and `/* */` comments
///   (`/*!…*/`, `/*M!…*/` are statement text, opaque for splitting); the client's `DELIMITER xx`
///   line between statements (under it, trailing `;` are dropped as the client does); BEGIN … END
///   / CASE … END CASE bodies of CREATE [DEFINER=…] PROCEDURE/FUNCTION/TRIGGER/EVENT and
///   MariaDB's BEGIN NOT ATOMIC.
/// - SQLite: '…', "…", `…`, […]; `--` and `/* */` comments (unterminated at the end: accepted);
///   CREATE [TEMP] TRIGGER … BEGIN … END bodies.
///
/// Line comments end at LF, in PostgreSQL at CR too (each dialect's own lexer).
///
/// Empty statements are dropped; a last statement without terminator is kept. On a malformed
/// script (unterminated string, quoted identifier, dollar quote, block comment, BEGIN … END body,
/// bad DELIMITER) the result carries the statements before the offending one and the error.
class SqlSplitter {
public:
    static SqlSplitResult split(const QString &script, SqlDialect dialect);

    /// True when the statement cannot run inside a transaction block or controls transactions
    /// itself: BEGIN/START TRANSACTION/COMMIT/END/ROLLBACK/SAVEPOINT/RELEASE in every dialect;
    /// PostgreSQL: CREATE/DROP INDEX CONCURRENTLY, REINDEX CONCURRENTLY (and SCHEMA/DATABASE/
    /// SYSTEM), VACUUM, CREATE/DROP DATABASE, ALTER DATABASE … SET TABLESPACE, ALTER SYSTEM,
    /// CREATE/DROP TABLESPACE, ALTER TYPE … ADD VALUE, ABORT, PREPARE TRANSACTION; SQLite: VACUUM,
    /// ATTACH, PRAGMA foreign_keys = … (a no-op inside a transaction), PRAGMA journal_mode = …;
    /// MySQL: DDL and other statements that commit implicitly (CREATE/ALTER/DROP/RENAME/TRUNCATE
    /// except temporary tables, GRANT, REVOKE, LOCK, UNLOCK, ANALYZE, OPTIMIZE, REPAIR, FLUSH, …).
    /// `reason` receives a one-line explanation (empty when the result is false).
    static bool isNonTransactional(const SqlStatement &statement, SqlDialect dialect,
                                   QString *reason = nullptr);
};
