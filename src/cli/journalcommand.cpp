// SPDX-License-Identifier: GPL-3.0-or-later
#include "journalcommand.h"

#include "clitr.h"
#include "commandparser.h"
#include "exitcodes.h"
#include "review/auditjournal.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

int JournalCommand::run(const QStringList &arguments) {
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(CliTr::tr("Verify or show the audit journal of every write."));
    const QCommandLineOption file(QStringLiteral("journal"), CliTr::tr("The journal file."),
                                  CliTr::tr("file"), AuditJournal::defaultPath());
    const QCommandLineOption json(QStringLiteral("json"), CliTr::tr("Print JSON."));
    const QCommandLineOption since(
        QStringLiteral("since"),
        CliTr::tr("show: entries at or after this time (ISO 8601 date or date-time, UTC)."),
        CliTr::tr("time"));
    const QCommandLineOption connection(
        QStringLiteral("connection"),
        CliTr::tr("show: entries whose connection contains this text."), CliTr::tr("text"));
    const QCommandLineOption kind(
        QStringLiteral("kind"),
        CliTr::tr("show: entries of this operation (deploy, resolve, resolve-applied, "
                  "resolve-rolled-back, execute, plan-approve)."),
        CliTr::tr("operation"));
    const QCommandLineOption plan(QStringLiteral("plan"),
                                  CliTr::tr("show: entries of the plan with this hash (prefix)."),
                                  CliTr::tr("hash"));
    const QCommandLineOption failed(QStringLiteral("failed"),
                                    CliTr::tr("show: failed writes only."));
    parser.addOptions({file, json, since, connection, kind, plan, failed});
    parser.addPositionalArgument(QStringLiteral("journal"), CliTr::tr("The command."));
    parser.addPositionalArgument(QStringLiteral("action"), CliTr::tr("verify or show"));
    if (const auto exit = CommandParser::parse(parser, arguments, 2))
        return *exit;
    const QString action = parser.positionalArguments().value(1);
    const AuditJournal journal(parser.value(file));
    if (action == QLatin1String("verify")) {
        const AuditJournal::Verification v = journal.verify();
        if (parser.isSet(json)) {
            out << QJsonDocument(QJsonObject{{QStringLiteral("intact"), v.intact},
                                             {QStringLiteral("entries"), v.entries},
                                             {QStringLiteral("firstBadLine"), v.firstBadLine},
                                             {QStringLiteral("problem"), v.problem}})
                       .toJson(QJsonDocument::Indented);
        } else if (v.intact) {
            out << CliTr::tr("The journal is intact: %n entry(ies), hash chain verified.", nullptr,
                             v.entries)
                << Qt::endl;
        } else {
            err << CliTr::tr("The journal was tampered with: %1.").arg(v.problem) << Qt::endl;
        }
        return v.intact ? ExitOk : ExitNeedsAttention;
    }
    if (action == QLatin1String("show")) {
        AuditJournal::Filter filter;
        if (parser.isSet(since)) {
            filter.since = QDateTime::fromString(parser.value(since), Qt::ISODateWithMs);
            if (!filter.since.isValid())
                filter.since = QDateTime(QDate::fromString(parser.value(since), Qt::ISODate),
                                         QTime(0, 0), Qt::UTC);
            if (!filter.since.isValid()) {
                err << CliTr::tr("Error: --since needs an ISO 8601 date or date-time.") << Qt::endl;
                return ExitUsage;
            }
            if (filter.since.timeSpec() == Qt::LocalTime)
                filter.since.setTimeSpec(Qt::UTC);
        }
        filter.connection = parser.value(connection);
        filter.operation = parser.value(kind);
        filter.planHash = parser.value(plan);
        filter.failedOnly = parser.isSet(failed);
        QList<int> lines;
        const QList<AuditEntry> entries = journal.entries(filter, &lines);
        if (parser.isSet(json)) {
            QJsonArray array;
            for (qsizetype i = 0; i < entries.size(); ++i) {
                QJsonObject o = entries.at(i).toJson();
                o.insert(QStringLiteral("line"), lines.at(i));
                array.append(o);
            }
            out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        } else {
            for (qsizetype i = 0; i < entries.size(); ++i) {
                const AuditEntry &e = entries.at(i);
                out << QStringLiteral("#%1 ").arg(lines.at(i))
                    << QStringLiteral("%1  %2  %3 %4  %5 [%6]%7  %8")
                           .arg(e.time.toString(Qt::ISODate), e.osUser, e.operation, e.target,
                                e.connection, e.environment,
                                e.elevated ? QStringLiteral(" elevated") : QString(),
                                e.success ? QStringLiteral("ok") : QStringLiteral("FAILED"));
                if (!e.planHash.isEmpty())
                    out << QStringLiteral("  plan %1 approved by %2")
                               .arg(e.planHash.left(12), e.reviewer);
                out << '\n';
            }
        }
        return ExitOk;
    }
    err << CliTr::tr("Usage: mwb journal verify|show [--journal FILE] [--json] [--since TIME] "
                     "[--connection TEXT] [--kind OPERATION] [--plan HASH] [--failed]")
        << Qt::endl;
    return ExitUsage;
}
