// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/sqldialect.h"
#include "lintfinding.h"

#include <QHash>
#include <QSet>

struct HistoryReport;

/// Lints migration SQL before it runs: destructive changes (table/column drops, truncation,
/// type changes, index removals, renames), constraints that existing rows may violate (NOT NULL,
/// UNIQUE, FOREIGN KEY, CHECK), and statements that break atomicity (non-transactional statements,
/// explicit transaction control, MySQL's implicit commits). Pure functions over the splitter's
/// statements and a tolerant token scan per statement (quoted identifiers and literals of each
/// dialect respected); no database needed. Whether a table has rows is the pre-checks' business
/// (PreCheckRunner::annotate adjusts the severities with what they find).
///
/// Tables created earlier in the same run are known to be empty: constraints on them are not
/// findings. SQLite's table redefinition (CREATE new_T, INSERT … SELECT, DROP T, RENAME new_T TO
/// T, as Prisma writes it) is reported as information, not as a dropped table.
class MigrationLinter {
public:
    /// What earlier scripts of the same run created (carried from one migration to the next).
    struct State {
        QSet<QString> newTables;                  ///< keys of tables created (and still empty)
        QHash<QString, QSet<QString>> newColumns; ///< table key → keys of columns added
    };

    /// Lints one script. `source` names it in the findings (migration name or file name).
    static LintFindings lintScript(const QString &script, SqlDialect dialect, const QString &source,
                                   State *state = nullptr);
    /// Lints the migrations `prisma migrate deploy` would run (pending and rolled-back ones that
    /// exist locally), in folder order, carrying the state across them.
    static LintFindings lintPending(const HistoryReport &report);

    /// Whether any finding is at least `threshold`.
    static bool hasAtLeast(const LintFindings &findings, LintFinding::Severity threshold);
};
