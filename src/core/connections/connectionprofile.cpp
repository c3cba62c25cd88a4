// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionprofile.h"

#include "db/databaseurl.h"
#include "mwbtr.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

namespace {
const QString SecretPrefix = QStringLiteral("migration-workbench/");

/// The URL parameters that have a field of their own in a profile.
bool hasOwnField(const QString &key, ConnectionSpec::Driver driver) {
    static const QStringList common = {QStringLiteral("schema"), QStringLiteral("host"),
                                       QStringLiteral("socket"), QStringLiteral("sslmode"),
                                       QStringLiteral("sslcert")};
    return common.contains(key) ||
           (driver == ConnectionSpec::Driver::MySql && key == QLatin1String("sslaccept"));
}

bool isPasswordKey(const QString &key) {
    return key.contains(QLatin1String("password"), Qt::CaseInsensitive) ||
           key.compare(QLatin1String("pass"), Qt::CaseInsensitive) == 0;
}

QStringList postgresSslModes() {
    return {QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
            QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
}

QString optionsError(const QString &options, ConnectionSpec::Driver driver) {
    static const QRegularExpression badPercent(QStringLiteral("%(?![0-9A-Fa-f]{2})"));
    if (options.contains(badPercent))
        return MwbTr::tr("The options have a malformed percent-encoding (write a literal \"%\" as "
                         "%1).")
            .arg(QStringLiteral("%25"));
    const QStringList items = options.split(QLatin1Char('&'), Qt::SkipEmptyParts);
    for (const QString &item : items) {
        const QString key =
            QUrl::fromPercentEncoding(item.section(QLatin1Char('='), 0, 0).toUtf8());
        const QString value = QUrl::fromPercentEncoding(item.section(QLatin1Char('='), 1).toUtf8());
        if (key.trimmed().isEmpty())
            return MwbTr::tr("The options contain an item without a name: write "
                             "key=value&key2=value2.");
        if (isPasswordKey(key))
            return MwbTr::tr("The options must not contain a password: passwords are kept in the "
                             "system keychain, never in the settings file.");
        if (hasOwnField(key, driver))
            return MwbTr::tr("\"%1\" has its own field in the profile; remove it from the options.")
                .arg(key);
        if (key == QLatin1String("connect_timeout")) {
            bool ok = false;
            if (value.toInt(&ok) < 0 || !ok)
                return MwbTr::tr("connect_timeout must be a number of seconds, not \"%1\".")
                    .arg(value);
        }
    }
    return {};
}
} // namespace

int ConnectionProfile::defaultPort(ConnectionSpec::Driver driver) {
    switch (driver) {
    case ConnectionSpec::Driver::Postgres:
        return 5432;
    case ConnectionSpec::Driver::MySql:
        return 3306;
    case ConnectionSpec::Driver::Sqlite:
    case ConnectionSpec::Driver::None:
        break;
    }
    return 0;
}

QString ConnectionProfile::effectiveColor() const {
    return color.isEmpty() ? environmentDefaultColor(environment) : color;
}

ConnectionSpec ConnectionProfile::toSpec(const QString &password) const {
    ConnectionSpec spec;
    spec.driver = driver;
    spec.readOnly = effectiveReadOnly();
    spec.database = database;
    if (driver == ConnectionSpec::Driver::Sqlite || driver == ConnectionSpec::Driver::None)
        return spec;
    spec.host = host;
    spec.port = port;
    spec.user = user;
    spec.password = password;
    spec.hasPassword = !password.isEmpty();
    if (driver == ConnectionSpec::Driver::Postgres)
        spec.schema = schema.isEmpty() ? QStringLiteral("public") : schema;
    spec.socketDir = socket;
    spec.sslMode = sslMode;
    spec.sslRootCert = sslRootCert;
    spec.sslCert = sslCert;
    spec.sslKey = sslKey;
    const QUrlQuery query(options);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("connect_timeout")) {
            bool ok = false;
            const int seconds = value.toInt(&ok);
            if (ok && seconds >= 0)
                spec.connectTimeoutSeconds = seconds;
        } else if (!key.isEmpty() && !isPasswordKey(key)) {
            spec.extraParameters.addQueryItem(key, value);
        }
    }
    return spec;
}

ConnectionProfile ConnectionProfile::fromSpec(const ConnectionSpec &spec) {
    ConnectionProfile p;
    p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    p.driver = spec.driver;
    p.host = spec.host;
    p.port = spec.driver == ConnectionSpec::Driver::Sqlite ? 0 : spec.port;
    p.database = spec.database;
    p.user = spec.user;
    p.schema = spec.driver == ConnectionSpec::Driver::Postgres ? spec.schema : QString();
    p.sslMode = spec.sslMode;
    p.sslRootCert = spec.sslRootCert;
    p.sslCert = spec.sslCert;
    p.sslKey = spec.sslKey;
    p.socket = spec.socketDir;
    QUrlQuery options;
    for (const auto &[key, value] : spec.extraParameters.queryItems(QUrl::FullyDecoded)) {
        if (!isPasswordKey(key))
            options.addQueryItem(key, value);
    }
    if (spec.connectTimeoutSeconds != ConnectionSpec().connectTimeoutSeconds &&
        spec.driver != ConnectionSpec::Driver::Sqlite)
        options.addQueryItem(QStringLiteral("connect_timeout"),
                             QString::number(spec.connectTimeoutSeconds));
    p.options = options.toString(QUrl::FullyEncoded);
    p.readOnly = spec.readOnly;
    p.rememberPassword = spec.hasPassword || !spec.password.isEmpty();
    if (spec.driver == ConnectionSpec::Driver::Sqlite)
        p.name = QFileInfo(spec.database).fileName();
    else
        p.name = MwbTr::tr("%1 on %2")
                     .arg(spec.database, spec.host.isEmpty() ? spec.socketDir : spec.host);
    return p;
}

QString ConnectionProfile::toPrismaUrl(bool withPasswordPlaceholder) const {
    switch (driver) {
    case ConnectionSpec::Driver::None:
        return {};
    case ConnectionSpec::Driver::Sqlite:
        return QStringLiteral("file:") + database;
    case ConnectionSpec::Driver::Postgres:
    case ConnectionSpec::Driver::MySql:
        break;
    }
    const bool postgres = driver == ConnectionSpec::Driver::Postgres;
    QUrl url;
    url.setScheme(postgres ? QStringLiteral("postgresql") : QStringLiteral("mysql"));
    url.setUserName(user);
    if (rememberPassword && withPasswordPlaceholder)
        url.setPassword(QStringLiteral("****"));
    // URL parsers (Prisma's too) refuse user info without a host: a socket goes with localhost.
    url.setHost(host.isEmpty() && !socket.isEmpty() ? QStringLiteral("localhost") : host);
    if (port > 0)
        url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    QUrlQuery query;
    if (postgres && !schema.isEmpty())
        query.addQueryItem(QStringLiteral("schema"), schema);
    if (!socket.isEmpty())
        query.addQueryItem(postgres ? QStringLiteral("host") : QStringLiteral("socket"), socket);
    if (!sslMode.isEmpty())
        query.addQueryItem(postgres ? QStringLiteral("sslmode") : QStringLiteral("sslaccept"),
                           sslMode);
    if (!sslRootCert.isEmpty())
        query.addQueryItem(QStringLiteral("sslcert"), sslRootCert);
    for (const auto &[key, value] : QUrlQuery(options).queryItems(QUrl::FullyDecoded)) {
        if (!key.isEmpty() && !isPasswordKey(key))
            query.addQueryItem(key, value);
    }
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

ConnectionSpec ConnectionProfile::shadowSpec(const QString &shadowPassword,
                                             const QString &schemaDir, QString *error) const {
    if (shadowUrl.trimmed().isEmpty()) {
        *error = MwbTr::tr("The connection %1 has no shadow database URL.").arg(name);
        return {};
    }
    DatabaseUrl::Result parsed = DatabaseUrl::parse(shadowUrl, schemaDir);
    if (!parsed.ok()) {
        *error = MwbTr::tr("The shadow database URL is invalid: %1").arg(parsed.error);
        return {};
    }
    parsed.spec.password = shadowPassword;
    parsed.spec.hasPassword = !shadowPassword.isEmpty();
    parsed.spec.readOnly = false; // Prisma resets and rebuilds the shadow database
    return parsed.spec;
}

QString ConnectionProfile::secretKey() const {
    return SecretPrefix + id;
}

QString ConnectionProfile::shadowSecretKey() const {
    return SecretPrefix + id + QStringLiteral("/shadow");
}

QString ConnectionProfile::validate() const {
    if (name.trimmed().isEmpty())
        return MwbTr::tr("The connection needs a name.");
    switch (driver) {
    case ConnectionSpec::Driver::None:
        return MwbTr::tr("Choose a database type: PostgreSQL, MySQL/MariaDB or SQLite.");
    case ConnectionSpec::Driver::Sqlite:
        if (database.trimmed().isEmpty())
            return MwbTr::tr("The SQLite file path is empty.");
        if (!QDir::isAbsolutePath(database))
            return MwbTr::tr("The SQLite file path must be absolute, not \"%1\".").arg(database);
        break;
    case ConnectionSpec::Driver::Postgres:
    case ConnectionSpec::Driver::MySql: {
        const bool postgres = driver == ConnectionSpec::Driver::Postgres;
        if (port < 1 || port > 65535)
            return MwbTr::tr("The port must be between 1 and 65535.");
        if (host.trimmed().isEmpty() && socket.trimmed().isEmpty())
            return postgres ? MwbTr::tr("A PostgreSQL profile needs a host or a socket.")
                            : MwbTr::tr("A MySQL profile needs a host or a socket.");
        static const QRegularExpression badHost(QStringLiteral(R"([\s/@?#])"));
        if (host.contains(badHost))
            return MwbTr::tr("The host name must not contain spaces, \"/\", \"@\", \"?\" or "
                             "\"#\" (a unix socket goes in the socket field).");
        if (database.trimmed().isEmpty())
            return MwbTr::tr("The database name is empty.");
        if (database.contains(QLatin1Char('/')))
            return MwbTr::tr("The database name must not contain a slash.");
        if (!postgres && !schema.isEmpty())
            return MwbTr::tr("MySQL has no schemas inside a database: leave the schema empty.");
        if (postgres && !sslMode.isEmpty() && !postgresSslModes().contains(sslMode))
            return MwbTr::tr("The SSL mode must be one of %1.")
                .arg(postgresSslModes().join(QStringLiteral(", ")));
        if (!postgres && !sslMode.isEmpty() && sslMode != QLatin1String("strict") &&
            sslMode != QLatin1String("accept_invalid_certs"))
            return MwbTr::tr("The MySQL SSL mode (sslaccept) must be strict or "
                             "accept_invalid_certs.");
        if (sslCert.isEmpty() != sslKey.isEmpty())
            return MwbTr::tr("A client certificate needs its key file, and a key needs its "
                             "certificate.");
        if (const QString e = optionsError(options, driver); !e.isEmpty())
            return e;
        break;
    }
    }
    static const QRegularExpression rgb(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    if (!color.isEmpty() && !rgb.match(color).hasMatch())
        return MwbTr::tr("The colour must be written #rrggbb, for example #c62828.");
    if (!shadowUrl.trimmed().isEmpty()) {
        const DatabaseUrl::Result shadow = DatabaseUrl::parse(shadowUrl, QString());
        if (!shadow.ok())
            return MwbTr::tr("The shadow database URL is invalid: %1").arg(shadow.error);
        if (shadow.spec.hasPassword)
            return MwbTr::tr("Remove the password from the shadow database URL: it is kept in the "
                             "system keychain, never in the settings file.");
        if (shadow.spec.driver != driver)
            return MwbTr::tr("The shadow database must be the same kind of database as the main "
                             "one.");
        const bool sameDatabase =
            driver == ConnectionSpec::Driver::Sqlite
                ? QDir::cleanPath(shadow.spec.database) == QDir::cleanPath(database)
                : shadow.spec.host.compare(host, Qt::CaseInsensitive) == 0 &&
                      shadow.spec.port == port && shadow.spec.database == database &&
                      shadow.spec.socketDir == socket;
        if (sameDatabase)
            return MwbTr::tr("The shadow database must not be the main database: Prisma Migrate "
                             "drops everything in it.");
    }
    return {};
}
