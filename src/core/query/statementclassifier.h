// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/sqldialect.h"

#include <QString>
#include <QStringList>

/// Decides, without a database, whether a statement may change anything. Conservative: whatever
/// is not known to only read is a write, so a read-only connection refuses it before it is sent.
/// (The database's own read-only mode stays on as a second line: a user-defined function called by
/// a SELECT can still write, and only the database can stop that.)
class StatementClassifier {
public:
    enum class Kind {
        Read,               ///< SELECT, VALUES, SHOW, EXPLAIN (without ANALYZE of a write), …
        Write,              ///< DML, locking reads, side-effect functions, anything unknown
        Ddl,                ///< CREATE/ALTER/DROP/TRUNCATE/RENAME/COMMENT/GRANT/REVOKE
        TransactionControl, ///< BEGIN/START TRANSACTION/COMMIT/END/ROLLBACK/SAVEPOINT/RELEASE
        Session,            ///< harmless session settings (search_path, time zone, USE db)
    };

    struct Result {
        Kind kind = Kind::Write;
        QString reason;                 ///< why it is a write (for the refusal message)
        bool beginsTransaction = false; ///< BEGIN / START TRANSACTION
        bool endsTransaction = false;   ///< COMMIT / END / ROLLBACK (not ROLLBACK TO)
        bool writes() const { return kind == Kind::Write || kind == Kind::Ddl; }
    };

    static Result classify(const QString &statement, SqlDialect dialect);

    /// The statement's words outside strings, quoted identifiers and comments, upper-cased
    /// (quoted identifiers become one token `"…"`); for the classifier and the completion.
    static QStringList words(const QString &statement, SqlDialect dialect, int limit = -1);

private:
    static Result classifyWords(QStringList words, SqlDialect dialect);
};
