// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/connectionspec.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

/// Where one side of a diff comes from: nothing, a live database, or a migrations folder replayed
/// on a shadow database (all of it, up to and including one migration, without one, or exactly
/// a given set — the applied set for drift).
struct SchemaSource {
    enum class Kind { Empty, Database, Migrations };

    Kind kind = Kind::Empty;
    ConnectionSpec database; ///< Database: the connection (carries the password while in flight)
    QString migrationsDir;   ///< Migrations: the folder
    QString upTo;            ///< Migrations: stop after this one (inclusive); empty: all
    QString without;         ///< Migrations: leave this one out; empty: none
    QStringList only; ///< Migrations: replay only these (drift: the applied set); empty: no filter
    bool onlyIsSet = false; ///< `only` is a filter even when empty (nothing applied yet)

    /// Parses the CLI forms: `empty`; `url:<prisma url>` (relative `file:` URLs resolved against
    /// `schemaDir`); `database` (`defaultDatabase`, the workspace's datasource); `migrations`
    /// (`defaultMigrationsDir`) or `migrations:<dir>`, each optionally followed by `@<name>` (up to
    /// and including that migration) or `@without:<name>`; `without:<name>` (the default folder
    /// without that migration). On error returns Kind::Empty and sets `error` to a specific text.
    static SchemaSource parse(const QString &text, const QString &defaultMigrationsDir,
                              const QString &schemaDir, const ConnectionSpec &defaultDatabase,
                              QString *error);
    /// A short label for headers and reports (no password): `empty`, `PostgreSQL app@h/db`,
    /// `migrations prisma/migrations (up to 2024…_x)`.
    QString label() const;
    bool needsShadow() const { return kind == Kind::Migrations; }
};

Q_DECLARE_METATYPE(SchemaSource)
