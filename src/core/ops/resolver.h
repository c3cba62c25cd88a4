// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "operationcontext.h"
#include "operationresult.h"
#include "workspace/migrationsfolder.h"

/// `prisma migrate resolve --applied / --rolled-back` with Prisma's preconditions, writes and
/// error codes (semantics §4), including the baselining path and the silent no-op.
/// Worker thread only.
class Resolver {
public:
    static OperationResult markApplied(OperationContext &context,
                                       const MigrationsFolderScan &folder, const QString &name,
                                       bool dryRun);
    static OperationResult markRolledBack(OperationContext &context, const QString &name,
                                          bool dryRun);
};
