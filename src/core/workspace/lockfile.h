// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// `migration_lock.toml` as Prisma reads it: the first line starting with `provider`, with the
/// `provider = ` prefix and surrounding quotes removed.
struct LockFile {
    static inline const QString ProviderNotFound = QStringLiteral("<PROVIDER NOT FOUND>");

    bool present = false;
    QString provider; ///< ProviderNotFound when the file has no provider line
    QString error;    ///< set when the file exists but cannot be read

    /// Reads `<migrationsDir>/migration_lock.toml`; an absent file is not an error.
    static LockFile read(const QString &migrationsDir);
    static LockFile parse(const QByteArray &content);

    /// Prisma's P3019 rule: plain equality, skipped when the file is absent.
    bool allows(const QString &connectorProvider) const {
        return !present || provider == connectorProvider;
    }
};
