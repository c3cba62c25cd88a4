// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

/// What `prisma migrate status` concludes (diagnoseMigrationHistory without shadow database plus
/// MigrateStatus.ts), reproduced including its blind spots.
struct PrismaVerdict {
    enum class History { None, DatabaseIsBehind, MigrationsDirectoryIsBehind, HistoriesDiverge };

    History history = History::None;
    bool hasMigrationsTable = false;
    QStringList unapplied;       ///< local migrations with no row at all, folder order
    QStringList notFoundLocally; ///< row names without a folder, by first started_at
    QString lastCommonMigration; ///< for HistoriesDiverge; empty = none ("null" in Prisma's text)
    QStringList failed;          ///< names of rows with finished_at and rolled_back_at NULL
    QStringList edited;          ///< computed by Prisma but never printed by status
    QString errorCode;           ///< e.g. P3019 when status refuses to run
    QString errorMessage;
    int exitCode = 0;

    static QString historyKey(History history);
};
