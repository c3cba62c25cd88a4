// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "operationcontext.h"
#include "operationresult.h"
#include "workspace/migrationsfolder.h"

/// `prisma migrate deploy`, step for step (semantics §2): provider check (P3019), advisory lock,
/// table creation or P3005, the P3009 gate, the pending set, and per migration Prisma's exact write
/// sequence. Optionally runs each migration in a transaction where the database allows it.
/// Worker thread only.
class Deployer {
public:
    struct Options {
        bool dryRun = false; ///< build the plan only; nothing is written, no lock is taken
        bool atomic = true;  ///< one transaction per migration where possible (PostgreSQL, SQLite)
    };

    static OperationResult run(OperationContext &context, const MigrationsFolderScan &folder,
                               const Options &options);
};
