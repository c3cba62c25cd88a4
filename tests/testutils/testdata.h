// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/migrationrow.h"

#include <QString>

/// Helpers shared by tests: fixture locations and Prisma-shaped test databases.
class TestData {
public:
    /// `../shared` beside the source tree (or MWB_SHARED_DIR); empty when absent.
    static QString sharedDir();
    /// `<shared>/fixtures/prisma-6.19.3`; empty when absent.
    static QString prismaFixturesDir();
    static QByteArray readFile(const QString &path);
    static bool writeFile(const QString &path, const QByteArray &content);
    /// Writes `<dir>/<name>/migration.sql`.
    static bool writeMigration(const QString &migrationsDir, const QString &name,
                               const QByteArray &sql);
    /// Prisma's `_prisma_migrations` DDL for a provider (`sqlite`, `postgresql`, `mysql`).
    static QString migrationsTableDdl(const QString &provider);
    /// Whether MWB_REQUIRE_SERVERS / MWB_REQUIRE_FIXTURES demand that nothing is skipped.
    static bool strict();
};

/// Skips, or fails in strict mode (CI), with the reason.
#define MWB_SKIP_OR_FAIL(reason)                                                                   \
    do {                                                                                           \
        if (TestData::strict())                                                                    \
            QFAIL(qPrintable(QStringLiteral("required but unavailable: ") + (reason)));            \
        QSKIP(qPrintable(reason));                                                                 \
    } while (false)
