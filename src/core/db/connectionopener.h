// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionspec.h"
#include "dberror.h"

/// Opens a named QSqlDatabase from a ConnectionSpec. Must be called on the thread that will use
/// the connection (QtSql connections belong to the thread that created them).
class ConnectionOpener {
public:
    /// Adds and opens the connection `name`; on failure the connection is removed again.
    /// `serverVersion` receives the server's version string on success.
    static DbError open(const ConnectionSpec &spec, const QString &name, QString *serverVersion);
    /// Closes and removes the connection `name` (no QSqlDatabase copy may be alive).
    static void close(const QString &name);
};
