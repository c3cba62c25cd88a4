// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schemadiff.h"

/// Prisma's human summary of a diff (`prisma migrate diff` without --script, drift reports):
/// `[+] Added tables`, ``[*] Changed the `User` table``, `[+] Added unique index on columns (name)`
/// … Sections in Prisma's order, each preceded by a blank line; empty -> "No difference detected.".
class SchemaSummary {
public:
    static QString render(const SchemaDiff &diff);
};
