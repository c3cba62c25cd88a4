// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/sqldialect.h"
#include "queryrequests.h"

#include <QByteArray>
#include <QString>

class QIODevice;

/// Writes a result set row by row as CSV (RFC 4180; NULL is an empty unquoted field, an empty
/// string is ""), JSON (an array of objects, one line per row) or SQL INSERT statements in the
/// dialect of the connection. Streams: memory does not grow with the number of rows.
/// Also the one place that turns a value into text (grid, TSV copy, exports agree).
class ResultWriter {
public:
    ResultWriter(QIODevice *out, ExportFormat format, SqlDialect dialect,
                 const QString &tableName = {});

    void begin(const QList<QueryColumn> &columns);
    void writeRow(const QueryRow &row);
    void end();
    /// False once a write to the device failed.
    bool ok() const { return m_ok; }
    qint64 bytesWritten() const { return m_bytes; }

    /// The value as text: ISO dates, shortest round-trip doubles, `\x…` hex for bytes. Empty for
    /// NULL (callers that must show NULL check `isNull()` first).
    static QString text(const QVariant &value);
    /// A literal of `dialect` for the value: NULL, numbers bare, strings quoted and escaped.
    static QString sqlLiteral(const QVariant &value, SqlDialect dialect);
    /// `name` quoted as an identifier of `dialect`; `schema.table` is quoted part by part.
    static QString quoteIdentifier(const QString &name, SqlDialect dialect);
    /// Rows as tab-separated text with a header line (tabs and line breaks inside values are
    /// written as \t, \n, \r and backslashes doubled; NULL is an empty field).
    static QString toTsv(const QList<QueryColumn> &columns, const QList<QueryRow> &rows);
    static QString csvField(const QVariant &value);
    static QString jsonValue(const QVariant &value);

private:
    void write(const QString &text);

    QIODevice *m_out;
    ExportFormat m_format;
    SqlDialect m_dialect;
    QString m_table;
    QStringList m_names;
    QList<int> m_types; ///< metatype per column: exact numerics arrive as text
    QString m_insertPrefix;
    qint64 m_rows = 0;
    qint64 m_bytes = 0;
    bool m_ok = true;
};
