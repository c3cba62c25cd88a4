// SPDX-License-Identifier: GPL-3.0-or-later
#include "databaseurl.h"

#include "connections/poolerdetector.h"
#include "mwbtr.h"

#include <QDir>
#include <QHostAddress>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QUrl>

namespace {
DatabaseUrl::Result failure(const QString &message) {
    DatabaseUrl::Result r;
    r.error = message;
    return r;
}

/// Percent-decodes one URL part; false when a `%` is not followed by two hex digits or the bytes
/// are not UTF-8.
bool percentDecode(const QString &encoded, QString *decoded) {
    static const QRegularExpression bad(QStringLiteral("%(?![0-9A-Fa-f]{2})"));
    if (encoded.contains(bad))
        return false;
    QStringDecoder utf8(QStringDecoder::Utf8);
    *decoded = utf8(QByteArray::fromPercentEncoding(encoded.toUtf8()));
    return !utf8.hasError();
}

QString malformedEncoding(const QString &part) {
    return MwbTr::tr("The %1 has a malformed percent-encoding: every \"%\" must be followed by "
                     "two hexadecimal digits of UTF-8 text (write a literal \"%\" as %2).")
        .arg(part, QStringLiteral("%25"));
}

QString resolvePath(const QString &path, const QString &schemaDir) {
    if (path.isEmpty())
        return path;
    const QDir base(schemaDir.isEmpty() ? QDir::currentPath() : schemaDir);
    return QDir::cleanPath(base.absoluteFilePath(path));
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
    r.spec.database = resolvePath(path, schemaDir);
    return r;
}

/// `sqlserver://host:port;database=name;user=…;password=…`: named, never echoing credentials.
DatabaseUrl::Result sqlServer(const QString &url) {
    const QStringList parts =
        url.mid(url.indexOf(QLatin1String("://")) + 3).split(QLatin1Char(';'), Qt::SkipEmptyParts);
    QString database;
    for (const QString &part : parts) {
        const QString key = part.section(QLatin1Char('='), 0, 0).trimmed().toLower();
        if (key == QLatin1String("database") || key == QLatin1String("initial catalog"))
            database = part.section(QLatin1Char('='), 1).trimmed();
    }
    const QString host = parts.value(0).section(QLatin1Char('@'), -1);
    const QString what =
        database.isEmpty()
            ? MwbTr::tr("This is a SQL Server URL (server %1).").arg(host)
            : MwbTr::tr("This is a SQL Server URL (database %1 on %2).").arg(database, host);
    return failure(what + QLatin1Char(' ') +
                   MwbTr::tr("SQL Server is recognised but not supported by Migration Workbench "
                             "yet; PostgreSQL, CockroachDB, MySQL/MariaDB and SQLite are."));
}

bool validHostCharacters(const QString &host) {
    static const QRegularExpression allowed(QStringLiteral(R"(^[A-Za-z0-9._~!$&'()*+;=-]+$)"));
    return allowed.match(host).hasMatch();
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
    Result r;
    ConnectionSpec &spec = r.spec;
    bool cockroach = false;
    if (scheme == QLatin1String("postgresql") || scheme == QLatin1String("postgres")) {
        spec.driver = ConnectionSpec::Driver::Postgres;
        spec.port = 5432;
    } else if (scheme == QLatin1String("cockroachdb")) {
        spec.driver = ConnectionSpec::Driver::Postgres;
        spec.port = 26257;
        cockroach = true;
    } else if (scheme == QLatin1String("mysql") || scheme == QLatin1String("mariadb")) {
        spec.driver = ConnectionSpec::Driver::MySql;
        spec.port = 3306;
    } else if (scheme == QLatin1String("mongodb") || scheme == QLatin1String("mongodb+srv")) {
        return failure(MwbTr::tr("MongoDB is not supported by Prisma Migrate, which manages only "
                                 "SQL databases; use prisma db push for MongoDB."));
    } else if (scheme == QLatin1String("sqlserver")) {
        return sqlServer(url);
    } else if (scheme == QLatin1String("prisma") || scheme == QLatin1String("prisma+postgres")) {
        return failure(MwbTr::tr("This is a Prisma Accelerate URL (%1://): migrations cannot run "
                                 "through Accelerate's proxy. Use the direct URL of the database "
                                 "(Prisma's directUrl) instead.")
                           .arg(scheme));
    } else if (scheme == QLatin1String("sqlite")) {
        return failure(MwbTr::tr("SQLite databases are written as file: URLs, for example "
                                 "file:./dev.db (relative to the folder of schema.prisma)."));
    } else if (colon <= 0) {
        return failure(
            MwbTr::tr("The URL has no scheme: expected file:, postgresql:// or mysql://."));
    } else {
        return failure(MwbTr::tr("Unknown URL scheme \"%1\": expected file:, postgresql:// or "
                                 "mysql://.")
                           .arg(scheme));
    }

    const QString afterScheme = url.mid(colon + 1);
    if (!afterScheme.startsWith(QLatin1String("//")))
        return failure(
            MwbTr::tr("Expected \"//\" after \"%1:\" (for example %1://user@host:5432/database).")
                .arg(scheme));
    QString rest = afterScheme.mid(2);
    if (const int hash = rest.indexOf(QLatin1Char('#')); hash >= 0)
        rest.truncate(hash);
    QString queryText;
    if (const int q = rest.indexOf(QLatin1Char('?')); q >= 0) {
        queryText = rest.mid(q + 1);
        rest.truncate(q);
    }
    const int slash = rest.indexOf(QLatin1Char('/'));
    const QString authority = slash >= 0 ? rest.left(slash) : rest;
    const QString pathText = slash >= 0 ? rest.mid(slash + 1) : QString();

    // A password with a raw "/", "?" or "#" ends the authority early: its "@" shows up later
    // (before any "=" of the query, where values may contain "@").
    {
        const QString whole = afterScheme.mid(2);
        const int equals = static_cast<int>(whole.indexOf(QLatin1Char('=')));
        const int lastAt = static_cast<int>(
            (equals >= 0 ? whole.left(equals) : whole).lastIndexOf(QLatin1Char('@')));
        if (lastAt >= authority.size())
            return failure(
                MwbTr::tr("The user name or password contains \"/\", \"?\" or \"#\": "
                          "percent-encode these characters (%1, %2, %3).")
                    .arg(QStringLiteral("%2F"), QStringLiteral("%3F"), QStringLiteral("%23")));
    }

    // user:password@ (the last "@": an unencoded "@" in the password is tolerated, as in Prisma)
    const int at = authority.lastIndexOf(QLatin1Char('@'));
    const QString hostPort = at >= 0 ? authority.mid(at + 1) : authority;
    if (at >= 0) {
        const QString userInfo = authority.left(at);
        const int separator = userInfo.indexOf(QLatin1Char(':'));
        if (!percentDecode(separator >= 0 ? userInfo.left(separator) : userInfo, &spec.user))
            return failure(malformedEncoding(MwbTr::tr("user name")));
        if (separator >= 0 && !percentDecode(userInfo.mid(separator + 1), &spec.password))
            return failure(malformedEncoding(MwbTr::tr("password")));
        spec.hasPassword = !spec.password.isEmpty();
    }

    // host:port, [ipv6]:port
    QString hostText;
    QString portText;
    bool hasPort = false;
    if (hostPort.startsWith(QLatin1Char('['))) {
        const int close = hostPort.indexOf(QLatin1Char(']'));
        if (close < 0)
            return failure(MwbTr::tr("The IPv6 address has no closing \"]\"."));
        hostText = hostPort.mid(1, close - 1);
        const QString after = hostPort.mid(close + 1);
        if (!after.isEmpty() && !after.startsWith(QLatin1Char(':')))
            return failure(MwbTr::tr("Unexpected text after the IPv6 address: expected "
                                     "[address]:port."));
        hasPort = !after.isEmpty();
        portText = after.mid(1);
        const QHostAddress address(hostText.section(QLatin1Char('%'), 0, 0));
        if (address.protocol() != QAbstractSocket::IPv6Protocol)
            return failure(MwbTr::tr("\"[%1]\" is not an IPv6 address.").arg(hostText));
    } else {
        const int portColon = hostPort.lastIndexOf(QLatin1Char(':'));
        hostText = portColon >= 0 ? hostPort.left(portColon) : hostPort;
        hasPort = portColon >= 0;
        portText = hostPort.mid(portColon + 1);
        if (hostPort.contains(QLatin1Char(',')))
            return failure(MwbTr::tr("Several hosts in one URL are not supported by Prisma; "
                                     "give one host."));
        if (hostText.contains(QLatin1Char(':')))
            return failure(MwbTr::tr("The host contains \":\": write an IPv6 address in brackets, "
                                     "for example [::1]:5432."));
        if (!percentDecode(hostText, &hostText))
            return failure(malformedEncoding(MwbTr::tr("host name")));
        if (!hostText.isEmpty() && !validHostCharacters(hostText))
            return failure(MwbTr::tr("The host name \"%1\" contains a character that is not "
                                     "allowed in host names.")
                               .arg(hostText));
    }
    spec.host = hostText.toLower();
    if (hasPort) {
        static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
        if (portText.isEmpty())
            return failure(MwbTr::tr("The port is empty."));
        if (!digits.match(portText).hasMatch())
            return failure(MwbTr::tr("The port is not a number (expected host:port, for example "
                                     "localhost:5432)."));
        bool ok = false;
        const int port = portText.toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return failure(MwbTr::tr("The port is out of range: it must be between 1 and 65535."));
        spec.port = port;
    }

    QString path;
    if (!percentDecode(pathText, &path))
        return failure(malformedEncoding(MwbTr::tr("database name")));
    if (path.contains(QLatin1Char('/')))
        return failure(MwbTr::tr("The database name \"%1\" contains a slash.").arg(path));
    spec.database = path;

    QString decodedQuery;
    if (!percentDecode(queryText, &decodedQuery))
        return failure(malformedEncoding(MwbTr::tr("query (the parameters after \"?\")")));
    const QUrlQuery query(queryText);
    const bool postgres = spec.driver == ConnectionSpec::Driver::Postgres;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key.isEmpty())
            continue;
        if (key == QLatin1String("schema")) {
            if (value.isEmpty())
                return failure(MwbTr::tr("The schema parameter is empty: name a schema (for "
                                         "example ?schema=public) or remove the parameter."));
            spec.schema = value;
        } else if (key == QLatin1String("host") || key == QLatin1String("socket")) {
            spec.socketDir = value;
        } else if (key == QLatin1String("sslmode")) {
            static const QStringList modes = {
                QStringLiteral("disable"),   QStringLiteral("allow"),
                QStringLiteral("prefer"),    QStringLiteral("require"),
                QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
            if (postgres && !modes.contains(value))
                return failure(MwbTr::tr("sslmode must be one of %1, not \"%2\".")
                                   .arg(modes.join(QStringLiteral(", ")), value));
            spec.sslMode = value;
        } else if (key == QLatin1String("sslaccept") && !postgres) {
            if (value != QLatin1String("strict") && value != QLatin1String("accept_invalid_certs"))
                return failure(MwbTr::tr("sslaccept must be strict or accept_invalid_certs, not "
                                         "\"%1\".")
                                   .arg(value));
            spec.sslMode = value;
        } else if (key == QLatin1String("sslcert")) {
            spec.sslRootCert = resolvePath(value, schemaDir);
        } else if (key == QLatin1String("sslpassword")) {
            r.warnings << MwbTr::tr("sslpassword was dropped: it is a secret, and the PKCS#12 "
                                    "identity it unlocks is not used here.");
        } else if (key == QLatin1String("sslidentity")) {
            spec.extraParameters.addQueryItem(key, value);
            r.warnings << MwbTr::tr("sslidentity (a PKCS#12 client identity) is kept for Prisma "
                                    "but not used here: give the client certificate and key as "
                                    "PEM files in a connection profile.");
        } else if (key == QLatin1String("connect_timeout")) {
            bool ok = false;
            const int seconds = value.toInt(&ok);
            if (!ok || seconds < 0)
                return failure(MwbTr::tr("connect_timeout must be a number of seconds, not \"%1\".")
                                   .arg(value));
            spec.connectTimeoutSeconds = seconds;
        } else {
            // Pool and client settings (connection_limit, pool_timeout, pgbouncer,
            // statement_cache_size, socket_timeout, application_name, options, sslaccept on
            // PostgreSQL, …): meaningful to Prisma's client, kept verbatim for export.
            spec.extraParameters.addQueryItem(key, value);
        }
    }
    if (spec.host.isEmpty() && spec.socketDir.isEmpty()) {
        if (authority.isEmpty())
            return failure(MwbTr::tr("The URL has no host."));
        return failure(MwbTr::tr("The host is empty: expected user:password@host:port (or "
                                 "?host=/socket/folder for a unix socket)."));
    }
    if (spec.database.isEmpty())
        return failure(MwbTr::tr("The URL has no database name (the path after the host)."));
    if (postgres && spec.schema.isEmpty())
        spec.schema = QStringLiteral("public");
    if (cockroach || (postgres && spec.port == 26257))
        r.warnings << MwbTr::tr("This looks like CockroachDB: it is handled as PostgreSQL, but "
                                "CockroachDB has no advisory locks, so Prisma's migration lock "
                                "does not keep two deploys apart. Run one deploy at a time.");
    if (const QString pooler = PoolerDetector::warningFor(spec, spec.extraParameters);
        !pooler.isEmpty())
        r.warnings << pooler;
    return r;
}
