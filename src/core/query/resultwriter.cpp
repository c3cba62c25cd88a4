// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultwriter.h"

#include <QDateTime>
#include <QIODevice>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace {
/// Numbers that may be written bare in SQL and JSON (PostgreSQL numeric arrives as text).
bool isPlainNumber(const QString &s) {
    static const QRegularExpression re(
        QStringLiteral("^-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?$"));
    return re.match(s).hasMatch();
}

bool isNumericType(int id) {
    switch (id) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Double:
    case QMetaType::Float:
        return true;
    default:
        return false;
    }
}

/// numeric/decimal values read with high precision: text that is a plain number.
bool isExactNumber(const QVariant &v, int columnType) {
    return v.typeId() == QMetaType::QString && isNumericType(columnType) &&
           isPlainNumber(v.toString());
}

QString jsonString(const QString &s) {
    QString out;
    out.reserve(s.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : s) {
        switch (c.unicode()) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}
} // namespace

ResultWriter::ResultWriter(QIODevice *out, ExportFormat format, SqlDialect dialect,
                           const QString &tableName)
    : m_out(out)
    , m_format(format)
    , m_dialect(dialect)
    , m_table(tableName) {
}

void ResultWriter::write(const QString &text) {
    const QByteArray bytes = text.toUtf8();
    if (m_ok && m_out->write(bytes) != bytes.size())
        m_ok = false;
    m_bytes += bytes.size();
}

void ResultWriter::begin(const QList<QueryColumn> &columns) {
    m_names.clear();
    m_types.clear();
    for (const QueryColumn &c : columns)
        m_types << c.metaType;
    // JSON keys must be unique: `SELECT 1, 1` has two columns of the same name.
    QHash<QString, int> seen;
    for (const QueryColumn &c : columns) {
        QString name = c.name;
        if (const int n = seen.value(name); n > 0)
            name += QStringLiteral("_%1").arg(n + 1);
        seen[c.name] += 1;
        m_names << name;
    }
    switch (m_format) {
    case ExportFormat::Csv: {
        QStringList header;
        for (const QueryColumn &c : columns)
            header << csvField(c.name);
        write(header.join(QLatin1Char(',')) + QStringLiteral("\r\n"));
        break;
    }
    case ExportFormat::Json:
        write(QStringLiteral("["));
        break;
    case ExportFormat::SqlInserts: {
        QStringList cols;
        for (const QueryColumn &c : columns)
            cols << quoteIdentifier(c.name, m_dialect);
        m_insertPrefix =
            QStringLiteral("INSERT INTO ") +
            quoteIdentifier(m_table.isEmpty() ? QStringLiteral("exported") : m_table, m_dialect) +
            QStringLiteral(" (") + cols.join(QStringLiteral(", ")) + QStringLiteral(") VALUES (");
        break;
    }
    }
}

void ResultWriter::writeRow(const QueryRow &row) {
    QString line;
    switch (m_format) {
    case ExportFormat::Csv: {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i)
                line += QLatin1Char(',');
            line += csvField(row.at(i));
        }
        line += QStringLiteral("\r\n");
        break;
    }
    case ExportFormat::Json: {
        line = m_rows ? QStringLiteral(",\n{") : QStringLiteral("\n{");
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i)
                line += QLatin1Char(',');
            const QVariant &v = row.at(i);
            line += jsonString(m_names.value(i)) + QLatin1Char(':') +
                    (isExactNumber(v, m_types.value(i)) ? v.toString() : jsonValue(v));
        }
        line += QLatin1Char('}');
        break;
    }
    case ExportFormat::SqlInserts: {
        line = m_insertPrefix;
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i)
                line += QStringLiteral(", ");
            const QVariant &v = row.at(i);
            line += isExactNumber(v, m_types.value(i)) ? v.toString() : sqlLiteral(v, m_dialect);
        }
        line += QStringLiteral(");\n");
        break;
    }
    }
    ++m_rows;
    write(line);
}

void ResultWriter::end() {
    if (m_format == ExportFormat::Json)
        write(m_rows ? QStringLiteral("\n]\n") : QStringLiteral("]\n"));
}

QString ResultWriter::text(const QVariant &value) {
    if (value.isNull())
        return {};
    switch (value.typeId()) {
    case QMetaType::QByteArray:
        return QStringLiteral("\\x") + QString::fromLatin1(value.toByteArray().toHex());
    case QMetaType::QDateTime: {
        const QDateTime dt = value.toDateTime();
        return dt.timeSpec() == Qt::LocalTime
                   ? dt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"))
                   : dt.toString(Qt::ISODateWithMs);
    }
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::QTime:
        return value.toTime().toString(Qt::ISODateWithMs);
    case QMetaType::Double:
    case QMetaType::Float: {
        const double d = value.toDouble();
        if (std::isnan(d))
            return QStringLiteral("NaN");
        if (std::isinf(d))
            return d > 0 ? QStringLiteral("Infinity") : QStringLiteral("-Infinity");
        return QString::number(d, 'g', QLocale::FloatingPointShortest);
    }
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return value.toString();
    }
}

QString ResultWriter::csvField(const QVariant &value) {
    if (value.isNull())
        return {};
    const QString s = text(value);
    if (s.isEmpty() || s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) ||
        s.contains(QLatin1Char('\n')) || s.contains(QLatin1Char('\r')) || s.front().isSpace() ||
        s.back().isSpace()) {
        QString quoted = s;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + quoted + QLatin1Char('"');
    }
    return s;
}

QString ResultWriter::jsonValue(const QVariant &value) {
    if (value.isNull())
        return QStringLiteral("null");
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Short:
    case QMetaType::UShort:
        return value.toString();
    case QMetaType::LongLong:
    case QMetaType::ULongLong: {
        // Beyond 2^53 a JSON reader loses digits: such numbers go as strings.
        const QString s = value.toString();
        const bool exact = value.typeId() == QMetaType::LongLong
                               ? std::llabs(value.toLongLong()) <= (1LL << 53)
                               : value.toULongLong() <= (1ULL << 53);
        return exact ? s : jsonString(s);
    }
    case QMetaType::Double:
    case QMetaType::Float: {
        const double d = value.toDouble();
        return std::isfinite(d) ? text(value) : jsonString(text(value));
    }
    default:
        return jsonString(text(value));
    }
}

QString ResultWriter::quoteIdentifier(const QString &name, SqlDialect dialect) {
    if (name.startsWith(QLatin1Char('"')) || name.startsWith(QLatin1Char('`')))
        return name; // already quoted by the user
    const QChar q = dialect == SqlDialect::MySQL ? QChar(u'`') : QChar(u'"');
    QStringList parts = name.split(QLatin1Char('.'));
    for (QString &part : parts) {
        part.replace(q, QString(q) + q);
        part = q + part + q;
    }
    return parts.join(QLatin1Char('.'));
}

QString ResultWriter::sqlLiteral(const QVariant &value, SqlDialect dialect) {
    if (value.isNull())
        return QStringLiteral("NULL");
    const int type = value.typeId();
    if (type == QMetaType::Bool) {
        if (dialect == SqlDialect::PostgreSQL)
            return value.toBool() ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    }
    if (type == QMetaType::QByteArray) {
        const QString hex = QString::fromLatin1(value.toByteArray().toHex());
        return dialect == SqlDialect::PostgreSQL ? QStringLiteral("'\\x") + hex + QLatin1Char('\'')
                                                 : QStringLiteral("X'") + hex + QLatin1Char('\'');
    }
    if (isNumericType(type)) {
        const QString s = text(value);
        if (isPlainNumber(s))
            return s;
        return QLatin1Char('\'') + s + QLatin1Char('\''); // NaN, Infinity (PostgreSQL casts)
    }
    QString s;
    if (type == QMetaType::QDateTime) {
        const QDateTime dt = value.toDateTime();
        s = dt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
        if (dialect == SqlDialect::PostgreSQL && dt.timeSpec() != Qt::LocalTime) {
            // The instant for timestamptz; a timestamp column ignores the offset.
            const int off = dt.offsetFromUtc();
            s += QStringLiteral("%1%2:%3")
                     .arg(off < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                     .arg(std::abs(off) / 3600, 2, 10, QLatin1Char('0'))
                     .arg(std::abs(off) % 3600 / 60, 2, 10, QLatin1Char('0'));
        }
    } else if (type == QMetaType::QTime) {
        s = value.toTime().toString(QStringLiteral("HH:mm:ss.zzz"));
    } else {
        s = text(value);
    }
    s.replace(QLatin1Char('\''), QStringLiteral("''"));
    if (dialect == SqlDialect::MySQL)
        s.replace(QLatin1Char('\\'), QStringLiteral("\\\\")); // backslash escapes by default
    return QLatin1Char('\'') + s + QLatin1Char('\'');
}

QString ResultWriter::toTsv(const QList<QueryColumn> &columns, const QList<QueryRow> &rows) {
    auto field = [](const QString &s) {
        QString out = s;
        out.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        out.replace(QLatin1Char('\t'), QStringLiteral("\\t"));
        out.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
        out.replace(QLatin1Char('\r'), QStringLiteral("\\r"));
        return out;
    };
    QString out;
    QStringList header;
    for (const QueryColumn &c : columns)
        header << field(c.name);
    out += header.join(QLatin1Char('\t')) + QLatin1Char('\n');
    for (const QueryRow &row : rows) {
        QStringList cells;
        for (const QVariant &v : row)
            cells << field(text(v));
        out += cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
    }
    return out;
}
