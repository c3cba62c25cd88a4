// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

/// Writes a new migration folder the way `prisma migrate dev --create-only` names it:
/// `<YYYYMMDDHHMMSS in UTC>_<name>/migration.sql` (the hotfix reconciliation of seed 002), or a
/// fixed name such as Prisma's baseline `0_init`. Creates the migrations folder and its
/// migration_lock.toml when they are missing; never overwrites anything.
class MigrationWriter {
public:
    struct Result {
        QString name;  ///< the migration's (directory) name
        QString path;  ///< absolute path of migration.sql
        QString error; ///< empty on success; nothing was written on error
        bool ok() const { return error.isEmpty(); }
    };

    /// `name` is sanitised as Prisma does (anything but letters, digits and `_` becomes `_`).
    static Result createTimestamped(const QString &migrationsDir, const QString &name,
                                    const QString &sql, const QString &provider,
                                    const QDateTime &nowUtc = QDateTime::currentDateTimeUtc());
    static Result createNamed(const QString &migrationsDir, const QString &directoryName,
                              const QString &sql, const QString &provider);
    static QString sanitisedName(const QString &name);
};
