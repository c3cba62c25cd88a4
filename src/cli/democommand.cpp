// SPDX-License-Identifier: GPL-3.0-or-later
#include "democommand.h"

#include "clitr.h"
#include "commandparser.h"
#include "exitcodes.h"
#include "workspace/demoworkspace.h"

#include <QCommandLineParser>
#include <QTextStream>

int DemoCommand::run(const QStringList &arguments) {
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(CliTr::tr("Create the demo workspace: a SQLite database "
                                               "with a failed migration, as Prisma leaves it."));
    parser.addPositionalArgument(QStringLiteral("dir"), CliTr::tr("An empty or absent folder."));
    if (const auto exit = CommandParser::parse(parser, arguments, 2))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        err << CliTr::tr("Usage: mwb demo DIR") << Qt::endl;
        return ExitUsage;
    }
    const QString error = DemoWorkspace::create(positional.at(1));
    if (!error.isEmpty()) {
        err << CliTr::tr("Error: %1").arg(error) << Qt::endl;
        return ExitUsage;
    }
    out << CliTr::tr("Demo workspace created in %1").arg(positional.at(1)) << Qt::endl;
    return ExitOk;
}
