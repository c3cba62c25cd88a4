// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenarioschema.h"

#include "schema/schemadiffer.h"
#include "schema/schemascriptrenderer.h"

#include <algorithm>

namespace {
SchemaColumn column(const QString &name, const QString &type, bool nullable,
                    bool autoIncrement = false) {
    SchemaColumn c;
    c.name = name;
    c.type = type;
    c.nullable = nullable;
    c.autoIncrement = autoIncrement;
    return c;
}

SchemaTable table(const QString &provider, const QString &name, const QList<SchemaColumn> &rest) {
    SchemaTable t;
    t.name = name;
    t.columns << column(QStringLiteral("id"), QStringLiteral("INTEGER"), false, true) << rest;
    t.primaryKey = {QStringLiteral("id")};
    t.primaryKeyName = provider == QLatin1String("mysql") ? QStringLiteral("PRIMARY")
                                                          : name + QStringLiteral("_pkey");
    return t;
}
// Introspected schemas list tables in byte order; built ones do the same.
void sortTables(Schema &s) {
    std::sort(s.tables.begin(), s.tables.end(), [](const SchemaTable &a, const SchemaTable &b) {
        return a.name.toUtf8() < b.name.toUtf8();
    });
}
} // namespace

Schema ScenarioSchema::schema(const QString &provider, Version version) {
    // MySQL cannot index TEXT without a length: Prisma maps String to VARCHAR(191) there.
    const QString text = provider == QLatin1String("mysql") ? QStringLiteral("VARCHAR(191)")
                                                            : QStringLiteral("TEXT");
    Schema s;
    s.provider = provider;
    SchemaTable user =
        table(provider, QStringLiteral("User"), {column(QStringLiteral("name"), text, false)});
    switch (version) {
    case Version::Init:
        break;
    case Version::Unique: {
        user.columns << column(QStringLiteral("email"), text, true);
        SchemaIndex unique;
        unique.name = QStringLiteral("User_name_key");
        unique.columns = {QStringLiteral("name")};
        unique.orders = {QStringLiteral("ASC")};
        unique.unique = true;
        user.indexes << unique;
        s.tables << table(provider, QStringLiteral("Post"),
                          {column(QStringLiteral("title"), text, false)});
        break;
    }
    case Version::Posts:
        s.tables << table(provider, QStringLiteral("Post"),
                          {column(QStringLiteral("title"), text, false)});
        break;
    case Version::Age:
        user.columns << column(QStringLiteral("age"), QStringLiteral("INTEGER"), false);
        break;
    case Version::Comments:
        // Unique, then a Comment table.
        s = schema(provider, Version::Unique);
        s.tables << table(provider, QStringLiteral("Comment"),
                          {column(QStringLiteral("body"), text, false)});
        sortTables(s);
        return s;
    }
    s.tables << user;
    sortTables(s);
    return s;
}

QString ScenarioSchema::migrationSql(const QString &provider, Version from, Version to) {
    const Schema a = schema(provider, from);
    const Schema b = schema(provider, to);
    return SchemaScriptRenderer::render(a, b, SchemaDiffer::diff(a, b)).text(true);
}

QString ScenarioSchema::migrationSqlFromEmpty(const QString &provider, Version to) {
    Schema empty;
    empty.provider = provider;
    const Schema b = schema(provider, to);
    return SchemaScriptRenderer::render(empty, b, SchemaDiffer::diff(empty, b)).text(true);
}
