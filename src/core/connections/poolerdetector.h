// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/connectionspec.h"

#include <QString>
#include <QUrlQuery>

class QSqlDatabase;

/// Recognises PostgreSQL connections that go through a transaction pooler (PgBouncer, Supabase's
/// Supavisor, Neon's pooler). Prisma Migrate needs a direct connection: its advisory lock is held
/// on one server session and its prepared statements live in one session, and transaction pooling
/// hands every transaction to whichever server connection is free.
class PoolerDetector {
public:
    /// A warning when the URL points at a transaction pooler: `pgbouncer=true`, port 6432
    /// (PgBouncer's default) or 6543 (Supabase's transaction pooler), a host name with `-pooler`
    /// (Neon) or `pooler.` (Supabase). Empty when nothing suggests a pooler or the spec is not
    /// PostgreSQL. `params` are the URL's query parameters (for example the spec's
    /// extraParameters, which keep `pgbouncer`).
    static QString warningFor(const ConnectionSpec &spec, const QUrlQuery &params);

    /// A live check on an open PostgreSQL connection: runs `SELECT pg_backend_pid()` in two
    /// separate transactions (a few times) and reports whether the server process changed in
    /// between, which only happens behind transaction pooling. A heuristic: an idle pooler may
    /// hand back the same server connection, so false does not prove a direct connection; true is
    /// reliable. Returns false for other drivers, a closed connection or a failed query. Must run
    /// on the connection's thread, outside a transaction.
    static bool looksPooled(QSqlDatabase &db);
};
