// SPDX-License-Identifier: GPL-3.0-or-later
#include "operationcommand.h"

#include "clitr.h"
#include "commandparser.h"
#include "db/dbsession.h"
#include "exitcodes.h"
#include "interrupthandler.h"
#include "ops/operationjson.h"
#include "review/auditjournal.h"
#include "review/migrationlinter.h"
#include "review/readinesscheck.h"
#include "targetoptions.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringDecoder>
#include <QTextStream>

namespace {
void printPlan(QTextStream &out, const OperationPlan &plan) {
    out << CliTr::tr("Plan (dry run: nothing was written):") << '\n';
    QString migration;
    for (const PlannedStep &step : plan.steps) {
        if (step.migration != migration) {
            migration = step.migration;
            out << "\n-- " << migration << '\n';
        }
        QString sql = step.sql.trimmed();
        if (!sql.endsWith(QLatin1Char(';')))
            sql += QLatin1Char(';');
        out << QStringLiteral("-- [%1]").arg(PlannedStep::kindKey(step.kind));
        if (step.line > 0)
            out << QStringLiteral(" line %1, column %2").arg(step.line).arg(step.column);
        out << '\n' << sql << '\n';
    }
    if (!plan.notes.isEmpty()) {
        out << '\n' << CliTr::tr("Notes:") << '\n';
        for (const QString &note : plan.notes)
            out << "  - " << note << '\n';
    }
}

bool readScript(const QString &path, bool fromStdin, QString *script, QString *error) {
    QFile file;
    if (fromStdin) {
        if (!file.open(stdin, QIODevice::ReadOnly)) {
            *error = CliTr::tr("Cannot read standard input.");
            return false;
        }
    } else {
        file.setFileName(path);
        if (!QFileInfo::exists(path)) {
            *error = CliTr::tr("Provided --file at %1 doesn't exist.").arg(path);
            return false;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            *error = CliTr::tr("Cannot read %1: %2").arg(path, file.errorString());
            return false;
        }
    }
    const QByteArray bytes = file.readAll();
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    *script = decoder.decode(bytes);
    if (decoder.hasError()) {
        *error = CliTr::tr("The script is not valid UTF-8.");
        return false;
    }
    return true;
}
} // namespace

int OperationCommand::run(const QStringList &arguments) {
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString command = arguments.value(1);
    QCommandLineParser parser;
    TargetOptions target(parser);
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"),
        CliTr::tr("Print every statement that would be sent, bookkeeping "
                  "included; write nothing."));
    const QCommandLineOption json(QStringLiteral("json"), CliTr::tr("Print one JSON object."));
    const QCommandLineOption noTransaction(
        QStringLiteral("no-transaction"),
        CliTr::tr("Run statements one by one (as Prisma does on SQLite and MySQL) instead of one "
                  "transaction per migration where the database allows it."));
    const QCommandLineOption transaction(
        QStringLiteral("transaction"),
        CliTr::tr("execute: run the whole script in one transaction."));
    const QCommandLineOption applied(QStringLiteral("applied"),
                                     CliTr::tr("Mark a migration as applied."), CliTr::tr("name"));
    const QCommandLineOption rolledBack(QStringLiteral("rolled-back"),
                                        CliTr::tr("Mark a failed migration as rolled back."),
                                        CliTr::tr("name"));
    const QCommandLineOption file(QStringLiteral("file"), CliTr::tr("The SQL script to run."),
                                  CliTr::tr("file"));
    const QCommandLineOption fromStdin(QStringLiteral("stdin"),
                                       CliTr::tr("Read the script from standard input."));
    const QCommandLineOption journal(
        QStringLiteral("journal"),
        CliTr::tr("Record the write in this audit journal (default: %1).")
            .arg(AuditJournal::defaultPath()),
        CliTr::tr("file"), AuditJournal::defaultPath());
    const QCommandLineOption noJournal(QStringLiteral("no-journal"),
                                       CliTr::tr("Do not record the write."));
    const QCommandLineOption environment(
        QStringLiteral("environment"),
        CliTr::tr("local, staging or production (recorded in the journal)."), CliTr::tr("name"),
        QStringLiteral("local"));
    const QCommandLineOption readyUrl(
        QStringLiteral("ready-url"),
        CliTr::tr("After a successful write, GET this URL (e.g. https://app/health/ready) and "
                  "expect HTTP 200; the result is printed and journaled."),
        CliTr::tr("url"));
    parser.addOptions({dryRun, json, journal, noJournal, environment, readyUrl});
    OperationRequest request;
    if (command == QLatin1String("deploy")) {
        parser.setApplicationDescription(
            CliTr::tr("Apply pending migrations exactly like prisma migrate deploy."));
        parser.addOption(noTransaction);
        request.kind = OperationRequest::Kind::Deploy;
    } else if (command == QLatin1String("resolve")) {
        parser.setApplicationDescription(
            CliTr::tr("Mark a migration applied or rolled back like prisma migrate resolve."));
        parser.addOptions({applied, rolledBack});
    } else {
        parser.setApplicationDescription(
            CliTr::tr("Run a SQL script like prisma db execute, statement by statement."));
        parser.addOptions({file, fromStdin, transaction});
        request.kind = OperationRequest::Kind::Execute;
    }
    parser.addPositionalArgument(command, CliTr::tr("The command."));
    if (const auto exit = CommandParser::parse(parser, arguments, 1))
        return *exit;

    if (command == QLatin1String("resolve")) {
        // Prisma's own wording for these usage errors.
        if (parser.isSet(applied) == parser.isSet(rolledBack)) {
            err << (parser.isSet(applied)
                        ? QStringLiteral("Pass either --applied or --rolled-back, not both.")
                        : QStringLiteral(
                              "--applied or --rolled-back must be part of the command "
                              "like:\nmwb resolve --applied 20201231000000_add_users_table"))
                << Qt::endl;
            return ExitUsage;
        }
        request.kind = parser.isSet(applied) ? OperationRequest::Kind::ResolveApplied
                                             : OperationRequest::Kind::ResolveRolledBack;
        request.migrationName = parser.value(parser.isSet(applied) ? applied : rolledBack);
        if (request.migrationName.trimmed().isEmpty()) {
            err << CliTr::tr("The migration name must not be empty.") << Qt::endl;
            return ExitUsage;
        }
    }
    if (request.kind == OperationRequest::Kind::Execute) {
        if (parser.isSet(file) == parser.isSet(fromStdin)) {
            err << CliTr::tr("Pass exactly one of --file and --stdin.") << Qt::endl;
            return ExitUsage;
        }
        QString error;
        if (!readScript(parser.value(file), parser.isSet(fromStdin), &request.script, &error)) {
            err << CliTr::tr("Error: %1").arg(error) << Qt::endl;
            return ExitUsage;
        }
        request.scriptName =
            parser.isSet(file) ? QFileInfo(parser.value(file)).fileName() : QStringLiteral("stdin");
        request.atomic = parser.isSet(transaction);
    } else if (request.kind == OperationRequest::Kind::Deploy) {
        request.atomic = !parser.isSet(noTransaction);
    }
    request.dryRun = parser.isSet(dryRun);
    if (!parser.isSet(noJournal))
        request.journalPath = parser.value(journal);
    request.environment = parser.value(environment);

    if (const auto exit =
            target.resolve(parser, request.kind != OperationRequest::Kind::Execute &&
                                       request.kind != OperationRequest::Kind::ResolveRolledBack))
        return *exit;
    ConnectionSpec spec = target.spec;
    request.migrationsDir = target.workspace.migrationsDir;
    // Prisma creates a missing SQLite file on deploy and resolve --applied.
    spec.createIfMissing =
        !request.dryRun && (request.kind == OperationRequest::Kind::Deploy ||
                            request.kind == OperationRequest::Kind::ResolveApplied);
    spec.readOnly = request.dryRun;
    DbSession session(spec, nullptr, /*cancellable=*/true);
    const OpenResult opened = session.openAndWait();
    if (opened.error.isError()) {
        err << CliTr::tr("Error: %1").arg(opened.error.message) << Qt::endl;
        return ExitDatabase;
    }
    // Lint what is about to run (pending migrations, or the script): findings are shown, never
    // silently blocking; `mwb lint` and change plans make them binding.
    LintFindings findings;
    if (request.kind == OperationRequest::Kind::Deploy) {
        const HistoryResult history = session.loadHistoryAndWait(request.migrationsDir);
        if (!history.error.isError())
            findings = MigrationLinter::lintPending(history.report);
    } else if (request.kind == OperationRequest::Kind::Execute) {
        findings = MigrationLinter::lintScript(
            request.script, sqlDialectForProvider(spec.provider()), request.scriptName);
    }
    if (!parser.isSet(json)) {
        for (const LintFinding &f : std::as_const(findings)) {
            if (f.severity == LintFinding::Severity::Info)
                continue;
            err << CliTr::tr("Lint %1: %2, statement at line %3: %4 [%5]")
                       .arg(LintFinding::severityLabel(f.severity), f.source)
                       .arg(f.line)
                       .arg(f.message, f.ruleId)
                << Qt::endl;
        }
        QObject::connect(&session, &DbSession::operationProgress, &session,
                         [&err](const OperationProgress &p) {
                             if (p.total == 0) // waiting, not a step
                                 err << p.what << Qt::endl;
                         });
    }
    // Ctrl+C cancels cleanly: between statements, or the running statement itself.
    InterruptHandler interrupt;
    QObject::connect(&interrupt, &InterruptHandler::interrupted, &session, [&session, &err] {
        err << CliTr::tr("Cancelling… (press Ctrl+C again to quit at once)") << Qt::endl;
        session.cancel();
    });
    const OperationResult result = session.runOperationAndWait(request);
    // The optional readiness check: only after a real, successful write.
    ReadinessResult readiness;
    if (parser.isSet(readyUrl) && result.success && !result.dryRun) {
        readiness = ReadinessCheck::run(parser.value(readyUrl));
        if (!request.journalPath.isEmpty()) {
            AuditEntry entry;
            entry.time = QDateTime::currentDateTimeUtc();
            entry.osUser = AuditJournal::currentOsUser();
            entry.connection = spec.redactedUrl();
            entry.environment = request.environment;
            entry.operation = QStringLiteral("readiness-check");
            entry.target = readiness.url;
            entry.success = readiness.ready;
            entry.result = readiness.message;
            entry.durationMs = readiness.elapsedMs;
            if (const QString error = AuditJournal(request.journalPath).append(entry);
                !error.isEmpty())
                err << CliTr::tr("Warning: the readiness check was not journaled: %1").arg(error)
                    << Qt::endl;
        }
    }
    if (parser.isSet(json)) {
        QJsonObject object = OperationJson::toJson(result);
        object.insert(QStringLiteral("database"), spec.redactedUrl());
        QJsonArray lint;
        for (const LintFinding &f : std::as_const(findings))
            lint.append(f.toJson());
        object.insert(QStringLiteral("lint"), lint);
        if (readiness.ran)
            object.insert(QStringLiteral("readiness"), readiness.toJson());
        out << QJsonDocument(object).toJson(QJsonDocument::Indented);
    } else {
        if (result.dryRun && !result.plan.isRefused())
            printPlan(out, result.plan);
        for (const QString &line : result.output)
            (result.success ? out : err) << line << '\n';
        if (!result.success && result.output.isEmpty())
            err << CliTr::tr("Error: %1").arg(result.errorMessage) << '\n';
        if (!result.recovery.isEmpty())
            err << '\n' << result.recovery << '\n';
        if (readiness.ran)
            (readiness.ready ? out : err)
                << CliTr::tr("Readiness check %1: %2 (%3)")
                       .arg(readiness.ready ? CliTr::tr("passed") : CliTr::tr("FAILED"),
                            readiness.url, readiness.message)
                << '\n';
    }
    out.flush();
    err.flush();
    if (readiness.ran && !readiness.ready)
        return ExitNeedsAttention;
    return result.success ? ExitOk : ExitNeedsAttention;
}
