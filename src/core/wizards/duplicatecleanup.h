// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/sqldialect.h"
#include "review/precheck.h"
#include "schema/schemamodel.h"

#include <QList>
#include <QStringList>

/// The data fix of the move-forward path (seed 003): the rows that break a unique index, grouped
/// by the duplicated value from a Duplicates pre-check's sample rows, and the DELETE statements
/// for the rows the user chose to remove, each addressed by its primary key.
class DuplicateCleanup {
public:
    struct Group {
        QStringList values;      ///< the duplicated values of the index columns
        QList<QStringList> rows; ///< every sampled row of the group (sampleColumns order)
    };

    /// The sample rows of `result` grouped by the values of its check's columns, in sample order.
    static QList<Group> groups(const PreCheckResult &result);
    /// The columns that identify one row: the primary key of `table`, or empty (with `error`)
    /// when the table has none or the samples lack one of its columns.
    static QStringList keyColumns(const SchemaTable *table, const QStringList &sampleColumns,
                                  QString *error);
    /// `DELETE FROM <table> WHERE <key> = <value> …;` for one sampled row; empty (with `error`)
    /// when the row cannot be addressed exactly (a key value was truncated in the sample).
    static QString deleteStatement(const PreCheck &check, const SchemaTable *table,
                                   const QStringList &sampleColumns, const QStringList &row,
                                   SqlDialect dialect, QString *error);
    static QString quoteIdentifier(const QString &name, SqlDialect dialect);
    /// A literal for `value` of a column of `type`: unquoted for numbers in numeric columns.
    static QString literal(const QString &value, const QString &type, SqlDialect dialect);
};
