// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schema/schemamodel.h"

struct HistoryReport;

/// Prisma's baselining of a database that predates Prisma Migrate: a `0_init` migration holding
/// the database's current schema (`migrate diff --from-empty --to-… --script`), then
/// `migrate resolve --applied 0_init`. Refused when the database already has a history.
class Baseline {
public:
    static inline const QString MigrationName = QStringLiteral("0_init");

    struct Plan {
        QString sql;   ///< the 0_init migration.sql
        QString error; ///< why baselining is refused
        bool ok() const { return error.isEmpty(); }
    };

    static Plan plan(const Schema &live, const HistoryReport &history);
};
