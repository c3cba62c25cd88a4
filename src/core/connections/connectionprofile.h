// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/connectionspec.h"
#include "environment.h"

#include <QMetaType>
#include <QString>

/// A saved connection: everything needed to open it except the secrets. A value type. The
/// password (and the shadow database's password) live in the system keychain under secretKey() and
/// shadowSecretKey(); this type never holds them, and ConnectionStore never writes them.
struct ConnectionProfile {
    QString id;   ///< a UUID without braces; empty until the profile is first saved
    QString name; ///< shown in the connection list
    ConnectionSpec::Driver driver = ConnectionSpec::Driver::Postgres;
    QString host;
    int port = 5432;
    QString database; ///< database name; for SQLite the absolute file path
    QString user;
    QString schema;      ///< PostgreSQL schema; empty means `public`
    QString sslMode;     ///< PostgreSQL sslmode / MySQL sslaccept; empty: the driver's default
    QString sslRootCert; ///< CA/server certificate file (Prisma's `sslcert`)
    QString sslCert;     ///< client certificate file (PEM)
    QString sslKey;      ///< client certificate's key file (PEM)
    QString socket;      ///< unix socket folder (PostgreSQL) or socket file (MySQL)
    QString options;     ///< further URL parameters, `key=value&…`, kept verbatim (pool settings)
    Environment environment = Environment::Local;
    QString color; ///< `#rrggbb`; empty: the environment's colour
    bool readOnly = false;
    QString shadowUrl; ///< Prisma URL of the shadow database, WITHOUT password; empty: none
    bool rememberPassword = false; ///< the password is kept in the keychain under secretKey()
    QString workspaceRoot;         ///< the workspace this profile belongs to; empty: global

    bool operator==(const ConnectionProfile &other) const = default;

    /// The default port of a driver (0 for SQLite and None).
    static int defaultPort(ConnectionSpec::Driver driver);

    /// Production profiles are always read-only, whatever `readOnly` says.
    bool effectiveReadOnly() const { return readOnly || environment == Environment::Production; }
    /// `color`, or the environment's default colour.
    QString effectiveColor() const;

    /// The spec to open this profile with. `password` is the secret from the keychain (or typed);
    /// `readOnly` is effectiveReadOnly(); `options` become extraParameters, except
    /// `connect_timeout`, which sets the timeout.
    ConnectionSpec toSpec(const QString &password) const;
    /// A new profile (fresh id, name derived from the spec, Local environment) from a spec, for
    /// example one parsed from a URL. The password is not taken: `rememberPassword` says whether
    /// the spec had one, and the caller stores `spec.password` under secretKey() if it keeps it.
    static ConnectionProfile fromSpec(const ConnectionSpec &spec);

    /// The Prisma URL (`postgresql://…`, `mysql://…`, `file:/path`). The password is NEVER
    /// included: with `withPasswordPlaceholder` and a remembered password it shows as `****`,
    /// otherwise it is left out. Client certificate and key files have no Prisma parameter (Prisma
    /// uses PKCS#12 identities) and are not exported. A socket without host exports as
    /// `localhost` with `?host=` (PostgreSQL) or `?socket=` (MySQL).
    QString toPrismaUrl(bool withPasswordPlaceholder) const;

    /// The shadow database spec: shadowUrl parsed (relative to `schemaDir` for `file:`) with the
    /// shadow password added. Invalid with `*error` set when there is no usable shadow URL.
    ConnectionSpec shadowSpec(const QString &shadowPassword, const QString &schemaDir,
                              QString *error) const;

    /// Keychain keys: `migration-workbench/<id>` and `migration-workbench/<id>/shadow`.
    QString secretKey() const;
    QString shadowSecretKey() const;

    /// Empty when the profile can be saved and opened, else a specific message (the first problem
    /// found): missing name, port out of range, PostgreSQL without host or socket, empty SQLite
    /// path, bad colour, a password in the options or in the shadow URL, …
    QString validate() const;
};

Q_DECLARE_METATYPE(ConnectionProfile)
