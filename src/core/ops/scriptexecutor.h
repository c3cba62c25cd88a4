// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "operationcontext.h"
#include "operationresult.h"

/// `prisma db execute`: runs a script statement by statement, never touching `_prisma_migrations`
/// and taking no lock; a failure names the statement, its position and the database's error code.
/// Worker thread only.
class ScriptExecutor {
public:
    struct Options {
        bool dryRun = false;
        bool atomic = false; ///< wrap the script in one transaction (PostgreSQL, SQLite)
    };

    static OperationResult run(OperationContext &context, const QString &script,
                               const QString &scriptName, const Options &options);
};
