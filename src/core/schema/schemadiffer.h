// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schemadiff.h"

/// Compares two schemas (a pure function; any thread). Indexes and foreign keys are matched by
/// their definition (columns, uniqueness, target), not by name, so a renamed index is not a change;
/// column types are compared case-insensitively with whitespace normalised.
class SchemaDiffer {
public:
    static SchemaDiff diff(const Schema &from, const Schema &to);
};
