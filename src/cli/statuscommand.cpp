// SPDX-License-Identifier: GPL-3.0-or-later
#include "statuscommand.h"

#include "clitr.h"
#include "commandparser.h"
#include "db/dbsession.h"
#include "exitcodes.h"
#include "history/statusjson.h"
#include "history/statustext.h"
#include "targetoptions.h"
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
    TargetOptions target(parser);
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        CliTr::tr("Print one JSON object."));
    parser.addOption(jsonOption);
    parser.addPositionalArgument(QStringLiteral("status"), CliTr::tr("The command."));
    if (const auto exit = CommandParser::parse(parser, arguments, 1))
        return *exit;

    if (const auto exit = target.resolve(parser))
        return *exit;
    const Workspace &workspace = target.workspace;
    ConnectionSpec spec = target.spec;
    spec.readOnly = true; // status never writes

    DbSession session(spec);
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
        QJsonObject json = StatusJson::toJson(report, spec.redactedUrl());
        json.insert(QStringLiteral("workspace"), workspace.root);
        out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else {
        out << CliTr::tr("Datasource: %1").arg(spec.redactedUrl()) << "\n\n";
        out << StatusText::prismaText(report, workspace.migrationsLabel());
        out << "\n" << StatusText::workbenchText(report);
    }
    return report.exitCode();
}
