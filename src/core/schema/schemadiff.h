// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schemamodel.h"

/// What changes from one schema to another, as plain values (no SQL yet).
struct ColumnChange {
    QString column;
    bool arityChanged = false; ///< NULL <-> NOT NULL
    bool becameOptional = false;
    bool defaultChanged = false;
    QString defaultBefore;
    QString defaultAfter;
    bool typeChanged = false;
    bool autoIncrementChanged = false;
    bool becameAutoIncrement = false;
};

struct TableDiff {
    QString table;
    QStringList addedColumns;
    QStringList removedColumns;
    QList<ColumnChange> alteredColumns;
    bool primaryKeyAdded = false;
    bool primaryKeyDropped = false;
    QStringList primaryKeyBefore;
    QStringList primaryKeyAfter;
    QList<SchemaIndex> addedIndexes;
    QList<SchemaIndex> removedIndexes;
    QList<SchemaForeignKey> addedForeignKeys;
    QList<SchemaForeignKey> removedForeignKeys;

    bool isEmpty() const;
};

struct EnumDiff {
    QString name;
    QStringList addedValues;
    QStringList removedValues;
};

struct SchemaDiff {
    QStringList addedSchemas; ///< PostgreSQL: the namespace, when diffing from empty
    QStringList addedEnums;
    QStringList addedTables;
    QStringList removedEnums;
    QStringList removedTables;
    QStringList removedViews;
    QList<EnumDiff> changedEnums;
    QList<TableDiff> changedTables; ///< by table name; includes the indexes/FKs of added tables
    /// SQLite: tables that must be rebuilt (new table, copy, drop, rename) because SQLite cannot
    /// ALTER the change; Prisma lists them as "[*] Redefined table" instead of their changes.
    QStringList redefinedTables;
    /// What changed in each redefined table (for detailed views; the summary and the script only
    /// say "redefined", as Prisma does).
    QList<TableDiff> redefinedDetails;

    bool isEmpty() const;
};
