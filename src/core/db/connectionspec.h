// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>
#include <QUrlQuery>

/// Everything needed to open one database connection. A value type; the password is transient
/// (never persisted by this type) and is wiped by the worker once the connection is open.
struct ConnectionSpec {
    enum class Driver { None, Sqlite, Postgres, MySql };

    Driver driver = Driver::None;
    QString host;
    int port = 0;
    QString database; ///< database name; for SQLite the absolute file path
    QString user;
    QString password;
    bool hasPassword = false; ///< the URL carried a password (kept after the password is wiped)
    QString schema;           ///< PostgreSQL schema (`?schema=`), `public` by default
    QString socketDir;        ///< unix socket directory/path (`host=` query parameter)
    QString sslMode;          ///< PostgreSQL sslmode / MySQL sslaccept, as given
    QString sslRootCert;      ///< CA/server certificate file (Prisma's `sslcert`), empty: none
    QString sslCert;          ///< client certificate file (PEM), empty: none
    QString sslKey;           ///< client certificate's private key file (PEM), empty: none
    int connectTimeoutSeconds = 5;
    bool readOnly = false; ///< open so that no write can happen (SQLite: read-only file mode)
    bool createIfMissing = false; ///< SQLite: create the file, as Prisma's deploy does
    QUrlQuery extraParameters;    ///< URL parameters we keep but do not interpret

    bool isValid() const { return driver != Driver::None; }
    /// Prisma's connector name, the one `migration_lock.toml` must contain.
    QString provider() const;
    /// The QtSql driver name (QSQLITE, QPSQL, QMYSQL).
    QString qtDriver() const;
    /// A human label without password: `PostgreSQL app@db.example:5432/app (schema public)`.
    QString displayName() const;
    /// The Prisma URL with the password replaced by `****`.
    QString redactedUrl() const;
};

Q_DECLARE_METATYPE(ConnectionSpec)
