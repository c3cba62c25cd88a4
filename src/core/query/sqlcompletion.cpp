// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlcompletion.h"

#include "sqlkeywords.h"
#include "statementclassifier.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace {
bool isWordChar(QChar c) {
    return c.isLetterOrNumber() || c == u'_' || c == u'$';
}

QString unquote(const QString &token) {
    if (token.size() >= 2 &&
        (token.front() == u'"' || token.front() == u'`' || token.front() == u'['))
        return token.mid(1, token.size() - 2);
    return token;
}

bool isQuoted(const QString &token) {
    return !token.isEmpty() &&
           (token.front() == u'"' || token.front() == u'`' || token.front() == u'[');
}

/// The statement around `cursor`: from the last `;` before it to the next one.
QString statementAround(const QString &text, qsizetype cursor) {
    const qsizetype from = cursor > 0 ? text.lastIndexOf(QLatin1Char(';'), cursor - 1) + 1 : 0;
    qsizetype to = text.indexOf(QLatin1Char(';'), cursor);
    if (to < 0)
        to = text.size();
    return text.mid(from, to - from);
}

const SchemaTable *findTable(const Schema &schema, const QString &name, bool exact) {
    for (const SchemaTable &t : schema.tables) {
        if (exact ? t.name == name : t.name.compare(name, Qt::CaseInsensitive) == 0)
            return &t;
    }
    return nullptr;
}
} // namespace

QString SqlCompletion::identifier(const QString &name, SqlDialect dialect) {
    static const QRegularExpression lowerPlain(QStringLiteral("^[a-z_][a-z0-9_$]*$"));
    static const QRegularExpression anyPlain(QStringLiteral("^[A-Za-z_][A-Za-z0-9_$]*$"));
    const bool keyword = SqlKeywords::keywords(dialect).contains(name.toUpper());
    switch (dialect) {
    case SqlDialect::PostgreSQL: // unquoted names fold to lower case
        if (lowerPlain.match(name).hasMatch() && !keyword)
            return name;
        return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
               QLatin1Char('"');
    case SqlDialect::MySQL:
        if (anyPlain.match(name).hasMatch() && !keyword)
            return name;
        return QLatin1Char('`') + QString(name).replace(QLatin1Char('`'), QStringLiteral("``")) +
               QLatin1Char('`');
    case SqlDialect::SQLite:
        if (anyPlain.match(name).hasMatch() && !keyword)
            return name;
        return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
               QLatin1Char('"');
    }
    return name;
}

QHash<QString, QString> SqlCompletion::tableAliases(const QString &statement, SqlDialect dialect) {
    // words() upper-cases bare words and keeps quoted identifiers with their quotes; to report
    // tables as written, bare words are looked up again in the original text below.
    const QStringList w = StatementClassifier::words(statement, dialect);
    static const QSet<QString> stop{
        QStringLiteral("ON"),      QStringLiteral("WHERE"),     QStringLiteral("JOIN"),
        QStringLiteral("LEFT"),    QStringLiteral("RIGHT"),     QStringLiteral("INNER"),
        QStringLiteral("OUTER"),   QStringLiteral("FULL"),      QStringLiteral("CROSS"),
        QStringLiteral("NATURAL"), QStringLiteral("GROUP"),     QStringLiteral("ORDER"),
        QStringLiteral("LIMIT"),   QStringLiteral("SET"),       QStringLiteral("USING"),
        QStringLiteral("VALUES"),  QStringLiteral("UNION"),     QStringLiteral("HAVING"),
        QStringLiteral("WINDOW"),  QStringLiteral("RETURNING"), QStringLiteral("SELECT"),
        QStringLiteral("DEFAULT"), QStringLiteral("OFFSET"),    QStringLiteral("FOR"),
        QStringLiteral("EXCEPT"),  QStringLiteral("INTERSECT"), QStringLiteral("LATERAL")};
    static const QSet<QString> ends{QStringLiteral("WHERE"),  QStringLiteral("GROUP"),
                                    QStringLiteral("ORDER"),  QStringLiteral("LIMIT"),
                                    QStringLiteral("HAVING"), QStringLiteral("SET"),
                                    QStringLiteral("VALUES"), QStringLiteral("UNION"),
                                    QStringLiteral("SELECT"), QStringLiteral("ON")};
    QHash<QString, QString> aliases;
    bool inFrom = false;
    for (qsizetype i = 0; i < w.size(); ++i) {
        const QString &t = w.at(i);
        const bool opens = t == QLatin1String("FROM") || t == QLatin1String("JOIN") ||
                           t == QLatin1String("UPDATE") || t == QLatin1String("INTO") ||
                           (inFrom && t == QLatin1String(","));
        if (ends.contains(t))
            inFrom = false;
        if (t == QLatin1String("FROM") || t == QLatin1String("JOIN"))
            inFrom = true;
        if (!opens || i + 1 >= w.size())
            continue;
        qsizetype j = i + 1;
        if (w.at(j) == QLatin1String("ONLY"))
            ++j;
        if (j >= w.size() || w.at(j) == QLatin1String("("))
            continue;
        QString table = w.at(j);
        // schema.table: keep the table part
        while (j + 2 < w.size() && w.at(j + 1) == QLatin1String(".")) {
            table = w.at(j + 2);
            j += 2;
        }
        ++j;
        QString alias;
        if (j < w.size() && w.at(j) == QLatin1String("AS"))
            ++j;
        if (j < w.size() && !stop.contains(w.at(j)) && w.at(j) != QLatin1String(",") &&
            w.at(j) != QLatin1String(")") && w.at(j) != QLatin1String("(") &&
            (isQuoted(w.at(j)) || isWordChar(w.at(j).front())))
            alias = w.at(j);
        const QString tableName = isQuoted(table) ? unquote(table) : table;
        aliases.insert(tableName.toUpper(), tableName); // the table's own name qualifies too
        if (!alias.isEmpty())
            aliases.insert(isQuoted(alias) ? unquote(alias) : alias.toUpper(), tableName);
    }
    return aliases;
}

SqlCompletion::Result SqlCompletion::complete(const QString &text, qsizetype cursor,
                                              const Schema &schema, const QStringList &namespaces,
                                              SqlDialect dialect) {
    Result r;
    cursor = qBound<qsizetype>(0, cursor, text.size());
    qsizetype start = cursor;
    while (start > 0 && isWordChar(text.at(start - 1)))
        --start;
    r.prefix = text.mid(start, cursor - start);
    r.start = start;
    if (start > 0 && (text.at(start - 1) == u'"' || text.at(start - 1) == u'`'))
        r.start = start - 1; // an opened quoted identifier is replaced as a whole
    const qsizetype dot = r.start - 1;
    if (dot >= 0 && text.at(dot) == u'.') {
        qsizetype q = dot;
        if (q > 0 && (text.at(q - 1) == u'"' || text.at(q - 1) == u'`')) {
            const QChar quote = text.at(q - 1);
            const qsizetype open = text.lastIndexOf(quote, q - 2);
            if (open >= 0)
                r.qualifier = text.mid(open, q - open);
        } else {
            qsizetype b = q;
            while (b > 0 && isWordChar(text.at(b - 1)))
                --b;
            r.qualifier = text.mid(b, q - b);
        }
    }
    const bool lowerCase = !r.prefix.isEmpty() && r.prefix == r.prefix.toLower();
    auto matches = [&](const QString &name) {
        return r.prefix.isEmpty() || name.startsWith(r.prefix, Qt::CaseInsensitive);
    };
    auto addColumns = [&](const SchemaTable &t, bool withTable) {
        for (const SchemaColumn &c : t.columns) {
            if (matches(c.name))
                r.items.append({c.name, identifier(c.name, dialect), Item::Kind::Column,
                                withTable ? t.name + QStringLiteral(" · ") + c.type : c.type});
        }
    };
    auto addTables = [&] {
        for (const SchemaTable &t : schema.tables) {
            if (matches(t.name))
                r.items.append({t.name, identifier(t.name, dialect), Item::Kind::Table,
                                QStringLiteral("%1 columns").arg(t.columns.size())});
        }
        for (const QString &v : schema.views) {
            if (matches(v))
                r.items.append(
                    {v, identifier(v, dialect), Item::Kind::View, QStringLiteral("view")});
        }
    };
    const QHash<QString, QString> aliases = tableAliases(statementAround(text, cursor), dialect);

    if (!r.qualifier.isEmpty()) {
        const bool quoted = isQuoted(r.qualifier);
        const QString name = unquote(r.qualifier);
        QString table = aliases.value(quoted ? name : name.toUpper());
        const SchemaTable *t = nullptr;
        if (!table.isEmpty())
            t = findTable(schema, table, false);
        if (!t)
            t = findTable(schema, name, quoted);
        if (t) {
            addColumns(*t, false);
        } else if (name.compare(schema.namespaceName, Qt::CaseInsensitive) == 0) {
            addTables();
        }
        return r;
    }

    // Columns of the tables the statement uses come first.
    QSet<QString> seenTables;
    for (auto it = aliases.begin(); it != aliases.end(); ++it) {
        const SchemaTable *t = findTable(schema, it.value(), false);
        if (t && !seenTables.contains(t->name)) {
            seenTables.insert(t->name);
            addColumns(*t, seenTables.size() > 1 || aliases.size() > 2);
        }
    }
    addTables();
    for (const QString &n : namespaces) {
        if (matches(n))
            r.items.append(
                {n, identifier(n, dialect), Item::Kind::Schema, QStringLiteral("schema")});
    }
    if (!r.prefix.isEmpty()) {
        auto addWords = [&](const QStringList &list, Item::Kind kind) {
            for (const QString &k : list) {
                if (matches(k)) {
                    const QString shown = lowerCase ? k.toLower() : k;
                    r.items.append({shown, shown, kind, QString()});
                }
            }
        };
        addWords(SqlKeywords::keywords(dialect), Item::Kind::Keyword);
        addWords(SqlKeywords::functions(dialect), Item::Kind::Function);
        addWords(SqlKeywords::types(dialect), Item::Kind::Type);
    }
    // Stable: kinds keep the order above; drop duplicates (a column in two tables).
    QSet<QString> seen;
    QList<Item> unique;
    for (const Item &item : std::as_const(r.items)) {
        const QString key = QString::number(static_cast<int>(item.kind)) + item.label;
        if (!seen.contains(key)) {
            seen.insert(key);
            unique.append(item);
        }
    }
    r.items = unique;
    return r;
}
