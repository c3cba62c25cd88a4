// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionspec.h"
#include "dberror.h"

#include <QString>

#include <memory>
#include <mutex>

class QSqlDatabase;
class QThread;
class QObject;

/// Interrupts the statement running on a worker's connection from any other thread, with the
/// database's own mechanism: sqlite3_interrupt on SQLite, pg_cancel_backend / KILL QUERY sent over
/// a second "control" connection (in its own thread) on PostgreSQL and MySQL/MariaDB. Only
/// statements the worker marked interruptible are cancelled, so bookkeeping writes to
/// `_prisma_migrations` are never interrupted.
class QueryCanceller {
public:
    QueryCanceller();
    ~QueryCanceller();
    QueryCanceller(const QueryCanceller &) = delete;
    QueryCanceller &operator=(const QueryCanceller &) = delete;

    /// Worker thread, right after `db` was opened with `spec` (password still present): remembers
    /// how to reach the running statement and opens the control connection.
    DbError attach(QSqlDatabase &db, const ConnectionSpec &spec);
    /// Worker thread: closes the control connection.
    void detach();
    bool isAttached() const;

    /// Worker thread: brackets a statement that may be interrupted.
    void setInterruptible(bool interruptible);

    /// Any thread: interrupts the current statement if it is interruptible. Returns false when
    /// there was nothing to interrupt.
    bool cancelRunningStatement();

    /// Whether `error` is the database's "statement was cancelled" error.
    static bool isCancellation(const DbError &error, ConnectionSpec::Driver driver);

private:
    mutable std::mutex m_mutex;
    ConnectionSpec::Driver m_driver = ConnectionSpec::Driver::None;
    void *m_sqlite = nullptr;
    qint64 m_backendId = 0;
    bool m_interruptible = false;
    QThread *m_thread = nullptr;
    QObject *m_control = nullptr;
    QString m_controlName;
};
