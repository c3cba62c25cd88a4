// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportcommand.h"

#include "clitr.h"
#include "commandparser.h"
#include "exitcodes.h"
#include "review/htmlreport.h"

#include <QCommandLineParser>
#include <QSaveFile>
#include <QTextStream>

int ReportCommand::run(const QStringList &arguments) {
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliTr::tr("Write an HTML report of a change plan or of one audit journal entry."));
    const QCommandLineOption planFile(QStringLiteral("plan"), CliTr::tr("The change plan."),
                                      CliTr::tr("file"));
    const QCommandLineOption entry(QStringLiteral("entry"),
                                   CliTr::tr("The journal entry (1-based line number)."),
                                   CliTr::tr("n"));
    const QCommandLineOption last(QStringLiteral("last"), CliTr::tr("The last journal entry."));
    const QCommandLineOption journal(QStringLiteral("journal"), CliTr::tr("The journal file."),
                                     CliTr::tr("file"), AuditJournal::defaultPath());
    const QCommandLineOption output(QStringLiteral("output"),
                                    CliTr::tr("Write the HTML here (default: standard output)."),
                                    CliTr::tr("file"));
    parser.addOptions({planFile, entry, last, journal, output});
    parser.addPositionalArgument(QStringLiteral("report"), CliTr::tr("The command."));
    if (const auto exit = CommandParser::parse(parser, arguments, 1))
        return *exit;
    const int sources =
        int(parser.isSet(planFile)) + int(parser.isSet(entry)) + int(parser.isSet(last));
    if (sources != 1) {
        err << CliTr::tr("Error: pass exactly one of --plan, --entry and --last.") << Qt::endl;
        return ExitUsage;
    }
    const AuditJournal auditJournal(parser.value(journal));
    const AuditJournal::Verification verification = auditJournal.verify();
    QString html;
    bool trusted = verification.intact;
    if (parser.isSet(planFile)) {
        ChangePlan plan;
        QString error;
        if (!ChangePlan::load(parser.value(planFile), &plan, &error)) {
            err << CliTr::tr("Error: %1").arg(error) << Qt::endl;
            return ExitUsage;
        }
        trusted = trusted && plan.verifyIntegrity().isEmpty();
        AuditJournal::Filter filter;
        filter.planHash = plan.hash;
        QList<AuditEntry> executions;
        for (const AuditEntry &e : auditJournal.entries(filter))
            if (e.operation != QLatin1String("plan-approve"))
                executions << e;
        html = HtmlReport::forPlan(plan, executions);
    } else {
        QList<int> lines;
        const QList<AuditEntry> all = auditJournal.entries({}, &lines);
        int index = all.size() - 1;
        if (parser.isSet(entry)) {
            bool ok = false;
            const int line = parser.value(entry).toInt(&ok);
            index = ok ? int(lines.indexOf(line)) : -1;
        }
        if (index < 0 || index >= all.size()) {
            err << CliTr::tr("Error: no such journal entry in %1.").arg(parser.value(journal))
                << Qt::endl;
            return ExitUsage;
        }
        html = HtmlReport::forEntry(all.at(index), lines.at(index));
    }
    if (!verification.intact)
        html.replace(
            QStringLiteral("<body>\n"),
            QStringLiteral("<body>\n<p class=\"bad\">%1</p>\n")
                .arg(HtmlReport::escape(
                    CliTr::tr("The journal failed verification: %1").arg(verification.problem))));
    if (parser.isSet(output)) {
        QSaveFile f(parser.value(output));
        if (!f.open(QIODevice::WriteOnly) || f.write(html.toUtf8()) < 0 || !f.commit()) {
            err << CliTr::tr("Error: cannot write %1: %2")
                       .arg(parser.value(output), f.errorString())
                << Qt::endl;
            return ExitUsage;
        }
    } else {
        out << html;
    }
    if (!trusted)
        err << CliTr::tr(
                   "Warning: the journal or the plan failed verification (the report says so).")
            << Qt::endl;
    return trusted ? ExitOk : ExitNeedsAttention;
}
