// SPDX-License-Identifier: GPL-3.0-or-later
#include "changeplanexecutor.h"

#include "auditjournal.h"
#include "databasebackup.h"
#include "db/connectionopener.h"
#include "db/dbsession.h"
#include "mwbtr.h"
#include "planpreviewrunner.h"
#include "schema/schemadiffer.h"
#include "schema/schemaintrospector.h"
#include "schema/schemasummary.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QTimer>
#include <QUuid>

namespace {
OperationRequest::Kind requestKind(OperationPlan::Operation op) {
    switch (op) {
    case OperationPlan::Operation::Deploy:
        return OperationRequest::Kind::Deploy;
    case OperationPlan::Operation::ResolveApplied:
        return OperationRequest::Kind::ResolveApplied;
    case OperationPlan::Operation::ResolveRolledBack:
        return OperationRequest::Kind::ResolveRolledBack;
    case OperationPlan::Operation::Execute:
        return OperationRequest::Kind::Execute;
    }
    return OperationRequest::Kind::Deploy;
}

/// Reads the live schema with a short-lived read-only connection (for the before/after diff).
Schema readSchema(const ConnectionSpec &spec, DbError *error) {
    ConnectionSpec readOnly = spec;
    readOnly.readOnly = true;
    const QString name =
        QStringLiteral("mwb-plan-schema:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    *error = ConnectionOpener::open(readOnly, name, nullptr);
    Schema schema;
    if (!error->isError()) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        schema = SchemaIntrospector::read(db, readOnly, error);
    }
    ConnectionOpener::close(name);
    return schema;
}
} // namespace

PlanExecution ChangePlanExecutor::execute(const ChangePlan &plan,
                                          const PlanExecutionRequest &request,
                                          const std::atomic_bool *cancel) {
    QElapsedTimer timer;
    timer.start();
    PlanExecution out;
    auto refuse = [&out, &timer](const QString &why) {
        out.refused = true;
        out.refusal = why;
        out.elapsedMs = timer.elapsed();
        return out;
    };
    if (const QString problem = plan.verifyIntegrity(); !problem.isEmpty())
        return refuse(MwbTr::tr("Refused: %1").arg(problem));
    if (const QString problem = plan.verifyApproval(); !problem.isEmpty())
        return refuse(MwbTr::tr("Refused: %1").arg(problem));
    if (request.spec.redactedUrl() != plan.connection)
        return refuse(MwbTr::tr("Refused: the plan is for %1, not for %2.")
                          .arg(plan.connection, request.spec.redactedUrl()));
    const QString migrationsDir =
        request.migrationsDir.isEmpty() ? plan.migrationsDir : request.migrationsDir;

    // Re-check everything against the live database, read-only, before any write.
    ConnectionSpec readOnly = request.spec;
    readOnly.readOnly = true;
    readOnly.createIfMissing = false;
    const QString name =
        QStringLiteral("mwb-plan-check:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    DbError error = ConnectionOpener::open(readOnly, name, nullptr);
    readOnly.password.fill(QChar(u'\0'));
    readOnly.password.clear();
    if (error.isError())
        return refuse(MwbTr::tr("Refused: %1").arg(error.message));
    QStringList problems;
    Schema before;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        out.preconditions =
            PreconditionChecker::check(db, readOnly, migrationsDir, plan.preconditions, &error);
        for (const PreconditionCheck &c : std::as_const(out.preconditions))
            if (!c.holds)
                problems << MwbTr::tr("%1: %2").arg(c.precondition.description, c.message);
        QList<PreCheck> checks;
        for (const PreCheckResult &r : plan.preChecks)
            checks << r.check;
        out.preChecks = PreCheckRunner::run(db, readOnly, checks, request.preCheckOptions, cancel);
        for (const PreCheckResult &r : std::as_const(out.preChecks))
            if (r.failed())
                problems << MwbTr::tr("pre-check %1: %2").arg(r.check.description(), r.message);
        const OperationResult dry = PlanPreviewRunner::dryRun(
            db, readOnly, plan.operation, migrationsDir, plan.migrationName, plan.script,
            plan.scriptName, plan.atomic, cancel);
        if (dry.plan.isRefused() || !dry.success)
            problems << MwbTr::tr("the operation is now refused: %1")
                            .arg(dry.errorMessage.isEmpty() ? dry.plan.refusal : dry.errorMessage);
        else if (PlanPreviewRunner::statementSql(dry.plan) !=
                 PlanPreviewRunner::statementSql(plan.preview))
            problems << MwbTr::tr("the statements it would run now differ from the plan's");
        DbError schemaError;
        before = SchemaIntrospector::read(db, readOnly, &schemaError);
    }
    ConnectionOpener::close(name);
    if (cancel && cancel->load())
        return refuse(MwbTr::tr("Cancelled before anything was written."));
    if (!problems.isEmpty())
        return refuse(MwbTr::tr("Refused: the database is no longer in the state the plan was "
                                "approved for:\n  - %1")
                          .arg(problems.join(QStringLiteral("\n  - "))));

    if (plan.backupRequired && !request.skipBackup) {
        out.backupRan = true;
        const QString directory = request.backupDirectory;
        out.backup = DatabaseBackup::run(request.spec, directory, 600000, cancel);
        if (!out.backup.taken && plan.backupPlanned)
            return refuse(MwbTr::tr("Refused: the plan promised a backup and it failed: %1")
                              .arg(out.backup.error));
    } else if (plan.backupRequired) {
        out.backup.statement = MwbTr::tr("No backup was taken: the operator skipped it.");
    }

    // The write itself: the same session path as every operation. The journal entry is written
    // below, with the plan hash, instead of by the worker.
    ConnectionSpec writeSpec = request.spec;
    writeSpec.readOnly = false;
    writeSpec.createIfMissing = false;
    {
        DbSession session(writeSpec, nullptr, /*cancellable=*/true);
        writeSpec.password.fill(QChar(u'\0'));
        const OpenResult opened = session.openAndWait();
        if (opened.error.isError())
            return refuse(MwbTr::tr("Refused: %1").arg(opened.error.message));
        OperationRequest op;
        op.kind = requestKind(plan.operation);
        op.migrationsDir = migrationsDir;
        op.migrationName = plan.migrationName;
        op.script = plan.script;
        op.scriptName = plan.scriptName;
        op.atomic = plan.atomic;
        op.environment = plan.environment;
        op.connectionLabel = plan.connection;
        op.elevated = true; // the approval is the elevation
        QTimer cancelPoll;
        if (cancel) {
            QObject::connect(&cancelPoll, &QTimer::timeout, &session, [&session, cancel] {
                if (cancel->load())
                    session.cancel();
            });
            cancelPoll.start(100);
        }
        out.result = session.runOperationAndWait(op);
        out.ran = true;
    }

    DbError afterError;
    const Schema after = readSchema(request.spec, &afterError);
    if (!afterError.isError()) {
        const SchemaDiff diff = SchemaDiffer::diff(before, after);
        out.schemaChange =
            diff.isEmpty() ? MwbTr::tr("No schema change.") : SchemaSummary::render(diff).trimmed();
    }
    const QString readinessUrl =
        request.readinessUrl.isEmpty() ? plan.readinessUrl : request.readinessUrl;
    if (!readinessUrl.isEmpty() && out.result.success)
        out.readiness = ReadinessCheck::run(readinessUrl, request.readinessTimeoutMs);

    if (!request.journalPath.isEmpty()) {
        AuditEntry entry;
        entry.time = QDateTime::currentDateTimeUtc();
        entry.osUser = ChangePlan::currentUser();
        entry.connection = plan.connection;
        entry.environment = plan.environment;
        entry.operation = plan.operationKey();
        entry.target = out.result.plan.target.isEmpty()
                           ? out.result.plan.migrations.join(QStringLiteral(", "))
                           : out.result.plan.target;
        entry.elevated = true;
        for (const PlannedStep &step : out.result.plan.steps)
            entry.statements << step.sql;
        entry.success = out.result.success;
        entry.result = out.result.success ? out.result.output.join(QLatin1Char('\n')).trimmed()
                                          : (out.result.errorCode.isEmpty()
                                                 ? QString()
                                                 : out.result.errorCode + QStringLiteral(": ")) +
                                                out.result.errorMessage;
        entry.durationMs = out.result.elapsedMs;
        entry.planHash = plan.hash;
        entry.reviewer = plan.approval.reviewer;
        if (plan.backupRequired)
            entry.details << QStringLiteral("backup: ") + out.backup.statement;
        if (out.readiness.ran || !readinessUrl.isEmpty())
            entry.details << QStringLiteral("readiness: %1 %2 %3")
                                 .arg(out.readiness.url,
                                      out.readiness.ready ? QStringLiteral("ready")
                                                          : QStringLiteral("NOT READY"),
                                      out.readiness.message);
        if (!out.schemaChange.isEmpty())
            entry.details << QStringLiteral("schema change: ") + out.schemaChange;
        out.journalError = AuditJournal(request.journalPath).append(entry);
    }
    out.elapsedMs = timer.elapsed();
    return out;
}
