// SPDX-License-Identifier: GPL-3.0-or-later
#include "lintcommand.h"

#include "clitr.h"
#include "commandparser.h"
#include "db/dbsession.h"
#include "exitcodes.h"
#include "review/migrationlinter.h"
#include "review/precheckrunner.h"
#include "targetoptions.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringDecoder>
#include <QTextStream>

namespace {
void printPreCheck(QTextStream &out, const PreCheckResult &r) {
    out << "  " << CliTr::tr("pre-check") << ": " << r.check.description() << ": "
        << PreCheckResult::statusKey(r.status).toUpper() << " — " << r.message << '\n';
    if (r.sampleRows.isEmpty())
        return;
    out << "    " << r.sampleColumns.join(QStringLiteral(" | ")) << '\n';
    for (const QStringList &row : r.sampleRows)
        out << "    " << row.join(QStringLiteral(" | ")) << '\n';
}
} // namespace

int LintCommand::run(const QStringList &arguments) {
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliTr::tr("Lint migration SQL: destructive changes, constraints existing rows may "
                  "violate, statements that break atomicity. Without files: the migrations "
                  "deploy would run. With a database, data pre-checks run read-only."));
    TargetOptions target(parser);
    const QCommandLineOption json(QStringLiteral("json"), CliTr::tr("Print one JSON object."));
    const QCommandLineOption provider(
        QStringLiteral("provider"),
        CliTr::tr("Dialect of the files: postgresql, mysql or sqlite (default: the database's)."),
        CliTr::tr("name"));
    const QCommandLineOption noChecks(QStringLiteral("no-checks"),
                                      CliTr::tr("Do not run data pre-checks."));
    const QCommandLineOption failOn(
        QStringLiteral("fail-on"),
        CliTr::tr("Exit 1 when a finding has at least this severity: error, warning (default), "
                  "info or never."),
        CliTr::tr("severity"), QStringLiteral("warning"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     CliTr::tr("Statement timeout of each pre-check in ms."),
                                     CliTr::tr("ms"), QStringLiteral("10000"));
    parser.addOptions({json, provider, noChecks, failOn, timeout});
    parser.addPositionalArgument(QStringLiteral("lint"), CliTr::tr("The command."));
    parser.addPositionalArgument(QStringLiteral("files"), CliTr::tr("SQL scripts to lint."),
                                 CliTr::tr("[file.sql…]"));
    if (const auto exit = CommandParser::parse(parser, arguments, 1000))
        return *exit;
    const QString failOnValue = parser.value(failOn);
    if (!QStringList{QStringLiteral("error"), QStringLiteral("warning"), QStringLiteral("info"),
                     QStringLiteral("never")}
             .contains(failOnValue)) {
        err << CliTr::tr("Error: --fail-on must be error, warning, info or never.") << Qt::endl;
        return ExitUsage;
    }
    const QStringList files = parser.positionalArguments().mid(1);

    // Which database (and dialect): needed for pending migrations and for pre-checks.
    bool haveDatabase = false;
    ConnectionSpec spec;
    if (files.isEmpty() || parser.isSet(QStringLiteral("url")) || !parser.isSet(provider)) {
        if (const auto exit = target.resolve(parser, files.isEmpty()))
            return *exit;
        spec = target.spec;
        haveDatabase = true;
    }
    const SqlDialect dialect =
        sqlDialectForProvider(parser.isSet(provider) ? parser.value(provider) : spec.provider());

    LintFindings findings;
    for (const QString &file : files) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            err << CliTr::tr("Error: cannot read %1: %2").arg(file, f.errorString()) << Qt::endl;
            return ExitUsage;
        }
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString script = decoder.decode(f.readAll());
        if (decoder.hasError()) {
            err << CliTr::tr("Error: %1 is not valid UTF-8.").arg(file) << Qt::endl;
            return ExitUsage;
        }
        findings << MigrationLinter::lintScript(script, dialect, QFileInfo(file).fileName());
    }
    if (files.isEmpty()) {
        ConnectionSpec readOnly = spec;
        readOnly.readOnly = true;
        DbSession session(readOnly);
        const OpenResult opened = session.openAndWait();
        if (opened.error.isError()) {
            err << CliTr::tr("Error: %1").arg(opened.error.message) << Qt::endl;
            return ExitDatabase;
        }
        const HistoryResult history = session.loadHistoryAndWait(target.workspace.migrationsDir);
        if (history.error.isError()) {
            err << CliTr::tr("Error: %1").arg(history.error.message) << Qt::endl;
            return ExitDatabase;
        }
        findings = MigrationLinter::lintPending(history.report);
    }

    PreCheckReport checks;
    const QList<PreCheck> planned = PreCheckRunner::fromFindings(findings);
    if (haveDatabase && !parser.isSet(noChecks) && !planned.isEmpty()) {
        PreCheckOptions options;
        options.statementTimeoutMs = qMax(1, parser.value(timeout).toInt());
        checks = PreCheckRunner::runBlocking(spec, planned, options);
        if (checks.error.isError()) {
            err << CliTr::tr("Error: %1").arg(checks.error.message) << Qt::endl;
            return ExitDatabase;
        }
        PreCheckRunner::annotate(findings, checks.results);
    }

    int counts[3] = {0, 0, 0};
    for (const LintFinding &f : std::as_const(findings))
        ++counts[static_cast<int>(f.severity)];
    int exitCode = ExitOk;
    if (failOnValue != QLatin1String("never") &&
        MigrationLinter::hasAtLeast(findings, LintFinding::severityFromKey(failOnValue)))
        exitCode = ExitNeedsAttention;
    if (failOnValue == QLatin1String("info") && !findings.isEmpty())
        exitCode = ExitNeedsAttention;

    if (parser.isSet(json)) {
        QJsonArray fa;
        for (const LintFinding &f : std::as_const(findings))
            fa.append(f.toJson());
        QJsonArray ca;
        for (const PreCheckResult &r : std::as_const(checks.results))
            ca.append(r.toJson());
        out << QJsonDocument(
                   QJsonObject{{QStringLiteral("findings"), fa},
                               {QStringLiteral("preChecks"), ca},
                               {QStringLiteral("database"),
                                haveDatabase ? QJsonValue(spec.redactedUrl()) : QJsonValue()},
                               {QStringLiteral("summary"),
                                QJsonObject{{QStringLiteral("errors"), counts[2]},
                                            {QStringLiteral("warnings"), counts[1]},
                                            {QStringLiteral("info"), counts[0]}}},
                               {QStringLiteral("exitCode"), exitCode}})
                   .toJson(QJsonDocument::Indented);
        return exitCode;
    }
    for (const LintFinding &f : std::as_const(findings)) {
        out << QStringLiteral("%1:%2:%3: %4 [%5] %6\n")
                   .arg(f.source)
                   .arg(f.line)
                   .arg(f.column)
                   .arg(LintFinding::severityLabel(f.severity), f.ruleId, f.message);
        const QString first = f.statement.section(QLatin1Char('\n'), 0, 0).simplified();
        if (!first.isEmpty())
            out << "    " << first.left(120) << '\n';
        if (!f.detail.isEmpty())
            out << "    → " << f.detail << '\n';
        for (const PreCheckResult &r : std::as_const(checks.results))
            if (r.check.source == f.source && r.check.statementIndex == f.statementIndex &&
                r.check.ruleId == f.ruleId && r.check.columns == f.columns)
                printPreCheck(out, r);
    }
    if (findings.isEmpty())
        out << CliTr::tr("No findings.") << '\n';
    else
        out << CliTr::tr("%1 error(s), %2 warning(s), %3 info.")
                   .arg(counts[2])
                   .arg(counts[1])
                   .arg(counts[0])
            << '\n';
    return exitCode;
}
