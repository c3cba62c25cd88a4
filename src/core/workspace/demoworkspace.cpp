// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoworkspace.h"

#include "checksum.h"
#include "mwbtr.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

namespace {
const char *const Marker = ".migration-workbench-demo";

const char *const InitSql = "-- CreateTable\n"
                            "CREATE TABLE \"User\" (\n"
                            "    \"id\" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,\n"
                            "    \"name\" TEXT NOT NULL\n"
                            ");\n";

const char *const UniqueSql = "-- AlterTable\n"
                              "ALTER TABLE \"User\" ADD COLUMN \"email\" TEXT;\n"
                              "\n"
                              "-- CreateTable\n"
                              "CREATE TABLE \"Post\" (\n"
                              "    \"id\" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,\n"
                              "    \"title\" TEXT NOT NULL\n"
                              ");\n"
                              "\n"
                              "-- CreateIndex\n"
                              "CREATE UNIQUE INDEX \"User_name_key\" ON \"User\"(\"name\");\n"
                              "\n";

const char *const Schema =
    "// Demo workspace of Migration Workbench: the failed-migration example\n"
    "// from Prisma's production troubleshooting guide.\n"
    "datasource db {\n"
    "  provider = \"sqlite\"\n"
    "  url      = env(\"DATABASE_URL\")\n"
    "}\n"
    "\n"
    "model User {\n"
    "  id    Int     @id @default(autoincrement())\n"
    "  name  String  @unique\n"
    "  email String?\n"
    "}\n"
    "\n"
    "model Post {\n"
    "  id    Int    @id @default(autoincrement())\n"
    "  title String\n"
    "}\n";

// The DDL Prisma's SQLite connector runs (read back from a database Prisma created).
const char *const MigrationsTableDdl =
    "CREATE TABLE \"_prisma_migrations\" (\n"
    "    \"id\"                    TEXT PRIMARY KEY NOT NULL,\n"
    "    \"checksum\"              TEXT NOT NULL,\n"
    "    \"finished_at\"           DATETIME,\n"
    "    \"migration_name\"        TEXT NOT NULL,\n"
    "    \"logs\"                  TEXT,\n"
    "    \"rolled_back_at\"        DATETIME,\n"
    "    \"started_at\"            DATETIME NOT NULL DEFAULT current_timestamp,\n"
    "    \"applied_steps_count\"   INTEGER UNSIGNED NOT NULL DEFAULT 0\n"
    ")";

bool writeFile(const QString &path, const QByteArray &content, QString *error) {
    QFile f(path);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()) || !f.open(QIODevice::WriteOnly) ||
        f.write(content) != content.size()) {
        *error = MwbTr::tr("Cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

// The demo scripts contain no ';' inside literals, so splitting at statement ends is exact here.
QStringList statementsOf(const char *script) {
    QStringList out;
    for (const QString &part : QString::fromUtf8(script).split(QLatin1Char(';'))) {
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    }
    return out;
}

/// What deploy does for one migration (semantics §2.3), with SQLite's execute_batch behaviour:
/// statements run one by one and commit individually, so a failure leaves earlier ones applied.
QString applyLikeDeploy(QSqlDatabase &db, const QString &name, const char *script,
                        qint64 &clockMs) {
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO \"_prisma_migrations\" (\"id\", \"checksum\", "
                             "\"started_at\", \"migration_name\") VALUES (?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(Checksum::record(QByteArray(script)));
    q.addBindValue(clockMs);
    q.addBindValue(name);
    if (!q.exec())
        return q.lastError().text();
    clockMs += 6;
    for (const QString &statement : statementsOf(script)) {
        QSqlQuery s(db);
        if (!s.exec(statement)) {
            const QString logs =
                QStringLiteral("A migration failed to apply. New migrations cannot be applied "
                               "before the error is recovered from. Read more about how to resolve "
                               "migration issues in a production database: "
                               "https://pris.ly/d/migrate-resolve\n\nMigration name: %1\n\n"
                               "Database error code: %2\n\nDatabase error:\n%3\n\n"
                               "   0: sql_schema_connector::apply_migration::apply_script\n"
                               "           with migration_name=\"%1\"\n"
                               "             at schema-engine/connectors/sql-schema-connector/src/"
                               "apply_migration.rs:106\n")
                    .arg(name, s.lastError().nativeErrorCode(), s.lastError().databaseText());
            QSqlQuery u(db);
            u.prepare(
                QStringLiteral("UPDATE \"_prisma_migrations\" SET \"logs\" = ? WHERE \"id\" = ?"));
            u.addBindValue(logs);
            u.addBindValue(id);
            if (!u.exec())
                return u.lastError().text();
            return {};
        }
    }
    QSqlQuery step(db);
    step.prepare(QStringLiteral("UPDATE \"_prisma_migrations\" SET \"applied_steps_count\" = "
                                "\"applied_steps_count\" + 1 WHERE \"id\" = ?"));
    step.addBindValue(id);
    QSqlQuery finish(db);
    finish.prepare(
        QStringLiteral("UPDATE \"_prisma_migrations\" SET \"finished_at\" = ? WHERE \"id\" = ?"));
    finish.addBindValue(clockMs);
    finish.addBindValue(id);
    if (!step.exec() || !finish.exec())
        return db.lastError().text();
    return {};
}

QString buildDatabase(const QString &path, const QString &connectionName) {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    if (!db.open())
        return db.lastError().text();
    QSqlQuery q(db);
    if (!q.exec(QString::fromUtf8(MigrationsTableDdl)))
        return q.lastError().text();
    // Two days ago: init deployed; then the seed; an hour later the failing deploy of Unique.
    qint64 clock = QDateTime::currentMSecsSinceEpoch() - 2 * 24 * 3600 * 1000LL;
    QString error = applyLikeDeploy(db, DemoWorkspace::InitName, InitSql, clock);
    if (error.isEmpty() &&
        !q.exec(QStringLiteral(
            "INSERT INTO \"User\" (\"id\", \"name\") VALUES (1, 'paul'), (2, 'paul')")))
        error = q.lastError().text();
    clock += 3600 * 1000LL;
    if (error.isEmpty())
        error = applyLikeDeploy(db, DemoWorkspace::UniqueName, UniqueSql, clock);
    q.finish();
    db.close();
    return error;
}
} // namespace

QString DemoWorkspace::defaultLocation() {
    // GenericDataLocation: the app's own name is enough (AppLocalDataLocation would repeat it).
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("migration-workbench/demo-workspace"));
}

QString DemoWorkspace::create(const QString &root) {
    QDir dir(root);
    if (dir.exists() && !dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
        if (!QFileInfo::exists(dir.filePath(QString::fromLatin1(Marker))))
            return MwbTr::tr("%1 is not empty; the demo is only created in an empty folder.")
                .arg(root);
        if (!dir.removeRecursively())
            return MwbTr::tr("Cannot replace the earlier demo in %1.").arg(root);
    }
    QString error;
    const QString migrations = dir.filePath(QStringLiteral("prisma/migrations"));
    if (!writeFile(dir.filePath(QString::fromLatin1(Marker)), "Created by Migration Workbench.\n",
                   &error) ||
        !writeFile(dir.filePath(QStringLiteral("prisma/schema.prisma")), Schema, &error) ||
        !writeFile(dir.filePath(QStringLiteral(".env")), "DATABASE_URL=\"file:./dev.db\"\n",
                   &error) ||
        !writeFile(migrations + QStringLiteral("/migration_lock.toml"),
                   "# Please do not edit this file manually\n"
                   "# It should be added in your version-control system (e.g., Git)\n"
                   "provider = \"sqlite\"\n",
                   &error) ||
        !writeFile(migrations + QLatin1Char('/') + InitName + QStringLiteral("/migration.sql"),
                   InitSql, &error) ||
        !writeFile(migrations + QLatin1Char('/') + UniqueName + QStringLiteral("/migration.sql"),
                   UniqueSql, &error))
        return error;
    const QString connectionName = QStringLiteral("mwb-demo-") + QUuid::createUuid().toString();
    const QString dbError =
        buildDatabase(dir.filePath(QStringLiteral("prisma/dev.db")), connectionName);
    QSqlDatabase::removeDatabase(connectionName);
    if (!dbError.isEmpty())
        return MwbTr::tr("Cannot build the demo database: %1").arg(dbError);
    return {};
}
