// SPDX-License-Identifier: GPL-3.0-or-later
#include "lintfinding.h"

#include "mwbtr.h"

#include <QJsonArray>

QString LintFinding::severityKey(Severity severity) {
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    return {};
}

LintFinding::Severity LintFinding::severityFromKey(const QString &key) {
    if (key == QLatin1String("error"))
        return Severity::Error;
    if (key == QLatin1String("info"))
        return Severity::Info;
    return Severity::Warning;
}

QString LintFinding::severityLabel(Severity severity) {
    switch (severity) {
    case Severity::Info:
        return MwbTr::tr("info");
    case Severity::Warning:
        return MwbTr::tr("warning");
    case Severity::Error:
        return MwbTr::tr("error");
    }
    return {};
}

QJsonObject LintFinding::toJson() const {
    QJsonObject o{
        {QStringLiteral("rule"), ruleId},
        {QStringLiteral("severity"), severityKey(severity)},
        {QStringLiteral("source"), source},
        {QStringLiteral("statementIndex"), statementIndex},
        {QStringLiteral("line"), line},
        {QStringLiteral("column"), column},
        {QStringLiteral("statement"), statement},
        {QStringLiteral("message"), message},
    };
    auto put = [&o](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    put("schema", schema);
    put("table", table);
    put("referencedTable", referencedTable);
    put("newType", newType);
    put("detail", detail);
    if (!columns.isEmpty())
        o.insert(QStringLiteral("columns"), QJsonArray::fromStringList(columns));
    if (!referencedColumns.isEmpty())
        o.insert(QStringLiteral("referencedColumns"),
                 QJsonArray::fromStringList(referencedColumns));
    return o;
}

LintFinding LintFinding::fromJson(const QJsonObject &o) {
    auto list = [&o](const char *key) {
        QStringList out;
        for (const QJsonValue &v : o.value(QLatin1String(key)).toArray())
            out << v.toString();
        return out;
    };
    LintFinding f;
    f.ruleId = o.value(QStringLiteral("rule")).toString();
    f.severity = severityFromKey(o.value(QStringLiteral("severity")).toString());
    f.source = o.value(QStringLiteral("source")).toString();
    f.statementIndex = o.value(QStringLiteral("statementIndex")).toInt(-1);
    f.line = o.value(QStringLiteral("line")).toInt();
    f.column = o.value(QStringLiteral("column")).toInt();
    f.statement = o.value(QStringLiteral("statement")).toString();
    f.message = o.value(QStringLiteral("message")).toString();
    f.schema = o.value(QStringLiteral("schema")).toString();
    f.table = o.value(QStringLiteral("table")).toString();
    f.referencedTable = o.value(QStringLiteral("referencedTable")).toString();
    f.newType = o.value(QStringLiteral("newType")).toString();
    f.detail = o.value(QStringLiteral("detail")).toString();
    f.columns = list("columns");
    f.referencedColumns = list("referencedColumns");
    return f;
}
