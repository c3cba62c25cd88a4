// SPDX-License-Identifier: GPL-3.0-or-later
#include "targetoptions.h"

#include "clitr.h"
#include "db/databaseurl.h"
#include "exitcodes.h"

#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>

TargetOptions::TargetOptions(QCommandLineParser &parser)
    : m_workspace({QStringLiteral("w"), QStringLiteral("workspace")},
                  CliTr::tr("The Prisma project folder (default: the current folder)."),
                  CliTr::tr("dir"), QDir::currentPath())
    , m_url({QStringLiteral("u"), QStringLiteral("url")},
            CliTr::tr("Database URL as Prisma writes it (file:./dev.db, postgresql://…?schema=, "
                      "mysql://…). Default: the datasource URL of the workspace (.env)."),
            CliTr::tr("url")) {
    parser.addOptions({m_workspace, m_url});
}

std::optional<int> TargetOptions::resolve(const QCommandLineParser &parser, bool needsWorkspace) {
    QTextStream err(stderr);
    QString error;
    hasWorkspace = Workspace::locate(parser.value(m_workspace), &workspace, &error);
    if (!hasWorkspace && (needsWorkspace || !parser.isSet(m_url))) {
        err << CliTr::tr("Error: %1").arg(error) << Qt::endl;
        return ExitUsage;
    }
    QString source = CliTr::tr("--url");
    const QString url =
        parser.isSet(m_url) ? parser.value(m_url) : workspace.datasourceUrl(&source);
    if (url.isEmpty()) {
        err << CliTr::tr("Error: no database URL: pass --url or set DATABASE_URL in %1.")
                   .arg(workspace.envPath)
            << Qt::endl;
        return ExitUsage;
    }
    const DatabaseUrl::Result parsed =
        DatabaseUrl::parse(url, hasWorkspace ? workspace.schemaDir() : QDir::currentPath());
    if (!parsed.ok()) {
        err << CliTr::tr("Error: the database URL from %1 is invalid: %2").arg(source, parsed.error)
            << Qt::endl;
        return ExitUsage;
    }
    spec = parsed.spec;
    return std::nullopt;
}
