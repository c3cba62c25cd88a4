// SPDX-License-Identifier: GPL-3.0-or-later
#include "duplicatecleanup.h"

#include "mwbtr.h"

#include <QRegularExpression>

namespace {
int indexOf(const QStringList &columns, const QString &name) {
    const int exact = static_cast<int>(columns.indexOf(name));
    if (exact >= 0)
        return exact;
    // MySQL and SQLite compare column names case-insensitively; the sample may differ in case.
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i).compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

// PreCheckRunner shortens long sample values to 200 characters and an ellipsis.
bool truncated(const QString &value) {
    return value.size() > 200 && value.endsWith(QChar(0x2026));
}
} // namespace

QList<DuplicateCleanup::Group> DuplicateCleanup::groups(const PreCheckResult &result) {
    QList<int> keyIndexes;
    for (const QString &c : result.check.columns)
        keyIndexes << indexOf(result.sampleColumns, c);
    QList<Group> out;
    for (const QStringList &row : result.sampleRows) {
        QStringList values;
        for (int i : std::as_const(keyIndexes))
            values << (i >= 0 && i < row.size() ? row.at(i) : QString());
        if (out.isEmpty() || out.last().values != values)
            out << Group{values, {}};
        out.last().rows << row;
    }
    return out;
}

QStringList DuplicateCleanup::keyColumns(const SchemaTable *table, const QStringList &sampleColumns,
                                         QString *error) {
    if (!table || table->primaryKey.isEmpty()) {
        *error = MwbTr::tr("The table has no primary key, so single rows cannot be deleted "
                           "safely: fix the rows by hand.");
        return {};
    }
    for (const QString &c : table->primaryKey) {
        if (indexOf(sampleColumns, c) < 0) {
            *error = MwbTr::tr("The sample rows lack the key column %1.").arg(c);
            return {};
        }
    }
    return table->primaryKey;
}

QString DuplicateCleanup::quoteIdentifier(const QString &name, SqlDialect dialect) {
    if (dialect == SqlDialect::MySQL)
        return QLatin1Char('`') + QString(name).replace(u'`', QStringLiteral("``")) +
               QLatin1Char('`');
    return QLatin1Char('"') + QString(name).replace(u'"', QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

QString DuplicateCleanup::literal(const QString &value, const QString &type, SqlDialect dialect) {
    static const QRegularExpression numericType(
        QStringLiteral("int|serial|numeric|decimal|real|double|float"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression number(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$"));
    if (numericType.match(type).hasMatch() && number.match(value).hasMatch())
        return value;
    QString escaped = value;
    if (dialect == SqlDialect::MySQL) // backslash escapes under MySQL's default sql_mode
        escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u'\'', QStringLiteral("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QString DuplicateCleanup::deleteStatement(const PreCheck &check, const SchemaTable *table,
                                          const QStringList &sampleColumns, const QStringList &row,
                                          SqlDialect dialect, QString *error) {
    const QStringList keys = keyColumns(table, sampleColumns, error);
    if (keys.isEmpty())
        return {};
    QStringList conditions;
    for (const QString &key : keys) {
        const int i = indexOf(sampleColumns, key);
        const QString value = i < row.size() ? row.at(i) : QString();
        if (truncated(value)) {
            *error = MwbTr::tr("The key value of this row is too long to be shown exactly.");
            return {};
        }
        const SchemaColumn *column = table->column(key);
        conditions << quoteIdentifier(key, dialect) + QStringLiteral(" = ") +
                          literal(value, column ? column->type : QString(), dialect);
    }
    const QString target = check.schema.isEmpty()
                               ? quoteIdentifier(check.table, dialect)
                               : quoteIdentifier(check.schema, dialect) + QLatin1Char('.') +
                                     quoteIdentifier(check.table, dialect);
    return QStringLiteral("DELETE FROM %1 WHERE %2;")
        .arg(target, conditions.join(QStringLiteral(" AND ")));
}
