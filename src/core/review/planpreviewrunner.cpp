// SPDX-License-Identifier: GPL-3.0-or-later
#include "planpreviewrunner.h"

#include "ops/deployer.h"
#include "ops/resolver.h"
#include "ops/scriptexecutor.h"

#include <QSqlDatabase>

OperationResult PlanPreviewRunner::dryRun(QSqlDatabase &db, const ConnectionSpec &spec,
                                          OperationPlan::Operation operation,
                                          const QString &migrationsDir,
                                          const QString &migrationName, const QString &script,
                                          const QString &scriptName, bool atomic,
                                          const std::atomic_bool *cancel) {
    OperationContext context{db, spec, cancel, nullptr, {}};
    switch (operation) {
    case OperationPlan::Operation::Deploy:
    case OperationPlan::Operation::ResolveApplied: {
        const MigrationsFolderScan folder = MigrationsFolder::scan(migrationsDir, cancel);
        if (!folder.error.isEmpty()) {
            OperationResult r;
            r.errorMessage = folder.error;
            return r;
        }
        if (operation == OperationPlan::Operation::Deploy)
            return Deployer::run(context, folder, {true, atomic});
        return Resolver::markApplied(context, folder, migrationName, true);
    }
    case OperationPlan::Operation::ResolveRolledBack:
        return Resolver::markRolledBack(context, migrationName, true);
    case OperationPlan::Operation::Execute:
        return ScriptExecutor::run(context, script, scriptName, {true, atomic});
    }
    return {};
}

QStringList PlanPreviewRunner::statementSql(const OperationPlan &plan) {
    QStringList out;
    for (const PlannedStep &s : plan.steps)
        if (s.kind == PlannedStep::Kind::Statement)
            out << s.sql;
    return out;
}
