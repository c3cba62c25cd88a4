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
    parser.addOptions({file, json});
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
        const QList<AuditEntry> entries = journal.entries();
        if (parser.isSet(json)) {
            QJsonArray array;
            for (const AuditEntry &e : entries)
                array.append(e.toJson());
            out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        } else {
            for (const AuditEntry &e : entries) {
                out << QStringLiteral("%1  %2  %3 %4  %5 [%6]%7  %8\n")
                           .arg(e.time.toString(Qt::ISODate), e.osUser, e.operation, e.target,
                                e.connection, e.environment,
                                e.elevated ? QStringLiteral(" elevated") : QString(),
                                e.success ? QStringLiteral("ok") : QStringLiteral("FAILED"));
            }
        }
        return ExitOk;
    }
    err << CliTr::tr("Usage: mwb journal verify|show [--journal FILE] [--json]") << Qt::endl;
    return ExitUsage;
}
