// SPDX-License-Identifier: GPL-3.0-or-later
#include "precheck.h"

#include "mwbtr.h"

#include <QJsonArray>

namespace {
QStringList stringList(const QJsonValue &v) {
    QStringList out;
    for (const QJsonValue &item : v.toArray())
        out << item.toString();
    return out;
}
} // namespace

QString PreCheck::kindKey(Kind kind) {
    switch (kind) {
    case Kind::Duplicates:
        return QStringLiteral("duplicates");
    case Kind::NullCount:
        return QStringLiteral("null-count");
    case Kind::RowCount:
        return QStringLiteral("row-count");
    case Kind::FailingCast:
        return QStringLiteral("failing-cast");
    case Kind::Orphans:
        return QStringLiteral("orphans");
    }
    return {};
}

PreCheck::Kind PreCheck::kindFromKey(const QString &key) {
    for (Kind k :
         {Kind::Duplicates, Kind::NullCount, Kind::RowCount, Kind::FailingCast, Kind::Orphans})
        if (kindKey(k) == key)
            return k;
    return Kind::RowCount;
}

QString PreCheck::description() const {
    const QString cols = columns.join(QStringLiteral(", "));
    switch (kind) {
    case Kind::Duplicates:
        return MwbTr::tr("Duplicates of (%1) in %2").arg(cols, table);
    case Kind::NullCount:
        return MwbTr::tr("NULLs in %1.%2").arg(table, cols);
    case Kind::RowCount:
        return MwbTr::tr("Rows in %1 (new NOT NULL column %2 without default)").arg(table, cols);
    case Kind::FailingCast:
        return MwbTr::tr("Values of %1.%2 that do not convert to %3").arg(table, cols, newType);
    case Kind::Orphans:
        return MwbTr::tr("Rows of %1 (%2) without a matching %3 (%4)")
            .arg(table, cols, referencedTable, referencedColumns.join(QStringLiteral(", ")));
    }
    return {};
}

QJsonObject PreCheck::toJson() const {
    QJsonObject o{{QStringLiteral("kind"), kindKey(kind)},
                  {QStringLiteral("rule"), ruleId},
                  {QStringLiteral("source"), source},
                  {QStringLiteral("statementIndex"), statementIndex},
                  {QStringLiteral("table"), table},
                  {QStringLiteral("columns"), QJsonArray::fromStringList(columns)},
                  {QStringLiteral("description"), description()}};
    if (!schema.isEmpty())
        o.insert(QStringLiteral("schema"), schema);
    if (!referencedTable.isEmpty()) {
        o.insert(QStringLiteral("referencedTable"), referencedTable);
        o.insert(QStringLiteral("referencedColumns"),
                 QJsonArray::fromStringList(referencedColumns));
    }
    if (!newType.isEmpty())
        o.insert(QStringLiteral("newType"), newType);
    return o;
}

PreCheck PreCheck::fromJson(const QJsonObject &o) {
    PreCheck c;
    c.kind = kindFromKey(o.value(QStringLiteral("kind")).toString());
    c.ruleId = o.value(QStringLiteral("rule")).toString();
    c.source = o.value(QStringLiteral("source")).toString();
    c.statementIndex = o.value(QStringLiteral("statementIndex")).toInt(-1);
    c.schema = o.value(QStringLiteral("schema")).toString();
    c.table = o.value(QStringLiteral("table")).toString();
    c.columns = stringList(o.value(QStringLiteral("columns")));
    c.referencedTable = o.value(QStringLiteral("referencedTable")).toString();
    c.referencedColumns = stringList(o.value(QStringLiteral("referencedColumns")));
    c.newType = o.value(QStringLiteral("newType")).toString();
    return c;
}

QString PreCheckResult::statusKey(Status status) {
    switch (status) {
    case Status::Passed:
        return QStringLiteral("passed");
    case Status::Failed:
        return QStringLiteral("failed");
    case Status::Error:
        return QStringLiteral("error");
    case Status::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

PreCheckResult::Status PreCheckResult::statusFromKey(const QString &key) {
    for (Status s : {Status::Passed, Status::Failed, Status::Error, Status::Skipped})
        if (statusKey(s) == key)
            return s;
    return Status::Skipped;
}

QJsonObject PreCheckResult::toJson() const {
    QJsonArray rows;
    for (const QStringList &row : sampleRows)
        rows.append(QJsonArray::fromStringList(row));
    return QJsonObject{{QStringLiteral("check"), check.toJson()},
                       {QStringLiteral("status"), statusKey(status)},
                       {QStringLiteral("count"), count},
                       {QStringLiteral("affectedRows"), affectedRows},
                       {QStringLiteral("sampleColumns"), QJsonArray::fromStringList(sampleColumns)},
                       {QStringLiteral("sampleRows"), rows},
                       {QStringLiteral("message"), message},
                       {QStringLiteral("sql"), sql},
                       {QStringLiteral("elapsedMs"), elapsedMs}};
}

PreCheckResult PreCheckResult::fromJson(const QJsonObject &o) {
    PreCheckResult r;
    r.check = PreCheck::fromJson(o.value(QStringLiteral("check")).toObject());
    r.status = statusFromKey(o.value(QStringLiteral("status")).toString());
    r.count = o.value(QStringLiteral("count")).toInteger();
    r.affectedRows = o.value(QStringLiteral("affectedRows")).toInteger();
    r.sampleColumns = stringList(o.value(QStringLiteral("sampleColumns")));
    for (const QJsonValue &row : o.value(QStringLiteral("sampleRows")).toArray())
        r.sampleRows << stringList(row);
    r.message = o.value(QStringLiteral("message")).toString();
    r.sql = o.value(QStringLiteral("sql")).toString();
    r.elapsedMs = o.value(QStringLiteral("elapsedMs")).toInteger();
    return r;
}
