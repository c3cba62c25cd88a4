// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/connectionspec.h"
#include "db/dberror.h"
#include "lintfinding.h"
#include "precheck.h"

#include <atomic>

class QSqlDatabase;

/// Options of a pre-check run.
struct PreCheckOptions {
    int statementTimeoutMs = 10000; ///< per query (statement_timeout, max_statement_time, SQLite
                                    ///< progress handler)
    int sampleGroups = 5;           ///< duplicate groups whose rows are sampled
    int sampleRows = 10;            ///< rows kept per check
};

/// The outcome of running pre-checks on one database.
struct PreCheckReport {
    PreCheckResults results;
    DbError error; ///< the connection could not be opened (results then empty)
    QString serverVersion;
    bool cancelled = false;

    bool anyFailed() const;
};

/// Generates data pre-checks from lint findings and runs them read-only: duplicates before a
/// unique index (count and sample rows), NULLs before NOT NULL, rows before a NOT NULL column
/// without default, values that fail a type change, orphans before a foreign key.
///
/// Type changes on PostgreSQL 16+ use `pg_input_is_valid(value::text, 'type')`, exactly the
/// server's own input rules. Before 16, and on MySQL/MariaDB, it is a best effort on the value's
/// text: integers, decimals, booleans, UUIDs, dates and length limits of (var)char(n) are checked
/// with patterns; other target types are reported as skipped. The text patterns are conservative:
/// a numeric 1.5 converted to integer (which PostgreSQL rounds) is reported as failing.
class PreCheckRunner {
public:
    /// The checks the findings call for, in finding order (findings without data risk give none).
    static QList<PreCheck> fromFindings(const LintFindings &findings);

    /// Runs the checks on an open connection owned by the calling thread; the session is made
    /// read-only and gets the statement timeout for the duration.
    static PreCheckResults run(QSqlDatabase &db, const ConnectionSpec &spec,
                               const QList<PreCheck> &checks, const PreCheckOptions &options = {},
                               const std::atomic_bool *cancel = nullptr);

    /// Opens its own read-only connection on the calling thread (`spec` with password), runs the
    /// checks and closes it. Blocking: call it on a worker thread (PreCheckJob) or in the CLI.
    static PreCheckReport runBlocking(const ConnectionSpec &spec, const QList<PreCheck> &checks,
                                      const PreCheckOptions &options = {},
                                      const std::atomic_bool *cancel = nullptr);

    /// Adjusts findings with what their pre-checks found: a failed check makes its finding an
    /// error (with the count in `detail`); a passed row-count or NULL check lowers it to info.
    static void annotate(LintFindings &findings, const PreCheckResults &results);
};
