// SPDX-License-Identifier: GPL-3.0-or-later
#include "scriptexecutor.h"

#include "db/sqlsplitter.h"
#include "mwbtr.h"
#include "statementrunner.h"

#include <QElapsedTimer>

OperationResult ScriptExecutor::run(OperationContext &ctx, const QString &script,
                                    const QString &scriptName, const Options &options) {
    QElapsedTimer timer;
    timer.start();
    OperationResult result;
    result.dryRun = options.dryRun;
    result.plan.operation = OperationPlan::Operation::Execute;
    result.plan.target = scriptName;
    const SqlDialect dialect = sqlDialectForProvider(ctx.spec.provider());
    const SqlSplitResult split = SqlSplitter::split(script, dialect);
    if (!split.ok()) {
        result.errorMessage =
            MwbTr::tr("The script cannot be read as SQL: %1. Nothing was executed.")
                .arg(split.error);
        result.failedLine = split.errorLine;
        result.failedColumn = split.errorColumn;
        result.plan.refusal = result.errorMessage;
        result.output << QStringLiteral("Error: ") + result.errorMessage;
        return result;
    }
    QStringList reasons;
    for (const SqlStatement &s : split.statements) {
        QString reason;
        if (SqlSplitter::isNonTransactional(s, dialect, &reason))
            reasons << MwbTr::tr("line %1: %2").arg(s.line).arg(reason);
    }
    const bool atomic =
        options.atomic && ctx.spec.driver != ConnectionSpec::Driver::MySql && reasons.isEmpty();
    result.plan.atomic = atomic;
    if (options.atomic && !atomic)
        result.plan.notes << (ctx.spec.driver == ConnectionSpec::Driver::MySql
                                  ? MwbTr::tr("MySQL/MariaDB commit DDL statements one by one: the "
                                              "script cannot run atomically.")
                                  : MwbTr::tr("The script cannot run in one transaction: %1")
                                        .arg(reasons.join(QStringLiteral("; "))));
    if (!atomic)
        result.plan.notes << MwbTr::tr(
            "Each statement commits on its own: a failure leaves the earlier ones applied.");
    result.plan.notes << MwbTr::tr("_prisma_migrations is not touched.");
    if (atomic)
        result.plan.steps.append({PlannedStep::Kind::Begin, {}, QStringLiteral("BEGIN"), 0, 0});
    for (const SqlStatement &s : split.statements)
        result.plan.steps.append({PlannedStep::Kind::Statement, {}, s.text, s.line, s.column});
    if (atomic)
        result.plan.steps.append({PlannedStep::Kind::Commit, {}, QStringLiteral("COMMIT"), 0, 0});
    if (options.dryRun) {
        result.success = true;
        result.elapsedMs = timer.elapsed();
        return result;
    }
    StatementRunner runner(ctx, static_cast<int>(result.plan.steps.size()));
    const StatementRunner::Outcome outcome = runner.run(split.statements, atomic, scriptName);
    result.statementsRun = outcome.executed;
    result.elapsedMs = timer.elapsed();
    if (!outcome.ok) {
        const SqlStatement failed =
            outcome.failedIndex >= 0 && outcome.failedIndex < split.statements.size()
                ? split.statements.at(outcome.failedIndex)
                : SqlStatement{};
        result.cancelled = outcome.cancelled;
        result.dbError = outcome.error;
        result.failedStatement = outcome.failedIndex;
        result.failedLine = failed.line;
        result.failedColumn = failed.column;
        result.failedSql = failed.text;
        result.errorMessage =
            MwbTr::tr("Statement %1 (line %2, column %3) failed with database error %4: %5")
                .arg(outcome.failedIndex + 1)
                .arg(failed.line)
                .arg(failed.column)
                .arg(outcome.error.nativeCode, outcome.error.message);
        if (!atomic && outcome.executed > 0)
            result.recovery = MwbTr::tr("%n statement(s) before it took effect and stay applied.",
                                        nullptr, outcome.executed);
        else if (atomic)
            result.recovery =
                MwbTr::tr("The transaction was rolled back: nothing of the script took effect.");
        result.output << QStringLiteral("Error: ") + result.errorMessage;
        return result;
    }
    result.success = true;
    result.output << QStringLiteral("Script executed successfully.");
    return result;
}
