// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

/// One row of `_prisma_migrations`, timestamps as microseconds since the Unix epoch (UTC).
struct MigrationRow {
    QString id;
    QString checksum;
    std::optional<qint64> finishedAt;
    QString migrationName;
    std::optional<QString> logs;
    std::optional<qint64> rolledBackAt;
    std::optional<qint64> startedAt;
    qint64 appliedStepsCount = 0;
    /// How the timestamps were stored on SQLite ("integer", "text", "mixed"); empty elsewhere.
    QString timestampStorage;

    bool isApplied() const { return finishedAt.has_value() && !rolledBackAt.has_value(); }
    bool isFailed() const { return !finishedAt.has_value() && !rolledBackAt.has_value(); }
    bool isRolledBack() const { return rolledBackAt.has_value(); }
};

using MigrationRows = QList<MigrationRow>;

Q_DECLARE_METATYPE(MigrationRow)
