// SPDX-License-Identifier: GPL-3.0-or-later
#include "testdata.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

QString TestData::sharedDir() {
    QString dir = qEnvironmentVariable("MWB_SHARED_DIR");
    if (dir.isEmpty())
        dir = QStringLiteral(MWB_SOURCE_DIR "/../shared");
    return QFileInfo(dir).isDir() ? QDir(dir).canonicalPath() : QString();
}

QString TestData::prismaFixturesDir() {
    const QString shared = sharedDir();
    const QString dir = shared + QStringLiteral("/fixtures/prisma-6.19.3");
    return shared.isEmpty() || !QFileInfo(dir).isDir() ? QString() : dir;
}

QByteArray TestData::readFile(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool TestData::writeFile(const QString &path, const QByteArray &content) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

bool TestData::writeMigration(const QString &migrationsDir, const QString &name,
                              const QByteArray &sql) {
    return writeFile(migrationsDir + QLatin1Char('/') + name + QStringLiteral("/migration.sql"),
                     sql);
}

QString TestData::migrationsTableDdl(const QString &provider) {
    if (provider == QLatin1String("postgresql"))
        return QStringLiteral(
            "CREATE TABLE _prisma_migrations (id VARCHAR(36) PRIMARY KEY NOT NULL, checksum "
            "VARCHAR(64) NOT NULL, finished_at TIMESTAMPTZ, migration_name VARCHAR(255) NOT NULL, "
            "logs TEXT, rolled_back_at TIMESTAMPTZ, started_at TIMESTAMPTZ NOT NULL DEFAULT now(), "
            "applied_steps_count INTEGER NOT NULL DEFAULT 0)");
    if (provider == QLatin1String("mysql"))
        return QStringLiteral(
            "CREATE TABLE _prisma_migrations (id VARCHAR(36) PRIMARY KEY NOT NULL, checksum "
            "VARCHAR(64) NOT NULL, finished_at DATETIME(3), migration_name VARCHAR(255) NOT NULL, "
            "logs TEXT, rolled_back_at DATETIME(3), started_at DATETIME(3) NOT NULL DEFAULT "
            "CURRENT_TIMESTAMP(3), applied_steps_count INTEGER UNSIGNED NOT NULL DEFAULT 0) "
            "DEFAULT "
            "CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    return QStringLiteral(
        "CREATE TABLE \"_prisma_migrations\" (\"id\" TEXT PRIMARY KEY NOT NULL, \"checksum\" TEXT "
        "NOT NULL, \"finished_at\" DATETIME, \"migration_name\" TEXT NOT NULL, \"logs\" TEXT, "
        "\"rolled_back_at\" DATETIME, \"started_at\" DATETIME NOT NULL DEFAULT current_timestamp, "
        "\"applied_steps_count\" INTEGER UNSIGNED NOT NULL DEFAULT 0)");
}

bool TestData::strict() {
    return qEnvironmentVariableIntValue("MWB_REQUIRE_SERVERS") == 1;
}
