// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariant>

#include <optional>

/// Conversions between stored `_prisma_migrations` timestamps and microseconds since the epoch.
class Timestamp {
public:
    /// ISO 8601 UTC with milliseconds, or with microseconds when they are not zero.
    static QString toIso(qint64 micros);
    static QString toIso(const std::optional<qint64> &micros);
    /// The form Prisma prints in P3009 (`2025-12-19 10:55:50.794337 UTC`).
    static QString toPrismaDisplay(qint64 micros);
    /// Local time for the GUI (`yyyy-MM-dd HH:mm:ss`).
    static QString toLocalDisplay(const std::optional<qint64> &micros);
    /// Parses a text timestamp as written by SQLite's current_timestamp or other tools:
    /// `YYYY-MM-DD HH:MM:SS[.fff…][Z|±HH:MM]`, `T` accepted; no zone means UTC.
    static std::optional<qint64> parseText(const QString &text);
    /// A SQLite value: INTEGER milliseconds (what Prisma binds), REAL/TEXT otherwise.
    static std::optional<qint64> fromSqliteValue(const QVariant &value, bool *wasInteger = nullptr);
};
