// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changeplan.h"
#include "db/connectionspec.h"
#include "db/dberror.h"
#include "precheckrunner.h"

#include <atomic>

/// What to make a plan of: the same choices as `mwb deploy|resolve|execute`.
struct PlanRequest {
    ConnectionSpec spec; ///< with password (used to read, never stored)
    OperationPlan::Operation operation = OperationPlan::Operation::Deploy;
    QString workspaceRoot;
    QString migrationsDir; ///< deploy, resolve
    QString migrationName; ///< resolve
    QString script;        ///< execute
    QString scriptName;    ///< execute
    bool atomic = true;
    QString environment = QStringLiteral("local");
    QString title;
    QString readinessUrl;
    bool runPreChecks = true;
    PreCheckOptions preCheckOptions;
};

/// The outcome of creating a plan.
struct PlanCreation {
    ChangePlan plan;     ///< sealed (hash set), unapproved
    DbError error;       ///< the database could not be read
    QString refusal;     ///< the operation itself is refused (P3009, P3017 …): no plan
    QString refusalCode; ///< Prisma's code of the refusal, when there is one

    bool ok() const { return !error.isError() && refusal.isEmpty(); }
};

/// Creates change plans: a dry run of the operation on the live database (read-only) gives the
/// exact statements and bookkeeping writes; the statements are linted, the data pre-checks the
/// findings call for run with a statement timeout; preconditions are captured; the backup step is
/// described; the author is the OS user. Blocking: opens its own connection on the calling
/// thread (ChangePlanJob runs it on a worker thread; the CLI calls it directly).
class ChangePlanBuilder {
public:
    static PlanCreation create(const PlanRequest &request,
                               const std::atomic_bool *cancel = nullptr);
};
