// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionspec.h"

#include <QStringList>

/// Prisma datasource URLs: `file:` (relative to the schema file's folder, as Prisma resolves it),
/// `postgresql://` / `postgres://`, `mysql://` and `cockroachdb://` (opened as PostgreSQL).
/// Recognised but refused with a specific message: MongoDB, SQL Server, Prisma Accelerate.
///
/// Query parameters: `schema`, `sslmode` / `sslaccept` (MySQL), `sslcert` (the server's CA
/// certificate, relative paths resolved like `file:`), `host` / `socket` (unix socket) and
/// `connect_timeout` are interpreted; Prisma's pool and client settings (`connection_limit`,
/// `pool_timeout`, `pgbouncer`, `statement_cache_size`, `socket_timeout`, `application_name`,
/// `options`, `sslidentity`, …) are kept verbatim in `extraParameters`; `sslpassword` is dropped
/// (a secret). Errors never repeat the user name or password.
class DatabaseUrl {
public:
    struct Result {
        ConnectionSpec spec;
        QString error;        ///< says which part of the URL is wrong; empty on success
        QStringList warnings; ///< non-fatal notes (pooler, CockroachDB, ignored settings)
        bool ok() const { return error.isEmpty(); }
    };

    /// `schemaDir` is the folder of schema.prisma, used to resolve relative `file:` URLs and
    /// certificate paths.
    static Result parse(const QString &url, const QString &schemaDir);
};
