// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemadiff.h"

bool TableDiff::isEmpty() const {
    return addedColumns.isEmpty() && removedColumns.isEmpty() && alteredColumns.isEmpty() &&
           !primaryKeyAdded && !primaryKeyDropped && addedIndexes.isEmpty() &&
           removedIndexes.isEmpty() && addedForeignKeys.isEmpty() && removedForeignKeys.isEmpty();
}

bool SchemaDiff::isEmpty() const {
    return addedSchemas.isEmpty() && redefinedTables.isEmpty() && addedEnums.isEmpty() &&
           addedTables.isEmpty() && removedEnums.isEmpty() && removedTables.isEmpty() &&
           removedViews.isEmpty() && changedEnums.isEmpty() && changedTables.isEmpty();
}
