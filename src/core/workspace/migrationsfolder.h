// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "localmigration.h"
#include "lockfile.h"

#include <atomic>

/// Result of reading a Prisma migrations folder.
struct MigrationsFolderScan {
    QString path;
    bool exists = false; ///< a missing folder is an empty list for Prisma
    QString error;       ///< the folder exists but cannot be listed, or the path is a file
    LockFile lock;
    QList<LocalMigration> migrations; ///< byte-order sorted by name
    bool cancelled = false;

    int indexOf(const QString &name) const;
};

/// Reads `prisma/migrations` exactly as Prisma lists it: every subdirectory is a migration, sorted
/// by the byte order of its name; `migration.sql` read as bytes and hashed as Prisma does.
class MigrationsFolder {
public:
    /// Scripts larger than this are hashed but not kept in memory.
    static constexpr qint64 KeepLimit = 8 * 1024 * 1024;
    /// Scripts larger than this are refused (reported, not read).
    static constexpr qint64 ReadLimit = 512 * 1024 * 1024;

    /// Reads the folder; safe on any thread. `cancel` is checked between migrations.
    static MigrationsFolderScan scan(const QString &path, const std::atomic_bool *cancel = nullptr);

    /// Reads one migration directory (used by scan and by tests).
    static LocalMigration readMigration(const QString &directoryPath);
};
