// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

/// One step of a migration script, as Prisma prints it: a `-- <kind>` comment followed by its
/// statements (`CreateTable`, `AlterTable`, `CreateIndex`, `AddForeignKey`, `DropIndex`,
/// `DropForeignKey`, `DropTable`, `CreateEnum`, `AlterEnum`, `DropEnum`, `RedefineTables`,
/// `CreateSchema` …).
struct ScriptStep {
    QString kind;
    QString table;          ///< the table (or enum) the step is about, empty when none
    QStringList statements; ///< each without the trailing `;`
    bool destructive = false;
};

/// A SQL script that turns one schema into another, in execution order, plus the warnings Prisma
/// puts in a leading `/* Warnings: … */` comment (dropped tables/columns, data that may be lost).
struct SchemaScript {
    QString provider; ///< postgresql, mysql, sqlite
    QList<ScriptStep> steps;
    QStringList warnings;

    bool isEmpty() const { return steps.isEmpty(); }
    /// Every statement of every step, in order (what an executor runs).
    QStringList statements() const;
    /// The script as Prisma writes it: `-- This is an empty migration.` when empty, else the
    /// warnings comment (`/*\n  Warnings:\n\n  - …\n\n*/`, as in the migration.sql of `migrate
    /// dev`), then per step `-- Kind` and its statements each ending in `;`, steps separated by a
    /// blank line; always newline-terminated. `migrate diff --script` (6.19.3, checked with the
    /// real CLI) prints no warnings comment: pass `withWarnings = false` for its exact text.
    QString text(bool withWarnings = true) const;
};

Q_DECLARE_METATYPE(SchemaScript)
