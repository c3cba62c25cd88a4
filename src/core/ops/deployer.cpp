// SPDX-License-Identifier: GPL-3.0-or-later
#include "deployer.h"

#include "advisorylock.h"
#include "db/querycanceller.h"
#include "db/sqlsplitter.h"
#include "history/historyreader.h"
#include "migrationstable.h"
#include "mwbtr.h"
#include "prismaerrors.h"
#include "statementrunner.h"

#include <QElapsedTimer>
#include <QSet>

namespace {
struct PendingMigration {
    const LocalMigration *local = nullptr;
    QList<SqlStatement> statements;
    bool atomic = false;
};

QString recoveryAfterFailure(const QString &name, bool atomic) {
    if (atomic)
        return MwbTr::tr(
                   "The migration ran in a transaction that was rolled back, so none of its "
                   "statements took effect. Fix the cause (or the migration), then mark it rolled "
                   "back (prisma migrate resolve --rolled-back \"%1\") and deploy again.")
            .arg(name);
    return MwbTr::tr(
               "The statements before the failing one took effect. Either revert them and mark "
               "the migration rolled back (prisma migrate resolve --rolled-back \"%1\"), or "
               "complete it by hand and mark it applied (prisma migrate resolve --applied \"%1\").")
        .arg(name);
}
} // namespace

OperationResult Deployer::run(OperationContext &ctx, const MigrationsFolderScan &folder,
                              const Options &options) {
    QElapsedTimer timer;
    timer.start();
    OperationResult result;
    result.dryRun = options.dryRun;
    result.plan.operation = OperationPlan::Operation::Deploy;
    const ConnectionSpec &spec = ctx.spec;
    const MigrationsTable table(spec);
    const qsizetype count = folder.migrations.size();
    result.output << (count == 0 ? QStringLiteral("No migration found in prisma/migrations")
                                 : QStringLiteral("%1 migration%2 found in prisma/migrations")
                                       .arg(count)
                                       .arg(count > 1 ? QStringLiteral("s") : QString()));

    // 1. Provider check.
    if (!folder.lock.allows(spec.provider()))
        return result.refused(QStringLiteral("P3019"), PrismaErrors::p3019ProviderMismatch(
                                                           spec.provider(), folder.lock.provider));

    // 2. Advisory lock (not for a dry run: a preview must not block anybody).
    AdvisoryLock lock(ctx.db, spec);
    result.plan.steps.append({PlannedStep::Kind::Lock, {}, AdvisoryLock::statementFor(spec), 0, 0});
    if (!options.dryRun) {
        const DbError e =
            lock.acquire(AdvisoryLock::TimeoutMs, ctx.cancel, [&](const QString &holder) {
                if (ctx.progress)
                    ctx.progress(
                        0, 0,
                        MwbTr::tr("Waiting for Prisma's migration lock, held by %1").arg(holder));
            });
        if (e.isError()) {
            result.dbError = e;
            return result.refused(e.nativeCode == QLatin1String("P1002") ? e.nativeCode : QString(),
                                  e.message);
        }
    }

    // 3. Initialize the migrations table, or P3005.
    DbError error;
    const bool exists = table.tableExists(ctx.db, &error);
    if (error.isError())
        return result.refused({}, error.message);
    if (!exists) {
        if (table.hasOtherTables(ctx.db, &error))
            return result.refused(QStringLiteral("P3005"), PrismaErrors::p3005NotEmpty());
        if (error.isError())
            return result.refused({}, error.message);
        result.plan.steps.append(
            {PlannedStep::Kind::CreateTable, {}, table.createTableSql(), 0, 0});
    }

    // 4. Rows, 5. failed gate.
    HistoryReadResult rows;
    if (exists) {
        rows = HistoryReader::read(ctx.db, spec, ctx.cancel);
        if (rows.error.isError())
            return result.refused({}, rows.error.message);
    }
    QStringList failedLines;
    for (const MigrationRow &row : std::as_const(rows.rows)) {
        if (row.isFailed())
            failedLines << PrismaErrors::p3009Line(row.migrationName, row.startedAt.value_or(0));
    }
    if (!failedLines.isEmpty())
        return result.refused(QStringLiteral("P3009"),
                              PrismaErrors::p3009FailedMigrations(failedLines));

    // 6. Pending: local migrations without a row whose rolled_back_at is NULL (name match only).
    QSet<QString> present;
    for (const MigrationRow &row : std::as_const(rows.rows)) {
        if (!row.isRolledBack())
            present.insert(row.migrationName);
    }
    const SqlDialect dialect = sqlDialectForProvider(spec.provider());
    const bool transactionalDdl = spec.driver != ConnectionSpec::Driver::MySql;
    QList<PendingMigration> pending;
    for (const LocalMigration &local : folder.migrations) {
        if (present.contains(local.name))
            continue;
        if (!local.hasScript())
            return result.refused(
                QStringLiteral("P3015"),
                PrismaErrors::p3015MissingFile(local.name + QStringLiteral("/migration.sql")));
        const SqlSplitResult split = SqlSplitter::split(QString::fromUtf8(local.script), dialect);
        if (!split.ok())
            return result.refused(
                {}, MwbTr::tr("Migration %1 cannot be read as SQL: %2. Nothing was written.")
                        .arg(local.name, split.error));
        PendingMigration p{&local, split.statements, false};
        QStringList reasons;
        for (const SqlStatement &s : split.statements) {
            QString reason;
            if (SqlSplitter::isNonTransactional(s, dialect, &reason))
                reasons << MwbTr::tr("line %1: %2").arg(s.line).arg(reason);
        }
        p.atomic = options.atomic && transactionalDdl && reasons.isEmpty();
        if (!transactionalDdl)
            result.plan.notes << MwbTr::tr(
                                     "%1 will not run atomically: MySQL/MariaDB commit every DDL "
                                     "statement on its own, so a failure leaves earlier statements "
                                     "applied.")
                                     .arg(local.name);
        else if (!reasons.isEmpty())
            result.plan.notes << MwbTr::tr("%1 will not run atomically: %2")
                                     .arg(local.name, reasons.join(QStringLiteral("; ")));
        else if (!options.atomic)
            result.plan.notes << MwbTr::tr("%1 runs statement by statement (atomic mode is off).")
                                     .arg(local.name);
        pending.append(p);
        result.plan.migrations << local.name;
    }
    result.plan.atomic =
        std::all_of(pending.cbegin(), pending.cend(), [](const auto &p) { return p.atomic; });

    // The plan: Prisma's write sequence around each script.
    const QString placeholderId = MwbTr::tr("<new id>");
    const QVariant placeholderNow = MwbTr::tr("<now, UTC>");
    for (const PendingMigration &p : std::as_const(pending)) {
        const QString name = p.local->name;
        result.plan.steps.append(
            {PlannedStep::Kind::Bookkeeping, name,
             table.insertStarted(placeholderId, p.local->checksum, placeholderNow, name).display(),
             0, 0});
        if (p.atomic)
            result.plan.steps.append(
                {PlannedStep::Kind::Begin, name, QStringLiteral("BEGIN"), 0, 0});
        for (const SqlStatement &s : p.statements)
            result.plan.steps.append(
                {PlannedStep::Kind::Statement, name, s.text, s.line, s.column});
        if (p.atomic)
            result.plan.steps.append(
                {PlannedStep::Kind::Commit, name, QStringLiteral("COMMIT"), 0, 0});
        result.plan.steps.append({PlannedStep::Kind::Bookkeeping, name,
                                  table.incrementAppliedSteps(placeholderId).display(), 0, 0});
        result.plan.steps.append({PlannedStep::Kind::Bookkeeping, name,
                                  table.setFinished(placeholderId, placeholderNow).display(), 0,
                                  0});
    }
    if (options.dryRun) {
        result.success = true;
        result.output << (pending.isEmpty()
                              ? QStringLiteral("\nNo pending migrations to apply.")
                              : MwbTr::tr("\nDry run: %n migration(s) would be applied.", nullptr,
                                          static_cast<int>(pending.size())));
        result.elapsedMs = timer.elapsed();
        return result;
    }

    // 7. Apply.
    StatementRunner runner(ctx, static_cast<int>(result.plan.steps.size()));
    runner.step(MwbTr::tr("Lock taken"));
    if (!exists) {
        const DbError e = MigrationsTable::exec(ctx.db, {table.createTableSql(), {}});
        if (e.isError())
            return result.refused({}, e.message);
        runner.step(MwbTr::tr("_prisma_migrations created"));
    }
    // A cancel that lands on a bookkeeping write is retried: the row must always be completed.
    auto write = [&](const MigrationsTable::Write &w) {
        DbError e = MigrationsTable::exec(ctx.db, w);
        if (e.isError() && ctx.canceller && QueryCanceller::isCancellation(e, spec.driver))
            e = MigrationsTable::exec(ctx.db, w);
        return e;
    };
    for (const PendingMigration &p : std::as_const(pending)) {
        const QString name = p.local->name;
        if (ctx.isCancelled()) {
            result.cancelled = true;
            result.errorMessage =
                MwbTr::tr("Cancelled before %1; nothing of it was written.").arg(name);
            break;
        }
        const QString id = MigrationsTable::newId();
        if (const DbError e = write(table.insertStarted(id, p.local->checksum, table.now(), name));
            e.isError())
            return result.refused({}, e.message);
        runner.step(MwbTr::tr("%1: started").arg(name));
        if (result.applied.isEmpty())
            result.output << QString(); // Prisma's blank line after "N migrations found"
        result.output << QStringLiteral("Applying migration `%1`").arg(name);
        const StatementRunner::Outcome outcome = runner.run(p.statements, p.atomic, name);
        result.statementsRun += outcome.executed;
        if (!outcome.ok) {
            const SqlStatement failed =
                outcome.failedIndex >= 0 && outcome.failedIndex < p.statements.size()
                    ? p.statements.at(outcome.failedIndex)
                    : SqlStatement{};
            QString logs =
                outcome.cancelled
                    ? MwbTr::tr("Cancelled by the user in Migration Workbench at statement %1.")
                          .arg(outcome.failedIndex + 1)
                    : PrismaErrors::p3018Failed(name, outcome.error.nativeCode,
                                                outcome.error.message);
            if (!failed.text.isEmpty())
                logs += QStringLiteral(
                            "\n\nFailed statement (line %1, column %2 of migration.sql):\n%3")
                            .arg(failed.line)
                            .arg(failed.column)
                            .arg(failed.text);
            write(table.setLogs(id, logs));
            result.cancelled = outcome.cancelled;
            result.dbError = outcome.error;
            result.failedMigration = name;
            result.failedStatement = outcome.failedIndex;
            result.failedLine = failed.line;
            result.failedColumn = failed.column;
            result.failedSql = failed.text;
            result.recovery = recoveryAfterFailure(name, p.atomic);
            result.errorCode = QStringLiteral("P3018");
            result.errorMessage =
                PrismaErrors::p3018Failed(name, outcome.error.nativeCode, outcome.error.message);
            result.output << QStringLiteral("Error: P3018\n\n") + result.errorMessage;
            result.elapsedMs = timer.elapsed();
            return result;
        }
        if (const DbError e = write(table.incrementAppliedSteps(id)); e.isError())
            return result.refused({}, e.message);
        runner.step(MwbTr::tr("%1: step counted").arg(name));
        if (const DbError e = write(table.setFinished(id, table.now())); e.isError())
            return result.refused({}, e.message);
        runner.step(MwbTr::tr("%1: finished").arg(name));
        result.applied << name;
    }
    lock.release();
    if (result.applied.isEmpty() && !result.cancelled) {
        result.output << QStringLiteral("\n\nNo pending migrations to apply.");
    } else if (!result.applied.isEmpty()) {
        result.output << QStringLiteral(
            "\nThe following migration(s) have been applied:\n\nmigrations/");
        for (const QString &name : std::as_const(result.applied))
            result.output << QStringLiteral("  └─ %1/\n    └─ migration.sql").arg(name);
        if (!result.cancelled)
            result.output << QStringLiteral(
                "      \nAll migrations have been successfully applied.");
    }
    result.success = !result.cancelled;
    result.elapsedMs = timer.elapsed();
    return result;
}
