// SPDX-License-Identifier: GPL-3.0-or-later
#include "databaseurl.h"

#include "mwbtr.h"

#include <QDir>
#include <QRegularExpression>
#include <QUrl>

namespace {
DatabaseUrl::Result failure(const QString &message) {
    DatabaseUrl::Result r;
    r.error = message;
    return r;
}

DatabaseUrl::Result parseFile(const QString &url, const QString &schemaDir) {
    QString path = url.mid(5); // after "file:"
    const int query = path.indexOf(QLatin1Char('?'));
    if (query >= 0)
        path.truncate(query);
    if (path.startsWith(QLatin1String("//")))
        path = QUrl(url.left(5 + (query >= 0 ? query : url.size() - 5))).toLocalFile();
    if (path.isEmpty())
        return failure(
            MwbTr::tr("The file: URL has no path (expected for example file:./dev.db)."));
    DatabaseUrl::Result r;
    r.spec.driver = ConnectionSpec::Driver::Sqlite;
    const QDir base(schemaDir.isEmpty() ? QDir::currentPath() : schemaDir);
    r.spec.database = QDir::cleanPath(base.absoluteFilePath(path));
    return r;
}
} // namespace

DatabaseUrl::Result DatabaseUrl::parse(const QString &rawUrl, const QString &schemaDir) {
    const QString url = rawUrl.trimmed();
    if (url.isEmpty())
        return failure(MwbTr::tr("The database URL is empty."));
    if (url.startsWith(QLatin1String("file:")))
        return parseFile(url, schemaDir);

    const int colon = url.indexOf(QLatin1Char(':'));
    const QString scheme = colon > 0 ? url.left(colon).toLower() : QString();
    ConnectionSpec spec;
    if (scheme == QLatin1String("postgresql") || scheme == QLatin1String("postgres")) {
        spec.driver = ConnectionSpec::Driver::Postgres;
        spec.port = 5432;
    } else if (scheme == QLatin1String("mysql") || scheme == QLatin1String("mariadb")) {
        spec.driver = ConnectionSpec::Driver::MySql;
        spec.port = 3306;
    } else if (scheme.startsWith(QLatin1String("mongodb"))) {
        return failure(MwbTr::tr("MongoDB is not supported: Prisma Migrate does not manage MongoDB "
                                 "databases (use prisma db push there)."));
    } else if (scheme == QLatin1String("sqlserver")) {
        return failure(MwbTr::tr("SQL Server URLs are recognised, but this version supports "
                                 "PostgreSQL, MySQL/MariaDB and SQLite only."));
    } else if (scheme == QLatin1String("cockroachdb")) {
        return failure(MwbTr::tr("CockroachDB is not supported yet; PostgreSQL, MySQL/MariaDB and "
                                 "SQLite are."));
    } else if (scheme == QLatin1String("prisma") || scheme == QLatin1String("prisma+postgres")) {
        return failure(MwbTr::tr("Prisma Accelerate/Postgres proxy URLs cannot run migrations; use "
                                 "the direct database URL."));
    } else if (colon <= 0) {
        return failure(
            MwbTr::tr("The URL has no scheme: expected file:, postgresql:// or mysql://."));
    } else {
        return failure(MwbTr::tr("Unknown URL scheme \"%1\": expected file:, postgresql:// or "
                                 "mysql://.")
                           .arg(scheme));
    }

    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid())
        return failure(MwbTr::tr("The URL is malformed: %1.").arg(parsed.errorString()));
    if (!url.mid(colon).startsWith(QLatin1String("://")))
        return failure(MwbTr::tr("Expected \"//\" after \"%1:\".").arg(scheme));

    spec.user = parsed.userName(QUrl::FullyDecoded);
    spec.password = parsed.password(QUrl::FullyDecoded);
    spec.hasPassword = !spec.password.isEmpty();
    spec.host = parsed.host(QUrl::FullyDecoded);
    if (parsed.port() != -1)
        spec.port = parsed.port();
    else if (url.contains(QRegularExpression(QStringLiteral("@[^/]*:(/|$)"))))
        return failure(MwbTr::tr("The port is empty."));
    QString path = parsed.path(QUrl::FullyDecoded);
    if (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    if (path.contains(QLatin1Char('/')))
        return failure(MwbTr::tr("The database name \"%1\" contains a slash.").arg(path));
    spec.database = path;

    const QUrlQuery query(parsed);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("schema"))
            spec.schema = value;
        else if (key == QLatin1String("host") || key == QLatin1String("socket"))
            spec.socketDir = value;
        else if (key == QLatin1String("sslmode") || key == QLatin1String("sslaccept"))
            spec.sslMode = value;
        else if (key == QLatin1String("connect_timeout")) {
            bool ok = false;
            const int seconds = value.toInt(&ok);
            if (!ok || seconds < 0)
                return failure(MwbTr::tr("connect_timeout must be a number of seconds, not \"%1\".")
                                   .arg(value));
            spec.connectTimeoutSeconds = seconds;
        } else
            spec.extraParameters.addQueryItem(key, value);
    }
    if (spec.host.isEmpty() && spec.socketDir.isEmpty())
        return failure(MwbTr::tr("The URL has no host."));
    if (spec.database.isEmpty())
        return failure(MwbTr::tr("The URL has no database name (the path after the host)."));
    if (spec.driver == ConnectionSpec::Driver::Postgres && spec.schema.isEmpty())
        spec.schema = QStringLiteral("public");
    Result r;
    r.spec = spec;
    return r;
}
