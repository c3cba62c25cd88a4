// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backupresult.h"
#include "changeplan.h"
#include "db/connectionspec.h"
#include "ops/operationresult.h"
#include "precheckrunner.h"
#include "readinesscheck.h"

#include <atomic>

/// How to execute an approved plan.
struct PlanExecutionRequest {
    ConnectionSpec spec;   ///< with password; must be the plan's target (redacted URLs equal)
    QString migrationsDir; ///< empty: the plan's (a checkout elsewhere may pass its own)
    QString journalPath;   ///< the audit journal (empty: not journaled)
    QString backupDirectory;
    bool skipBackup = false; ///< the operator declines the backup (recorded)
    QString readinessUrl;    ///< empty: the plan's
    int readinessTimeoutMs = 5000;
    PreCheckOptions preCheckOptions;
};

/// The outcome of executing a plan: why it was refused, or what ran and what came of it.
struct PlanExecution {
    bool refused = false;
    QString refusal; ///< one paragraph: why nothing was written
    QList<PreconditionCheck> preconditions;
    PreCheckResults preChecks;
    bool backupRan = false;
    BackupResult backup;
    bool ran = false;
    OperationResult result;
    ReadinessResult readiness;
    QString schemaChange; ///< Prisma-style summary of the schema before → after
    QString journalError;
    qint64 elapsedMs = 0;

    bool success() const { return ran && result.success && (!readiness.ran || readiness.ready); }
};

/// Executes a change plan, refusing before any write when the plan was changed after its
/// creation (hash), is not approved by someone other than its author, targets another
/// database, or when the live database no longer matches: a precondition (migration state,
/// pending set, migration checksums, empty tables, schema fingerprint) changed, a data
/// pre-check now fails, or a fresh dry run gives other statements. Then it takes the backup,
/// runs the operation through DbSession (the same path as every write), records the schema
/// change, runs the readiness check, and appends one journal entry carrying the plan hash and
/// the reviewer. Blocking (a local event loop waits for the session): call it from the CLI or a
/// worker thread (ChangePlanJob).
class ChangePlanExecutor {
public:
    static PlanExecution execute(const ChangePlan &plan, const PlanExecutionRequest &request,
                                 const std::atomic_bool *cancel = nullptr);
};
