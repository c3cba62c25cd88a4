// SPDX-License-Identifier: GPL-3.0-or-later
#include "plancommand.h"

#include "clitr.h"
#include "commandparser.h"
#include "db/databaseurl.h"
#include "exitcodes.h"
#include "interrupthandler.h"
#include "review/auditjournal.h"
#include "review/changeplanbuilder.h"
#include "review/changeplanexecutor.h"
#include "targetoptions.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringDecoder>
#include <QTextStream>

#include <atomic>

namespace {
QString usage() {
    return CliTr::tr(
        "Usage:\n"
        "  mwb plan create --out PLAN deploy [--no-transaction] [target options]\n"
        "  mwb plan create --out PLAN resolve (--applied NAME | --rolled-back NAME) [target "
        "options]\n"
        "  mwb plan create --out PLAN execute --file F [--transaction] [target options]\n"
        "  mwb plan show PLAN [--json]\n"
        "  mwb plan approve PLAN --reviewer NAME [--comment TEXT]\n"
        "  mwb plan execute PLAN [--url URL | --workspace DIR] [--backup-dir DIR | --no-backup]\n");
}

void printPlan(QTextStream &out, const ChangePlan &plan) {
    out << CliTr::tr("Change plan %1").arg(plan.id) << '\n';
    if (!plan.title.isEmpty())
        out << "  " << plan.title << '\n';
    out << CliTr::tr("  Operation:   %1").arg(plan.summary()) << '\n'
        << CliTr::tr("  Environment: %1").arg(plan.environment) << '\n'
        << CliTr::tr("  Author:      %1, %2 UTC")
               .arg(plan.author, plan.created.toUTC().toString(Qt::ISODate))
        << '\n';
    const QString integrity = plan.verifyIntegrity();
    out << CliTr::tr("  Hash:        %1 (%2)")
               .arg(plan.hash, integrity.isEmpty() ? CliTr::tr("intact") : integrity)
        << '\n';
    if (plan.approval.isEmpty()) {
        out << CliTr::tr("  Approval:    none") << '\n';
    } else {
        const QString problem = plan.verifyApproval();
        out << CliTr::tr("  Approval:    %1, %2 UTC (%3)")
                   .arg(plan.approval.reviewer, plan.approval.time.toUTC().toString(Qt::ISODate),
                        problem.isEmpty() ? CliTr::tr("valid") : problem)
            << '\n';
    }
    out << CliTr::tr("  Backup:      %1").arg(plan.backupStatement) << '\n';
    if (!plan.readinessUrl.isEmpty())
        out << CliTr::tr("  Readiness:   GET %1 must answer 200").arg(plan.readinessUrl) << '\n';
    out << '\n' << CliTr::tr("Preconditions (re-checked before executing):") << '\n';
    for (const PlanPrecondition &p : plan.preconditions)
        out << "  - " << p.description << '\n';
    out << '\n'
        << CliTr::tr("Lint:") << (plan.lint.isEmpty() ? CliTr::tr(" no findings") : QString())
        << '\n';
    for (const LintFinding &f : plan.lint) {
        out << QStringLiteral("  %1:%2:%3: %4 [%5] %6\n")
                   .arg(f.source)
                   .arg(f.line)
                   .arg(f.column)
                   .arg(LintFinding::severityLabel(f.severity), f.ruleId, f.message);
        if (!f.detail.isEmpty())
            out << "      → " << f.detail << '\n';
    }
    if (!plan.preChecks.isEmpty())
        out << '\n' << CliTr::tr("Data pre-checks:") << '\n';
    for (const PreCheckResult &r : plan.preChecks) {
        out << "  - " << r.check.description() << ": "
            << PreCheckResult::statusKey(r.status).toUpper() << " — " << r.message << '\n';
        if (!r.sampleRows.isEmpty()) {
            out << "      " << r.sampleColumns.join(QStringLiteral(" | ")) << '\n';
            for (const QStringList &row : r.sampleRows)
                out << "      " << row.join(QStringLiteral(" | ")) << '\n';
        }
    }
    out << '\n' << CliTr::tr("Steps (every statement, bookkeeping included):") << '\n';
    for (const PlannedStep &s : plan.preview.steps) {
        QString sql = s.sql.trimmed();
        if (!sql.endsWith(QLatin1Char(';')))
            sql += QLatin1Char(';');
        out << QStringLiteral("-- [%1]%2\n%3\n")
                   .arg(PlannedStep::kindKey(s.kind),
                        s.migration.isEmpty() ? QString() : QLatin1Char(' ') + s.migration, sql);
    }
    for (const QString &note : plan.preview.notes)
        out << "  note: " << note << '\n';
}

bool readScript(const QString &path, QString *script, QString *error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = CliTr::tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    *script = decoder.decode(file.readAll());
    if (decoder.hasError()) {
        *error = CliTr::tr("The script is not valid UTF-8.");
        return false;
    }
    return true;
}

bool loadPlan(const QString &path, ChangePlan *plan, QTextStream &err) {
    QString error;
    if (path.isEmpty()) {
        err << CliTr::tr("Error: no plan file given.") << Qt::endl << usage();
        return false;
    }
    if (!ChangePlan::load(path, plan, &error)) {
        err << CliTr::tr("Error: %1").arg(error) << Qt::endl;
        return false;
    }
    return true;
}
} // namespace

int PlanCommand::run(const QStringList &arguments) {
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliTr::tr("Change plans: writes prepared for review, approved by another person, and "
                  "executed only while the database is still as reviewed."));
    TargetOptions target(parser);
    const QCommandLineOption json(QStringLiteral("json"), CliTr::tr("Print JSON."));
    const QCommandLineOption outFile(QStringLiteral("out"), CliTr::tr("create: the plan file."),
                                     CliTr::tr("file"));
    const QCommandLineOption title(QStringLiteral("title"), CliTr::tr("create: a title."),
                                   CliTr::tr("text"));
    const QCommandLineOption environment(QStringLiteral("environment"),
                                         CliTr::tr("create: local, staging or production."),
                                         CliTr::tr("name"), QStringLiteral("production"));
    const QCommandLineOption readyUrl(
        QStringLiteral("ready-url"),
        CliTr::tr("create/execute: GET this URL after executing; it must answer 200."),
        CliTr::tr("url"));
    const QCommandLineOption readyTimeout(QStringLiteral("ready-timeout"),
                                          CliTr::tr("execute: readiness timeout in ms."),
                                          CliTr::tr("ms"), QStringLiteral("5000"));
    const QCommandLineOption noChecks(QStringLiteral("no-checks"),
                                      CliTr::tr("create: do not run data pre-checks."));
    const QCommandLineOption applied(QStringLiteral("applied"),
                                     CliTr::tr("resolve: mark a migration as applied."),
                                     CliTr::tr("name"));
    const QCommandLineOption rolledBack(
        QStringLiteral("rolled-back"),
        CliTr::tr("resolve: mark a failed migration as rolled back."), CliTr::tr("name"));
    const QCommandLineOption file(QStringLiteral("file"), CliTr::tr("execute: the SQL script."),
                                  CliTr::tr("file"));
    const QCommandLineOption transaction(QStringLiteral("transaction"),
                                         CliTr::tr("execute: run the script in one transaction."));
    const QCommandLineOption noTransaction(
        QStringLiteral("no-transaction"),
        CliTr::tr("deploy: run statements one by one instead of one transaction per migration."));
    const QCommandLineOption reviewer(
        QStringLiteral("reviewer"), CliTr::tr("approve: the reviewer's name."), CliTr::tr("name"));
    const QCommandLineOption comment(QStringLiteral("comment"),
                                     CliTr::tr("approve: a comment kept with the approval."),
                                     CliTr::tr("text"));
    const QCommandLineOption journal(QStringLiteral("journal"),
                                     CliTr::tr("approve/execute: the audit journal (default: %1).")
                                         .arg(AuditJournal::defaultPath()),
                                     CliTr::tr("file"), AuditJournal::defaultPath());
    const QCommandLineOption noJournal(QStringLiteral("no-journal"),
                                       CliTr::tr("approve/execute: do not record in the journal."));
    const QCommandLineOption backupDir(
        QStringLiteral("backup-dir"),
        CliTr::tr("execute: where the backup goes (default: a backups folder next to the plan)."),
        CliTr::tr("dir"));
    const QCommandLineOption noBackup(QStringLiteral("no-backup"),
                                      CliTr::tr("execute: skip the backup (recorded)."));
    parser.addOptions({json, outFile, title, environment, readyUrl, readyTimeout, noChecks, applied,
                       rolledBack, file, transaction, noTransaction, reviewer, comment, journal,
                       noJournal, backupDir, noBackup});
    parser.addPositionalArgument(QStringLiteral("plan"), CliTr::tr("The command."));
    parser.addPositionalArgument(QStringLiteral("action"),
                                 CliTr::tr("create, show, approve or execute"));
    parser.addPositionalArgument(QStringLiteral("argument"),
                                 CliTr::tr("create: deploy, resolve or execute; otherwise the "
                                           "plan file"));
    if (const auto exit = CommandParser::parse(parser, arguments, 3))
        return *exit;
    const QString action = parser.positionalArguments().value(1);
    const QString argument = parser.positionalArguments().value(2);
    const QString journalPath = parser.isSet(noJournal) ? QString() : parser.value(journal);

    if (action == QLatin1String("create")) {
        PlanRequest request;
        if (argument == QLatin1String("deploy")) {
            request.operation = OperationPlan::Operation::Deploy;
            request.atomic = !parser.isSet(noTransaction);
        } else if (argument == QLatin1String("resolve")) {
            if (parser.isSet(applied) == parser.isSet(rolledBack)) {
                err << CliTr::tr("Error: pass exactly one of --applied and --rolled-back.")
                    << Qt::endl;
                return ExitUsage;
            }
            request.operation = parser.isSet(applied) ? OperationPlan::Operation::ResolveApplied
                                                      : OperationPlan::Operation::ResolveRolledBack;
            request.migrationName = parser.value(parser.isSet(applied) ? applied : rolledBack);
        } else if (argument == QLatin1String("execute")) {
            request.operation = OperationPlan::Operation::Execute;
            QString error;
            if (!parser.isSet(file) || !readScript(parser.value(file), &request.script, &error)) {
                err << CliTr::tr("Error: %1")
                           .arg(error.isEmpty() ? CliTr::tr("execute needs --file.") : error)
                    << Qt::endl;
                return ExitUsage;
            }
            request.scriptName = QFileInfo(parser.value(file)).fileName();
            request.atomic = parser.isSet(transaction);
        } else {
            err << CliTr::tr("Error: plan create needs deploy, resolve or execute.") << Qt::endl
                << usage();
            return ExitUsage;
        }
        if (!parser.isSet(outFile)) {
            err << CliTr::tr("Error: plan create needs --out FILE.") << Qt::endl;
            return ExitUsage;
        }
        if (const auto exit = target.resolve(
                parser, request.operation != OperationPlan::Operation::Execute &&
                            request.operation != OperationPlan::Operation::ResolveRolledBack))
            return *exit;
        request.spec = target.spec;
        request.workspaceRoot = target.hasWorkspace ? target.workspace.root : QString();
        request.migrationsDir = target.hasWorkspace ? target.workspace.migrationsDir : QString();
        request.environment = parser.value(environment);
        request.title = parser.value(title);
        request.readinessUrl = parser.value(readyUrl);
        request.runPreChecks = !parser.isSet(noChecks);
        const PlanCreation created = ChangePlanBuilder::create(request);
        if (created.error.isError()) {
            err << CliTr::tr("Error: %1").arg(created.error.message) << Qt::endl;
            return ExitDatabase;
        }
        if (!created.refusal.isEmpty()) {
            err << CliTr::tr("Error: the operation is refused, no plan was written: %1")
                       .arg(created.refusalCode.isEmpty()
                                ? created.refusal
                                : created.refusalCode + QStringLiteral(" ") + created.refusal)
                << Qt::endl;
            return ExitNeedsAttention;
        }
        QString error;
        if (!created.plan.save(parser.value(outFile), &error)) {
            err << CliTr::tr("Error: %1").arg(error) << Qt::endl;
            return ExitUsage;
        }
        bool blocked = false;
        for (const PreCheckResult &r : created.plan.preChecks)
            blocked = blocked || r.failed();
        if (parser.isSet(json)) {
            out << QJsonDocument(created.plan.toJson()).toJson(QJsonDocument::Indented);
        } else {
            printPlan(out, created.plan);
            out << '\n'
                << CliTr::tr("Plan written to %1 (hash %2). Another person must approve it: mwb "
                             "plan approve %1 --reviewer NAME")
                       .arg(parser.value(outFile), created.plan.hash)
                << '\n';
        }
        if (blocked)
            err << CliTr::tr("Warning: data pre-checks failed; executing the plan will be "
                             "refused until the data is fixed and the plan re-created.")
                << Qt::endl;
        return blocked ? ExitNeedsAttention : ExitOk;
    }

    ChangePlan plan;
    if (action == QLatin1String("show")) {
        if (!loadPlan(argument, &plan, err))
            return ExitUsage;
        const QString integrity = plan.verifyIntegrity();
        if (parser.isSet(json)) {
            QJsonObject o = plan.toJson();
            o.insert(QStringLiteral("verification"),
                     QJsonObject{{QStringLiteral("intact"), integrity.isEmpty()},
                                 {QStringLiteral("integrityProblem"), integrity},
                                 {QStringLiteral("approved"), plan.isApproved()},
                                 {QStringLiteral("approvalProblem"), plan.verifyApproval()}});
            out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        } else {
            printPlan(out, plan);
        }
        if (!integrity.isEmpty())
            err << CliTr::tr("Error: %1").arg(integrity) << Qt::endl;
        return integrity.isEmpty() ? ExitOk : ExitNeedsAttention;
    }
    if (action == QLatin1String("approve")) {
        if (!loadPlan(argument, &plan, err))
            return ExitUsage;
        if (!parser.isSet(reviewer)) {
            err << CliTr::tr("Error: approve needs --reviewer NAME.") << Qt::endl;
            return ExitUsage;
        }
        if (const QString problem = plan.approve(
                parser.value(reviewer), QDateTime::currentDateTimeUtc(), parser.value(comment));
            !problem.isEmpty()) {
            err << CliTr::tr("Error: not approved: %1").arg(problem) << Qt::endl;
            return ExitNeedsAttention;
        }
        QString error;
        if (!plan.save(argument, &error)) {
            err << CliTr::tr("Error: %1").arg(error) << Qt::endl;
            return ExitUsage;
        }
        if (!journalPath.isEmpty()) {
            // Approvals are part of the record: who signed off which plan content, when.
            AuditEntry entry;
            entry.time = plan.approval.time;
            entry.osUser = ChangePlan::currentUser();
            entry.connection = plan.connection;
            entry.environment = plan.environment;
            entry.operation = QStringLiteral("plan-approve");
            entry.target = plan.summary();
            entry.success = true;
            entry.result = CliTr::tr("Approved by %1.").arg(plan.approval.reviewer);
            entry.planHash = plan.hash;
            entry.reviewer = plan.approval.reviewer;
            if (const QString e = AuditJournal(journalPath).append(entry); !e.isEmpty())
                err << CliTr::tr("Warning: the approval was not journaled: %1").arg(e) << Qt::endl;
        }
        out << CliTr::tr("Plan %1 approved by %2 (hash %3).")
                   .arg(plan.id, plan.approval.reviewer, plan.hash)
            << Qt::endl;
        return ExitOk;
    }
    if (action == QLatin1String("execute")) {
        if (!loadPlan(argument, &plan, err))
            return ExitUsage;
        PlanExecutionRequest request;
        // The connection: --url/--workspace, else the plan's workspace's datasource URL, else the
        // plan's own URL when it needs no password (SQLite).
        if (parser.isSet(QStringLiteral("url")) || parser.isSet(QStringLiteral("workspace"))) {
            if (const auto exit = target.resolve(parser, false))
                return *exit;
            request.spec = target.spec;
            if (target.hasWorkspace && parser.isSet(QStringLiteral("workspace")))
                request.migrationsDir = target.workspace.migrationsDir;
        } else {
            Workspace ws;
            QString error;
            QString url;
            if (!plan.workspaceRoot.isEmpty() && Workspace::locate(plan.workspaceRoot, &ws, &error))
                url = ws.datasourceUrl();
            if (url.isEmpty() && !plan.connection.contains(QLatin1String(":****@")))
                url = plan.connection;
            const DatabaseUrl::Result parsed =
                DatabaseUrl::parse(url, ws.root.isEmpty() ? QDir::currentPath() : ws.schemaDir());
            if (url.isEmpty() || !parsed.ok()) {
                err << CliTr::tr("Error: pass --url with the password for %1.").arg(plan.connection)
                    << Qt::endl;
                return ExitUsage;
            }
            request.spec = parsed.spec;
        }
        request.journalPath = journalPath;
        request.skipBackup = parser.isSet(noBackup);
        request.backupDirectory =
            parser.isSet(backupDir)
                ? parser.value(backupDir)
                : QFileInfo(argument).absoluteDir().filePath(QStringLiteral("backups"));
        request.readinessUrl = parser.value(readyUrl);
        request.readinessTimeoutMs = qMax(1, parser.value(readyTimeout).toInt());
        std::atomic_bool cancel(false);
        InterruptHandler interrupt;
        QObject::connect(&interrupt, &InterruptHandler::interrupted, &interrupt, [&cancel, &err] {
            err << CliTr::tr("Cancelling… (press Ctrl+C again to quit at once)") << Qt::endl;
            cancel.store(true);
        });
        const PlanExecution done = ChangePlanExecutor::execute(plan, request, &cancel);
        request.spec.password.fill(QChar(u'\0'));
        if (parser.isSet(json)) {
            QJsonArray pre;
            for (const PreconditionCheck &c : done.preconditions)
                pre.append(QJsonObject{{QStringLiteral("description"), c.precondition.description},
                                       {QStringLiteral("holds"), c.holds},
                                       {QStringLiteral("expected"), c.precondition.expected},
                                       {QStringLiteral("actual"), c.actual}});
            out << QJsonDocument(QJsonObject{{QStringLiteral("planHash"), plan.hash},
                                             {QStringLiteral("refused"), done.refused},
                                             {QStringLiteral("refusal"), done.refusal},
                                             {QStringLiteral("preconditions"), pre},
                                             {QStringLiteral("backup"), done.backup.toJson()},
                                             {QStringLiteral("ran"), done.ran},
                                             {QStringLiteral("success"), done.success()},
                                             {QStringLiteral("output"),
                                              done.result.output.join(QLatin1Char('\n'))},
                                             {QStringLiteral("error"), done.result.errorMessage},
                                             {QStringLiteral("readiness"), done.readiness.toJson()},
                                             {QStringLiteral("schemaChange"), done.schemaChange}})
                       .toJson(QJsonDocument::Indented);
        } else if (done.refused) {
            err << done.refusal << Qt::endl;
        } else {
            if (done.backupRan || !done.backup.statement.isEmpty())
                out << done.backup.statement << '\n';
            for (const QString &line : done.result.output)
                (done.result.success ? out : err) << line << '\n';
            if (!done.result.success && done.result.output.isEmpty())
                err << CliTr::tr("Error: %1").arg(done.result.errorMessage) << '\n';
            if (!done.result.recovery.isEmpty())
                err << '\n' << done.result.recovery << '\n';
            if (!done.schemaChange.isEmpty())
                out << CliTr::tr("Schema change:") << '\n' << done.schemaChange << '\n';
            if (done.readiness.ran || !done.readiness.message.isEmpty())
                (done.readiness.ready ? out : err)
                    << CliTr::tr("Readiness %1: %2")
                           .arg(done.readiness.ready ? CliTr::tr("OK") : CliTr::tr("FAILED"),
                                done.readiness.message)
                    << '\n';
        }
        if (!done.journalError.isEmpty())
            err << CliTr::tr("Warning: the execution was not journaled: %1").arg(done.journalError)
                << Qt::endl;
        return done.success() ? ExitOk : ExitNeedsAttention;
    }
    err << usage();
    return ExitUsage;
}
