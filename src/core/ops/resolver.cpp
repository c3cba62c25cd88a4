// SPDX-License-Identifier: GPL-3.0-or-later
#include "resolver.h"

#include "advisorylock.h"
#include "history/historyreader.h"
#include "migrationstable.h"
#include "mwbtr.h"
#include "prismaerrors.h"

#include <QElapsedTimer>

namespace {
OperationResult start(OperationPlan::Operation operation, const QString &name, bool dryRun) {
    OperationResult result;
    result.dryRun = dryRun;
    result.plan.operation = operation;
    result.plan.target = name;
    return result;
}

/// Takes Prisma's lock (not for a preview: it must not block anybody); on failure `result`
/// becomes the refusal (P1002 on timeout) and false is returned.
bool takeLock(OperationContext &ctx, AdvisoryLock &lock, OperationResult &result, bool dryRun) {
    result.plan.steps.append(
        {PlannedStep::Kind::Lock, {}, AdvisoryLock::statementFor(ctx.spec), 0, 0});
    if (dryRun)
        return true;
    const DbError e = lock.acquire(AdvisoryLock::TimeoutMs, ctx.cancel);
    if (!e.isError())
        return true;
    result.dbError = e;
    result = result.refused(e.nativeCode == QLatin1String("P1002") ? e.nativeCode : QString(),
                            e.message);
    return false;
}
} // namespace

OperationResult Resolver::markApplied(OperationContext &ctx, const MigrationsFolderScan &folder,
                                      const QString &name, bool dryRun) {
    QElapsedTimer timer;
    timer.start();
    OperationResult result = start(OperationPlan::Operation::ResolveApplied, name, dryRun);
    const MigrationsTable table(ctx.spec);

    if (!folder.lock.allows(ctx.spec.provider()))
        return result.refused(
            QStringLiteral("P3019"),
            PrismaErrors::p3019ProviderMismatch(ctx.spec.provider(), folder.lock.provider));
    AdvisoryLock lock(ctx.db, ctx.spec);
    if (!takeLock(ctx, lock, result, dryRun))
        return result;

    const int index = folder.indexOf(name);
    if (index < 0 || !folder.migrations.at(index).hasScript())
        return result.refused(QStringLiteral("P3017"), PrismaErrors::p3017NotFound(name));
    const LocalMigration &local = folder.migrations.at(index);

    DbError error;
    const bool exists = table.tableExists(ctx.db, &error);
    if (error.isError())
        return result.refused({}, error.message);
    HistoryReadResult rows;
    if (exists) {
        rows = HistoryReader::read(ctx.db, ctx.spec, ctx.cancel);
        if (rows.error.isError())
            return result.refused({}, rows.error.message);
    } else {
        // Baselining: the table is created without the emptiness check.
        result.plan.steps.append(
            {PlannedStep::Kind::CreateTable, {}, table.createTableSql(), 0, 0});
        result.plan.notes << MwbTr::tr(
            "The database has no _prisma_migrations table yet: it is created "
            "(this is how a database is baselined).");
    }
    QStringList failedIds;
    for (const MigrationRow &row : std::as_const(rows.rows)) {
        if (row.migrationName != name)
            continue;
        if (row.finishedAt.has_value())
            return result.refused(QStringLiteral("P3008"), PrismaErrors::p3008AlreadyApplied(name));
        if (row.isFailed())
            failedIds << row.id;
    }
    const QVariant placeholder = MwbTr::tr("<now, UTC>");
    for (const QString &id : std::as_const(failedIds))
        result.plan.steps.append({PlannedStep::Kind::Bookkeeping, name,
                                  table.setRolledBack(id, placeholder).display(), 0, 0});
    result.plan.steps.append(
        {PlannedStep::Kind::Bookkeeping, name,
         table.insertApplied(MwbTr::tr("<new id>"), local.checksum, placeholder, name).display(), 0,
         0});
    result.plan.notes << MwbTr::tr(
        "No SQL of the migration is run: the database must already contain "
        "its changes.");
    if (dryRun) {
        result.success = true;
        result.elapsedMs = timer.elapsed();
        return result;
    }
    if (!exists) {
        if (const DbError e = MigrationsTable::exec(ctx.db, {table.createTableSql(), {}});
            e.isError())
            return result.refused({}, e.message);
    }
    const QVariant now = table.now();
    for (const QString &id : std::as_const(failedIds)) {
        if (const DbError e = MigrationsTable::exec(ctx.db, table.setRolledBack(id, now));
            e.isError())
            return result.refused({}, e.message);
    }
    if (const DbError e = MigrationsTable::exec(
            ctx.db, table.insertApplied(MigrationsTable::newId(), local.checksum, now, name));
        e.isError())
        return result.refused({}, e.message);
    result.success = true;
    result.output << QStringLiteral("Migration %1 marked as applied.").arg(name);
    result.elapsedMs = timer.elapsed();
    return result;
}

OperationResult Resolver::markRolledBack(OperationContext &ctx, const QString &name, bool dryRun) {
    QElapsedTimer timer;
    timer.start();
    OperationResult result = start(OperationPlan::Operation::ResolveRolledBack, name, dryRun);
    const MigrationsTable table(ctx.spec);
    AdvisoryLock lock(ctx.db, ctx.spec);
    if (!takeLock(ctx, lock, result, dryRun))
        return result;

    DbError error;
    if (!table.tableExists(ctx.db, &error))
        return result.refused({},
                              error.isError() ? error.message : PrismaErrors::noMigrationsTable());
    const HistoryReadResult rows = HistoryReader::read(ctx.db, ctx.spec, ctx.cancel);
    if (rows.error.isError())
        return result.refused({}, rows.error.message);
    QStringList failedIds;
    bool any = false;
    bool allFinished = true;
    for (const MigrationRow &row : rows.rows) {
        if (row.migrationName != name)
            continue;
        any = true;
        allFinished = allFinished && row.finishedAt.has_value();
        if (row.isFailed())
            failedIds << row.id;
    }
    if (!any)
        return result.refused(QStringLiteral("P3011"), PrismaErrors::p3011NeverApplied(name));
    if (allFinished)
        return result.refused(QStringLiteral("P3012"), PrismaErrors::p3012NotFailed(name));
    const QVariant placeholder = MwbTr::tr("<now, UTC>");
    for (const QString &id : std::as_const(failedIds))
        result.plan.steps.append({PlannedStep::Kind::Bookkeeping, name,
                                  table.setRolledBack(id, placeholder).display(), 0, 0});
    if (failedIds.isEmpty())
        result.plan.notes
            << MwbTr::tr("No row of %1 is failed: Prisma succeeds without writing anything.")
                   .arg(name);
    result.plan.notes << MwbTr::tr(
        "No schema change is undone: revert what the migration did before "
        "marking it rolled back.");
    if (dryRun) {
        result.success = true;
        result.elapsedMs = timer.elapsed();
        return result;
    }
    const QVariant now = table.now();
    for (const QString &id : std::as_const(failedIds)) {
        if (const DbError e = MigrationsTable::exec(ctx.db, table.setRolledBack(id, now));
            e.isError())
            return result.refused({}, e.message);
    }
    result.success = true;
    result.output << QStringLiteral("Migration %1 marked as rolled back.").arg(name);
    result.elapsedMs = timer.elapsed();
    return result;
}
