// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "historyreader.h"
#include "migrationstatus.h"
#include "prismaverdict.h"
#include "workspace/migrationsfolder.h"

#include <QMetaType>

/// The joined view of a migrations folder and a database's `_prisma_migrations` table.
struct HistoryReport {
    QString provider; ///< connector of the database (`postgresql`, `mysql`, `sqlite`)
    MigrationsFolderScan folder;
    bool databaseRead = false; ///< false when only the folder was read (no connection)
    bool tableExists = false;
    MigrationRows rows;
    QList<MigrationStatus> migrations; ///< folder order, then names only in the database
    PrismaVerdict prisma;

    int countInState(MigrationStatus::State state) const;
    int attentionCount() const;
    /// Our exit code for `mwb status`: 0 up to date, 1 needs attention.
    int exitCode() const { return attentionCount() > 0 || prisma.exitCode != 0 ? 1 : 0; }
    const LocalMigration *localOf(const MigrationStatus &status) const;
};

Q_DECLARE_METATYPE(HistoryReport)
