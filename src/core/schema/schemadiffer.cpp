// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemadiffer.h"

#include <QRegularExpression>

#include <algorithm>

namespace {
bool byteLess(const QString &a, const QString &b) {
    return a.toUtf8() < b.toUtf8();
}

// Type spellings that mean the same type. MySQL 5.7/MariaDB print integer display widths
// (`int(11)`) that MySQL 8 drops; they change nothing but `tinyint(1)`, Prisma's Boolean.
QString normalisedType(const QString &type) {
    static const QRegularExpression displayWidth(
        QStringLiteral("^(bigint|int|integer|mediumint|smallint)\\(\\d+\\)"));
    QString t = type.simplified().toLower();
    t.replace(displayWidth, QStringLiteral("\\1"));
    t.remove(QLatin1Char(' '));
    return t;
}

// Lower case outside string literals: `'Paul'` and `'paul'` are different defaults.
QString lowerOutsideQuotes(const QString &value) {
    QString out = value;
    bool quoted = false;
    for (QChar &c : out) {
        if (c == QLatin1Char('\''))
            quoted = !quoted;
        else if (!quoted)
            c = c.toLower();
    }
    return out;
}

// Default spellings that mean the same value: surrounding parentheses, casts, keyword case, and
// the synonyms of "now" (PostgreSQL's now() / CURRENT_TIMESTAMP, MariaDB's current_timestamp()).
QString normalisedDefault(const QString &value) {
    static const QRegularExpression cast(QStringLiteral("::[a-z0-9_ \"\\[\\]]+$"),
                                         QRegularExpression::CaseInsensitiveOption);
    QString v = value.trimmed();
    for (int round = 0; round < 3; ++round) {
        if (v.startsWith(QLatin1Char('(')) && v.endsWith(QLatin1Char(')')))
            v = v.mid(1, v.size() - 2).trimmed();
        v.remove(cast);
    }
    v = lowerOutsideQuotes(v);
    if (v == QLatin1String("now()") || v == QLatin1String("current_timestamp()"))
        v = QStringLiteral("current_timestamp");
    return v;
}

bool sameIndex(const SchemaIndex &a, const SchemaIndex &b) {
    return a.columns == b.columns && a.unique == b.unique && a.where == b.where &&
           (a.orders == b.orders || a.orders.isEmpty() || b.orders.isEmpty());
}

bool sameForeignKey(const SchemaForeignKey &a, const SchemaForeignKey &b) {
    auto action = [](const QString &s) {
        return s.isEmpty() ? QStringLiteral("NO ACTION") : s.toUpper();
    };
    return a.columns == b.columns && a.referencedTable == b.referencedTable &&
           a.referencedColumns == b.referencedColumns && action(a.onDelete) == action(b.onDelete) &&
           action(a.onUpdate) == action(b.onUpdate);
}

template<typename T, typename Same>
void unmatched(const QList<T> &from, const QList<T> &to, Same same, QList<T> *removed,
               QList<T> *added) {
    for (const T &f : from) {
        if (std::none_of(to.cbegin(), to.cend(), [&](const T &t) { return same(f, t); }))
            removed->append(f);
    }
    for (const T &t : to) {
        if (std::none_of(from.cbegin(), from.cend(), [&](const T &f) { return same(f, t); }))
            added->append(t);
    }
}

TableDiff diffTable(const SchemaTable *from, const SchemaTable &to) {
    static const SchemaTable empty;
    const SchemaTable &f = from ? *from : empty;
    TableDiff d;
    d.table = to.name;
    if (from) {
        for (const SchemaColumn &c : f.columns) {
            if (!to.column(c.name))
                d.removedColumns << c.name;
        }
        for (const SchemaColumn &c : to.columns) {
            const SchemaColumn *old = f.column(c.name);
            if (!old) {
                d.addedColumns << c.name;
                continue;
            }
            ColumnChange change;
            change.column = c.name;
            change.arityChanged = old->nullable != c.nullable;
            change.becameOptional = c.nullable;
            change.typeChanged =
                normalisedType(old->type) != normalisedType(c.type) || old->enumName != c.enumName;
            // An auto-increment's default is its sequence: compare the flag, not the expression.
            change.autoIncrementChanged = old->autoIncrement != c.autoIncrement;
            change.becameAutoIncrement = c.autoIncrement;
            change.defaultChanged =
                !old->autoIncrement && !c.autoIncrement &&
                normalisedDefault(old->defaultValue) != normalisedDefault(c.defaultValue);
            change.defaultBefore = old->defaultValue;
            change.defaultAfter = c.defaultValue;
            if (change.arityChanged || change.typeChanged || change.autoIncrementChanged ||
                change.defaultChanged)
                d.alteredColumns << change;
        }
        if (f.primaryKey != to.primaryKey) {
            d.primaryKeyDropped = !f.primaryKey.isEmpty();
            d.primaryKeyAdded = !to.primaryKey.isEmpty();
            d.primaryKeyBefore = f.primaryKey;
            d.primaryKeyAfter = to.primaryKey;
        }
    }
    unmatched(f.indexes, to.indexes, sameIndex, &d.removedIndexes, &d.addedIndexes);
    unmatched(f.foreignKeys, to.foreignKeys, sameForeignKey, &d.removedForeignKeys,
              &d.addedForeignKeys);
    // Prisma's table differ walks added and dropped columns by name (its summary and its ADD
    // COLUMN clauses come in that order); altered columns stay in column order.
    std::sort(d.addedColumns.begin(), d.addedColumns.end(), byteLess);
    std::sort(d.removedColumns.begin(), d.removedColumns.end(), byteLess);
    return d;
}

/// SQLite can only ADD nullable columns without a foreign key and create/drop plain indexes;
/// any other change rebuilds the table (Prisma's SqliteFlavour::set_tables_to_redefine). A
/// UNIQUE constraint (sqlite_autoindex_…) cannot be dropped with DROP INDEX either.
bool sqliteNeedsRedefinition(const TableDiff &d, const SchemaTable &to) {
    if (d.primaryKeyAdded || d.primaryKeyDropped || !d.removedColumns.isEmpty() ||
        !d.alteredColumns.isEmpty() || !d.addedForeignKeys.isEmpty() ||
        !d.removedForeignKeys.isEmpty())
        return true;
    for (const QString &name : d.addedColumns) {
        const SchemaColumn *c = to.column(name);
        if (c && !c->nullable)
            return true;
    }
    return std::any_of(d.removedIndexes.cbegin(), d.removedIndexes.cend(),
                       [](const SchemaIndex &i) { return i.constraint; });
}
} // namespace

SchemaDiff SchemaDiffer::diff(const Schema &from, const Schema &to) {
    SchemaDiff d;
    for (const SchemaEnum &e : to.enums) {
        const SchemaEnum *old = from.enumType(e.name);
        if (!old) {
            d.addedEnums << e.name;
            continue;
        }
        EnumDiff ed{e.name, {}, {}};
        for (const QString &v : e.values) {
            if (!old->values.contains(v))
                ed.addedValues << v;
        }
        for (const QString &v : old->values) {
            if (!e.values.contains(v))
                ed.removedValues << v;
        }
        if (!ed.addedValues.isEmpty() || !ed.removedValues.isEmpty())
            d.changedEnums << ed;
    }
    for (const SchemaEnum &e : from.enums) {
        if (!to.enumType(e.name))
            d.removedEnums << e.name;
    }
    for (const SchemaTable &t : to.tables) {
        const SchemaTable *old = from.table(t.name);
        if (!old)
            d.addedTables << t.name;
        const TableDiff td = diffTable(old, t);
        if (!td.isEmpty())
            d.changedTables << td;
    }
    for (const SchemaTable &t : from.tables) {
        if (!to.table(t.name))
            d.removedTables << t.name;
    }
    for (const QString &v : from.views) {
        if (!to.views.contains(v))
            d.removedViews << v;
    }
    const QString provider = to.provider.isEmpty() ? from.provider : to.provider;
    if (provider == QLatin1String("sqlite")) {
        // Foreign keys of new tables are part of their CREATE TABLE (Prisma does not list them);
        // tables SQLite cannot ALTER are listed as redefined instead of their changes.
        QList<TableDiff> kept;
        for (TableDiff &td : d.changedTables) {
            if (d.addedTables.contains(td.table))
                td.addedForeignKeys.clear();
            else if (sqliteNeedsRedefinition(td, *to.table(td.table))) {
                d.redefinedTables << td.table;
                d.redefinedDetails << td;
                continue;
            }
            if (!td.isEmpty())
                kept << td;
        }
        d.changedTables = kept;
    } else {
        // Prisma drops the foreign keys of dropped tables first (so that tables can be dropped in
        // any order) and lists them as a change of that table.
        for (const QString &name : std::as_const(d.removedTables)) {
            const SchemaTable *t = from.table(name);
            if (!t || t->foreignKeys.isEmpty())
                continue;
            TableDiff td;
            td.table = name;
            td.removedForeignKeys = t->foreignKeys;
            d.changedTables << td;
        }
        if (provider == QLatin1String("postgresql") && from.namespaceName.isEmpty() &&
            !to.namespaceName.isEmpty())
            d.addedSchemas << to.namespaceName;
    }
    auto byteOrder = byteLess;
    for (QStringList *list : {&d.addedEnums, &d.addedTables, &d.removedEnums, &d.removedTables,
                              &d.removedViews, &d.redefinedTables})
        std::sort(list->begin(), list->end(), byteOrder);
    for (QList<TableDiff> *list : {&d.changedTables, &d.redefinedDetails})
        std::sort(list->begin(), list->end(), [&](const TableDiff &a, const TableDiff &b) {
            return byteOrder(a.table, b.table);
        });
    std::sort(d.changedEnums.begin(), d.changedEnums.end(),
              [&](const EnumDiff &a, const EnumDiff &b) { return byteOrder(a.name, b.name); });
    return d;
}
