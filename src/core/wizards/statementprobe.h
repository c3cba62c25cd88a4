// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/sqldialect.h"
#include "schema/schemamodel.h"

#include <QString>

/// Decides, for one DDL statement of a failed migration, whether its effect is visible in the live
/// schema — the forensics of Prisma's "partially applied migration" (seed 000/003): CREATE TABLE /
/// INDEX / TYPE, ADD/DROP COLUMN, ADD/DROP CONSTRAINT (foreign key, unique), DROP TABLE / INDEX.
/// Anything else (data changes, ALTER COLUMN, triggers …) is Unknown: the catalog cannot tell.
class StatementProbe {
public:
    enum class Outcome { Done, NotDone, Unknown };
    struct Result {
        Outcome outcome = Outcome::Unknown;
        QString what;   ///< "create table `Post`", "add column `User`.`email`" …
        QString reason; ///< why we think so (what the catalog shows)
    };

    static Result probe(const QString &statement, SqlDialect dialect, const Schema &live);
    static QString outcomeText(Outcome outcome);
};
