// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/connectionspec.h"

#include <QString>

/// The PostgreSQL and MariaDB servers started by the `servers` test fixture
/// (scripts/test-servers.sh writes their addresses to an env file).
class TestServers {
public:
    enum class Kind { Postgres, MySql };

    /// The admin spec of a server, or an invalid spec with `reason` set.
    static ConnectionSpec server(Kind kind, QString *reason);
    /// Creates a new empty database (unique name) and returns a spec for it; invalid with
    /// `reason` on failure. Runs on the calling thread with its own short-lived connection.
    static ConnectionSpec freshDatabase(Kind kind, QString *reason, const QString &pgSchema = {});
    /// Runs statements on a spec's database with a short-lived connection; returns the first error.
    static QString execute(const ConnectionSpec &spec, const QStringList &statements);
    /// `postgresql://…` / `mysql://…` URL for a spec (password included, tests only).
    static QString url(const ConnectionSpec &spec);
};
