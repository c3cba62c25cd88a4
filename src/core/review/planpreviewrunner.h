// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/connectionspec.h"
#include "ops/operationresult.h"

#include <atomic>

class QSqlDatabase;

/// The dry run of a write operation on an open connection owned by the calling thread: the same
/// engine calls DbWorker makes, with dryRun set (nothing is written, no lock is taken).
class PlanPreviewRunner {
public:
    static OperationResult dryRun(QSqlDatabase &db, const ConnectionSpec &spec,
                                  OperationPlan::Operation operation, const QString &migrationsDir,
                                  const QString &migrationName, const QString &script,
                                  const QString &scriptName, bool atomic,
                                  const std::atomic_bool *cancel = nullptr);
    /// The SQL of the plan's Statement steps (the migration or script statements, without
    /// bookkeeping, whose values such as ids and timestamps differ from run to run).
    static QStringList statementSql(const OperationPlan &plan);
};
