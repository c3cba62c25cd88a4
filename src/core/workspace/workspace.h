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

    /// Finds the workspace from the project folder, its `prisma` folder or the schema file.
    /// Returns false with a specific `error` when the path is not a Prisma workspace.
    static bool locate(const QString &path, Workspace *out, QString *error);

    QString schemaDir() const;
    /// `prisma/migrations` relative to the root, for messages that mimic Prisma.
    QString migrationsLabel() const;
    /// The datasource URL: the literal in schema.prisma, or the variable it names (`env("X")`,
    /// default DATABASE_URL) from the process environment, then from `.env`.
    QString datasourceUrl(QString *source = nullptr) const;
};

Q_DECLARE_METATYPE(Workspace)
