// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schema/schemamodel.h"

/// The schemas the training scenarios move between (User, Post, Comment, a User.age column),
/// per provider, so that migrations are rendered in Prisma's own SQL for each database.
class ScenarioSchema {
public:
    enum class Version { Init, Unique, Posts, Age, Comments };

    static Schema schema(const QString &provider, Version version);
    /// Prisma's migration.sql from one version to the next (`migrate dev` text, with warnings).
    static QString migrationSql(const QString &provider, Version from, Version to);
    static QString migrationSqlFromEmpty(const QString &provider, Version to);
};
