// SPDX-License-Identifier: GPL-3.0-or-later
#include "clitr.h"
#include "democommand.h"
#include "diffcommand.h"
#include "driftcommand.h"
#include "exitcodes.h"
#include "journalcommand.h"
#include "lintcommand.h"
#include "operationcommand.h"
#include "plancommand.h"
#include "reportcommand.h"
#include "scenariocommand.h"
#include "statuscommand.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

namespace {
QString usage() {
    return CliTr::tr(
        "Usage: mwb COMMAND [options]\n\n"
        "Commands:\n"
        "  status   where a database stands against the migrations folder\n"
        "  deploy   apply pending migrations (prisma migrate deploy)\n"
        "  resolve  mark a migration --applied or --rolled-back (prisma migrate resolve)\n"
        "  execute  run a SQL script (prisma db execute)\n"
        "  diff     compare two schemas (prisma migrate diff)\n"
        "  drift    compare the live schema with the applied migrations\n"
        "  scenario training scenarios: list, start, check, reset\n"
        "  lint     lint migration SQL (and pre-check the data it needs)\n"
        "  plan     create, show, approve and execute change plans\n"
        "  journal  verify or show the audit journal\n"
        "  report   an HTML report of a journal entry or a plan\n"
        "  demo     create the demo workspace in a folder\n\n"
        "Run 'mwb COMMAND --help' for the options of a command.\n"
        "Exit codes: 0 up to date / success, 1 needs attention / operation failed,\n"
        "2 bad arguments or input, "
        "3 database unreachable or unreadable.\n");
}
} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("migration-workbench"));
    QCoreApplication::setApplicationName(QStringLiteral("mwb"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MWB_VERSION));
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("migration-workbench"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    const QStringList args = QCoreApplication::arguments();
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString command = args.value(1);
    if (command == QLatin1String("status"))
        return StatusCommand::run(args);
    if (command == QLatin1String("demo"))
        return DemoCommand::run(args);
    if (command == QLatin1String("scenario"))
        return ScenarioCommand::run(args);
    if (command == QLatin1String("diff"))
        return DiffCommand::run(args);
    if (command == QLatin1String("drift"))
        return DriftCommand::run(args);
    if (command == QLatin1String("journal"))
        return JournalCommand::run(args);
    if (command == QLatin1String("lint"))
        return LintCommand::run(args);
    if (command == QLatin1String("plan"))
        return PlanCommand::run(args);
    if (command == QLatin1String("report"))
        return ReportCommand::run(args);
    if (command == QLatin1String("deploy") || command == QLatin1String("resolve") ||
        command == QLatin1String("execute"))
        return OperationCommand::run(args);
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out << "mwb " << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitOk;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command.isEmpty()) {
        (command.isEmpty() ? err : out) << usage();
        return command.isEmpty() ? ExitUsage : ExitOk;
    }
    err << CliTr::tr("Unknown command: %1").arg(command) << "\n\n" << usage();
    return ExitUsage;
}
