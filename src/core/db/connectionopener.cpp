// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionopener.h"

#include "mwbtr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace {
/// A libpq conninfo value in single quotes (QPSQL turns the `;` between options into spaces).
QString pqQuoted(QString value) {
    value.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    value.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}

QString connectOptions(const ConnectionSpec &spec) {
    QStringList options;
    switch (spec.driver) {
    case ConnectionSpec::Driver::Postgres:
        options << QStringLiteral("connect_timeout=%1").arg(qMax(1, spec.connectTimeoutSeconds));
        if (!spec.sslMode.isEmpty())
            options << QStringLiteral("sslmode=%1").arg(spec.sslMode);
        if (!spec.sslRootCert.isEmpty())
            options << QStringLiteral("sslrootcert=") + pqQuoted(spec.sslRootCert);
        if (!spec.sslCert.isEmpty())
            options << QStringLiteral("sslcert=") + pqQuoted(spec.sslCert);
        if (!spec.sslKey.isEmpty())
            options << QStringLiteral("sslkey=") + pqQuoted(spec.sslKey);
        options << QStringLiteral("application_name=migration-workbench");
        break;
    case ConnectionSpec::Driver::MySql:
        options << QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=%1")
                       .arg(qMax(1, spec.connectTimeoutSeconds));
        if (!spec.socketDir.isEmpty())
            options << QStringLiteral("UNIX_SOCKET=%1").arg(spec.socketDir);
        if (!spec.sslRootCert.isEmpty())
            options << QStringLiteral("SSL_CA=%1").arg(spec.sslRootCert);
        if (!spec.sslCert.isEmpty())
            options << QStringLiteral("SSL_CERT=%1").arg(spec.sslCert);
        if (!spec.sslKey.isEmpty())
            options << QStringLiteral("SSL_KEY=%1").arg(spec.sslKey);
        break;
    case ConnectionSpec::Driver::Sqlite:
        options << QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
        if (spec.readOnly)
            options << QStringLiteral("QSQLITE_OPEN_READONLY");
        break;
    case ConnectionSpec::Driver::None:
        break;
    }
    return options.join(QLatin1Char(';'));
}

QString versionQuery(ConnectionSpec::Driver driver) {
    switch (driver) {
    case ConnectionSpec::Driver::Postgres:
        return QStringLiteral("SHOW server_version");
    case ConnectionSpec::Driver::MySql:
        return QStringLiteral("SELECT VERSION()");
    default:
        return QStringLiteral("SELECT sqlite_version()");
    }
}
} // namespace

DbError ConnectionOpener::open(const ConnectionSpec &spec, const QString &name,
                               QString *serverVersion) {
    if (!spec.isValid())
        return DbError::fromMessage(MwbTr::tr("No database is configured."));
    if (!QSqlDatabase::isDriverAvailable(spec.qtDriver()))
        return DbError::fromMessage(
            MwbTr::tr("The Qt SQL driver %1 is not installed (Debian: libqt6sql6-%2).")
                .arg(spec.qtDriver(), spec.qtDriver().mid(1).toLower()));
    if (spec.driver == ConnectionSpec::Driver::Sqlite) {
        // QSQLITE would silently create a missing file; a typo must not leave an empty database.
        QFileInfo file(spec.database);
        if (!file.exists() && spec.createIfMissing && !spec.readOnly && file.dir().exists()) {
            QFile created(spec.database);
            created.open(QIODevice::WriteOnly);
            file.refresh();
        }
        if (!file.exists())
            return DbError::fromMessage(
                MwbTr::tr("The SQLite database file %1 does not exist.").arg(spec.database),
                QStringLiteral("P1003"));
        if (!file.isFile())
            return DbError::fromMessage(MwbTr::tr("%1 is not a file.").arg(spec.database));
    }

    DbError error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(spec.qtDriver(), name);
        db.setDatabaseName(spec.database);
        if (spec.driver != ConnectionSpec::Driver::Sqlite) {
            db.setHostName(spec.socketDir.isEmpty() || spec.driver == ConnectionSpec::Driver::MySql
                               ? spec.host
                               : spec.socketDir);
            if (spec.port > 0)
                db.setPort(spec.port);
            db.setUserName(spec.user);
            db.setPassword(spec.password);
        }
        db.setConnectOptions(connectOptions(spec));
        if (!db.open()) {
            const QSqlError e = db.lastError();
            const QString raw = e.driverText() + QLatin1Char(' ') + e.databaseText();
            error = DbError{MwbTr::tr("Cannot connect to %1: %2").arg(spec.displayName(), raw),
                            e.nativeErrorCode(),
                            {},
                            raw};
        } else {
            db.setPassword(QString()); // do not keep it for reconnects
            QSqlQuery setup(db);
            if (spec.driver == ConnectionSpec::Driver::Postgres) {
                // Like Prisma: unqualified names in migrations land in the URL's schema.
                QString schema = spec.schema.isEmpty() ? QStringLiteral("public") : spec.schema;
                schema.replace(QLatin1Char('"'), QLatin1String("\"\""));
                setup.exec(QStringLiteral("SET search_path TO \"%1\"").arg(schema));
                if (spec.readOnly)
                    setup.exec(QStringLiteral("SET default_transaction_read_only = on"));
            } else if (spec.driver == ConnectionSpec::Driver::MySql && spec.readOnly) {
                setup.exec(QStringLiteral("SET SESSION TRANSACTION READ ONLY"));
            }
            QSqlQuery version(db);
            if (version.exec(versionQuery(spec.driver)) && version.next() && serverVersion)
                *serverVersion = version.value(0).toString();
            if (spec.driver == ConnectionSpec::Driver::MySql &&
                (!spec.sslRootCert.isEmpty() || !spec.sslCert.isEmpty() ||
                 !spec.sslKey.isEmpty())) {
                // Qt 6.4's QMYSQL has no "TLS required" option: with SSL_CA set, MariaDB's client
                // silently falls back to plain text when the server has no TLS. Check.
                QSqlQuery tls(db);
                if (!tls.exec(QStringLiteral("SHOW SESSION STATUS LIKE 'Ssl_cipher'")) ||
                    !tls.next() || tls.value(1).toString().isEmpty())
                    error = DbError{MwbTr::tr("Cannot connect to %1: SSL connection error: TLS "
                                              "certificates are set, but the server does not "
                                              "support TLS (the connection is not encrypted)")
                                        .arg(spec.displayName()),
                                    QStringLiteral("2026"),
                                    {}};
            }
            if (spec.driver == ConnectionSpec::Driver::Sqlite) {
                // Force the file to be read now: a non-database file fails here, not later.
                QSqlQuery probe(db);
                if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
                    error = DbError{MwbTr::tr("%1 is not a SQLite database: %2")
                                        .arg(spec.database, probe.lastError().databaseText()),
                                    probe.lastError().nativeErrorCode(),
                                    {}};
                }
            }
        }
    }
    if (error.isError())
        close(name);
    return error;
}

void ConnectionOpener::close(const QString &name) {
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}
