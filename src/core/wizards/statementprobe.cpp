// SPDX-License-Identifier: GPL-3.0-or-later
#include "statementprobe.h"

#include "mwbtr.h"

#include <QRegularExpression>

namespace {
// One identifier, possibly quoted ("x", `x`, [x]) and schema-qualified ("public"."x"): the last
// part is the name.
const QString Identifier = QStringLiteral(
    R"re((?:(?:"[^"]+"|`[^`]+`|\[[^\]]+\]|[\w$]+)\s*\.\s*)?("[^"]+"|`[^`]+`|\[[^\]]+\]|[\w$]+))re");

QString unquote(QString name) {
    if (name.size() >= 2 &&
        (name.startsWith(QLatin1Char('"')) || name.startsWith(QLatin1Char('`')) ||
         name.startsWith(QLatin1Char('['))))
        name = name.mid(1, name.size() - 2);
    return name;
}

// Comments removed and whitespace collapsed, so that patterns can match across lines.
QString normalised(const QString &statement) {
    static const QRegularExpression lineComment(QStringLiteral("--[^\\n]*"));
    static const QRegularExpression blockComment(QStringLiteral(R"re(/\*.*?\*/)re"),
                                                 QRegularExpression::DotMatchesEverythingOption);
    QString s = statement;
    s.remove(blockComment);
    s.remove(lineComment);
    return s.simplified();
}

QRegularExpressionMatch match(const QString &pattern, const QString &text) {
    const QRegularExpression re(QStringLiteral("^") +
                                    QString(pattern).replace(QStringLiteral("{id}"), Identifier),
                                QRegularExpression::CaseInsensitiveOption);
    return re.match(text);
}

bool hasIndex(const Schema &live, const QString &name, QString *table) {
    for (const SchemaTable &t : live.tables) {
        for (const SchemaIndex &i : t.indexes) {
            if (i.name == name) {
                *table = t.name;
                return true;
            }
        }
    }
    return false;
}

bool hasForeignKey(const SchemaTable &t, const QString &name) {
    for (const SchemaForeignKey &fk : t.foreignKeys) {
        if (fk.name == name)
            return true;
    }
    return false;
}

StatementProbe::Result done(bool isDone, const QString &what, const QString &yes,
                            const QString &no) {
    return {isDone ? StatementProbe::Outcome::Done : StatementProbe::Outcome::NotDone, what,
            isDone ? yes : no};
}
} // namespace

StatementProbe::Result StatementProbe::probe(const QString &statement, SqlDialect,
                                             const Schema &live) {
    const QString s = normalised(statement);
    QRegularExpressionMatch m;
    if ((m = match(QStringLiteral(R"re(CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?{id})re"), s))
            .hasMatch()) {
        const QString table = unquote(m.captured(1));
        return done(live.table(table), MwbTr::tr("create table %1").arg(table),
                    MwbTr::tr("the table exists"), MwbTr::tr("the table does not exist"));
    }
    if ((m = match(QStringLiteral(R"re(DROP\s+TABLE\s+(?:IF\s+EXISTS\s+)?{id})re"), s))
            .hasMatch()) {
        const QString table = unquote(m.captured(1));
        return done(!live.table(table), MwbTr::tr("drop table %1").arg(table),
                    MwbTr::tr("the table is gone"), MwbTr::tr("the table still exists"));
    }
    if ((m = match(
             QStringLiteral(
                 R"re(CREATE\s+(UNIQUE\s+)?INDEX\s+(?:CONCURRENTLY\s+)?(?:IF\s+NOT\s+EXISTS\s+)?{id}\s+ON\s+(?:ONLY\s+)?{id})re"),
             s))
            .hasMatch()) {
        const QString index = unquote(m.captured(2));
        QString table;
        return done(hasIndex(live, index, &table),
                    MwbTr::tr("create index %1 on %2").arg(index, unquote(m.captured(3))),
                    MwbTr::tr("the index exists"), MwbTr::tr("the index does not exist"));
    }
    if ((m = match(
             QStringLiteral(R"re(DROP\s+INDEX\s+(?:CONCURRENTLY\s+)?(?:IF\s+EXISTS\s+)?{id})re"),
             s))
            .hasMatch()) {
        const QString index = unquote(m.captured(1));
        QString table;
        return done(!hasIndex(live, index, &table), MwbTr::tr("drop index %1").arg(index),
                    MwbTr::tr("the index is gone"), MwbTr::tr("the index still exists"));
    }
    if ((m = match(QStringLiteral(R"re(CREATE\s+TYPE\s+{id}\s+AS\s+ENUM)re"), s)).hasMatch()) {
        const QString type = unquote(m.captured(1));
        return done(live.enumType(type), MwbTr::tr("create enum %1").arg(type),
                    MwbTr::tr("the type exists"), MwbTr::tr("the type does not exist"));
    }
    if ((m = match(
             QStringLiteral(R"re(ALTER\s+TABLE\s+(?:IF\s+EXISTS\s+)?(?:ONLY\s+)?{id}\s+(.*)$)re"),
             s))
            .hasMatch()) {
        const QString tableName = unquote(m.captured(1));
        const SchemaTable *table = live.table(tableName);
        const QString action = m.captured(2);
        if (!table)
            return {Outcome::Unknown, MwbTr::tr("alter table %1").arg(tableName),
                    MwbTr::tr("the table does not exist")};
        // One action per statement, as Prisma generates them; with several comma-separated
        // actions only the first is judged.
        QRegularExpressionMatch a;
        if ((a = match(QStringLiteral(R"re(ADD\s+CONSTRAINT\s+{id}\s+FOREIGN\s+KEY)re"), action))
                .hasMatch()) {
            const QString name = unquote(a.captured(1));
            return done(hasForeignKey(*table, name),
                        MwbTr::tr("add foreign key %1 on %2").arg(name, tableName),
                        MwbTr::tr("the foreign key exists"),
                        MwbTr::tr("the foreign key does not exist"));
        }
        if ((a = match(QStringLiteral(R"re(ADD\s+CONSTRAINT\s+{id}\s+(?:UNIQUE|PRIMARY))re"),
                       action))
                .hasMatch()) {
            const QString name = unquote(a.captured(1));
            QString owner;
            const bool exists = hasIndex(live, name, &owner) || table->primaryKeyName == name;
            return done(exists, MwbTr::tr("add constraint %1 on %2").arg(name, tableName),
                        MwbTr::tr("the constraint exists"),
                        MwbTr::tr("the constraint does not exist"));
        }
        if ((a = match(
                 QStringLiteral(
                     R"re(DROP\s+(?:CONSTRAINT|FOREIGN\s+KEY|INDEX|KEY)\s+(?:IF\s+EXISTS\s+)?{id})re"),
                 action))
                .hasMatch()) {
            const QString name = unquote(a.captured(1));
            QString owner;
            const bool exists = hasForeignKey(*table, name) || hasIndex(live, name, &owner);
            return done(!exists, MwbTr::tr("drop constraint %1 on %2").arg(name, tableName),
                        MwbTr::tr("the constraint is gone"),
                        MwbTr::tr("the constraint still exists"));
        }
        if ((a = match(QStringLiteral(R"re(ADD\s+(?:COLUMN\s+)?(?:IF\s+NOT\s+EXISTS\s+)?{id})re"),
                       action))
                .hasMatch() &&
            a.captured(1).compare(QLatin1String("CONSTRAINT"), Qt::CaseInsensitive) != 0) {
            const QString column = unquote(a.captured(1));
            return done(table->column(column), MwbTr::tr("add column %1.%2").arg(tableName, column),
                        MwbTr::tr("the column exists"), MwbTr::tr("the column does not exist"));
        }
        if ((a = match(QStringLiteral(R"re(DROP\s+(?:COLUMN\s+)?(?:IF\s+EXISTS\s+)?{id})re"),
                       action))
                .hasMatch()) {
            const QString column = unquote(a.captured(1));
            return done(!table->column(column),
                        MwbTr::tr("drop column %1.%2").arg(tableName, column),
                        MwbTr::tr("the column is gone"), MwbTr::tr("the column still exists"));
        }
        return {Outcome::Unknown, MwbTr::tr("alter table %1").arg(tableName),
                MwbTr::tr("this change cannot be seen in the catalog")};
    }
    return {Outcome::Unknown, s.left(60),
            MwbTr::tr("data changes and other statements cannot be seen in the catalog")};
}

QString StatementProbe::outcomeText(Outcome outcome) {
    switch (outcome) {
    case Outcome::Done:
        return MwbTr::tr("done");
    case Outcome::NotDone:
        return MwbTr::tr("not done");
    case Outcome::Unknown:
        return MwbTr::tr("unknown");
    }
    return {};
}
