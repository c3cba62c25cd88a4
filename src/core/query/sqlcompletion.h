// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/sqldialect.h"
#include "schema/schemamodel.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

/// Completion candidates at a cursor position: keywords, functions, types, schemas, tables,
/// views and columns from the introspected schema, and the columns of `alias.` / `table.` using
/// the FROM/JOIN/UPDATE/INTO clauses of the statement around the cursor. Pure; no widgets.
class SqlCompletion {
public:
    struct Item {
        enum class Kind { Column, Table, View, Schema, Keyword, Function, Type };
        QString label;  ///< as shown
        QString insert; ///< as inserted (quoted where the dialect needs it)
        Kind kind = Kind::Keyword;
        QString detail; ///< column type / table of a column
    };
    struct Result {
        qsizetype start = 0; ///< the text from here to the cursor is replaced by an item
        QString prefix;
        QString qualifier; ///< the name before the dot, if any
        QList<Item> items;
    };

    static Result complete(const QString &text, qsizetype cursor, const Schema &schema,
                           const QStringList &namespaces, SqlDialect dialect);
    /// alias (upper-case, or exact when quoted) → table name as written, for the statement.
    static QHash<QString, QString> tableAliases(const QString &statement, SqlDialect dialect);
    /// `name` as an identifier the dialect accepts unquoted, else quoted.
    static QString identifier(const QString &name, SqlDialect dialect);
};
