// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/connectionspec.h"
#include "db/dberror.h"

#include <atomic>
#include <functional>

class QSqlDatabase;

/// Prisma Migrate's lock (semantics §2.4): PostgreSQL advisory lock 72707369, MySQL
/// GET_LOCK('prisma_migrate'), SQLite exclusive locking mode. Taken on the worker's connection, so
/// Prisma and this tool exclude each other. Worker thread only.
class AdvisoryLock {
public:
    static constexpr qint64 PostgresKey = 72707369;
    static constexpr int TimeoutMs = 10000;

    AdvisoryLock(QSqlDatabase &db, const ConnectionSpec &spec);
    ~AdvisoryLock(); ///< releases the lock if it is held

    /// Waits up to `timeoutMs` (Prisma: 10 s). On timeout the error is P1002 and names the holder.
    /// `waiting` is called once when the lock is busy, with the holder's description.
    DbError acquire(int timeoutMs = TimeoutMs, const std::atomic_bool *cancel = nullptr,
                    const std::function<void(const QString &)> &waiting = {});
    void release();
    bool isHeld() const { return m_held; }

    /// Who holds Prisma's lock on this server right now (empty when nobody does): process id,
    /// application, client address and since when. Any thread that owns `db`.
    static QString describeHolder(QSqlDatabase &db, const ConnectionSpec &spec);
    /// The statement Prisma uses, for previews.
    static QString statementFor(const ConnectionSpec &spec);

private:
    bool tryOnce(DbError *error);

    QSqlDatabase &m_db;
    ConnectionSpec::Driver m_driver;
    ConnectionSpec m_spec;
    bool m_held = false;
};
