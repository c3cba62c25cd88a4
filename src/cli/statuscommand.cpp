// SPDX-License-Identifier: GPL-3.0-or-later
#include "statuscommand.h"

#include "clitr.h"
#include "commandparser.h"
#include "db/databaseurl.h"
#include "db/dbsession.h"
#include "exitcodes.h"
#include "history/statusjson.h"
#include "history/statustext.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonDocument>
#include <QTextStream>

int StatusCommand::run(const QStringList &arguments) {
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(CliTr::tr("Show where a database stands against a Prisma "
                                               "migrations folder."));
    const QCommandLineOption workspaceOption(
        {QStringLiteral("w"), QStringLiteral("workspace")},
        CliTr::tr("The Prisma project folder (default: the current folder)."), CliTr::tr("dir"),
        QDir::currentPath());
    const QCommandLineOption urlOption(
        {QStringLiteral("u"), QStringLiteral("url")},
        CliTr::tr("Database URL as Prisma writes it (file:./dev.db, postgresql://…?schema=, "
                  "mysql://…). Default: the datasource URL of the workspace (.env)."),
        CliTr::tr("url"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        CliTr::tr("Print one JSON object."));
    parser.addOptions({workspaceOption, urlOption, jsonOption});
    parser.addPositionalArgument(QStringLiteral("status"), CliTr::tr("The command."));
    if (const auto exit = CommandParser::parse(parser, arguments, 1))
        return *exit;

    Workspace workspace;
    QString error;
    if (!Workspace::locate(parser.value(workspaceOption), &workspace, &error)) {
        err << CliTr::tr("Error: %1").arg(error) << Qt::endl;
        return ExitUsage;
    }
    QString source = CliTr::tr("--url");
    const QString url =
        parser.isSet(urlOption) ? parser.value(urlOption) : workspace.datasourceUrl(&source);
    if (url.isEmpty()) {
        err << CliTr::tr("Error: no database URL: pass --url or set DATABASE_URL in %1.")
                   .arg(workspace.envPath)
            << Qt::endl;
        return ExitUsage;
    }
    DatabaseUrl::Result parsed = DatabaseUrl::parse(url, workspace.schemaDir());
    if (!parsed.ok()) {
        err << CliTr::tr("Error: the database URL from %1 is invalid: %2").arg(source, parsed.error)
            << Qt::endl;
        return ExitUsage;
    }
    parsed.spec.readOnly = true; // status never writes

    DbSession session(parsed.spec);
    const OpenResult opened = session.openAndWait();
    if (opened.error.isError()) {
        err << CliTr::tr("Error: %1").arg(opened.error.message) << Qt::endl;
        return ExitDatabase;
    }
    const HistoryResult result = session.loadHistoryAndWait(workspace.migrationsDir);
    if (result.error.isError()) {
        err << CliTr::tr("Error: %1").arg(result.error.message) << Qt::endl;
        return ExitDatabase;
    }
    const HistoryReport &report = result.report;
    if (parser.isSet(jsonOption)) {
        QJsonObject json = StatusJson::toJson(report, parsed.spec.redactedUrl());
        json.insert(QStringLiteral("workspace"), workspace.root);
        out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else {
        out << CliTr::tr("Datasource: %1").arg(parsed.spec.redactedUrl()) << "\n\n";
        out << StatusText::prismaText(report, workspace.migrationsLabel());
        out << "\n" << StatusText::workbenchText(report);
    }
    return report.exitCode();
}
