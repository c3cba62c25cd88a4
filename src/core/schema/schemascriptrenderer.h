// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schemadiff.h"
#include "schemascript.h"

/// One object's complete DDL, for showing a schema as text (the side-by-side diff view).
struct DdlBlock {
    QString kind;   ///< "enum", "table", "view"
    QString object; ///< its name
    QString sql;    ///< CREATE statement(s) ending in `;`, lines joined with '\n'
};

/// Renders SQL for a diff in the dialect of `to.provider` (falling back to `from.provider`, then
/// PostgreSQL), in the step order and layout of Prisma's `migrate diff --script` (6.19.3):
/// CreateSchema, CreateEnum, AlterEnum, DropForeignKey, DropIndex, AlterTable, DropTable,
/// DropEnum, CreateTable, RedefineTables (SQLite), CreateIndex, AddForeignKey. SQLite tables in
/// `diff.redefinedTables` are rebuilt (new table, copy, drop, rename) inside the foreign key
/// pragmas; MySQL enums are column types. Destructive and possibly failing steps get Prisma's
/// warning texts in `SchemaScript::warnings`. A pure function, any thread.
///
/// PostgreSQL names are qualified (`"public"."User"`) with the namespace of the schema an object
/// is rendered from (`to` for creations and changes, `from` for drops) when that schema has
/// one, i.e. when it was read from a database: Prisma does the same between live databases and
/// migration folders, and writes unqualified names only for datamodel sides, which schemas
/// without a namespace stand for.
///
/// Deliberate differences from Prisma: a type change PostgreSQL cannot convert by assignment
/// (text -> integer, text -> enum …) gets `USING ("c"::type)` where Prisma would drop and
/// recreate the column; AUTOINCREMENT on SQLite follows the column's flag (Prisma adds it to
/// every single-column integer primary key); introspected UNIQUE constraints that Prisma never
/// creates are handled (PostgreSQL: DROP CONSTRAINT; SQLite: inline in CREATE TABLE).
class SchemaScriptRenderer {
public:
    static SchemaScript render(const Schema &from, const Schema &to, const SchemaDiff &diff);

    /// The schema as CREATE statements, one block per enum and table (indexes and foreign keys
    /// inside their table's block), sorted by kind then name, so that two schemas align by object.
    static QList<DdlBlock> ddl(const Schema &schema);
};
