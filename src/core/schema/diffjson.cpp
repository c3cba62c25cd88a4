// SPDX-License-Identifier: GPL-3.0-or-later
#include "diffjson.h"

#include <QJsonArray>

namespace {
QJsonArray strings(const QStringList &list) {
    return QJsonArray::fromStringList(list);
}

QJsonObject index(const SchemaIndex &i) {
    return {{QStringLiteral("name"), i.name},
            {QStringLiteral("columns"), strings(i.columns)},
            {QStringLiteral("unique"), i.unique}};
}

QJsonObject foreignKey(const SchemaForeignKey &fk) {
    return {{QStringLiteral("name"), fk.name},
            {QStringLiteral("columns"), strings(fk.columns)},
            {QStringLiteral("referencedTable"), fk.referencedTable},
            {QStringLiteral("referencedColumns"), strings(fk.referencedColumns)}};
}

template<typename T, typename F> QJsonArray array(const QList<T> &items, F toJson) {
    QJsonArray a;
    for (const T &item : items)
        a.append(toJson(item));
    return a;
}

QJsonObject table(const TableDiff &t) {
    QJsonObject o{{QStringLiteral("table"), t.table},
                  {QStringLiteral("addedColumns"), strings(t.addedColumns)},
                  {QStringLiteral("removedColumns"), strings(t.removedColumns)},
                  {QStringLiteral("addedIndexes"), array(t.addedIndexes, index)},
                  {QStringLiteral("removedIndexes"), array(t.removedIndexes, index)},
                  {QStringLiteral("addedForeignKeys"), array(t.addedForeignKeys, foreignKey)},
                  {QStringLiteral("removedForeignKeys"), array(t.removedForeignKeys, foreignKey)}};
    o.insert(QStringLiteral("alteredColumns"), array(t.alteredColumns, [](const ColumnChange &c) {
                 QJsonObject change{{QStringLiteral("column"), c.column}};
                 if (c.arityChanged)
                     change.insert(QStringLiteral("nullable"), c.becameOptional);
                 if (c.typeChanged)
                     change.insert(QStringLiteral("typeChanged"), true);
                 if (c.defaultChanged) {
                     change.insert(QStringLiteral("defaultBefore"), c.defaultBefore);
                     change.insert(QStringLiteral("defaultAfter"), c.defaultAfter);
                 }
                 if (c.autoIncrementChanged)
                     change.insert(QStringLiteral("autoIncrement"), c.becameAutoIncrement);
                 return change;
             }));
    if (t.primaryKeyAdded || t.primaryKeyDropped)
        o.insert(QStringLiteral("primaryKey"),
                 QJsonObject{{QStringLiteral("before"), strings(t.primaryKeyBefore)},
                             {QStringLiteral("after"), strings(t.primaryKeyAfter)}});
    return o;
}
} // namespace

QJsonObject DiffJson::toJson(const DiffOutcome &outcome) {
    QJsonObject json{{QStringLiteral("from"), outcome.fromLabel},
                     {QStringLiteral("to"), outcome.toLabel}};
    if (!outcome.ok()) {
        QJsonObject error{{QStringLiteral("message"), outcome.error.message}};
        if (!outcome.error.nativeCode.isEmpty())
            error.insert(QStringLiteral("code"), outcome.error.nativeCode);
        if (!outcome.failedSide.isEmpty())
            error.insert(QStringLiteral("side"), outcome.failedSide);
        if (!outcome.failedMigration.isEmpty())
            error.insert(QStringLiteral("migration"), outcome.failedMigration);
        if (!outcome.error.statement.isEmpty())
            error.insert(QStringLiteral("statement"), outcome.error.statement);
        json.insert(QStringLiteral("error"), error);
        return json;
    }
    const SchemaDiff &d = outcome.diff;
    json.insert(QStringLiteral("provider"), outcome.to.provider);
    json.insert(QStringLiteral("empty"), d.isEmpty());
    json.insert(QStringLiteral("summary"), outcome.summary);
    json.insert(
        QStringLiteral("changes"),
        QJsonObject{{QStringLiteral("addedSchemas"), strings(d.addedSchemas)},
                    {QStringLiteral("addedEnums"), strings(d.addedEnums)},
                    {QStringLiteral("removedEnums"), strings(d.removedEnums)},
                    {QStringLiteral("addedTables"), strings(d.addedTables)},
                    {QStringLiteral("removedTables"), strings(d.removedTables)},
                    {QStringLiteral("removedViews"), strings(d.removedViews)},
                    {QStringLiteral("redefinedTables"), strings(d.redefinedTables)},
                    {QStringLiteral("changedEnums"),
                     array(d.changedEnums,
                           [](const EnumDiff &e) {
                               return QJsonObject{
                                   {QStringLiteral("name"), e.name},
                                   {QStringLiteral("addedValues"), strings(e.addedValues)},
                                   {QStringLiteral("removedValues"), strings(e.removedValues)}};
                           })},
                    {QStringLiteral("changedTables"), array(d.changedTables, table)},
                    {QStringLiteral("redefinedDetails"), array(d.redefinedDetails, table)}});
    json.insert(QStringLiteral("script"), outcome.script.text(false));
    json.insert(QStringLiteral("warnings"), strings(outcome.script.warnings));
    if (outcome.verification.ran) {
        QJsonObject v{{QStringLiteral("passed"), outcome.verification.passed}};
        if (!outcome.verification.remainingSummary.isEmpty())
            v.insert(QStringLiteral("remaining"), outcome.verification.remainingSummary);
        if (outcome.verification.error.isError())
            v.insert(QStringLiteral("error"), outcome.verification.error.message);
        json.insert(QStringLiteral("verification"), v);
    }
    json.insert(QStringLiteral("timingsMs"),
                QJsonObject{{QStringLiteral("read"), outcome.readMs},
                            {QStringLiteral("diff"), outcome.diffMs},
                            {QStringLiteral("verify"), outcome.verifyMs}});
    return json;
}
