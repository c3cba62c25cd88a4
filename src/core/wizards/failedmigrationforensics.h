// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "statementprobe.h"
#include "workspace/localmigration.h"

#include <QList>

/// Which statements of a failed migration took effect: each statement probed against the live
/// schema. MySQL/MariaDB commit every DDL statement, so a migration that failed half way leaves
/// its first statements behind (seed 003); PostgreSQL and SQLite roll an atomic migration back.
struct Forensics {
    struct Statement {
        int index = 0; ///< 1-based
        int line = 0;
        QString text;
        StatementProbe::Result probe;
    };
    enum class Verdict { NothingApplied, PartiallyApplied, FullyApplied, Unclear };

    QList<Statement> statements;
    QString error; ///< the script could not be read or split
    int done = 0;
    int notDone = 0;
    int unknown = 0;

    Verdict verdict() const;
    QString verdictText() const;
};

class FailedMigrationForensics {
public:
    static Forensics examine(const LocalMigration &migration, SqlDialect dialect,
                             const Schema &live);
};
