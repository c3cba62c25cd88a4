// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/connectionspec.h"
#include "db/dberror.h"

#include <QString>

/// What went wrong when opening a connection, in words a user can act on: the kind of failure, a
/// specific message (which user, host, database, with the server's code), a hint for the fix, and
/// on success the server version and a pooler warning.
struct ConnectionDiagnosis {
    enum class Kind {
        Ok,
        DriverMissing,        ///< the Qt SQL plugin (or its client library) is not installed
        HostUnknown,          ///< the host name does not resolve
        ConnectionRefused,    ///< nothing listens on host:port (or the socket)
        Timeout,              ///< no answer within the connect timeout
        AuthenticationFailed, ///< wrong password, unknown user, or access rules refuse the user
        DatabaseMissing,      ///< the server runs, the database does not exist
        TlsError,             ///< TLS required but unavailable, or a certificate problem
        FileMissing,          ///< SQLite: the file does not exist
        NotADatabase,         ///< SQLite: the file is not a database (or is a folder)
        Other,
    };

    Kind kind = Kind::Ok;
    /// Specific, e.g. "Authentication failed for user app: wrong password or unknown user
    /// (PostgreSQL 28P01)". Never contains the password.
    QString message;
    QString hint;          ///< what to check or do next; may be empty
    QString details;       ///< the driver's original text, for a "details" section
    QString serverVersion; ///< on success
    QString poolerWarning; ///< on success or failure: PoolerDetector's warning for the spec

    bool ok() const { return kind == Kind::Ok; }

    /// Classifies the result of ConnectionOpener::open(): `openError` empty means success (then
    /// `serverVersion` is reported). Understands libpq's messages (PostgreSQL, which has no
    /// SQLSTATE before authentication completes), MariaDB/MySQL client error numbers (2005, 2002,
    /// 2003, 1045, 1044, 1049, 2026, …) and ConnectionOpener's own SQLite and driver checks.
    static ConnectionDiagnosis diagnose(const ConnectionSpec &spec, const DbError &openError,
                                        const QString &serverVersion);
    /// A short name of a kind for logs and tests (`auth-failed`, `host-unknown`, …).
    static QString kindKey(Kind kind);
};
