// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schemadiff.h"

/// Compares two schemas (a pure function; any thread). Indexes and foreign keys are matched by
/// their definition (columns, uniqueness, target), not by name, so a renamed index is not a change;
/// column types are compared case-insensitively with whitespace normalised.
///
/// Provider rules, as Prisma's differ has them: on SQLite, changes SQLite cannot ALTER put the
/// table into `redefinedTables` (instead of `changedTables`) and new tables list no foreign keys
/// (they are inline); elsewhere a dropped table with foreign keys is also a changed table that
/// loses them; on PostgreSQL, a namespace appearing from an empty side is an added schema.
/// Added and removed columns are listed by name.
class SchemaDiffer {
public:
    static SchemaDiff diff(const Schema &from, const Schema &to);
};
