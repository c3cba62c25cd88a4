// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemascriptrenderer.h"

#include <QRegularExpression>

#include <algorithm>

// The shapes, the step order and the warning texts follow Prisma's schema engine (6.19.3:
// sql_migration.rs step order, sql_renderer/{postgres,mysql,sqlite}_renderer.rs, the destructive
// change checker) and were checked against the real CLI's `migrate diff --script` for SQLite and
// PostgreSQL (see tests/core/tst_schemascript.cpp). Prisma's text is reproduced byte for byte
// (e.g. its five spaces after `ADD COLUMN` on PostgreSQL), so it is not translated.
namespace {
enum class Dialect { Postgres, MySql, Sqlite };

const QString kIndent = QStringLiteral("    ");

bool byteLess(const QString &a, const QString &b) {
    return a.toUtf8() < b.toUtf8();
}

QString sqlString(QString value) {
    value.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}

QString action(const QString &a) {
    return a.isEmpty() ? QStringLiteral("NO ACTION") : a.toUpper();
}

bool isTextType(const QString &type) {
    static const QRegularExpression re(
        QStringLiteral("^(text|character varying|varchar|character|char|bpchar|citext|"
                       "tinytext|mediumtext|longtext)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(type.trimmed()).hasMatch();
}

/// A type's family, for deciding whether PostgreSQL can convert the data by itself.
QString typeFamily(const SchemaColumn &c) {
    if (!c.enumName.isEmpty())
        return QStringLiteral("enum");
    const QString t = c.type.trimmed().toLower();
    if (isTextType(t))
        return QStringLiteral("text");
    static const QRegularExpression numeric(
        QStringLiteral("^(smallint|integer|int|int2|int4|int8|bigint|numeric|decimal|real|"
                       "double precision|float4|float8)\\b"));
    if (numeric.match(t).hasMatch())
        return QStringLiteral("number");
    return t.section(QLatin1Char('('), 0, 0);
}

/// Writes SQL in one dialect for objects of the `from` (drops) and `to` (creates) schema.
/// PostgreSQL names are qualified with the namespace of the schema an object is rendered from
/// when that schema has one (it was read from a database), as Prisma does for live databases
/// and migration folders; hand-built schemas without a namespace give unqualified names.
struct Writer {
    Dialect dialect = Dialect::Postgres;
    QString fromNamespace;
    QString toNamespace;
    const Schema *from = nullptr;
    const Schema *to = nullptr;

    bool pg() const { return dialect == Dialect::Postgres; }
    bool my() const { return dialect == Dialect::MySql; }
    bool lite() const { return dialect == Dialect::Sqlite; }

    QString quote(const QString &name) const {
        if (my())
            return QLatin1Char('`') +
                   QString(name).replace(QLatin1Char('`'), QStringLiteral("``")) + QLatin1Char('`');
        return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
               QLatin1Char('"');
    }
    QString qualified(const QString &ns, const QString &name) const {
        return pg() && !ns.isEmpty() ? quote(ns) + QLatin1Char('.') + quote(name) : quote(name);
    }
    QString quotedList(const QStringList &names, const QString &separator) const {
        QStringList out;
        for (const QString &n : names)
            out << quote(n);
        return out.join(separator);
    }

    // -- types and defaults -------------------------------------------------------------------

    /// PostgreSQL's catalog spelling (format_type) in Prisma's spelling; SERIAL for
    /// auto-increments in CREATE TABLE / ADD COLUMN.
    QString pgType(const SchemaColumn &c, const QString &ns, bool serial) const {
        if (!c.enumName.isEmpty())
            return qualified(ns, c.enumName);
        QString t = c.type.trimmed();
        QString array;
        while (t.endsWith(QLatin1String("[]"))) {
            t.chop(2);
            array += QStringLiteral("[]");
        }
        const QString l = t.toLower();
        auto args = [&](const QString &spelled) {
            const qsizetype open = l.indexOf(QLatin1Char('('));
            return open < 0 ? spelled
                            : spelled + l.mid(open, l.indexOf(QLatin1Char(')')) - open + 1);
        };
        static const QRegularExpression timeRe(
            QStringLiteral("^(timestamp|time)(\\(\\d+\\))?( with(out)? time zone)?$"));
        QString out;
        if (l == QLatin1String("integer") || l == QLatin1String("int4") ||
            l == QLatin1String("int"))
            out = serial ? QStringLiteral("SERIAL") : QStringLiteral("INTEGER");
        else if (l == QLatin1String("smallint") || l == QLatin1String("int2"))
            out = serial ? QStringLiteral("SMALLSERIAL") : QStringLiteral("SMALLINT");
        else if (l == QLatin1String("bigint") || l == QLatin1String("int8"))
            out = serial ? QStringLiteral("BIGSERIAL") : QStringLiteral("BIGINT");
        else if (l == QLatin1String("double precision") || l == QLatin1String("float8"))
            out = QStringLiteral("DOUBLE PRECISION");
        else if (l == QLatin1String("real") || l == QLatin1String("float4"))
            out = QStringLiteral("REAL");
        else if (l == QLatin1String("boolean") || l == QLatin1String("bool"))
            out = QStringLiteral("BOOLEAN");
        else if (l.startsWith(QLatin1String("character varying")) ||
                 l.startsWith(QLatin1String("varchar")))
            out = args(QStringLiteral("VARCHAR"));
        else if (l.startsWith(QLatin1String("character")) || l.startsWith(QLatin1String("char")) ||
                 l.startsWith(QLatin1String("bpchar")))
            out = args(QStringLiteral("CHAR"));
        else if (l.startsWith(QLatin1String("numeric")) || l.startsWith(QLatin1String("decimal")))
            out = args(QStringLiteral("DECIMAL")).remove(QLatin1Char(' '));
        else if (l.startsWith(QLatin1String("bit varying")) ||
                 l.startsWith(QLatin1String("varbit")))
            out = args(QStringLiteral("VARBIT"));
        else if (const auto m = timeRe.match(l); m.hasMatch())
            out = m.captured(1).toUpper() +
                  (m.captured(3) == QLatin1String(" with time zone") ? QStringLiteral("TZ")
                                                                     : QString()) +
                  m.captured(2);
        else if (l == QLatin1String("timestamptz") || l == QLatin1String("timetz"))
            out = l.toUpper();
        else if (static const QRegularExpression plain(
                     QStringLiteral("^(text|date|uuid|json|jsonb|bytea|xml|inet|citext|money|oid|"
                                    "bit(\\(\\d+\\))?)$"));
                 plain.match(l).hasMatch())
            out = l.toUpper();
        else
            out = t; // anything else (domains, geometry …) as PostgreSQL spells it
        return out + array;
    }

    /// MySQL's COLUMN_TYPE in Prisma's spelling (int(11) -> INTEGER, tinyint(1) -> BOOLEAN,
    /// enum('a','b') -> ENUM('a', 'b')).
    QString myType(const SchemaColumn &c, const Schema &schema) const {
        const QString t = c.type.trimmed();
        const QString l = t.toLower();
        if (!c.enumName.isEmpty() || l.startsWith(QLatin1String("enum("))) {
            if (const SchemaEnum *e = schema.enumType(c.enumName)) {
                QStringList values;
                for (const QString &v : e->values)
                    values << sqlString(v);
                return QStringLiteral("ENUM(") + values.join(QStringLiteral(", ")) +
                       QLatin1Char(')');
            }
            return t;
        }
        static const QRegularExpression intRe(
            QStringLiteral("^(tinyint|smallint|mediumint|int|integer|bigint)(\\(\\d+\\))?( "
                           "unsigned)?( zerofill)?$"));
        if (const auto m = intRe.match(l); m.hasMatch()) {
            if (m.captured(1) == QLatin1String("tinyint") &&
                m.captured(2) == QLatin1String("(1)") && m.captured(3).isEmpty())
                return QStringLiteral("BOOLEAN");
            QString base = m.captured(1).toUpper();
            if (base == QLatin1String("INT"))
                base = QStringLiteral("INTEGER");
            return base + (m.captured(3).isEmpty() ? QString() : QStringLiteral(" UNSIGNED"));
        }
        static const QRegularExpression decimalRe(
            QStringLiteral("^decimal\\((\\d+),\\s*(\\d+)\\)( unsigned)?$"));
        if (const auto m = decimalRe.match(l); m.hasMatch())
            return QStringLiteral("DECIMAL(%1, %2)").arg(m.captured(1), m.captured(2));
        static const QRegularExpression plain(QStringLiteral("^[a-z ]+(\\([0-9]+\\))?$"));
        return plain.match(l).hasMatch() ? t.toUpper() : t;
    }

    QString columnType(const SchemaColumn &c, const Schema &schema, const QString &ns,
                       bool serial) const {
        if (pg())
            return pgType(c, ns, serial);
        if (my())
            return myType(c, schema);
        return c.type.trimmed();
    }

    /// The default as it goes after DEFAULT, empty when none. PostgreSQL's catalog form loses
    /// its casts ('USER'::"Role" -> 'USER', '-1'::integer -> -1) and sequences become SERIAL.
    QString columnDefault(const SchemaColumn &c) const {
        QString d = c.defaultValue.trimmed();
        if (d.isEmpty() || (c.autoIncrement && !lite()))
            return {};
        if (pg()) {
            if (d.startsWith(QLatin1String("nextval(")))
                return {};
            static const QRegularExpression castRe(
                QStringLiteral("^('(?:[^']|'')*')::([A-Za-z0-9_ .\"]+)$"));
            if (const auto m = castRe.match(d); m.hasMatch()) {
                d = m.captured(1);
                static const QRegularExpression number(
                    QStringLiteral("^'-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?'$"));
                if (typeFamily(c) == QLatin1String("number") && number.match(d).hasMatch())
                    d = d.mid(1, d.size() - 2);
            }
            return d;
        }
        if (my()) {
            static const QRegularExpression now(QStringLiteral("^current_timestamp(\\(\\d*\\))?$"),
                                                QRegularExpression::CaseInsensitiveOption);
            if (now.match(d).hasMatch())
                return d.toUpper();
            // MySQL 8 reports string defaults without their quotes (MariaDB keeps them).
            static const QRegularExpression bare(
                QStringLiteral(
                    "^(-?[0-9.]+([eE][-+]?[0-9]+)?|'.*'|b'[01]*'|NULL|TRUE|FALSE|.*\\(.*)$"),
                QRegularExpression::CaseInsensitiveOption |
                    QRegularExpression::DotMatchesEverythingOption);
            if (!bare.match(d).hasMatch())
                d = sqlString(d);
        }
        return d;
    }

    // -- columns and tables ---------------------------------------------------------------------

    /// One column's definition (without the CREATE TABLE indentation).
    QString column(const SchemaTable &t, const SchemaColumn &c, const Schema &schema,
                   const QString &ns) const {
        QString out = quote(c.name);
        const QString type = columnType(c, schema, ns, c.autoIncrement);
        if (!type.isEmpty())
            out += QLatin1Char(' ') + type;
        const QString def = columnDefault(c);
        if (my()) {
            out += c.nullable ? QStringLiteral(" NULL") : QStringLiteral(" NOT NULL");
            if (!def.isEmpty())
                out += QStringLiteral(" DEFAULT ") + def;
            if (c.autoIncrement)
                out += QStringLiteral(" AUTO_INCREMENT");
            return out;
        }
        if (!c.nullable)
            out += QStringLiteral(" NOT NULL");
        // SQLite: a single-column primary key is a column constraint (the rowid alias for
        // INTEGER), as Prisma writes it.
        if (lite() && t.primaryKey.size() == 1 && t.primaryKey.first() == c.name) {
            out += QStringLiteral(" PRIMARY KEY");
            if (c.autoIncrement)
                out += QStringLiteral(" AUTOINCREMENT");
        }
        if (!def.isEmpty())
            out += QStringLiteral(" DEFAULT ") + def;
        return out;
    }

    /// One key part of an index: a column (MySQL `name(20)` prefixes included) or an
    /// expression, with its order when the schema records orders (introspected schemas do,
    /// Prisma's datamodel only when one is given).
    QString indexPart(const SchemaTable &t, const SchemaIndex &index, qsizetype i) const {
        const QString part = index.columns.at(i);
        QString out;
        static const QRegularExpression prefix(QStringLiteral("^(.+)\\((\\d+)\\)$"));
        if (t.column(part)) {
            out = quote(part);
        } else if (const auto m = prefix.match(part);
                   my() && m.hasMatch() && t.column(m.captured(1))) {
            out = quote(m.captured(1)) + QLatin1Char('(') + m.captured(2) + QLatin1Char(')');
        } else if (lite() ||
                   (part.startsWith(QLatin1Char('(')) && part.endsWith(QLatin1Char(')')))) {
            out = part;
        } else {
            out = QLatin1Char('(') + part + QLatin1Char(')');
        }
        if (i < index.orders.size() && !index.orders.at(i).isEmpty())
            out += QLatin1Char(' ') + index.orders.at(i);
        return out;
    }
    QString indexParts(const SchemaTable &t, const SchemaIndex &index) const {
        QStringList parts;
        for (qsizetype i = 0; i < index.columns.size(); ++i)
            parts << indexPart(t, index, i);
        return parts.join(QStringLiteral(", "));
    }

    /// SQLite reserves `sqlite_` names: an autoindex that has to become a real index gets
    /// Prisma's conventional name.
    QString indexName(const SchemaTable &t, const SchemaIndex &index) const {
        if (lite() && index.name.startsWith(QLatin1String("sqlite_")))
            return t.name + QLatin1Char('_') + index.columns.join(QLatin1Char('_')) +
                   (index.unique ? QStringLiteral("_key") : QStringLiteral("_idx"));
        return index.name;
    }

    /// SQLite UNIQUE constraints go into CREATE TABLE (they cannot be created or dropped
    /// otherwise); Prisma itself only uses unique indexes.
    bool inlineUnique(const SchemaIndex &index) const { return lite() && index.constraint; }

    QString createIndex(const SchemaTable &t, const SchemaIndex &index, const QString &ns) const {
        QString out = QStringLiteral("CREATE ") +
                      (index.unique ? QStringLiteral("UNIQUE INDEX ") : QStringLiteral("INDEX ")) +
                      quote(indexName(t, index)) + QStringLiteral(" ON ") + qualified(ns, t.name) +
                      QLatin1Char('(') + indexParts(t, index) + QLatin1Char(')');
        if (!index.where.isEmpty() && !my())
            out += QStringLiteral(" WHERE ") + index.where;
        return out;
    }

    QString dropIndex(const SchemaTable &t, const SchemaIndex &index, const QString &ns) const {
        if (my())
            return QStringLiteral("DROP INDEX ") + quote(index.name) + QStringLiteral(" ON ") +
                   quote(t.name);
        // A PostgreSQL UNIQUE constraint owns its index: DROP INDEX would be refused.
        if (pg() && index.constraint)
            return QStringLiteral("ALTER TABLE ") + qualified(ns, t.name) +
                   QStringLiteral(" DROP CONSTRAINT ") + quote(index.name);
        return QStringLiteral("DROP INDEX ") + qualified(ns, index.name);
    }

    QString references(const SchemaForeignKey &fk, const QString &ns) const {
        QString out = qualified(ns, fk.referencedTable);
        if (!fk.referencedColumns.isEmpty())
            out += (lite() ? QStringLiteral(" (") : QStringLiteral("(")) +
                   quotedList(fk.referencedColumns, QStringLiteral(", ")) + QLatin1Char(')');
        return out + QStringLiteral(" ON DELETE ") + action(fk.onDelete) +
               QStringLiteral(" ON UPDATE ") + action(fk.onUpdate);
    }
    QString foreignKeyClause(const SchemaForeignKey &fk, const QString &ns) const {
        return (fk.name.isEmpty()
                    ? QString()
                    : QStringLiteral("CONSTRAINT ") + quote(fk.name) + QLatin1Char(' ')) +
               QStringLiteral("FOREIGN KEY (") + quotedList(fk.columns, QStringLiteral(", ")) +
               QStringLiteral(") REFERENCES ") + references(fk, ns);
    }
    QString addForeignKey(const SchemaTable &t, const SchemaForeignKey &fk,
                          const QString &ns) const {
        return QStringLiteral("ALTER TABLE ") + qualified(ns, t.name) + QStringLiteral(" ADD ") +
               foreignKeyClause(fk, ns);
    }
    QString dropForeignKey(const SchemaTable &t, const SchemaForeignKey &fk,
                           const QString &ns) const {
        return QStringLiteral("ALTER TABLE ") + qualified(ns, t.name) +
               (my() ? QStringLiteral(" DROP FOREIGN KEY ") : QStringLiteral(" DROP CONSTRAINT ")) +
               quote(fk.name);
    }

    /// CREATE TABLE in Prisma's layout; `as` renames it (SQLite's `new_<table>` copies).
    QString createTable(const SchemaTable &t, const Schema &schema, const QString &ns,
                        const QString &as = {}) const {
        QStringList lines;
        for (const SchemaColumn &c : t.columns)
            lines << kIndent + column(t, c, schema, ns);
        QString body = lines.join(QStringLiteral(",\n"));
        const QString name = qualified(ns, as.isEmpty() ? t.name : as);
        if (pg()) {
            if (!t.primaryKey.isEmpty())
                body +=
                    QStringLiteral(",\n\n") + kIndent +
                    (t.primaryKeyName.isEmpty() ? QString()
                                                : QStringLiteral("CONSTRAINT ") +
                                                      quote(t.primaryKeyName) + QLatin1Char(' ')) +
                    QStringLiteral("PRIMARY KEY (") +
                    quotedList(t.primaryKey, QStringLiteral(",")) + QLatin1Char(')');
            return QStringLiteral("CREATE TABLE ") + name + QStringLiteral(" (\n") + body +
                   QStringLiteral("\n)");
        }
        if (my()) {
            QStringList keys;
            for (const SchemaIndex &index : t.indexes)
                keys << kIndent +
                            (index.unique ? QStringLiteral("UNIQUE INDEX ")
                                          : QStringLiteral("INDEX ")) +
                            quote(index.name) + QLatin1Char('(') + indexParts(t, index) +
                            QLatin1Char(')');
            if (!t.primaryKey.isEmpty())
                keys << kIndent + QStringLiteral("PRIMARY KEY (") +
                            quotedList(t.primaryKey, QStringLiteral(", ")) + QLatin1Char(')');
            if (!keys.isEmpty())
                body += QStringLiteral(",\n\n") + keys.join(QStringLiteral(",\n"));
            return QStringLiteral("CREATE TABLE ") + name + QStringLiteral(" (\n") + body +
                   QStringLiteral("\n) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        if (t.primaryKey.size() > 1)
            body += QStringLiteral(",\n\n") + kIndent + QStringLiteral("PRIMARY KEY (") +
                    quotedList(t.primaryKey, QStringLiteral(", ")) + QLatin1Char(')');
        for (const SchemaIndex &index : t.indexes) {
            if (!inlineUnique(index))
                continue;
            const bool named = !index.name.startsWith(QLatin1String("sqlite_"));
            body += QStringLiteral(",\n") + kIndent +
                    (named ? QStringLiteral("CONSTRAINT ") + quote(index.name) + QLatin1Char(' ')
                           : QString()) +
                    QStringLiteral("UNIQUE (") + indexParts(t, index) + QLatin1Char(')');
        }
        for (const SchemaForeignKey &fk : t.foreignKeys)
            body += QStringLiteral(",\n") + kIndent + foreignKeyClause(fk, QString());
        return QStringLiteral("CREATE TABLE ") + name + QStringLiteral(" (\n") + body +
               QStringLiteral("\n)");
    }

    QStringList dropTable(const SchemaTable &t, const QString &ns) const {
        if (lite())
            // Prisma: foreign keys would refuse the drop order otherwise (cycles).
            return {QStringLiteral("PRAGMA foreign_keys=off"),
                    QStringLiteral("DROP TABLE ") + quote(t.name),
                    QStringLiteral("PRAGMA foreign_keys=on")};
        return {QStringLiteral("DROP TABLE ") + qualified(ns, t.name)};
    }

    QString createEnum(const SchemaEnum &e, const QString &ns, const QString &as = {}) const {
        QStringList values;
        for (const QString &v : e.values)
            values << sqlString(v);
        return QStringLiteral("CREATE TYPE ") + qualified(ns, as.isEmpty() ? e.name : as) +
               QStringLiteral(" AS ENUM (") + values.join(QStringLiteral(", ")) + QLatin1Char(')');
    }
};

Dialect dialectOf(const QString &provider) {
    if (provider == QLatin1String("mysql"))
        return Dialect::MySql;
    if (provider == QLatin1String("sqlite"))
        return Dialect::Sqlite;
    return Dialect::Postgres;
}

Writer writerFor(const Schema &from, const Schema &to) {
    Writer w;
    w.dialect = dialectOf(to.provider.isEmpty() ? from.provider : to.provider);
    w.from = &from;
    w.to = &to;
    if (w.pg()) {
        w.fromNamespace = from.namespaceName;
        w.toNamespace = to.namespaceName;
    }
    return w;
}

const TableDiff *tableDiff(const SchemaDiff &diff, const QString &table) {
    for (const TableDiff &t : diff.changedTables) {
        if (t.table == table)
            return &t;
    }
    return nullptr;
}

bool sameForeignKey(const SchemaForeignKey &a, const SchemaForeignKey &b) {
    return a.name == b.name && a.columns == b.columns && a.referencedTable == b.referencedTable;
}

/// Builds the steps in Prisma's order (SqlMigrationStep's variant order: CreateSchema, CreateEnum,
/// AlterEnum, DropForeignKey, DropIndex, AlterTable, DropTable, DropEnum, CreateTable,
/// RedefineTables, CreateIndex, AddForeignKey), with the destructive-change warnings of each step.
class ScriptBuilder {
public:
    ScriptBuilder(const Schema &from, const Schema &to, const SchemaDiff &diff)
        : m_from(from)
        , m_to(to)
        , m_diff(diff)
        , m_w(writerFor(from, to)) {}

    SchemaScript build() {
        m_script.provider = m_w.pg()   ? QStringLiteral("postgresql")
                            : m_w.my() ? QStringLiteral("mysql")
                                       : QStringLiteral("sqlite");
        if (m_w.pg()) {
            for (const QString &ns : m_diff.addedSchemas)
                add(QStringLiteral("CreateSchema"), ns,
                    {QStringLiteral("CREATE SCHEMA IF NOT EXISTS ") + m_w.quote(ns)});
            for (const SchemaEnum &e : m_to.enums) {
                if (m_diff.addedEnums.contains(e.name))
                    add(QStringLiteral("CreateEnum"), e.name, {m_w.createEnum(e, m_w.toNamespace)});
            }
            for (const EnumDiff &e : m_diff.changedEnums)
                alterEnum(e);
        }
        dropForeignKeys();
        dropIndexes();
        for (const SchemaTable &t : m_from.tables) {
            if (const TableDiff *d = tableDiff(m_diff, t.name);
                d && m_to.table(t.name) && !m_diff.redefinedTables.contains(t.name))
                alterTable(t, *m_to.table(t.name), *d);
        }
        for (const SchemaTable &t : m_from.tables) {
            if (!m_diff.removedTables.contains(t.name))
                continue;
            m_warnings << QStringLiteral(
                              "You are about to drop the `%1` table. If the table is not "
                              "empty, all the data it contains will be lost.")
                              .arg(t.name);
            add(QStringLiteral("DropTable"), t.name, m_w.dropTable(t, m_w.fromNamespace), true);
        }
        if (m_w.pg()) {
            for (const SchemaEnum &e : m_from.enums) {
                if (m_diff.removedEnums.contains(e.name))
                    add(QStringLiteral("DropEnum"), e.name,
                        {QStringLiteral("DROP TYPE ") + m_w.qualified(m_w.fromNamespace, e.name)},
                        true);
            }
        }
        for (const SchemaTable &t : m_to.tables) {
            if (m_diff.addedTables.contains(t.name))
                add(QStringLiteral("CreateTable"), t.name,
                    {m_w.createTable(t, m_to, m_w.toNamespace)});
        }
        if (m_w.lite())
            redefineTables();
        createIndexes();
        if (!m_w.lite())
            addForeignKeys();
        m_script.warnings = m_warnings + m_unexecutable;
        return m_script;
    }

private:
    void add(const QString &kind, const QString &table, const QStringList &statements,
             bool destructive = false) {
        if (statements.isEmpty())
            return;
        m_script.steps.append(ScriptStep{kind, table, statements, destructive});
    }

    bool isNew(const QString &table) const { return m_diff.addedTables.contains(table); }

    void alterEnum(const EnumDiff &e) {
        const QString fromNs = m_w.fromNamespace;
        const QString toNs = m_w.toNamespace;
        const QString type = m_w.qualified(fromNs, e.name);
        QStringList statements;
        if (e.removedValues.isEmpty()) {
            for (const QString &v : e.addedValues)
                statements << QStringLiteral("ALTER TYPE ") + type + QStringLiteral(" ADD VALUE ") +
                                  sqlString(v);
            if (statements.size() > 1)
                statements[0] =
                    QStringLiteral("-- This migration adds more than one value to an enum.\n"
                                   "-- With PostgreSQL versions 11 and earlier, this is not "
                                   "possible\n-- in a single migration. This can be worked "
                                   "around by creating\n-- multiple migrations, each migration "
                                   "adding only one value to\n-- the enum.\n\n\n") +
                    statements[0];
            add(QStringLiteral("AlterEnum"), e.name, statements);
            return;
        }
        // PostgreSQL cannot drop enum values: Prisma creates the new type, moves every column
        // over (through text), and swaps the names, in one transaction.
        m_warnings << QStringLiteral("The values [%1] on the enum `%2` will be removed. If these "
                                     "variants are still used in the database, this will fail.")
                          .arg(e.removedValues.join(QLatin1Char(',')), e.name);
        const SchemaEnum *next = m_to.enumType(e.name);
        if (!next)
            return;
        const QString temporary = m_w.qualified(toNs, e.name + QStringLiteral("_new"));
        statements << QStringLiteral("BEGIN")
                   << m_w.createEnum(*next, toNs, e.name + QStringLiteral("_new"));
        QStringList moves;
        QStringList restoreDefaults;
        for (const SchemaTable &t : m_from.tables) {
            const SchemaTable *nt = m_to.table(t.name);
            for (const SchemaColumn &c : t.columns) {
                if (c.enumName != e.name)
                    continue;
                const QString table = m_w.qualified(fromNs, t.name);
                const QString column = m_w.quote(c.name);
                if (!c.defaultValue.isEmpty())
                    statements << QStringLiteral("ALTER TABLE ") + table +
                                      QStringLiteral(" ALTER COLUMN ") + column +
                                      QStringLiteral(" DROP DEFAULT");
                const SchemaColumn *nc = nt ? nt->column(c.name) : nullptr;
                if (!nc || nc->enumName != e.name)
                    continue;
                moves << QStringLiteral(
                             "ALTER TABLE %1 ALTER COLUMN %2 TYPE %3 USING (%2::text::%3)")
                             .arg(table, column, temporary);
                if (!c.defaultValue.isEmpty() && !m_w.columnDefault(*nc).isEmpty())
                    restoreDefaults << QStringLiteral("ALTER TABLE ") + table +
                                           QStringLiteral(" ALTER COLUMN ") + column +
                                           QStringLiteral(" SET DEFAULT ") + m_w.columnDefault(*nc);
            }
        }
        statements << moves;
        statements << QStringLiteral("ALTER TYPE ") + type + QStringLiteral(" RENAME TO ") +
                          m_w.quote(e.name + QStringLiteral("_old"));
        statements << QStringLiteral("ALTER TYPE ") + temporary + QStringLiteral(" RENAME TO ") +
                          m_w.quote(e.name);
        statements << QStringLiteral("DROP TYPE ") +
                          m_w.qualified(fromNs, e.name + QStringLiteral("_old"));
        statements << restoreDefaults << QStringLiteral("COMMIT");
        add(QStringLiteral("AlterEnum"), e.name, statements, true);
    }

    /// Foreign keys removed from kept tables and, on PostgreSQL and MySQL, those of dropped
    /// tables (so that tables can be dropped in any order); in `from` order.
    void dropForeignKeys() {
        if (m_w.lite())
            return;
        for (const SchemaTable &t : m_from.tables) {
            const TableDiff *d = tableDiff(m_diff, t.name);
            const bool dropped = m_diff.removedTables.contains(t.name);
            for (const SchemaForeignKey &fk : t.foreignKeys) {
                const bool removed =
                    dropped ||
                    (d &&
                     std::any_of(d->removedForeignKeys.cbegin(), d->removedForeignKeys.cend(),
                                 [&](const SchemaForeignKey &r) { return sameForeignKey(r, fk); }));
                if (removed && !fk.name.isEmpty())
                    add(QStringLiteral("DropForeignKey"), t.name,
                        {m_w.dropForeignKey(t, fk, m_w.fromNamespace)});
            }
        }
    }

    void dropIndexes() {
        for (const SchemaTable &t : m_from.tables) {
            if (m_diff.redefinedTables.contains(t.name))
                continue;
            // Prisma on SQLite also drops the indexes of dropped tables when it redefines others.
            if (m_diff.removedTables.contains(t.name)) {
                if (m_w.lite() && !m_diff.redefinedTables.isEmpty()) {
                    for (const SchemaIndex &index : t.indexes) {
                        if (!index.constraint)
                            add(QStringLiteral("DropIndex"), t.name,
                                {m_w.dropIndex(t, index, m_w.fromNamespace)});
                    }
                }
                continue;
            }
            const TableDiff *d = tableDiff(m_diff, t.name);
            if (!d)
                continue;
            for (const SchemaIndex &index : d->removedIndexes)
                add(QStringLiteral("DropIndex"), t.name,
                    {m_w.dropIndex(t, index, m_w.fromNamespace)});
        }
    }

    QStringList alterColumnClauses(const SchemaTable &t, const SchemaColumn &before,
                                   const SchemaColumn &after, const ColumnChange &change,
                                   QStringList *beforeStatements, QStringList *afterStatements) {
        const QString column = m_w.quote(before.name);
        const QString prefix = QStringLiteral("ALTER COLUMN ") + column;
        const QString table = m_w.qualified(m_w.fromNamespace, t.name);
        const QString newType = m_w.columnType(after, m_to, m_w.toNamespace, false);
        if (change.typeChanged && typeFamily(after) != QLatin1String("text"))
            m_warnings << QStringLiteral(
                              "You are about to alter the column `%1` on the `%2` table. "
                              "The data in that column could be lost. The data in that "
                              "column will be cast from `%3` to `%4`.")
                              .arg(before.name, t.name,
                                   m_w.columnType(before, m_from, m_w.fromNamespace, false),
                                   newType);
        if (change.arityChanged && !change.becameOptional)
            m_unexecutable << QStringLiteral(
                                  "Made the column `%1` on table `%2` required. This step "
                                  "will fail if there are existing NULL values in that "
                                  "column.")
                                  .arg(before.name, t.name);
        if (m_w.my()) {
            // Prisma: MODIFY restates the whole column (SET DEFAULT cannot take expressions on
            // most MySQL versions), with the type as the database spells it.
            if (change.defaultChanged && !change.arityChanged && !change.typeChanged &&
                !change.autoIncrementChanged && m_w.columnDefault(after).isEmpty())
                return {prefix + QStringLiteral(" DROP DEFAULT")};
            QString modify =
                QStringLiteral("MODIFY ") + m_w.quote(after.name) + QLatin1Char(' ') +
                (after.type.isEmpty() ? m_w.myType(after, m_to) : after.type) +
                (after.nullable ? QStringLiteral(" NULL") : QStringLiteral(" NOT NULL"));
            if (const QString def = m_w.columnDefault(after); !def.isEmpty())
                modify += QStringLiteral(" DEFAULT ") + def;
            if (after.autoIncrement)
                modify += QStringLiteral(" AUTO_INCREMENT");
            return {modify};
        }
        QStringList clauses;
        if (change.arityChanged)
            clauses << prefix + (change.becameOptional ? QStringLiteral(" DROP NOT NULL")
                                                       : QStringLiteral(" SET NOT NULL"));
        if (change.defaultChanged) {
            const QString def = m_w.columnDefault(after);
            clauses << prefix + (def.isEmpty() ? QStringLiteral(" DROP DEFAULT")
                                               : QStringLiteral(" SET DEFAULT ") + def);
        }
        if (change.autoIncrementChanged) {
            if (change.becameAutoIncrement) {
                // As a SERIAL column would have it (Prisma's AddSequence).
                const QString sequence =
                    ((m_w.toNamespace.isEmpty() ? QString()
                                                : m_w.quote(m_w.toNamespace) + QLatin1Char('.')) +
                     t.name + QLatin1Char('_') + after.name + QStringLiteral("_seq"))
                        .toLower();
                *beforeStatements << QStringLiteral("CREATE SEQUENCE ") + sequence;
                clauses << prefix + QStringLiteral(" SET DEFAULT nextval(") + sqlString(sequence) +
                               QLatin1Char(')');
                *afterStatements << QStringLiteral("ALTER SEQUENCE ") + sequence +
                                        QStringLiteral(" OWNED BY ") + table + QLatin1Char('.') +
                                        column;
            } else if (before.defaultValue.startsWith(QLatin1String("nextval("))) {
                clauses << prefix + QStringLiteral(" DROP DEFAULT");
                static const QRegularExpression seq(
                    QStringLiteral("^nextval\\('(?:[^'.]*\\.)?\"?([^'\"]+)\"?'"));
                if (const auto m = seq.match(before.defaultValue); m.hasMatch())
                    *afterStatements << QStringLiteral("DROP SEQUENCE ") + m_w.quote(m.captured(1));
            } else {
                clauses << prefix + QStringLiteral(" DROP IDENTITY IF EXISTS");
            }
        }
        if (change.typeChanged) {
            // Prisma writes a plain SET DATA TYPE. PostgreSQL refuses conversions without an
            // assignment cast (text -> integer, text -> enum …), so those get a USING cast.
            QString clause = prefix + QStringLiteral(" SET DATA TYPE ") + newType;
            const QString a = typeFamily(before);
            const QString b = typeFamily(after);
            if (a != b && b != QLatin1String("text"))
                clause += QStringLiteral(" USING (") + column + QStringLiteral("::") + newType +
                          QLatin1Char(')');
            clauses << clause;
        }
        return clauses;
    }

    void alterTable(const SchemaTable &before, const SchemaTable &after, const TableDiff &d) {
        const QString table = m_w.qualified(m_w.fromNamespace, before.name);
        if (m_w.lite()) {
            // Only what SQLite can ALTER is left here (the differ redefines the rest).
            QStringList statements;
            for (const QString &name : d.addedColumns) {
                if (const SchemaColumn *c = after.column(name))
                    statements << QStringLiteral("ALTER TABLE ") + m_w.quote(before.name) +
                                      QStringLiteral(" ADD COLUMN ") +
                                      m_w.column(after, *c, m_to, QString());
            }
            add(QStringLiteral("AlterTable"), before.name, statements);
            return;
        }
        QStringList clauses;
        QStringList beforeStatements;
        QStringList afterStatements;
        bool destructive = false;
        if (d.primaryKeyDropped) {
            m_warnings << QStringLiteral(
                              "The primary key for the `%1` table will be changed. If it "
                              "partially fails, the table could be left without primary "
                              "key constraint.")
                              .arg(before.name);
            clauses << (m_w.my() ? QStringLiteral("DROP PRIMARY KEY")
                                 : QStringLiteral("DROP CONSTRAINT ") +
                                       m_w.quote(before.primaryKeyName.isEmpty()
                                                     ? before.name + QStringLiteral("_pkey")
                                                     : before.primaryKeyName));
        }
        for (const QString &name : d.removedColumns) {
            m_warnings << QStringLiteral("You are about to drop the column `%1` on the `%2` table. "
                                         "All the data in the column will be lost.")
                              .arg(name, before.name);
            clauses << QStringLiteral("DROP COLUMN ") + m_w.quote(name);
            destructive = true;
        }
        for (const QString &name : d.addedColumns) {
            const SchemaColumn *c = after.column(name);
            if (!c)
                continue;
            if (!c->nullable && m_w.columnDefault(*c).isEmpty() && !c->autoIncrement)
                m_unexecutable << QStringLiteral("Added the required column `%1` to the `%2` table "
                                                 "without a default value. This is not possible if "
                                                 "the table is not empty.")
                                      .arg(name, before.name);
            clauses << QStringLiteral("ADD COLUMN ") + (m_w.pg() ? kIndent : QString()) +
                           m_w.column(after, *c, m_to, m_w.toNamespace);
        }
        // Altered columns in the old table's column order, as Prisma sorts them.
        QList<ColumnChange> altered = d.alteredColumns;
        auto position = [&](const ColumnChange &c) {
            for (qsizetype i = 0; i < before.columns.size(); ++i) {
                if (before.columns.at(i).name == c.column)
                    return i;
            }
            return before.columns.size();
        };
        std::stable_sort(altered.begin(), altered.end(),
                         [&](const ColumnChange &a, const ColumnChange &b) {
                             return position(a) < position(b);
                         });
        for (const ColumnChange &change : altered) {
            const SchemaColumn *b = before.column(change.column);
            const SchemaColumn *a = after.column(change.column);
            if (a && b)
                clauses << alterColumnClauses(before, *b, *a, change, &beforeStatements,
                                              &afterStatements);
        }
        if (d.primaryKeyAdded && !after.primaryKey.isEmpty()) {
            QString clause = QStringLiteral("ADD ");
            if (m_w.pg() && !after.primaryKeyName.isEmpty())
                clause += QStringLiteral("CONSTRAINT ") + m_w.quote(after.primaryKeyName) +
                          QLatin1Char(' ');
            clauses << clause + QStringLiteral("PRIMARY KEY (") +
                           m_w.quotedList(after.primaryKey, QStringLiteral(", ")) +
                           QLatin1Char(')');
        }
        if (clauses.isEmpty())
            return;
        const QString separator = m_w.my() ? QStringLiteral(",\n    ") : QStringLiteral(",\n");
        add(QStringLiteral("AlterTable"), before.name,
            beforeStatements +
                QStringList{QStringLiteral("ALTER TABLE ") + table + QLatin1Char(' ') +
                            clauses.join(separator)} +
                afterStatements,
            destructive);
    }

    /// SQLite's rebuild (https://www.sqlite.org/lang_altertable.html#otheralter) in Prisma's
    /// shape: all tables in one step between the foreign key pragmas; rows of the columns both
    /// versions have are copied (sorted by name), a column that became required with a default
    /// takes the default for its NULLs.
    void redefineTables() {
        if (m_diff.redefinedTables.isEmpty())
            return;
        QStringList statements{QStringLiteral("PRAGMA defer_foreign_keys=ON"),
                               QStringLiteral("PRAGMA foreign_keys=OFF")};
        bool destructive = false;
        for (const SchemaTable &next : m_to.tables) {
            if (!m_diff.redefinedTables.contains(next.name))
                continue;
            const SchemaTable *previous = m_from.table(next.name);
            if (!previous)
                continue;
            const QString temporary = QStringLiteral("new_") + next.name;
            statements << m_w.createTable(next, m_to, QString(), temporary);
            if (previous->primaryKey != next.primaryKey && !previous->primaryKey.isEmpty())
                m_warnings << QStringLiteral("The primary key for the `%1` table will be changed. "
                                             "If it partially fails, the table could be left "
                                             "without primary key constraint.")
                                  .arg(next.name);
            QStringList common;
            for (const SchemaColumn &c : previous->columns) {
                if (next.column(c.name))
                    common << c.name;
                else {
                    m_warnings << QStringLiteral("You are about to drop the column `%1` on the "
                                                 "`%2` table. All the data in the column will be "
                                                 "lost.")
                                      .arg(c.name, next.name);
                    destructive = true;
                }
            }
            for (const SchemaColumn &c : next.columns) {
                const SchemaColumn *old = previous->column(c.name);
                if (!old && !c.nullable && c.defaultValue.isEmpty() && !c.autoIncrement)
                    m_unexecutable << QStringLiteral("Added the required column `%1` to the `%2` "
                                                     "table without a default value. This is not "
                                                     "possible if the table is not empty.")
                                          .arg(c.name, next.name);
                else if (old && old->nullable && !c.nullable && c.defaultValue.isEmpty())
                    m_unexecutable << QStringLiteral("Made the column `%1` on table `%2` required. "
                                                     "This step will fail if there are existing "
                                                     "NULL values in that column.")
                                          .arg(c.name, next.name);
            }
            std::sort(common.begin(), common.end(), byteLess);
            if (!common.isEmpty()) {
                QStringList sources;
                for (const QString &name : common) {
                    const SchemaColumn *old = previous->column(name);
                    const SchemaColumn *c = next.column(name);
                    if (old->nullable && !c->nullable && !c->defaultValue.isEmpty())
                        sources << QStringLiteral("coalesce(%1, %2) AS %1")
                                       .arg(m_w.quote(name), m_w.columnDefault(*c));
                    else
                        sources << m_w.quote(name);
                }
                statements << QStringLiteral("INSERT INTO ") + m_w.quote(temporary) +
                                  QStringLiteral(" (") +
                                  m_w.quotedList(common, QStringLiteral(", ")) +
                                  QStringLiteral(") SELECT ") + sources.join(QStringLiteral(", ")) +
                                  QStringLiteral(" FROM ") + m_w.quote(previous->name);
            }
            statements << QStringLiteral("DROP TABLE ") + m_w.quote(previous->name);
            statements << QStringLiteral("ALTER TABLE ") + m_w.quote(temporary) +
                              QStringLiteral(" RENAME TO ") + m_w.quote(next.name);
            for (const SchemaIndex &index : next.indexes) {
                if (!m_w.inlineUnique(index))
                    statements << m_w.createIndex(next, index, QString());
            }
        }
        statements << QStringLiteral("PRAGMA foreign_keys=ON")
                   << QStringLiteral("PRAGMA defer_foreign_keys=OFF");
        add(QStringLiteral("RedefineTables"), QString(), statements, destructive);
    }

    /// Indexes of new tables first (Prisma sorts them before those of kept tables), then the
    /// added indexes of kept tables. MySQL declares new tables' indexes in CREATE TABLE.
    void createIndexes() {
        for (const SchemaTable &t : m_to.tables) {
            if (!isNew(t.name) || m_w.my())
                continue;
            for (const SchemaIndex &index : t.indexes) {
                if (!m_w.inlineUnique(index))
                    add(QStringLiteral("CreateIndex"), t.name,
                        {m_w.createIndex(t, index, m_w.toNamespace)});
            }
        }
        for (const SchemaTable &previous : m_from.tables) {
            const SchemaTable *t = m_to.table(previous.name);
            const TableDiff *d = tableDiff(m_diff, previous.name);
            if (!t || !d || isNew(t->name) || m_diff.redefinedTables.contains(t->name))
                continue;
            for (const SchemaIndex &index : d->addedIndexes) {
                if (index.unique)
                    m_warnings << QStringLiteral(
                                      "A unique constraint covering the columns `[%1]` on "
                                      "the table `%2` will be added. If there are "
                                      "existing duplicate values, this will fail.")
                                      .arg(index.columns.join(QLatin1Char(',')), t->name);
                add(QStringLiteral("CreateIndex"), t->name,
                    {m_w.createIndex(*t, index, m_w.toNamespace)});
            }
        }
    }

    void addForeignKeys() {
        for (const SchemaTable &t : m_to.tables) {
            const TableDiff *d = tableDiff(m_diff, t.name);
            const QList<SchemaForeignKey> &fks =
                isNew(t.name) ? t.foreignKeys
                              : (d ? d->addedForeignKeys : QList<SchemaForeignKey>());
            for (const SchemaForeignKey &fk : fks)
                add(QStringLiteral("AddForeignKey"), t.name,
                    {m_w.addForeignKey(t, fk, m_w.toNamespace)});
        }
    }

    const Schema &m_from;
    const Schema &m_to;
    const SchemaDiff &m_diff;
    Writer m_w;
    SchemaScript m_script;
    QStringList m_warnings;     ///< Prisma's warnings, in step order
    QStringList m_unexecutable; ///< Prisma's "unexecutable step" texts, after the warnings
};
} // namespace

SchemaScript SchemaScriptRenderer::render(const Schema &from, const Schema &to,
                                          const SchemaDiff &diff) {
    return ScriptBuilder(from, to, diff).build();
}

QList<DdlBlock> SchemaScriptRenderer::ddl(const Schema &schema) {
    // Unqualified, so that the same object in two namespaces reads the same side by side.
    Writer w = writerFor(schema, schema);
    w.fromNamespace.clear();
    w.toNamespace.clear();
    QList<DdlBlock> blocks;
    if (w.pg()) {
        for (const SchemaEnum &e : schema.enums)
            blocks.append(
                {QStringLiteral("enum"), e.name, w.createEnum(e, QString()) + QLatin1Char(';')});
    }
    for (const SchemaTable &t : schema.tables) {
        QStringList statements{w.createTable(t, schema, QString())};
        if (!w.my()) {
            for (const SchemaIndex &index : t.indexes) {
                if (!w.inlineUnique(index))
                    statements << w.createIndex(t, index, QString());
            }
        }
        if (!w.lite()) {
            for (const SchemaForeignKey &fk : t.foreignKeys)
                statements << w.addForeignKey(t, fk, QString());
        }
        blocks.append({QStringLiteral("table"), t.name,
                       statements.join(QStringLiteral(";\n")) + QLatin1Char(';')});
    }
    for (const QString &v : schema.views)
        blocks.append({QStringLiteral("view"), v, QStringLiteral("-- view ") + v});
    static const QStringList kinds{QStringLiteral("enum"), QStringLiteral("table"),
                                   QStringLiteral("view")};
    std::stable_sort(blocks.begin(), blocks.end(), [](const DdlBlock &a, const DdlBlock &b) {
        if (a.kind != b.kind)
            return kinds.indexOf(a.kind) < kinds.indexOf(b.kind);
        return byteLess(a.object, b.object);
    });
    return blocks;
}
