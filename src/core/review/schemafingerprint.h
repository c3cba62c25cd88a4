// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schema/schemamodel.h"

#include <QString>

/// A stable SHA-256 of a schema value (tables, columns, keys, indexes, foreign keys, enums,
/// views, in the introspector's sorted order): two reads of an unchanged database give the same
/// hash, any structural change gives another. Used by plan preconditions ("schema equals
/// snapshot").
class SchemaFingerprint {
public:
    static QString hash(const Schema &schema);
};
