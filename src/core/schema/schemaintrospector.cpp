// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemaintrospector.h"

#include "mwbtr.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace {
const QLatin1String kMigrationsTable("_prisma_migrations");

/// Byte order of the UTF-8 names, as the tables of a Schema are sorted.
bool byteLess(const QString &a, const QString &b) {
    return a.toUtf8() < b.toUtf8();
}

QString key(const QString &table, const QString &name) {
    return table + QChar(0) + name;
}

/// Where catalog rows are collected into a Schema.
class Reader {
public:
    Reader(QSqlDatabase &db, const std::atomic_bool *cancel)
        : m_db(db)
        , m_cancel(cancel) {}

    bool failed() const { return m_error.isError(); }
    const DbError &error() const { return m_error; }

    bool cancelled() {
        if (m_cancel && m_cancel->load()) {
            if (!m_error.isError())
                m_error = DbError::fromMessage(MwbTr::tr("Cancelled."));
            return true;
        }
        return false;
    }

    /// Runs one catalog query (forward only); false with the error set when it fails.
    bool exec(QSqlQuery &query, const QString &sql, const QVariantList &binds = {}) {
        if (cancelled())
            return false;
        query = QSqlQuery(m_db);
        query.setForwardOnly(true);
        bool ok = false;
        if (binds.isEmpty()) {
            ok = query.exec(sql);
        } else {
            ok = query.prepare(sql);
            for (const QVariant &v : binds)
                query.addBindValue(v);
            ok = ok && query.exec();
        }
        if (!ok)
            setQueryError(query);
        return ok;
    }

    /// The next row; false at the end, on error and on cancel (checked every 256 rows).
    bool next(QSqlQuery &query) {
        if (!query.next()) {
            if (query.lastError().isValid())
                setQueryError(query);
            return false;
        }
        if ((++m_rows & 0xff) == 0 && cancelled())
            return false;
        return true;
    }

    /// The element of `list` registered under `k` in `positions`, appended (named `name`) when new.
    template<typename T>
    static T *findOrAdd(QHash<QString, qsizetype> &positions, QList<T> &list, const QString &k,
                        const QString &name) {
        auto it = positions.constFind(k);
        if (it == positions.constEnd()) {
            it = positions.insert(k, list.size());
            list.append(T{});
            list.last().name = name;
        }
        return &list[*it];
    }

    SchemaTable *addTable(const QString &name) {
        m_tableIndex.insert(name, m_tables.size());
        m_tables.append(SchemaTable{});
        m_tables.last().name = name;
        return &m_tables.last();
    }
    SchemaTable *table(const QString &name) {
        const auto it = m_tableIndex.constFind(name);
        return it == m_tableIndex.constEnd() ? nullptr : &m_tables[*it];
    }

    /// The index `name` of `t`, added when new.
    SchemaIndex *index(SchemaTable *t, const QString &name) {
        return findOrAdd(m_indexPos, t->indexes, key(t->name, name), name);
    }
    /// The foreign key `name` of `t`, added when new.
    SchemaForeignKey *foreignKey(SchemaTable *t, const QString &name) {
        return findOrAdd(m_fkPos, t->foreignKeys, key(t->name, name), name);
    }
    SchemaEnum *enumType(const QString &name) { return findOrAdd(m_enumPos, m_enums, name, name); }

    /// Moves everything into `schema`, sorted.
    void finish(Schema *schema) {
        for (SchemaTable &t : m_tables) {
            std::sort(t.indexes.begin(), t.indexes.end(),
                      [](const SchemaIndex &a, const SchemaIndex &b) {
                          return byteLess(a.name, b.name);
                      });
            std::sort(t.foreignKeys.begin(), t.foreignKeys.end(),
                      [](const SchemaForeignKey &a, const SchemaForeignKey &b) {
                          if (a.name != b.name)
                              return byteLess(a.name, b.name);
                          return byteLess(a.columns.join(QChar(0)), b.columns.join(QChar(0)));
                      });
        }
        std::sort(m_tables.begin(), m_tables.end(), [](const SchemaTable &a, const SchemaTable &b) {
            return byteLess(a.name, b.name);
        });
        std::sort(m_enums.begin(), m_enums.end(), [](const SchemaEnum &a, const SchemaEnum &b) {
            return byteLess(a.name, b.name);
        });
        std::sort(m_views.begin(), m_views.end(), byteLess);
        schema->tables = std::move(m_tables);
        schema->enums = std::move(m_enums);
        schema->views = std::move(m_views);
    }

    QStringList m_views;

private:
    void setQueryError(const QSqlQuery &query) {
        const QSqlError e = query.lastError();
        m_error = DbError{MwbTr::tr("Cannot read the database schema: %1").arg(e.text()),
                          e.nativeErrorCode(), query.lastQuery(), e.databaseText()};
    }

    QSqlDatabase &m_db;
    const std::atomic_bool *m_cancel;
    DbError m_error;
    quint64 m_rows = 0;
    QList<SchemaTable> m_tables;
    QHash<QString, qsizetype> m_tableIndex;
    QHash<QString, qsizetype> m_indexPos;
    QHash<QString, qsizetype> m_fkPos;
    QList<SchemaEnum> m_enums;
    QHash<QString, qsizetype> m_enumPos;
};

// ---------------------------------------------------------------------------------------------
// PostgreSQL

QString pgAction(const QString &code) {
    if (code == QLatin1String("c"))
        return QStringLiteral("CASCADE");
    if (code == QLatin1String("n"))
        return QStringLiteral("SET NULL");
    if (code == QLatin1String("d"))
        return QStringLiteral("SET DEFAULT");
    if (code == QLatin1String("r"))
        return QStringLiteral("RESTRICT");
    return QStringLiteral("NO ACTION");
}

void readPostgres(Reader &r, const QString &schemaName) {
    const QVariantList ns{schemaName};
    QSqlQuery q;
    if (!r.exec(q,
                QStringLiteral(
                    "SELECT c.relname, c.relkind FROM pg_catalog.pg_class c JOIN "
                    "pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ? AND "
                    "c.relkind IN ('r', 'p', 'v')"),
                ns))
        return;
    while (r.next(q)) {
        const QString name = q.value(0).toString();
        if (q.value(1).toString() == QLatin1String("v"))
            r.m_views.append(name);
        else if (name != kMigrationsTable)
            r.addTable(name);
    }
    if (r.failed())
        return;

    if (!r.exec(q,
                QStringLiteral(
                    "SELECT c.relname, a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod), "
                    "a.attnotnull, CASE WHEN a.attgenerated = '' THEN "
                    "pg_catalog.pg_get_expr(d.adbin, d.adrelid) END, a.attidentity <> '', "
                    "t.typtype = 'e', t.typname "
                    "FROM pg_catalog.pg_attribute a "
                    "JOIN pg_catalog.pg_class c ON c.oid = a.attrelid "
                    "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                    "JOIN pg_catalog.pg_type t ON t.oid = a.atttypid "
                    "LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = "
                    "a.attnum "
                    "WHERE n.nspname = ? AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT "
                    "a.attisdropped ORDER BY a.attnum"),
                ns))
        return;
    while (r.next(q)) {
        SchemaTable *t = r.table(q.value(0).toString());
        if (!t)
            continue;
        SchemaColumn c;
        c.name = q.value(1).toString();
        c.type = q.value(2).toString();
        c.nullable = !q.value(3).toBool();
        c.defaultValue = q.value(4).toString();
        c.autoIncrement =
            q.value(5).toBool() || c.defaultValue.startsWith(QLatin1String("nextval("));
        if (q.value(6).toBool())
            c.enumName = q.value(7).toString();
        t->columns.append(std::move(c));
    }
    if (r.failed())
        return;

    // One row per key column of every index; plain columns by name, expressions as PostgreSQL
    // prints them. Bit 0 of indoption is DESC.
    if (!r.exec(q,
                QStringLiteral(
                    "SELECT t.relname, i.relname, ix.indisunique, ix.indisprimary, "
                    "con.contype = 'u', pg_catalog.pg_get_expr(ix.indpred, ix.indrelid), "
                    "COALESCE(a.attname::text, pg_catalog.pg_get_indexdef(ix.indexrelid, "
                    "k.ord::int, true)), (ix.indoption[k.ord - 1] & 1) = 1 "
                    "FROM pg_catalog.pg_index ix "
                    "JOIN pg_catalog.pg_class i ON i.oid = ix.indexrelid "
                    "JOIN pg_catalog.pg_class t ON t.oid = ix.indrelid "
                    "JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace "
                    "LEFT JOIN pg_catalog.pg_constraint con ON con.conindid = ix.indexrelid AND "
                    "con.conrelid = ix.indrelid AND con.contype IN ('p', 'u') "
                    "CROSS JOIN LATERAL generate_series(1, ix.indnkeyatts) AS k(ord) "
                    "LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = ix.indrelid AND a.attnum "
                    "= ix.indkey[k.ord - 1] AND ix.indkey[k.ord - 1] <> 0 "
                    "WHERE n.nspname = ? AND t.relkind IN ('r', 'p') ORDER BY k.ord"),
                ns))
        return;
    while (r.next(q)) {
        SchemaTable *t = r.table(q.value(0).toString());
        if (!t)
            continue;
        const QString name = q.value(1).toString();
        const QString column = q.value(6).toString();
        if (q.value(3).toBool()) {
            t->primaryKeyName = name;
            t->primaryKey.append(column);
            continue;
        }
        SchemaIndex *index = r.index(t, name);
        index->unique = q.value(2).toBool();
        index->constraint = q.value(4).toBool();
        index->where = q.value(5).toString();
        index->columns.append(column);
        index->orders.append(q.value(7).toBool() ? QStringLiteral("DESC") : QStringLiteral("ASC"));
    }
    if (r.failed())
        return;

    if (!r.exec(q,
                QStringLiteral(
                    "SELECT t.relname, con.conname, rt.relname, con.confdeltype, con.confupdtype, "
                    "a.attname, ra.attname "
                    "FROM pg_catalog.pg_constraint con "
                    "JOIN pg_catalog.pg_class t ON t.oid = con.conrelid "
                    "JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace "
                    "JOIN pg_catalog.pg_class rt ON rt.oid = con.confrelid "
                    "CROSS JOIN LATERAL unnest(con.conkey, con.confkey) WITH ORDINALITY AS "
                    "k(att, refatt, ord) "
                    "JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = "
                    "k.att "
                    "JOIN pg_catalog.pg_attribute ra ON ra.attrelid = con.confrelid AND "
                    "ra.attnum = k.refatt "
                    "WHERE con.contype = 'f' AND n.nspname = ? AND t.relkind IN ('r', 'p') "
                    "ORDER BY k.ord"),
                ns))
        return;
    while (r.next(q)) {
        SchemaTable *t = r.table(q.value(0).toString());
        if (!t)
            continue;
        SchemaForeignKey *fk = r.foreignKey(t, q.value(1).toString());
        fk->referencedTable = q.value(2).toString();
        fk->onDelete = pgAction(q.value(3).toString());
        fk->onUpdate = pgAction(q.value(4).toString());
        fk->columns.append(q.value(5).toString());
        fk->referencedColumns.append(q.value(6).toString());
    }
    if (r.failed())
        return;

    if (!r.exec(q,
                QStringLiteral("SELECT t.typname, e.enumlabel FROM pg_catalog.pg_type t "
                               "JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace "
                               "JOIN pg_catalog.pg_enum e ON e.enumtypid = t.oid "
                               "WHERE n.nspname = ? ORDER BY e.enumsortorder"),
                ns))
        return;
    while (r.next(q))
        r.enumType(q.value(0).toString())->values.append(q.value(1).toString());
}

// ---------------------------------------------------------------------------------------------
// MySQL / MariaDB

/// The values of `enum('a','b''c')` as COLUMN_TYPE writes them.
QStringList mysqlEnumValues(const QString &columnType) {
    QStringList values;
    QString current;
    bool quoted = false;
    for (qsizetype i = columnType.indexOf(QLatin1Char('(')) + 1; i > 0 && i < columnType.size();
         ++i) {
        const QChar c = columnType.at(i);
        if (quoted) {
            if (c == QLatin1Char('\'')) {
                if (i + 1 < columnType.size() && columnType.at(i + 1) == QLatin1Char('\'')) {
                    current += c;
                    ++i;
                } else {
                    quoted = false;
                    values.append(current);
                    current.clear();
                }
            } else {
                current += c;
            }
        } else if (c == QLatin1Char('\'')) {
            quoted = true;
        } else if (c == QLatin1Char(')')) {
            break;
        }
    }
    return values;
}

void readMySql(Reader &r) {
    QSqlQuery q;
    if (!r.exec(q, QStringLiteral("SELECT TABLE_NAME, TABLE_TYPE FROM information_schema.TABLES "
                                  "WHERE TABLE_SCHEMA = DATABASE()")))
        return;
    while (r.next(q)) {
        const QString name = q.value(0).toString();
        const QString type = q.value(1).toString();
        if (type == QLatin1String("VIEW"))
            r.m_views.append(name);
        else if (type == QLatin1String("BASE TABLE") && name != kMigrationsTable)
            r.addTable(name);
    }
    if (r.failed())
        return;

    if (!r.exec(q,
                QStringLiteral("SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, "
                               "COLUMN_DEFAULT, EXTRA, DATA_TYPE FROM information_schema.COLUMNS "
                               "WHERE TABLE_SCHEMA = DATABASE() ORDER BY ORDINAL_POSITION")))
        return;
    while (r.next(q)) {
        SchemaTable *t = r.table(q.value(0).toString());
        if (!t)
            continue;
        SchemaColumn c;
        c.name = q.value(1).toString();
        c.type = q.value(2).toString();
        c.nullable = q.value(3).toString() == QLatin1String("YES");
        // MariaDB writes the implicit default of a nullable column as the text NULL.
        const QVariant def = q.value(4);
        if (!def.isNull() && def.toString() != QLatin1String("NULL"))
            c.defaultValue = def.toString();
        c.autoIncrement =
            q.value(5).toString().contains(QLatin1String("auto_increment"), Qt::CaseInsensitive);
        if (q.value(6).toString().compare(QLatin1String("enum"), Qt::CaseInsensitive) == 0) {
            c.enumName = t->name + QLatin1Char('_') + c.name;
            r.enumType(c.enumName)->values = mysqlEnumValues(c.type);
        }
        t->columns.append(std::move(c));
    }
    if (r.failed())
        return;

    if (!r.exec(q, QStringLiteral("SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME, "
                                  "SUB_PART, COLLATION FROM information_schema.STATISTICS "
                                  "WHERE TABLE_SCHEMA = DATABASE() ORDER BY SEQ_IN_INDEX")))
        return;
    while (r.next(q)) {
        SchemaTable *t = r.table(q.value(0).toString());
        if (!t)
            continue;
        const QString name = q.value(1).toString();
        QString column = q.value(3).toString();
        if (!q.value(4).isNull())
            column += QStringLiteral("(%1)").arg(q.value(4).toLongLong());
        if (name == QLatin1String("PRIMARY")) {
            t->primaryKeyName = name;
            t->primaryKey.append(column);
            continue;
        }
        SchemaIndex *index = r.index(t, name);
        index->unique = q.value(2).toInt() == 0;
        index->columns.append(column);
        index->orders.append(q.value(5).toString() == QLatin1String("D") ? QStringLiteral("DESC")
                                                                         : QStringLiteral("ASC"));
    }
    if (r.failed())
        return;

    if (!r.exec(q, QStringLiteral(
                       "SELECT k.TABLE_NAME, k.CONSTRAINT_NAME, k.REFERENCED_TABLE_NAME, "
                       "rc.DELETE_RULE, rc.UPDATE_RULE, k.COLUMN_NAME, k.REFERENCED_COLUMN_NAME "
                       "FROM information_schema.TABLE_CONSTRAINTS tc "
                       "JOIN information_schema.KEY_COLUMN_USAGE k ON k.CONSTRAINT_SCHEMA = "
                       "tc.CONSTRAINT_SCHEMA AND k.TABLE_NAME = tc.TABLE_NAME AND "
                       "k.CONSTRAINT_NAME = tc.CONSTRAINT_NAME "
                       "JOIN information_schema.REFERENTIAL_CONSTRAINTS rc ON "
                       "rc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND rc.TABLE_NAME = "
                       "tc.TABLE_NAME AND rc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME "
                       "WHERE tc.CONSTRAINT_SCHEMA = DATABASE() AND tc.CONSTRAINT_TYPE = "
                       "'FOREIGN KEY' ORDER BY k.ORDINAL_POSITION")))
        return;
    while (r.next(q)) {
        SchemaTable *t = r.table(q.value(0).toString());
        if (!t)
            continue;
        SchemaForeignKey *fk = r.foreignKey(t, q.value(1).toString());
        fk->referencedTable = q.value(2).toString();
        fk->onDelete = q.value(3).toString();
        fk->onUpdate = q.value(4).toString();
        fk->columns.append(q.value(5).toString());
        fk->referencedColumns.append(q.value(6).toString());
    }
}

// ---------------------------------------------------------------------------------------------
// SQLite

/// An identifier as SQLite accepts it ("x", `x`, [x], x) without its quotes.
QString unquote(QString text) {
    text = text.trimmed();
    if (text.size() >= 2) {
        const QChar first = text.front();
        const QChar last = text.back();
        if ((first == QLatin1Char('"') && last == QLatin1Char('"')) ||
            (first == QLatin1Char('`') && last == QLatin1Char('`'))) {
            text = text.mid(1, text.size() - 2);
            text.replace(QString(2, first), QString(first));
        } else if (first == QLatin1Char('[') && last == QLatin1Char(']')) {
            text = text.mid(1, text.size() - 2);
        }
    }
    return text;
}

/// Splits at `separator` outside quotes and parentheses, starting at `from` and stopping at the
/// parenthesis closing the level `from` is on (its position in `*end`).
QStringList splitTopLevel(const QString &text, qsizetype from, qsizetype *end) {
    QStringList parts;
    QString current;
    int depth = 0;
    QChar quote;
    qsizetype i = from;
    for (; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!quote.isNull()) {
            current += c;
            if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`')) {
            quote = c;
        } else if (c == QLatin1Char('[')) {
            quote = QLatin1Char(']');
        } else if (c == QLatin1Char('(')) {
            ++depth;
        } else if (c == QLatin1Char(')')) {
            if (depth == 0)
                break;
            --depth;
        } else if (c == QLatin1Char(',') && depth == 0) {
            parts.append(current.trimmed());
            current.clear();
            continue;
        }
        current += c;
    }
    parts.append(current.trimmed());
    if (end)
        *end = i;
    return parts;
}

/// The position of the first '(' outside quotes, or -1.
qsizetype firstParen(const QString &text) {
    QChar quote;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`')) {
            quote = c;
        } else if (c == QLatin1Char('[')) {
            quote = QLatin1Char(']');
        } else if (c == QLatin1Char('(')) {
            return i;
        }
    }
    return -1;
}

/// A CREATE INDEX statement's key expressions (without ASC/DESC/COLLATE) and WHERE predicate.
struct IndexSql {
    QStringList keys;
    QString where;
};

IndexSql parseIndexSql(const QString &sql) {
    IndexSql parsed;
    const qsizetype open = firstParen(sql);
    if (open < 0)
        return parsed;
    qsizetype close = -1;
    static const QRegularExpression order(
        QStringLiteral("\\s+(COLLATE\\s+\\S+\\s*)?(ASC|DESC)?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    for (QString part : splitTopLevel(sql, open + 1, &close)) {
        const auto m = order.match(part);
        if (m.hasMatch())
            part.truncate(m.capturedStart());
        parsed.keys.append(part.trimmed());
    }
    static const QRegularExpression where(QStringLiteral("^\\s*WHERE\\s+(.*?)[\\s;]*$"),
                                          QRegularExpression::CaseInsensitiveOption |
                                              QRegularExpression::DotMatchesEverythingOption);
    const auto m = where.match(sql.mid(close + 1));
    if (m.hasMatch())
        parsed.where = m.captured(1);
    return parsed;
}

/// Names of `CONSTRAINT name UNIQUE|FOREIGN KEY|PRIMARY KEY (cols)` in a CREATE TABLE, by kind
/// and column list ("U\0a\0b").
QHash<QString, QString> sqliteConstraintNames(const QString &sql) {
    static const QRegularExpression re(
        QStringLiteral("\\bCONSTRAINT\\s+(\"(?:[^\"]|\"\")*\"|`(?:[^`]|``)*`|\\[[^\\]]*\\]|"
                       "[A-Za-z_][A-Za-z0-9_$]*)\\s+(PRIMARY\\s+KEY|UNIQUE|FOREIGN\\s+KEY)\\s*\\("),
        QRegularExpression::CaseInsensitiveOption);
    QHash<QString, QString> names;
    auto it = re.globalMatch(sql);
    while (it.hasNext()) {
        const auto m = it.next();
        QStringList columns;
        for (const QString &part : splitTopLevel(sql, m.capturedEnd(), nullptr)) {
            QString column = part;
            column.remove(
                QRegularExpression(QStringLiteral("\\s+(COLLATE\\s+\\S+\\s*)?(ASC|DESC)?\\s*$"),
                                   QRegularExpression::CaseInsensitiveOption));
            columns.append(unquote(column));
        }
        names.insert(m.captured(2).at(0).toUpper() + QChar(0) + columns.join(QChar(0)),
                     unquote(m.captured(1)));
    }
    return names;
}

const QString kSqliteTables =
    QStringLiteral("WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
                   "AND m.name <> '_prisma_migrations'");

void readSqlite(Reader &r) {
    QSqlQuery q;
    QHash<QString, QHash<QString, QString>> constraintNames;
    QHash<QString, bool> autoIncrement;
    if (!r.exec(q, QStringLiteral("SELECT m.type, m.name, m.sql FROM sqlite_master m WHERE m.type "
                                  "IN ('table', 'view') AND m.name NOT LIKE 'sqlite\\_%' ESCAPE "
                                  "'\\' AND m.name <> '_prisma_migrations'")))
        return;
    static const QRegularExpression autoinc(QStringLiteral("\\bAUTOINCREMENT\\b"),
                                            QRegularExpression::CaseInsensitiveOption);
    while (r.next(q)) {
        const QString name = q.value(1).toString();
        if (q.value(0).toString() == QLatin1String("view")) {
            r.m_views.append(name);
            continue;
        }
        r.addTable(name);
        const QString sql = q.value(2).toString();
        constraintNames.insert(name, sqliteConstraintNames(sql));
        autoIncrement.insert(name, autoinc.match(sql).hasMatch());
    }
    if (r.failed())
        return;

    // Columns; hidden = 1 are a virtual table's hidden columns (2 and 3 are generated columns).
    if (!r.exec(q, QStringLiteral("SELECT m.name, p.name, p.type, p.\"notnull\", p.dflt_value, "
                                  "p.pk FROM sqlite_master m JOIN pragma_table_xinfo(m.name) p ") +
                       kSqliteTables + QStringLiteral(" AND p.hidden <> 1 ORDER BY m.name, p.cid")))
        return;
    QHash<QString, QList<std::pair<int, QString>>> pkColumns;
    while (r.next(q)) {
        SchemaTable *t = r.table(q.value(0).toString());
        if (!t)
            continue;
        SchemaColumn c;
        c.name = q.value(1).toString();
        c.type = q.value(2).toString();
        c.nullable = q.value(3).toInt() == 0;
        c.defaultValue = q.value(4).toString();
        if (const int pk = q.value(5).toInt(); pk > 0)
            pkColumns[t->name].append({pk, c.name});
        t->columns.append(std::move(c));
    }
    if (r.failed())
        return;
    for (auto it = pkColumns.begin(); it != pkColumns.end(); ++it) {
        SchemaTable *t = r.table(it.key());
        auto &columns = it.value();
        std::sort(columns.begin(), columns.end());
        for (const auto &column : columns)
            t->primaryKey.append(column.second);
        t->primaryKeyName = constraintNames.value(t->name).value(QStringLiteral("P") + QChar(0) +
                                                                 t->primaryKey.join(QChar(0)));
        // AUTOINCREMENT is only allowed on an INTEGER PRIMARY KEY, the rowid alias.
        if (autoIncrement.value(t->name) && t->primaryKey.size() == 1) {
            for (SchemaColumn &c : t->columns) {
                if (c.name == t->primaryKey.first() &&
                    c.type.compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0)
                    c.autoIncrement = true;
            }
        }
    }

    // Key columns of every index (key = 1: without the rowid that ends each index); cid -2 is an
    // expression, taken from the index's SQL.
    if (!r.exec(q, QStringLiteral("SELECT m.name, il.name, il.\"unique\", il.origin, il.partial, "
                                  "ix.seqno, ix.cid, ix.name, ix.\"desc\", im.sql "
                                  "FROM sqlite_master m JOIN pragma_index_list(m.name) il "
                                  "JOIN pragma_index_xinfo(il.name) ix "
                                  "LEFT JOIN sqlite_master im ON im.type = 'index' AND im.name = "
                                  "il.name ") +
                       kSqliteTables +
                       QStringLiteral(" AND il.origin <> 'pk' AND ix.key = 1 ORDER BY m.name, "
                                      "il.name, ix.seqno")))
        return;
    QHash<QString, IndexSql> parsedSql;
    while (r.next(q)) {
        SchemaTable *t = r.table(q.value(0).toString());
        if (!t)
            continue;
        const QString name = q.value(1).toString();
        const QString sql = q.value(9).toString();
        SchemaIndex *index = r.index(t, name);
        index->unique = q.value(2).toInt() != 0;
        index->constraint = q.value(3).toString() == QLatin1String("u");
        auto parsed = parsedSql.constFind(name);
        if (parsed == parsedSql.constEnd() && !sql.isEmpty())
            parsed = parsedSql.insert(name, parseIndexSql(sql));
        if (q.value(4).toInt() != 0 && parsed != parsedSql.constEnd())
            index->where = parsed->where;
        const int seqno = q.value(5).toInt();
        if (q.value(6).toInt() == -2)
            index->columns.append(parsed != parsedSql.constEnd() ? parsed->keys.value(seqno)
                                                                 : QString());
        else
            index->columns.append(q.value(7).toString());
        index->orders.append(q.value(8).toInt() != 0 ? QStringLiteral("DESC")
                                                     : QStringLiteral("ASC"));
    }
    if (r.failed())
        return;
    // UNIQUE constraints live in sqlite_autoindex_… indexes; use the CONSTRAINT name if any.
    for (auto it = constraintNames.cbegin(); it != constraintNames.cend(); ++it) {
        SchemaTable *t = r.table(it.key());
        for (SchemaIndex &index : t->indexes) {
            if (!index.constraint || !index.name.startsWith(QLatin1String("sqlite_autoindex_")))
                continue;
            const QString named =
                it->value(QStringLiteral("U") + QChar(0) + index.columns.join(QChar(0)));
            const bool taken =
                std::any_of(t->indexes.cbegin(), t->indexes.cend(),
                            [&](const SchemaIndex &other) { return other.name == named; });
            if (!named.isEmpty() && !taken)
                index.name = named;
        }
    }

    if (!r.exec(q, QStringLiteral("SELECT m.name, f.id, f.\"table\", f.\"from\", f.\"to\", "
                                  "f.on_delete, f.on_update FROM sqlite_master m "
                                  "JOIN pragma_foreign_key_list(m.name) f ") +
                       kSqliteTables + QStringLiteral(" ORDER BY m.name, f.id, f.seq")))
        return;
    struct Fk {
        QString table;
        SchemaForeignKey fk;
    };
    QList<Fk> fks;
    QHash<QString, qsizetype> fkPos;
    while (r.next(q)) {
        const QString table = q.value(0).toString();
        const QString k = key(table, q.value(1).toString());
        auto it = fkPos.constFind(k);
        if (it == fkPos.constEnd()) {
            it = fkPos.insert(k, fks.size());
            fks.append(Fk{table, {}});
        }
        SchemaForeignKey &fk = fks[*it].fk;
        fk.referencedTable = q.value(2).toString();
        fk.columns.append(q.value(3).toString());
        fk.referencedColumns.append(q.value(4).toString()); // empty: the referenced primary key
        fk.onDelete = q.value(5).toString();
        fk.onUpdate = q.value(6).toString();
    }
    if (r.failed())
        return;
    for (Fk &entry : fks) {
        SchemaTable *t = r.table(entry.table);
        if (!t)
            continue;
        SchemaForeignKey &fk = entry.fk;
        if (fk.referencedColumns.join(QString()).isEmpty()) {
            if (const SchemaTable *target = r.table(fk.referencedTable))
                fk.referencedColumns = target->primaryKey;
        }
        fk.name = constraintNames.value(entry.table)
                      .value(QStringLiteral("F") + QChar(0) + fk.columns.join(QChar(0)));
        t->foreignKeys.append(std::move(fk));
    }
}
} // namespace

Schema SchemaIntrospector::read(QSqlDatabase &db, const ConnectionSpec &spec, DbError *error,
                                const std::atomic_bool *cancel) {
    Schema schema;
    schema.provider = spec.provider();
    Reader r(db, cancel);
    switch (spec.driver) {
    case ConnectionSpec::Driver::Postgres:
        schema.namespaceName = spec.schema.isEmpty() ? QStringLiteral("public") : spec.schema;
        readPostgres(r, schema.namespaceName);
        break;
    case ConnectionSpec::Driver::MySql: {
        QSqlQuery q;
        if (r.exec(q, QStringLiteral("SELECT DATABASE()")) && r.next(q))
            schema.namespaceName = q.value(0).toString();
        if (!r.failed())
            readMySql(r);
        break;
    }
    case ConnectionSpec::Driver::Sqlite:
        schema.namespaceName = QStringLiteral("main");
        readSqlite(r);
        break;
    case ConnectionSpec::Driver::None:
        if (error)
            *error = DbError::fromMessage(MwbTr::tr("No database connection."));
        return schema;
    }
    if (!r.failed())
        r.cancelled();
    if (error)
        *error = r.error();
    if (!r.failed())
        r.finish(&schema);
    return schema;
}
