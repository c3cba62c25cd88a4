// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectiondiagnosis.h"

#include "mwbtr.h"
#include "poolerdetector.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>

namespace {
using Kind = ConnectionDiagnosis::Kind;

/// `host:port`, `[::1]:port` or the socket, as users wrote it.
QString address(const ConnectionSpec &spec) {
    if (!spec.socketDir.isEmpty())
        return spec.socketDir;
    const QString host = spec.host.contains(QLatin1Char(':'))
                             ? QLatin1Char('[') + spec.host + QLatin1Char(']')
                             : spec.host;
    return spec.port > 0 ? host + QLatin1Char(':') + QString::number(spec.port) : host;
}

QString userName(const ConnectionSpec &spec) {
    return spec.user.isEmpty() ? MwbTr::tr("(default user)") : spec.user;
}

/// The driver's own text: ConnectionOpener prefixes "Cannot connect to <display name>: ".
QString driverText(const ConnectionSpec &spec, const DbError &error) {
    if (!error.driverText.isEmpty()) // untranslated: safe to classify in any UI language
        return error.driverText.simplified();
    const QString name = spec.displayName();
    const int at = error.message.indexOf(name);
    QString text = at >= 0 ? error.message.mid(at + name.size()) : error.message;
    if (text.startsWith(QLatin1Char(':')))
        text.remove(0, 1);
    return text.simplified();
}

bool has(const QString &text, const char *needle) {
    return text.contains(QLatin1String(needle), Qt::CaseInsensitive);
}

/// The errno in MariaDB client messages: "Can't connect to server on 'h' (111)".
int socketErrno(const QString &text) {
    static const QRegularExpression errnoAtEnd(QStringLiteral(R"(\((-?\d+)\)\s*$)"));
    static const QRegularExpression systemError(QStringLiteral(R"(system error:\s*(\d+))"));
    if (const auto m = errnoAtEnd.match(text); m.hasMatch())
        return m.captured(1).toInt();
    if (const auto m = systemError.match(text); m.hasMatch())
        return m.captured(1).toInt();
    return 0;
}

struct Verdict {
    Kind kind = Kind::Other;
    QString message;
    QString hint;
};

Verdict hostUnknown(const ConnectionSpec &spec) {
    return {Kind::HostUnknown, MwbTr::tr("The host name %1 cannot be resolved.").arg(spec.host),
            MwbTr::tr("Check the spelling of the host. Names of VPN, Docker or Kubernetes "
                      "networks resolve only inside them; try the IP address.")};
}

Verdict refused(const ConnectionSpec &spec) {
    if (!spec.socketDir.isEmpty())
        return {Kind::ConnectionRefused,
                MwbTr::tr("No server accepts connections on the socket %1.").arg(spec.socketDir),
                MwbTr::tr("Check the socket path and that the server is running.")};
    return {Kind::ConnectionRefused,
            MwbTr::tr("Nothing accepts connections on %1 (connection refused).").arg(address(spec)),
            MwbTr::tr("Check the port and that the server is running and listens on TCP for this "
                      "address (PostgreSQL: listen_addresses; MySQL: bind-address). In Docker, "
                      "the port must be published.")};
}

Verdict unreachable(const ConnectionSpec &spec) {
    return {Kind::ConnectionRefused,
            MwbTr::tr("The host %1 cannot be reached (no route to it).").arg(address(spec)),
            MwbTr::tr("Check the network, VPN and firewall between this computer and the "
                      "server.")};
}

Verdict timeout(const ConnectionSpec &spec) {
    return {Kind::Timeout,
            MwbTr::tr("No answer from %1 within %n second(s).", nullptr,
                      qMax(1, spec.connectTimeoutSeconds))
                .arg(address(spec)),
            MwbTr::tr("A firewall or security group may drop the packets, or the server is "
                      "overloaded. Check that the host and port are reachable from here, or raise "
                      "connect_timeout.")};
}

Verdict tls(const QString &what, const QString &hint) {
    return {Kind::TlsError, MwbTr::tr("TLS failed: %1").arg(what), hint};
}

Verdict classifyPostgres(const ConnectionSpec &spec, const QString &text) {
    static const QRegularExpression missingDb(
        QStringLiteral(R"re(database "([^"]*)" does not exist)re"));
    static const QRegularExpression missingRole(
        QStringLiteral(R"re(role "([^"]*)" does not exist)re"));
    if (has(text, "could not translate host name"))
        return hostUnknown(spec);
    if (has(text, "server does not support SSL, but SSL was required"))
        return tls(MwbTr::tr("the server at %1 does not support TLS, but the connection requires "
                             "it (sslmode=%2).")
                       .arg(address(spec), spec.sslMode),
                   MwbTr::tr("Use sslmode=prefer or disable for this server, or enable ssl in "
                             "the server's postgresql.conf."));
    if (has(text, "certificate verify failed") || has(text, "root certificate") ||
        has(text, "server certificate for") || has(text, "certificate file") ||
        has(text, "private key") || has(text, "SSL error") || has(text, "SSL SYSCALL") ||
        has(text, "sslmode value"))
        return tls(MwbTr::tr("the TLS handshake with %1 failed: %2").arg(address(spec), text),
                   MwbTr::tr("Check the certificate files and the SSL mode: verify-ca and "
                             "verify-full need the server's CA certificate (sslcert)."));
    if (has(text, "no pg_hba.conf entry")) {
        if (has(text, "no encryption"))
            return tls(MwbTr::tr("the server accepts user %1 only over TLS (PostgreSQL 28000).")
                           .arg(userName(spec)),
                       MwbTr::tr("Set the SSL mode to require."));
        return {Kind::AuthenticationFailed,
                MwbTr::tr("The server's pg_hba.conf does not let user %1 connect from this host "
                          "to database %2 (PostgreSQL 28000).")
                    .arg(userName(spec), spec.database),
                MwbTr::tr("Ask the database administrator to allow this user and host in "
                          "pg_hba.conf.")};
    }
    if (has(text, "password authentication failed") || has(text, "authentication failed"))
        return {Kind::AuthenticationFailed,
                MwbTr::tr("Authentication failed for user %1: wrong password or unknown user "
                          "(PostgreSQL 28P01).")
                    .arg(userName(spec)),
                MwbTr::tr("Check the user name and password; a remembered password may be "
                          "outdated.")};
    if (has(text, "no password supplied"))
        return {Kind::AuthenticationFailed,
                MwbTr::tr("The server wants a password for user %1, and none was given "
                          "(PostgreSQL 28P01).")
                    .arg(userName(spec)),
                MwbTr::tr("Enter the password, or let the connection remember it.")};
    if (const auto m = missingRole.match(text); m.hasMatch())
        return {Kind::AuthenticationFailed,
                MwbTr::tr("Authentication failed: the user (role) %1 does not exist (PostgreSQL "
                          "28000).")
                    .arg(m.captured(1)),
                MwbTr::tr("Check the user name.")};
    if (const auto m = missingDb.match(text); m.hasMatch())
        return {Kind::DatabaseMissing,
                MwbTr::tr("The database %1 does not exist on %2 (PostgreSQL 3D000).")
                    .arg(m.captured(1), address(spec)),
                MwbTr::tr("Check the database name (the path of the URL) or create the database "
                          "first (CREATE DATABASE).")};
    if (has(text, "timeout expired") || has(text, "timed out"))
        return timeout(spec);
    if (has(text, "Connection refused"))
        return refused(spec);
    if (has(text, "No such file or directory") && !spec.socketDir.isEmpty())
        return refused(spec);
    if (has(text, "No route to host") || has(text, "Network is unreachable"))
        return unreachable(spec);
    if (has(text, "too many clients") || has(text, "too many connections"))
        return {Kind::Other,
                MwbTr::tr("The server at %1 has no free connection slot (PostgreSQL 53300).")
                    .arg(address(spec)),
                MwbTr::tr("Close idle connections or raise max_connections; a pooler in session "
                          "mode may help.")};
    if (has(text, "starting up") || has(text, "shutting down") || has(text, "in recovery mode"))
        return {Kind::Other,
                MwbTr::tr("The server at %1 is starting up or shutting down (PostgreSQL 57P03).")
                    .arg(address(spec)),
                MwbTr::tr("Try again in a moment.")};
    return {Kind::Other, MwbTr::tr("Cannot connect to %1: %2").arg(address(spec), text), {}};
}

Verdict classifyMySql(const ConnectionSpec &spec, const QString &code, const QString &text) {
    const int errnoValue = socketErrno(text);
    if (code == QLatin1String("2005") || has(text, "Unknown server host") ||
        has(text, "Unknown MySQL server host"))
        return hostUnknown(spec);
    if (code == QLatin1String("2026") || code == QLatin1String("3159") ||
        has(text, "SSL connection error") || has(text, "TLS/SSL error"))
        return tls(MwbTr::tr("%1 (MySQL %2)").arg(text, code),
                   MwbTr::tr("Check that the server has TLS enabled and that the CA certificate "
                             "(sslcert) is the right one."));
    if (code == QLatin1String("1045") || code == QLatin1String("1698"))
        return {Kind::AuthenticationFailed,
                MwbTr::tr("Authentication failed for user %1: wrong password or unknown user "
                          "(MySQL %2).")
                    .arg(userName(spec), code),
                MwbTr::tr("Check the user name and password; MySQL accounts are per host "
                          "(user@host), so the account may not exist for this client's "
                          "address.")};
    if (code == QLatin1String("1044"))
        return {Kind::AuthenticationFailed,
                MwbTr::tr("User %1 may not use database %2 (MySQL 1044); the database may also not "
                          "exist.")
                    .arg(userName(spec), spec.database),
                MwbTr::tr("Grant the user privileges on the database, or check its name.")};
    if (code == QLatin1String("1049") || has(text, "Unknown database"))
        return {Kind::DatabaseMissing,
                MwbTr::tr("The database %1 does not exist on %2 (MySQL 1049).")
                    .arg(spec.database, address(spec)),
                MwbTr::tr("Check the database name (the path of the URL) or create the database "
                          "first (CREATE DATABASE).")};
    if (errnoValue == 110 || has(text, "timed out") || has(text, "timeout"))
        return timeout(spec);
    if (code == QLatin1String("2002") || code == QLatin1String("2003") ||
        code == QLatin1String("2013")) {
        if (errnoValue == 113 || errnoValue == 101)
            return unreachable(spec);
        return refused(spec);
    }
    if (code == QLatin1String("1040"))
        return {Kind::Other,
                MwbTr::tr("The server at %1 has no free connection slot (MySQL 1040).")
                    .arg(address(spec)),
                MwbTr::tr("Close idle connections or raise max_connections.")};
    if (code == QLatin1String("2059") || has(text, "plugin"))
        return {Kind::Other,
                MwbTr::tr("The client cannot use the server's authentication method: %1").arg(text),
                MwbTr::tr("Install the client authentication plugin, or change the user's "
                          "authentication plugin on the server.")};
    return {Kind::Other,
            code.isEmpty()
                ? MwbTr::tr("Cannot connect to %1: %2").arg(address(spec), text)
                : MwbTr::tr("Cannot connect to %1: %2 (MySQL %3)").arg(address(spec), text, code),
            {}};
}

Verdict classifySqlite(const ConnectionSpec &spec, const DbError &error, const QString &text) {
    const QFileInfo file(spec.database);
    if (!file.exists() || error.nativeCode == QLatin1String("P1003"))
        return {Kind::FileMissing,
                MwbTr::tr("The SQLite database file %1 does not exist.").arg(spec.database),
                MwbTr::tr("Check the path: a relative file: URL is resolved from the folder of "
                          "schema.prisma, not from the project folder.")};
    if (file.isDir())
        return {Kind::NotADatabase,
                MwbTr::tr("%1 is a folder, not a SQLite database file.").arg(spec.database),
                MwbTr::tr("Point the URL at the database file inside it.")};
    if (error.nativeCode == QLatin1String("26") || has(text, "not a database"))
        return {Kind::NotADatabase,
                MwbTr::tr("%1 is not a SQLite database (SQLite 26).").arg(spec.database),
                MwbTr::tr("The file may be of another kind, encrypted or damaged; check that the "
                          "URL names the database file.")};
    if (error.nativeCode == QLatin1String("14") || has(text, "unable to open"))
        return {Kind::Other, MwbTr::tr("%1 cannot be opened (SQLite 14).").arg(spec.database),
                MwbTr::tr("Check the file's and its folder's permissions.")};
    return {Kind::Other, text, {}};
}
} // namespace

QString ConnectionDiagnosis::kindKey(Kind kind) {
    switch (kind) {
    case Kind::Ok:
        return QStringLiteral("ok");
    case Kind::DriverMissing:
        return QStringLiteral("driver-missing");
    case Kind::HostUnknown:
        return QStringLiteral("host-unknown");
    case Kind::ConnectionRefused:
        return QStringLiteral("connection-refused");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::AuthenticationFailed:
        return QStringLiteral("auth-failed");
    case Kind::DatabaseMissing:
        return QStringLiteral("database-missing");
    case Kind::TlsError:
        return QStringLiteral("tls-error");
    case Kind::FileMissing:
        return QStringLiteral("file-missing");
    case Kind::NotADatabase:
        return QStringLiteral("not-a-database");
    case Kind::Other:
        break;
    }
    return QStringLiteral("other");
}

ConnectionDiagnosis ConnectionDiagnosis::diagnose(const ConnectionSpec &spec,
                                                  const DbError &openError,
                                                  const QString &serverVersion) {
    ConnectionDiagnosis d;
    d.poolerWarning = PoolerDetector::warningFor(spec, spec.extraParameters);
    if (!openError.isError()) {
        d.kind = Kind::Ok;
        d.serverVersion = serverVersion;
        d.message = serverVersion.isEmpty() ? MwbTr::tr("Connected to %1.").arg(spec.displayName())
                                            : MwbTr::tr("Connected to %1 (server version %2).")
                                                  .arg(spec.displayName(), serverVersion);
        return d;
    }
    const QString text = driverText(spec, openError);
    d.details = openError.message;
    if (spec.password.size() >= 4) // defence in depth: drivers do not echo passwords
        d.details.replace(spec.password, QStringLiteral("****"));

    Verdict v;
    if (!spec.isValid()) {
        v = {Kind::Other, openError.message,
             MwbTr::tr("Choose a database type and fill in the connection.")};
    } else if (!QSqlDatabase::isDriverAvailable(spec.qtDriver()) ||
               (has(text, "driver") && (has(text, "not installed") || has(text, "not loaded")))) {
        const QString package = QStringLiteral("libqt6sql6-") + spec.qtDriver().mid(1).toLower();
        v = {Kind::DriverMissing,
             MwbTr::tr("The Qt SQL driver %1 for %2 is not installed.")
                 .arg(spec.qtDriver(), spec.provider()),
             MwbTr::tr("Install the package %1 (Debian, Ubuntu) or the Qt SQL plugin of your "
                       "distribution, then restart Migration Workbench.")
                 .arg(package)};
    } else {
        switch (spec.driver) {
        case ConnectionSpec::Driver::Postgres:
            v = classifyPostgres(spec, text);
            break;
        case ConnectionSpec::Driver::MySql:
            v = classifyMySql(spec, openError.nativeCode, text);
            break;
        case ConnectionSpec::Driver::Sqlite:
            v = classifySqlite(spec, openError, text);
            break;
        case ConnectionSpec::Driver::None:
            break;
        }
    }
    d.kind = v.kind;
    d.message = v.message;
    d.hint = v.hint;
    if (spec.password.size() >= 4)
        d.message.replace(spec.password, QStringLiteral("****"));
    return d;
}
