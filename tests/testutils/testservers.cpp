// SPDX-License-Identifier: GPL-3.0-or-later
#include "testservers.h"

#include "db/connectionopener.h"
#include "workspace/dotenv.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

namespace {
QHash<QString, QString> serverEnv() {
    QString path = qEnvironmentVariable("MWB_TEST_SERVERS_ENV");
    if (path.isEmpty())
        path = QStringLiteral(MWB_SERVERS_ENV);
    return DotEnv::read(path);
}
} // namespace

ConnectionSpec TestServers::server(Kind kind, QString *reason) {
    const auto env = serverEnv();
    const QString prefix =
        kind == Kind::Postgres ? QStringLiteral("MWB_TEST_PG_") : QStringLiteral("MWB_TEST_MYSQL_");
    ConnectionSpec spec;
    if (env.value(prefix + QStringLiteral("PORT")).isEmpty()) {
        *reason = QStringLiteral("no %1 test server (run the tests through ctest, which starts "
                                 "them with scripts/test-servers.sh)")
                      .arg(kind == Kind::Postgres ? QStringLiteral("PostgreSQL")
                                                  : QStringLiteral("MariaDB"));
        return spec;
    }
    spec.driver =
        kind == Kind::Postgres ? ConnectionSpec::Driver::Postgres : ConnectionSpec::Driver::MySql;
    spec.host = env.value(prefix + QStringLiteral("HOST"));
    spec.port = env.value(prefix + QStringLiteral("PORT")).toInt();
    spec.user = env.value(prefix + QStringLiteral("USER"));
    spec.password = env.value(prefix + QStringLiteral("PASSWORD"));
    spec.hasPassword = true;
    spec.database = kind == Kind::Postgres ? QStringLiteral("postgres") : QStringLiteral("mysql");
    if (kind == Kind::Postgres)
        spec.schema = QStringLiteral("public");
    return spec;
}

QString TestServers::execute(const ConnectionSpec &spec, const QStringList &statements) {
    const QString name = QStringLiteral("test-") + QUuid::createUuid().toString();
    QString error = ConnectionOpener::open(spec, name, nullptr).message;
    if (error.isEmpty()) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        for (const QString &statement : statements) {
            QSqlQuery q(db);
            if (!q.exec(statement)) {
                error = q.lastError().text() + QStringLiteral(" in: ") + statement;
                break;
            }
        }
    }
    ConnectionOpener::close(name);
    return error;
}

ConnectionSpec TestServers::freshDatabase(Kind kind, QString *reason, const QString &pgSchema) {
    ConnectionSpec admin = server(kind, reason);
    if (!admin.isValid())
        return admin;
    const QString dbName =
        QStringLiteral("mwb_test_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    const QString error = execute(admin, {QStringLiteral("CREATE DATABASE ") + dbName});
    if (!error.isEmpty()) {
        *reason = error;
        return {};
    }
    ConnectionSpec spec = admin;
    spec.database = dbName;
    if (kind == Kind::Postgres && !pgSchema.isEmpty()) {
        spec.schema = pgSchema;
        const QString schemaError =
            execute(spec, {QStringLiteral("CREATE SCHEMA \"%1\"").arg(pgSchema)});
        if (!schemaError.isEmpty()) {
            *reason = schemaError;
            return {};
        }
    }
    return spec;
}

QString TestServers::url(const ConnectionSpec &spec) {
    QUrl url;
    url.setScheme(spec.driver == ConnectionSpec::Driver::Postgres ? QStringLiteral("postgresql")
                                                                  : QStringLiteral("mysql"));
    url.setUserName(spec.user);
    url.setPassword(spec.password);
    url.setHost(spec.host);
    url.setPort(spec.port);
    url.setPath(QLatin1Char('/') + spec.database);
    if (spec.driver == ConnectionSpec::Driver::Postgres && !spec.schema.isEmpty())
        url.setQuery(QStringLiteral("schema=") + spec.schema);
    return url.toString();
}
