// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemamodel.h"

const SchemaColumn *SchemaTable::column(const QString &columnName) const {
    for (const SchemaColumn &c : columns) {
        if (c.name == columnName)
            return &c;
    }
    return nullptr;
}

const SchemaTable *Schema::table(const QString &tableName) const {
    for (const SchemaTable &t : tables) {
        if (t.name == tableName)
            return &t;
    }
    return nullptr;
}

const SchemaEnum *Schema::enumType(const QString &enumName) const {
    for (const SchemaEnum &e : enums) {
        if (e.name == enumName)
            return &e;
    }
    return nullptr;
}
