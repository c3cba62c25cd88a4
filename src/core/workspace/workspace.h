// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

/// A Prisma project folder: where its schema, migrations folder and `.env` are.
struct Workspace {
    QString root;          ///< the project folder
    QString schemaPath;    ///< prisma/schema.prisma (may not exist when only migrations are there)
    QString migrationsDir; ///< prisma/migrations, next to the schema
    QString envPath;       ///< <root>/.env
    QString configPath;    ///< <root>/prisma.config.ts (or .js, .mjs, …) when there is one

    /// Finds the workspace from the project folder, its `prisma` folder or the schema file.
    /// A `prisma.config.ts` in the project folder is honoured: its `schema` (unless a schema file
    /// was given) and `migrations.path`. Returns false with a specific `error` when the path is
    /// not a Prisma workspace.
    static bool locate(const QString &path, Workspace *out, QString *error);

    QString schemaDir() const;
    /// `prisma/migrations` relative to the root, for messages that mimic Prisma.
    QString migrationsLabel() const;
    /// The datasource URL: the literal in schema.prisma, or the variable it names (`env("X")`,
    /// default DATABASE_URL) from the process environment, then from `.env`. A `datasource.url`
    /// in prisma.config.ts takes precedence over schema.prisma.
    QString datasourceUrl(QString *source = nullptr) const;
    /// The shadow database URL, found the same way: `datasource.shadowDatabaseUrl` in
    /// prisma.config.ts, `shadowDatabaseUrl` in schema.prisma's datasource block (literal or
    /// `env("X")`), default variable SHADOW_DATABASE_URL. Empty when there is none.
    QString shadowDatabaseUrl(QString *source = nullptr) const;
};

Q_DECLARE_METATYPE(Workspace)
