// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connections/environment.h"
#include "db/dbrequests.h"

#include <QStringList>

class DbSession;

/// One write of a wizard's commit page, in order: a new migration folder, or an operation
/// (deploy, resolve, execute) on one connection. Nothing of it happens before the commit.
struct CommitStep {
    enum class Kind { WriteMigration, Operation };

    Kind kind = Kind::Operation;
    QString title;              ///< "Mark 2024…_Unique as rolled back on dev.db"
    QStringList prismaCommands; ///< the equivalent `prisma` command(s)

    // WriteMigration: `<migrationsDir>/<migrationName>/migration.sql`
    QString migrationsDir;
    QString migrationName;
    QString sql;
    QString provider;

    // Operation
    DbSession *session = nullptr; ///< owned by MainWindow or the wizard, outlives the page
    OperationRequest request;
    Environment environment = Environment::Local;
    QString connectionName; ///< shown in titles and the confirmation
    /// The dry run only makes sense after the earlier steps ran (a deploy right after the
    /// failed migration is marked rolled back is refused with P3009 before): the preview shows
    /// `laterPreview` instead, and the step runs without its own dry run.
    bool previewAfterEarlierSteps = false;
    QString laterPreview;
};
