// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/connectionspec.h"
#include "db/dberror.h"

#include <QString>

class QSqlDatabase;

/// A throw-away database to run migrations or scripts on, as Prisma's shadow database: SQLite in
/// memory; on PostgreSQL and MySQL/MariaDB a temporary `prisma_migrate_shadow_db_<uuid>` database
/// created on the server and dropped again, or a configured shadow database (Prisma's
/// `shadowDatabaseUrl`) emptied before use. Lives on one thread (it owns QtSql connections).
class ShadowDatabase {
public:
    ShadowDatabase() = default;
    ~ShadowDatabase();
    ShadowDatabase(const ShadowDatabase &) = delete;
    ShadowDatabase &operator=(const ShadowDatabase &) = delete;

    /// `server` must carry the password (PostgreSQL/MySQL). With a valid `configured` spec that
    /// database is used instead of a temporary one; it must not be `main` (refused, as Prisma
    /// does, because it gets emptied).
    DbError create(const ConnectionSpec &server, const ConnectionSpec &configured = {},
                   const ConnectionSpec &main = {});
    /// The open connection (valid after a successful create()).
    QSqlDatabase database() const;
    /// The spec of the shadow database itself (without password).
    const ConnectionSpec &spec() const { return m_spec; }
    /// The temporary database's name, empty for SQLite and configured shadows.
    const QString &temporaryName() const { return m_temporaryName; }
    /// Closes the connection and drops the temporary database; safe to call twice.
    void drop();
    /// Set when the temporary database could not be dropped.
    const QString &cleanupError() const { return m_cleanupError; }

private:
    DbError emptyConfigured();

    ConnectionSpec m_spec;
    ConnectionSpec m_server;
    QString m_connectionName;
    QString m_adminName;
    QString m_temporaryName;
    QString m_cleanupError;
};
