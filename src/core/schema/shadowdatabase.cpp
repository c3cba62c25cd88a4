// SPDX-License-Identifier: GPL-3.0-or-later
#include "shadowdatabase.h"

#include "db/connectionopener.h"
#include "mwbtr.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace {
QString quoted(const ConnectionSpec &spec, const QString &name) {
    if (spec.driver == ConnectionSpec::Driver::MySql)
        return QLatin1Char('`') + QString(name).replace(QLatin1Char('`'), QStringLiteral("``")) +
               QLatin1Char('`');
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

bool sameDatabase(const ConnectionSpec &a, const ConnectionSpec &b) {
    return a.driver == b.driver && a.host.compare(b.host, Qt::CaseInsensitive) == 0 &&
           a.port == b.port && a.database == b.database && a.socketDir == b.socketDir &&
           (a.driver != ConnectionSpec::Driver::Postgres || a.schema == b.schema);
}
} // namespace

ShadowDatabase::~ShadowDatabase() {
    drop();
}

DbError ShadowDatabase::create(const ConnectionSpec &server, const ConnectionSpec &configured,
                               const ConnectionSpec &main) {
    const QString uuid = QUuid::createUuid().toString(QUuid::Id128);
    m_connectionName = QStringLiteral("mwb-shadow-") + uuid;
    m_server = server;
    if (configured.isValid()) {
        if (main.isValid() && sameDatabase(configured, main))
            return DbError::fromMessage(
                MwbTr::tr("The shadow database you configured is the same as the main database "
                          "(%1). It would be emptied, so it is not used.")
                    .arg(main.displayName()),
                QStringLiteral("P3014"));
        m_spec = configured;
        m_spec.readOnly = false;
        m_spec.createIfMissing = configured.driver == ConnectionSpec::Driver::Sqlite;
        if (const DbError e = ConnectionOpener::open(m_spec, m_connectionName, nullptr);
            e.isError())
            return e;
        m_spec.password.clear();
        return emptyConfigured();
    }
    m_spec = server;
    m_spec.readOnly = false;
    m_spec.createIfMissing = false;
    if (server.driver == ConnectionSpec::Driver::Sqlite) {
        // ConnectionOpener refuses files that do not exist; memory is opened directly.
        m_spec.database = QStringLiteral(":memory:");
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(m_spec.database);
        if (!db.open()) {
            const QString text = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            m_connectionName.clear();
            return DbError::fromMessage(text);
        }
        return {};
    }
    m_adminName = QStringLiteral("mwb-shadow-admin-") + uuid;
    // The shadow database is a separate, temporary database: a read-only (production) session
    // on the main database does not forbid creating it; the server refuses (P3014) when the
    // user may not.
    ConnectionSpec admin = server;
    admin.readOnly = false;
    if (const DbError e = ConnectionOpener::open(admin, m_adminName, nullptr); e.isError()) {
        m_adminName.clear();
        m_connectionName.clear();
        return e;
    }
    const QString name = QStringLiteral("prisma_migrate_shadow_db_") + uuid;
    DbError createError;
    {
        QSqlQuery q(QSqlDatabase::database(m_adminName, false));
        if (!q.exec(QStringLiteral("CREATE DATABASE ") + quoted(server, name)))
            createError = DbError{MwbTr::tr("Could not create the shadow database (P3014): %1")
                                      .arg(q.lastError().text()),
                                  QStringLiteral("P3014"), q.lastQuery()};
    }
    if (createError.isError()) {
        drop();
        return createError;
    }
    m_temporaryName = name;
    m_spec.database = name;
    m_spec.schema = QStringLiteral("public");
    if (const DbError e = ConnectionOpener::open(m_spec, m_connectionName, nullptr); e.isError()) {
        drop();
        return e;
    }
    m_spec.password.clear();
    return {};
}

QSqlDatabase ShadowDatabase::database() const {
    return QSqlDatabase::database(m_connectionName, false);
}

DbError ShadowDatabase::emptyConfigured() {
    // Prisma resets a configured shadow database before each use: drop what is in it.
    QSqlDatabase db = database();
    QSqlQuery q(db);
    QStringList statements;
    switch (m_spec.driver) {
    case ConnectionSpec::Driver::Postgres: {
        const QString schema = m_spec.schema.isEmpty() ? QStringLiteral("public") : m_spec.schema;
        statements << QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(quoted(m_spec, schema))
                   << QStringLiteral("CREATE SCHEMA %1").arg(quoted(m_spec, schema));
        break;
    }
    case ConnectionSpec::Driver::MySql:
    case ConnectionSpec::Driver::Sqlite: {
        const bool mysql = m_spec.driver == ConnectionSpec::Driver::MySql;
        const QString list =
            mysql ? QStringLiteral("SELECT table_name, table_type FROM information_schema.tables "
                                   "WHERE table_schema = DATABASE()")
                  : QStringLiteral("SELECT name, type FROM sqlite_master WHERE type IN "
                                   "('table','view') AND name NOT LIKE 'sqlite_%'");
        if (!q.exec(list))
            return DbError{MwbTr::tr("Could not list the shadow database's tables: %1")
                               .arg(q.lastError().text()),
                           q.lastError().nativeErrorCode(), list};
        statements << (mysql ? QStringLiteral("SET FOREIGN_KEY_CHECKS = 0")
                             : QStringLiteral("PRAGMA foreign_keys = OFF"));
        while (q.next()) {
            const bool view =
                q.value(1).toString().contains(QLatin1String("VIEW"), Qt::CaseInsensitive);
            statements << QStringLiteral("DROP %1 %2")
                              .arg(view ? QStringLiteral("VIEW") : QStringLiteral("TABLE"),
                                   quoted(m_spec, q.value(0).toString()));
        }
        statements << (mysql ? QStringLiteral("SET FOREIGN_KEY_CHECKS = 1")
                             : QStringLiteral("PRAGMA foreign_keys = ON"));
        break;
    }
    case ConnectionSpec::Driver::None:
        break;
    }
    for (const QString &s : std::as_const(statements)) {
        if (!q.exec(s))
            return DbError{MwbTr::tr("Could not empty the configured shadow database: %1")
                               .arg(q.lastError().text()),
                           q.lastError().nativeErrorCode(), s};
    }
    return {};
}

void ShadowDatabase::drop() {
    if (!m_connectionName.isEmpty()) {
        ConnectionOpener::close(m_connectionName);
        m_connectionName.clear();
    }
    if (m_adminName.isEmpty())
        return;
    if (!m_temporaryName.isEmpty()) {
        QSqlQuery q(QSqlDatabase::database(m_adminName, false));
        // PostgreSQL 13+: end leftover sessions of the shadow database so the drop cannot hang.
        const QString sql = m_server.driver == ConnectionSpec::Driver::Postgres
                                ? QStringLiteral("DROP DATABASE %1 WITH (FORCE)")
                                : QStringLiteral("DROP DATABASE %1");
        if (!q.exec(sql.arg(quoted(m_server, m_temporaryName))))
            m_cleanupError = MwbTr::tr("The shadow database %1 could not be dropped: %2")
                                 .arg(m_temporaryName, q.lastError().text());
        q.finish();
    }
    ConnectionOpener::close(m_adminName);
    m_adminName.clear();
    m_server.password.clear();
}
