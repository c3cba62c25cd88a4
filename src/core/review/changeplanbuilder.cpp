// SPDX-License-Identifier: GPL-3.0-or-later
#include "changeplanbuilder.h"

#include "databasebackup.h"
#include "db/connectionopener.h"
#include "history/historyclassifier.h"
#include "history/historyreader.h"
#include "migrationlinter.h"
#include "mwbtr.h"
#include "planpreviewrunner.h"

#include <QSqlDatabase>
#include <QUuid>

PlanCreation ChangePlanBuilder::create(const PlanRequest &request, const std::atomic_bool *cancel) {
    PlanCreation out;
    ChangePlan &plan = out.plan;
    ConnectionSpec spec = request.spec;
    spec.readOnly = true;
    spec.createIfMissing = false;
    const QString name =
        QStringLiteral("mwb-plan:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    out.error = ConnectionOpener::open(spec, name, nullptr);
    spec.password.fill(QChar(u'\0'));
    spec.password.clear();
    if (out.error.isError())
        return out;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        const OperationResult dry = PlanPreviewRunner::dryRun(
            db, spec, request.operation, request.migrationsDir, request.migrationName,
            request.script, request.scriptName, request.atomic, cancel);
        if (dry.plan.isRefused() || !dry.success) {
            out.refusal = dry.errorMessage.isEmpty() ? dry.plan.refusal : dry.errorMessage;
            out.refusalCode = dry.errorCode;
            if (out.refusal.isEmpty())
                out.refusal = MwbTr::tr("The operation cannot be previewed.");
        } else {
            plan.preview = dry.plan;
            const SqlDialect dialect = sqlDialectForProvider(spec.provider());
            if (request.operation == OperationPlan::Operation::Deploy) {
                const MigrationsFolderScan folder = MigrationsFolder::scan(request.migrationsDir);
                const HistoryReadResult read = HistoryReader::read(db, spec, cancel);
                if (read.error.isError())
                    out.error = read.error;
                else
                    plan.lint = MigrationLinter::lintPending(
                        HistoryClassifier::classify(folder, &read, spec.provider()));
            } else if (request.operation == OperationPlan::Operation::Execute) {
                plan.lint =
                    MigrationLinter::lintScript(request.script, dialect, request.scriptName);
            }
            if (!out.error.isError() && request.runPreChecks) {
                plan.preChecks =
                    PreCheckRunner::run(db, spec, PreCheckRunner::fromFindings(plan.lint),
                                        request.preCheckOptions, cancel);
                PreCheckRunner::annotate(plan.lint, plan.preChecks);
            }
            if (!out.error.isError())
                plan.preconditions = PreconditionChecker::capture(
                    db, spec, OperationPlan::operationKey(request.operation), request.migrationsDir,
                    request.migrationName, plan.preChecks, &out.error);
        }
    }
    ConnectionOpener::close(name);
    if (!out.ok())
        return out;

    plan.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    plan.title = request.title;
    plan.author = ChangePlan::currentUser();
    plan.created = QDateTime::currentDateTimeUtc();
    plan.connection = spec.redactedUrl();
    plan.connectionName = spec.displayName();
    plan.provider = spec.provider();
    plan.environment = request.environment;
    plan.workspaceRoot = request.workspaceRoot;
    plan.migrationsDir = request.migrationsDir;
    plan.operation = request.operation;
    plan.migrationName = request.migrationName;
    plan.script = request.script;
    plan.scriptName = request.scriptName;
    plan.atomic = request.atomic;
    // Resolve writes bookkeeping rows only; deploy and execute change schema or data.
    plan.backupRequired = request.operation == OperationPlan::Operation::Deploy ||
                          request.operation == OperationPlan::Operation::Execute;
    QString reason;
    plan.backupPlanned = plan.backupRequired && !DatabaseBackup::toolFor(spec, &reason).isEmpty();
    plan.backupStatement = plan.backupRequired
                               ? DatabaseBackup::plannedStatement(spec)
                               : MwbTr::tr("No backup step: the operation only writes "
                                           "_prisma_migrations rows.");
    plan.readinessUrl = request.readinessUrl;
    plan.seal();
    return out;
}
