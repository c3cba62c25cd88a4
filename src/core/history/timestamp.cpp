// SPDX-License-Identifier: GPL-3.0-or-later
#include "timestamp.h"

#include <QDateTime>
#include <QRegularExpression>

namespace {
QDateTime toDateTime(qint64 micros) {
    return QDateTime::fromMSecsSinceEpoch(micros / 1000 - (micros % 1000 < 0 ? 1 : 0), Qt::UTC);
}
int subMicros(qint64 micros) {
    return static_cast<int>(((micros % 1000000) + 1000000) % 1000000);
}
} // namespace

QString Timestamp::toIso(qint64 micros) {
    const QDateTime dt = toDateTime(micros);
    const int sub = subMicros(micros);
    const QString base = dt.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    if (sub % 1000 == 0)
        return base + QStringLiteral(".%1Z").arg(sub / 1000, 3, 10, QLatin1Char('0'));
    return base + QStringLiteral(".%1Z").arg(sub, 6, 10, QLatin1Char('0'));
}

QString Timestamp::toIso(const std::optional<qint64> &micros) {
    return micros ? toIso(*micros) : QString();
}

QString Timestamp::toPrismaDisplay(qint64 micros) {
    const QDateTime dt = toDateTime(micros);
    QString frac = QStringLiteral("%1").arg(subMicros(micros), 6, 10, QLatin1Char('0'));
    while (frac.endsWith(QLatin1Char('0')))
        frac.chop(1);
    QString out = dt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!frac.isEmpty())
        out += QLatin1Char('.') + frac;
    return out + QStringLiteral(" UTC");
}

QString Timestamp::toLocalDisplay(const std::optional<qint64> &micros) {
    if (!micros)
        return {};
    return toDateTime(*micros).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

std::optional<qint64> Timestamp::parseText(const QString &text) {
    static const QRegularExpression re(QStringLiteral(
        R"re(^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|UTC|[+-]\d{2}(?::?\d{2})?)?\s*$)re"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    qint64 micros = QDateTime(date, time, Qt::UTC).toMSecsSinceEpoch() * 1000;
    QString frac = m.captured(7);
    if (!frac.isEmpty())
        micros += frac.leftJustified(6, QLatin1Char('0')).left(6).toLongLong();
    const QString zone = m.captured(8);
    if (!zone.isEmpty() && zone != QLatin1String("Z") && zone != QLatin1String("UTC")) {
        const int sign = zone.startsWith(QLatin1Char('-')) ? -1 : 1;
        const QString digits = zone.mid(1).remove(QLatin1Char(':'));
        const int hours = digits.left(2).toInt();
        const int minutes = digits.size() > 2 ? digits.mid(2, 2).toInt() : 0;
        micros -= sign * (hours * 3600LL + minutes * 60LL) * 1000000LL;
    }
    return micros;
}

std::optional<qint64> Timestamp::fromSqliteValue(const QVariant &value, bool *wasInteger) {
    if (wasInteger)
        *wasInteger = false;
    if (value.isNull())
        return std::nullopt;
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
        if (wasInteger)
            *wasInteger = true;
        return value.toLongLong() * 1000;
    case QMetaType::Double:
        // A Julian day number (SQLite's other numeric date form).
        return static_cast<qint64>((value.toDouble() - 2440587.5) * 86400.0 * 1000000.0);
    default:
        return parseText(value.toString());
    }
}
