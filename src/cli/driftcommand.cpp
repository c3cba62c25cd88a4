// SPDX-License-Identifier: GPL-3.0-or-later
#include "driftcommand.h"

#include "clitr.h"
#include "commandparser.h"
#include "db/databaseurl.h"
#include "db/dbsession.h"
#include "diffcommand.h"
#include "exitcodes.h"
#include "schema/diffengine.h"
#include "schema/diffjson.h"
#include "targetoptions.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTextStream>

int DriftCommand::run(const QStringList &arguments) {
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliTr::tr("Detect drift like prisma migrate dev: replay the applied migrations on a "
                  "shadow database and compare the result with the live database."));
    TargetOptions target(parser);
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        CliTr::tr("Print one JSON object."));
    const QCommandLineOption scriptOption(
        QStringLiteral("script"),
        CliTr::tr("Print the SQL that turns the migrations' schema into the live one (the drift "
                  "as a migration) instead of the summary."));
    const QCommandLineOption shadowUrlOption(
        QStringLiteral("shadow-url"),
        CliTr::tr("Use this database as the shadow database; it is emptied first. Default: the "
                  "workspace's shadowDatabaseUrl, else a temporary database."),
        CliTr::tr("url"));
    parser.addOptions({jsonOption, scriptOption, shadowUrlOption});
    parser.addPositionalArgument(QStringLiteral("drift"), CliTr::tr("The command."));
    if (const auto exit = CommandParser::parse(parser, arguments, 1))
        return *exit;
    if (const auto exit = target.resolve(parser))
        return *exit;
    if (parser.isSet(scriptOption) && parser.isSet(jsonOption)) {
        err << CliTr::tr("Error: %1").arg(CliTr::tr("--script and --json exclude each other."))
            << Qt::endl;
        return ExitUsage;
    }
    ConnectionSpec shadow;
    const QString shadowUrl = parser.isSet(shadowUrlOption) ? parser.value(shadowUrlOption)
                                                            : target.workspace.shadowDatabaseUrl();
    if (!shadowUrl.isEmpty()) {
        const DatabaseUrl::Result parsed =
            DatabaseUrl::parse(shadowUrl, target.workspace.schemaDir());
        if (!parsed.ok()) {
            err << CliTr::tr("Error: the shadow database URL is invalid: %1").arg(parsed.error)
                << Qt::endl;
            return ExitUsage;
        }
        shadow = parsed.spec;
    }
    ConnectionSpec live = target.spec;
    live.readOnly = true;
    HistoryResult history;
    {
        DbSession session(live);
        const OpenResult opened = session.openAndWait();
        if (opened.error.isError()) {
            err << CliTr::tr("Error: %1").arg(opened.error.message) << Qt::endl;
            return ExitDatabase;
        }
        history = session.loadHistoryAndWait(target.workspace.migrationsDir);
    }
    if (history.error.isError()) {
        err << CliTr::tr("Error: %1").arg(history.error.message) << Qt::endl;
        return ExitDatabase;
    }
    const bool json = parser.isSet(jsonOption);
    const DiffRequest request = DiffEngine::driftRequest(live, history.report, shadow);
    const int applied = static_cast<int>(request.from.only.size());
    const DiffOutcome outcome = DiffCommand::execute(request, json);
    live.password.fill(QChar(u'\0'));
    target.spec.password.fill(QChar(u'\0'));

    if (json) {
        QJsonObject object = DiffJson::toJson(outcome);
        object.insert(QStringLiteral("database"), live.redactedUrl());
        object.insert(QStringLiteral("drift"), outcome.ok() && !outcome.diff.isEmpty());
        out << QJsonDocument(object).toJson(QJsonDocument::Indented);
    } else if (!outcome.ok()) {
        DiffCommand::print(outcome, DiffCommand::Format::Summary, out, err);
    } else if (parser.isSet(scriptOption)) {
        out << outcome.script.text(false);
    } else if (outcome.diff.isEmpty()) {
        out << CliTr::tr("No drift detected: the database schema matches the %n applied "
                         "migration(s).",
                         nullptr, applied)
            << '\n';
    } else {
        // Prisma's wording (migrate dev's drift report); the summary reads expected -> actual.
        out << "Drift detected: Your database schema is not in sync with your migration history.\n"
               "\n"
               "The following is a summary of the differences between the expected database "
               "schema given your migrations files, and the actual schema of the database.\n"
               "\n"
               "It should be understood as the set of changes to get from the expected schema to "
               "the actual schema.\n"
            << outcome.summary;
    }
    if (!outcome.ok())
        return outcome.inputError                                   ? ExitUsage
               : outcome.error.nativeCode == QLatin1String("P3006") ? ExitNeedsAttention
                                                                    : ExitDatabase;
    return outcome.diff.isEmpty() ? ExitOk : ExitNeedsAttention;
}
