// SPDX-License-Identifier: GPL-3.0-or-later
#include "shadowreplay.h"

#include "db/connectionopener.h"
#include "db/sqlsplitter.h"
#include "mwbtr.h"
#include "schemaintrospector.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace {
QString quoted(const ConnectionSpec &spec, const QString &name) {
    return spec.driver == ConnectionSpec::Driver::MySql
               ? QLatin1Char('`') + name + QLatin1Char('`')
               : QLatin1Char('"') + name + QLatin1Char('"');
}

QString p3006(const QString &migration, const QString &error) {
    // Prisma's wording for a failed shadow replay.
    return QStringLiteral("Migration `%1` failed to apply cleanly to the shadow database. \n%2")
        .arg(migration, error);
}
} // namespace

ShadowReplay::Result ShadowReplay::replay(const ConnectionSpec &server,
                                          const MigrationsFolderScan &folder,
                                          const Options &options, const std::atomic_bool *cancel) {
    Result result;
    const bool sqlite = server.driver == ConnectionSpec::Driver::Sqlite;
    const QString uuid = QUuid::createUuid().toString(QUuid::Id128);
    ConnectionSpec shadow = server;
    shadow.readOnly = false;
    shadow.createIfMissing = false;
    const QString adminName = QStringLiteral("mwb-shadow-admin-") + uuid;
    if (sqlite) {
        shadow.database = QStringLiteral(":memory:");
    } else {
        result.shadowDatabase = QStringLiteral("prisma_migrate_shadow_db_") + uuid;
        if (const DbError e = ConnectionOpener::open(server, adminName, nullptr); e.isError()) {
            result.error = e;
            return result;
        }
        QSqlDatabase admin = QSqlDatabase::database(adminName, false);
        QSqlQuery create(admin);
        if (!create.exec(QStringLiteral("CREATE DATABASE ") +
                         quoted(server, result.shadowDatabase))) {
            result.error = DbError{MwbTr::tr("Could not create the shadow database (P3014): %1")
                                       .arg(create.lastError().text()),
                                   QStringLiteral("P3014"), create.lastQuery()};
            create.finish();
            admin = QSqlDatabase();
            ConnectionOpener::close(adminName);
            return result;
        }
        shadow.database = result.shadowDatabase;
        shadow.schema = QStringLiteral("public");
    }

    const QString shadowName = QStringLiteral("mwb-shadow-") + uuid;
    DbError openError;
    if (sqlite) {
        // ConnectionOpener refuses files that do not exist; an in-memory database is opened
        // directly.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), shadowName);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (!db.open())
            openError = DbError::fromMessage(db.lastError().text());
    } else {
        openError = ConnectionOpener::open(shadow, shadowName, nullptr);
    }
    if (!openError.isError()) {
        QSqlDatabase db = QSqlDatabase::database(shadowName, false);
        const SqlDialect dialect = sqlDialectForProvider(server.provider());
        for (const LocalMigration &m : folder.migrations) {
            if (cancel && cancel->load()) {
                result.error = DbError::fromMessage(MwbTr::tr("Cancelled."));
                break;
            }
            if (m.name == options.without)
                continue;
            if (!m.hasScript()) {
                result.failedMigration = m.name;
                result.error =
                    DbError::fromMessage(p3006(m.name, m.problemText), QStringLiteral("P3006"));
                break;
            }
            const SqlSplitResult split = SqlSplitter::split(QString::fromUtf8(m.script), dialect);
            if (!split.ok()) {
                result.failedMigration = m.name;
                result.error =
                    DbError::fromMessage(p3006(m.name, split.error), QStringLiteral("P3006"));
                break;
            }
            for (const SqlStatement &s : split.statements) {
                QSqlQuery q(db);
                if (!q.exec(s.text)) {
                    result.failedMigration = m.name;
                    result.error = DbError{
                        p3006(m.name,
                              MwbTr::tr("Statement at line %1, column %2: %3 (database error %4)")
                                  .arg(s.line)
                                  .arg(s.column)
                                  .arg(q.lastError().databaseText(),
                                       q.lastError().nativeErrorCode())),
                        QStringLiteral("P3006"), s.text};
                    break;
                }
            }
            if (result.error.isError())
                break;
            result.replayed << m.name;
            if (m.name == options.upTo)
                break;
        }
        if (!result.error.isError()) {
            DbError e;
            result.schema = SchemaIntrospector::read(db, shadow, &e, cancel);
            if (e.isError())
                result.error = e;
        }
    } else {
        result.error = openError;
    }
    ConnectionOpener::close(shadowName);

    if (!sqlite) {
        QSqlDatabase admin = QSqlDatabase::database(adminName, false);
        QSqlQuery drop(admin);
        // PostgreSQL 13+: end leftover sessions of the shadow database so the drop cannot hang.
        drop.exec(
            server.driver == ConnectionSpec::Driver::Postgres
                ? QStringLiteral("DROP DATABASE %1 WITH (FORCE)")
                      .arg(quoted(server, result.shadowDatabase))
                : QStringLiteral("DROP DATABASE %1").arg(quoted(server, result.shadowDatabase)));
        if (drop.lastError().isValid())
            result.cleanupError = MwbTr::tr("The shadow database %1 could not be dropped: %2")
                                      .arg(result.shadowDatabase, drop.lastError().text());
        drop.finish();
        admin = QSqlDatabase();
        ConnectionOpener::close(adminName);
    }
    return result;
}
