// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionspec.h"

#include "mwbtr.h"

#include <QUrl>

QString ConnectionSpec::provider() const {
    switch (driver) {
    case Driver::Sqlite:
        return QStringLiteral("sqlite");
    case Driver::Postgres:
        return QStringLiteral("postgresql");
    case Driver::MySql:
        return QStringLiteral("mysql");
    case Driver::None:
        break;
    }
    return {};
}

QString ConnectionSpec::qtDriver() const {
    switch (driver) {
    case Driver::Sqlite:
        return QStringLiteral("QSQLITE");
    case Driver::Postgres:
        return QStringLiteral("QPSQL");
    case Driver::MySql:
        return QStringLiteral("QMYSQL");
    case Driver::None:
        break;
    }
    return {};
}

QString ConnectionSpec::displayName() const {
    switch (driver) {
    case Driver::Sqlite:
        return MwbTr::tr("SQLite %1").arg(database);
    case Driver::Postgres:
        return MwbTr::tr("PostgreSQL %1@%2:%3/%4 (schema %5)")
            .arg(user, socketDir.isEmpty() ? host : socketDir)
            .arg(port)
            .arg(database, schema.isEmpty() ? QStringLiteral("public") : schema);
    case Driver::MySql:
        return MwbTr::tr("MySQL %1@%2:%3/%4")
            .arg(user, socketDir.isEmpty() ? host : socketDir)
            .arg(port)
            .arg(database);
    case Driver::None:
        break;
    }
    return MwbTr::tr("no database");
}

QString ConnectionSpec::redactedUrl() const {
    if (driver == Driver::Sqlite)
        return QStringLiteral("file:") + database;
    if (driver == Driver::None)
        return {};
    QUrl url;
    url.setScheme(driver == Driver::Postgres ? QStringLiteral("postgresql")
                                             : QStringLiteral("mysql"));
    url.setUserName(user);
    if (hasPassword || !password.isEmpty())
        url.setPassword(QStringLiteral("****"));
    url.setHost(host);
    if (port > 0)
        url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    QUrlQuery query = extraParameters;
    if (!schema.isEmpty())
        query.addQueryItem(QStringLiteral("schema"), schema);
    if (!socketDir.isEmpty())
        query.addQueryItem(QStringLiteral("host"), socketDir);
    if (!sslMode.isEmpty())
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    url.setQuery(query);
    return url.toString();
}
