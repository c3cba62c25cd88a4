// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/connectionspec.h"
#include "db/dberror.h"

#include <QVariant>

class QSqlDatabase;

/// The bookkeeping writes to `_prisma_migrations`, in the exact shape Prisma's engine sends them
/// (sql_migration_persistence.rs), with timestamps encoded as Prisma encodes them per provider.
/// Worker thread only.
class MigrationsTable {
public:
    /// One bookkeeping statement: SQL with `?` placeholders and the values bound to them.
    struct Write {
        QString sql;
        QVariantList values;
        /// The statement with the values written in, for previews and the audit trail.
        QString display() const;
    };

    explicit MigrationsTable(const ConnectionSpec &spec);

    /// Prisma's CREATE TABLE for this provider.
    QString createTableSql() const;
    /// Whether any base table other than `_prisma_migrations` exists (the P3005 rule).
    bool hasOtherTables(QSqlDatabase &db, DbError *error) const;
    bool tableExists(QSqlDatabase &db, DbError *error) const;

    /// The current time as this provider stores it (SQLite: integer milliseconds; PostgreSQL:
    /// timestamptz text with microseconds; MySQL: UTC DATETIME(3) text).
    QVariant now() const;

    Write insertStarted(const QString &id, const QString &checksum, const QVariant &startedAt,
                        const QString &name) const;
    Write incrementAppliedSteps(const QString &id) const;
    Write setFinished(const QString &id, const QVariant &finishedAt) const;
    Write setLogs(const QString &id, const QString &logs) const;
    Write setRolledBack(const QString &id, const QVariant &rolledBackAt) const;
    /// `resolve --applied`: started_at = finished_at, logs = ''.
    Write insertApplied(const QString &id, const QString &checksum, const QVariant &at,
                        const QString &name) const;

    /// Runs one write on `db`.
    static DbError exec(QSqlDatabase &db, const Write &write);
    static QString newId();

private:
    QString table() const;
    QString column(const char *name) const;
    QString timestampPlaceholder() const;

    ConnectionSpec::Driver m_driver;
    QString m_schema;
};
