// SPDX-License-Identifier: GPL-3.0-or-later
#include "diffcommand.h"

#include "clitr.h"
#include "commandparser.h"
#include "db/databaseurl.h"
#include "exitcodes.h"
#include "interrupthandler.h"
#include "schema/diffjob.h"
#include "schema/diffjson.h"
#include "schema/schemasource.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

namespace {
// Prisma's `--exit-code` contract, so scripts written for `prisma migrate diff` keep working.
constexpr int PrismaEmpty = 0;
constexpr int PrismaError = 1;
constexpr int PrismaNotEmpty = 2;
} // namespace

DiffOutcome DiffCommand::execute(const DiffRequest &request, bool quiet) {
    QTextStream err(stderr);
    DiffJob job(request);
    if (!quiet)
        QObject::connect(&job, &DiffJob::progress, &job,
                         [&err](const DiffProgress &p) { err << p.what << Qt::endl; });
    InterruptHandler interrupt;
    QObject::connect(&interrupt, &InterruptHandler::interrupted, &job, [&job, &err] {
        err << CliTr::tr("Cancelling… (press Ctrl+C again to quit at once)") << Qt::endl;
        job.cancel();
    });
    return job.runAndWait();
}

void DiffCommand::print(const DiffOutcome &outcome, Format format, QTextStream &out,
                        QTextStream &err) {
    if (format == Format::Json) {
        out << QJsonDocument(DiffJson::toJson(outcome)).toJson(QJsonDocument::Indented);
        return;
    }
    if (!outcome.ok()) {
        err << CliTr::tr("Error: %1").arg(outcome.error.message) << Qt::endl;
        if (!outcome.error.statement.isEmpty())
            err << CliTr::tr("Statement: %1").arg(outcome.error.statement) << Qt::endl;
        return;
    }
    if (format == Format::Script) {
        // Byte for byte what `prisma migrate diff --script` prints; Prisma keeps the warnings
        // for `migrate dev` files, we show them on stderr so they are not missed.
        out << outcome.script.text(false);
        for (const QString &warning : outcome.script.warnings)
            err << CliTr::tr("Warning: %1").arg(warning) << Qt::endl;
    } else {
        out << outcome.summary;
    }
    if (outcome.verification.ran) {
        if (outcome.verification.error.isError())
            err << CliTr::tr("Verification failed: %1").arg(outcome.verification.error.message)
                << Qt::endl;
        else if (outcome.verification.passed)
            err << CliTr::tr("Verified: the script turns a shadow copy of the source into the "
                             "target (no difference left).")
                << Qt::endl;
        else
            err << CliTr::tr("Verification failed: after the script, differences remain:\n%1")
                       .arg(outcome.verification.remainingSummary);
    }
}

int DiffCommand::run(const QStringList &arguments) {
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(CliTr::tr(
        "Compare two schemas, like prisma migrate diff. A source is one of:\n"
        "  empty                       the empty schema\n"
        "  database                    the workspace's datasource (or --url)\n"
        "  url:<url>                   a database URL as Prisma writes it\n"
        "  migrations[:<dir>]          the migrations folder replayed on a shadow database\n"
        "  migrations[:<dir>]@<name>   … up to and including <name>\n"
        "  migrations[:<dir>]@without:<name>, without:<name>   … without <name>\n"
        "PostgreSQL and MySQL migrations replay in a temporary database on the server of the other "
        "side (or --shadow-server); SQLite in memory."));
    const QCommandLineOption workspaceOption(
        {QStringLiteral("w"), QStringLiteral("workspace")},
        CliTr::tr("The Prisma project folder (default: the current folder)."), CliTr::tr("dir"),
        QDir::currentPath());
    const QCommandLineOption urlOption({QStringLiteral("u"), QStringLiteral("url")},
                                       CliTr::tr("The URL 'database' stands for."),
                                       CliTr::tr("url"));
    const QCommandLineOption fromOption(
        QStringLiteral("from"), CliTr::tr("The source to start from."), CliTr::tr("source"));
    const QCommandLineOption toOption(QStringLiteral("to"), CliTr::tr("The source to reach."),
                                      CliTr::tr("source"));
    const QCommandLineOption scriptOption(
        QStringLiteral("script"), CliTr::tr("Print the SQL script instead of the summary."));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        CliTr::tr("Print one JSON object."));
    const QCommandLineOption exitCodeOption(
        QStringLiteral("exit-code"),
        CliTr::tr("Prisma's exit codes: 0 no difference, 2 differences, 1 error."));
    const QCommandLineOption verifyOption(
        QStringLiteral("verify"),
        CliTr::tr("Apply the script to a shadow copy of --from and check that nothing differs "
                  "from --to afterwards."));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          CliTr::tr("Write to this file instead of stdout."),
                                          CliTr::tr("file"));
    const QCommandLineOption shadowServerOption(
        QStringLiteral("shadow-server"),
        CliTr::tr("Create temporary shadow databases on this server (URL)."), CliTr::tr("url"));
    const QCommandLineOption shadowUrlOption(
        QStringLiteral("shadow-url"),
        CliTr::tr("Use this database as the shadow database; it is emptied first "
                  "(Prisma's shadowDatabaseUrl)."),
        CliTr::tr("url"));
    parser.addOptions({workspaceOption, urlOption, fromOption, toOption, scriptOption, jsonOption,
                       exitCodeOption, verifyOption, outputOption, shadowServerOption,
                       shadowUrlOption});
    parser.addPositionalArgument(QStringLiteral("diff"), CliTr::tr("The command."));
    if (const auto exit = CommandParser::parse(parser, arguments, 1))
        return *exit;
    const bool prismaExit = parser.isSet(exitCodeOption);
    auto usageError = [&](const QString &message) {
        err << CliTr::tr("Error: %1").arg(message) << Qt::endl;
        return prismaExit ? PrismaError : int(ExitUsage);
    };
    if (!parser.isSet(fromOption) || !parser.isSet(toOption))
        return usageError(CliTr::tr("give both --from and --to (see mwb diff --help)."));
    if (parser.isSet(scriptOption) && parser.isSet(jsonOption))
        return usageError(CliTr::tr("--script and --json exclude each other (the JSON object "
                                    "contains the script)."));

    Workspace workspace;
    QString locateError;
    const bool hasWorkspace =
        Workspace::locate(parser.value(workspaceOption), &workspace, &locateError);
    const QString schemaDir = hasWorkspace ? workspace.schemaDir() : QDir::currentPath();
    auto parseUrl = [&](const QString &url, ConnectionSpec *spec, QString *error) {
        const DatabaseUrl::Result parsed = DatabaseUrl::parse(url, schemaDir);
        *spec = parsed.spec;
        *error = parsed.error;
        return parsed.ok();
    };
    ConnectionSpec database;
    QString error;
    const QString url = parser.isSet(urlOption)
                            ? parser.value(urlOption)
                            : (hasWorkspace ? workspace.datasourceUrl() : QString());
    if (!url.isEmpty() && !parseUrl(url, &database, &error))
        return usageError(CliTr::tr("the database URL is invalid: %1").arg(error));

    DiffRequest request;
    const QString migrationsDir = hasWorkspace ? workspace.migrationsDir : QString();
    request.from =
        SchemaSource::parse(parser.value(fromOption), migrationsDir, schemaDir, database, &error);
    if (!error.isEmpty())
        return usageError(CliTr::tr("--from: %1").arg(error));
    request.to =
        SchemaSource::parse(parser.value(toOption), migrationsDir, schemaDir, database, &error);
    if (!error.isEmpty())
        return usageError(CliTr::tr("--to: %1").arg(error));
    if (parser.isSet(shadowServerOption) &&
        !parseUrl(parser.value(shadowServerOption), &request.shadowServer, &error))
        return usageError(CliTr::tr("--shadow-server: %1").arg(error));
    if (parser.isSet(shadowUrlOption) &&
        !parseUrl(parser.value(shadowUrlOption), &request.shadowDatabase, &error))
        return usageError(CliTr::tr("--shadow-url: %1").arg(error));
    // Prisma replays migrations on the server of the configured datasource; so do we when no
    // side is a database and no shadow server was given.
    if (!request.shadowServer.isValid() && request.from.kind != SchemaSource::Kind::Database &&
        request.to.kind != SchemaSource::Kind::Database)
        request.shadowServer = database;
    request.verify = parser.isSet(verifyOption);
    database.password.fill(QChar(u'\0'));

    const Format format = parser.isSet(jsonOption)     ? Format::Json
                          : parser.isSet(scriptOption) ? Format::Script
                                                       : Format::Summary;
    const DiffOutcome outcome = execute(request, format == Format::Json);

    QFile file;
    QTextStream fileOut;
    QTextStream *target = &out;
    if (parser.isSet(outputOption) && outcome.ok()) {
        file.setFileName(parser.value(outputOption));
        // `-o prisma/migrations/0_init/migration.sql` is the baseline recipe: make the folder.
        QDir().mkpath(QFileInfo(file.fileName()).absolutePath());
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return usageError(
                CliTr::tr("cannot write %1: %2")
                    .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
        fileOut.setDevice(&file);
        target = &fileOut;
    }
    print(outcome, format, *target, err);
    target->flush();

    if (!outcome.ok()) {
        if (prismaExit)
            return PrismaError;
        if (outcome.inputError)
            return ExitUsage;
        return outcome.error.nativeCode == QLatin1String("P3006") ? ExitNeedsAttention
                                                                  : ExitDatabase;
    }
    if (outcome.verification.ran && !outcome.verification.passed)
        return prismaExit ? PrismaError : int(ExitNeedsAttention);
    if (prismaExit)
        return outcome.diff.isEmpty() ? PrismaEmpty : PrismaNotEmpty;
    return ExitOk;
}
