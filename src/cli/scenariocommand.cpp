// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenariocommand.h"

#include "clitr.h"
#include "commandparser.h"
#include "db/databaseurl.h"
#include "exitcodes.h"
#include "training/scenariobuilder.h"
#include "training/scenariocatalog.h"
#include "training/scenariochecker.h"
#include "training/trainingprogress.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace {
void printScenario(QTextStream &out, const Scenario &s) {
    out << CliTr::tr("Scenario %1: %2").arg(s.number).arg(s.title) << "\n\n"
        << s.story << "\n\n"
        << CliTr::tr("Goal: %1").arg(s.goal) << "\n\n"
        << CliTr::tr("Steps:") << '\n';
    int n = 0;
    for (const ScenarioStep &step : s.steps) {
        out << QStringLiteral("  %1. ").arg(++n) << step.hint << '\n';
        if (!step.prismaCommand.isEmpty())
            out << QStringLiteral("     $ ") << step.prismaCommand << '\n';
        out << QStringLiteral("     ") << step.reason << '\n';
    }
}

QJsonObject scenarioJson(const Scenario &s, const TrainingProgress &progress) {
    QJsonObject o{{QStringLiteral("id"), s.id},
                  {QStringLiteral("number"), s.number},
                  {QStringLiteral("title"), s.title},
                  {QStringLiteral("seed"), s.seed}};
    if (progress.has(s.id)) {
        const TrainingProgress::Entry e = progress.entry(s.id);
        o.insert(QStringLiteral("workspace"), e.workspace);
        o.insert(QStringLiteral("solved"), e.solved.isValid());
    }
    return o;
}
} // namespace

int ScenarioCommand::run(const QStringList &arguments) {
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(CliTr::tr(
        "Training scenarios: guided, self-checking exercises in Prisma's production recovery, on "
        "a private database.\n  list                 the scenarios and your progress\n  start "
        "ID|NUMBER      build the scenario's workspace and database, print the story\n  check "
        "ID|NUMBER      say whether it is solved, and what is still wrong\n  reset ID|NUMBER      "
        "build it again from the start"));
    const QCommandLineOption dirOption(
        QStringLiteral("dir"),
        CliTr::tr("Where the scenario's workspace lives (default: the training folder in your "
                  "data folder)."),
        CliTr::tr("dir"));
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        CliTr::tr("Build on this local PostgreSQL or MariaDB server (URL) instead of SQLite; a new "
                  "database is created there. Give it to check as well."),
        CliTr::tr("url"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), CliTr::tr("Print JSON."));
    parser.addOptions({dirOption, serverOption, jsonOption});
    parser.addPositionalArgument(QStringLiteral("scenario"), CliTr::tr("The command."));
    parser.addPositionalArgument(QStringLiteral("action"), CliTr::tr("list, start, check, reset"));
    parser.addPositionalArgument(QStringLiteral("id"), CliTr::tr("The scenario (id or number)."));
    if (const auto exit = CommandParser::parse(parser, arguments, 3))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(1);
    TrainingProgress progress;
    const bool json = parser.isSet(jsonOption);

    if (action == QLatin1String("list") || action.isEmpty()) {
        if (json) {
            QJsonArray list;
            for (const Scenario &s : ScenarioCatalog::all())
                list.append(scenarioJson(s, progress));
            out << QJsonDocument(list).toJson(QJsonDocument::Indented);
            return ExitOk;
        }
        for (const Scenario &s : ScenarioCatalog::all()) {
            const QString state = !progress.has(s.id) ? QString()
                                  : progress.entry(s.id).solved.isValid()
                                      ? CliTr::tr("  [solved]")
                                      : CliTr::tr("  [started]");
            out << QStringLiteral("%1. %2  (%3)%4\n").arg(s.number).arg(s.title, s.id, state);
        }
        return ExitOk;
    }
    if (action != QLatin1String("start") && action != QLatin1String("check") &&
        action != QLatin1String("reset")) {
        err << CliTr::tr("Error: %1")
                   .arg(CliTr::tr("unknown action '%1' (list, start, check, "
                                  "reset).")
                            .arg(action))
            << Qt::endl;
        return ExitUsage;
    }
    const Scenario scenario = ScenarioCatalog::find(positional.value(2));
    if (scenario.id.isEmpty()) {
        err << CliTr::tr("Error: %1")
                   .arg(CliTr::tr("unknown scenario '%1'; see mwb scenario list.")
                            .arg(positional.value(2)))
            << Qt::endl;
        return ExitUsage;
    }
    ConnectionSpec server;
    if (parser.isSet(serverOption)) {
        const DatabaseUrl::Result parsed =
            DatabaseUrl::parse(parser.value(serverOption), QDir::currentPath());
        if (!parsed.ok() || parsed.spec.driver == ConnectionSpec::Driver::Sqlite) {
            err << CliTr::tr("Error: %1")
                       .arg(parsed.ok() ? CliTr::tr("--server takes a PostgreSQL or MariaDB URL.")
                                        : parsed.error)
                << Qt::endl;
            return ExitUsage;
        }
        server = parsed.spec;
    }
    const QString dir =
        parser.isSet(dirOption)
            ? QDir(parser.value(dirOption)).absolutePath()
            : (progress.has(scenario.id) && action == QLatin1String("check")
                   ? progress.entry(scenario.id).workspace
                   : TrainingProgress::defaultRoot() + QLatin1Char('/') + scenario.id);

    if (action == QLatin1String("start") || action == QLatin1String("reset")) {
        const ScenarioBuilder::Result built = ScenarioBuilder::build(scenario, dir, server);
        server.password.fill(QChar(u'\0'));
        if (!built.ok()) {
            err << CliTr::tr("Error: %1").arg(built.error) << Qt::endl;
            return built.error.contains(QLatin1String("not empty")) ? ExitUsage : ExitDatabase;
        }
        progress.reset(scenario.id);
        progress.started(scenario.id, built.workspace, built.database.redactedUrl());
        progress.save();
        if (json) {
            QJsonObject o = scenarioJson(scenario, progress);
            o.insert(QStringLiteral("database"), built.database.redactedUrl());
            out << QJsonDocument(o).toJson(QJsonDocument::Indented);
            return ExitOk;
        }
        printScenario(out, scenario);
        out << '\n'
            << CliTr::tr("Workspace: %1").arg(QDir::toNativeSeparators(built.workspace)) << '\n'
            << CliTr::tr("Database:  %1").arg(built.database.redactedUrl()) << '\n'
            << CliTr::tr(
                   "Open it with: migration-workbench %1    Check with: mwb scenario check %2")
                   .arg(built.workspace, scenario.id)
            << '\n';
        return ExitOk;
    }

    // check
    ConnectionSpec database = server;
    if (server.isValid()) {
        // The scenario's database on that server: the name from the workspace's .env.
        const DatabaseUrl::Result recorded =
            DatabaseUrl::parse(progress.entry(scenario.id).database, dir);
        if (recorded.ok())
            database.database = recorded.spec.database;
        database.schema = QStringLiteral("public");
    } else {
        database.driver = ConnectionSpec::Driver::Sqlite;
        database.database = dir + QStringLiteral("/prisma/dev.db");
    }
    if (!QDir(dir + QStringLiteral("/prisma")).exists()) {
        err << CliTr::tr("Error: %1")
                   .arg(CliTr::tr("the scenario has not been started here (%1); run mwb scenario "
                                  "start %2 first.")
                            .arg(QDir::toNativeSeparators(dir), scenario.id))
            << Qt::endl;
        return ExitUsage;
    }
    const ScenarioChecker::Result result = ScenarioChecker::check(scenario, dir, database);
    database.password.fill(QChar(u'\0'));
    if (!result.error.isEmpty()) {
        err << CliTr::tr("Error: %1").arg(result.error) << Qt::endl;
        return ExitDatabase;
    }
    progress.checked(scenario.id, result.solved);
    progress.save();
    if (json) {
        out << QJsonDocument(
                   QJsonObject{
                       {QStringLiteral("id"), scenario.id},
                       {QStringLiteral("solved"), result.solved},
                       {QStringLiteral("problems"), QJsonArray::fromStringList(result.problems)},
                       {QStringLiteral("satisfied"), QJsonArray::fromStringList(result.satisfied)}})
                   .toJson(QJsonDocument::Indented);
    } else {
        out << (result.solved ? CliTr::tr("Solved: %1").arg(scenario.title)
                              : CliTr::tr("Not solved yet: %1").arg(scenario.title))
            << '\n';
        for (const QString &s : result.satisfied)
            out << QStringLiteral("  ✓ ") << s << '\n';
        for (const QString &p : result.problems)
            out << QStringLiteral("  ✗ ") << p << '\n';
    }
    return result.solved ? ExitOk : ExitNeedsAttention;
}
