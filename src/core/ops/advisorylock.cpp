// SPDX-License-Identifier: GPL-3.0-or-later
#include "advisorylock.h"

#include "mwbtr.h"
#include "prismaerrors.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

AdvisoryLock::AdvisoryLock(QSqlDatabase &db, const ConnectionSpec &spec)
    : m_db(db)
    , m_driver(spec.driver)
    , m_spec(spec) {
}

AdvisoryLock::~AdvisoryLock() {
    release();
}

QString AdvisoryLock::statementFor(const ConnectionSpec &spec) {
    switch (spec.driver) {
    case ConnectionSpec::Driver::Postgres:
        return QStringLiteral("SELECT pg_advisory_lock(72707369)");
    case ConnectionSpec::Driver::MySql:
        return QStringLiteral("SELECT GET_LOCK('prisma_migrate', 10)");
    default:
        return QStringLiteral("PRAGMA main.locking_mode=EXCLUSIVE");
    }
}

bool AdvisoryLock::tryOnce(DbError *error) {
    QSqlQuery q(m_db);
    bool ok = false;
    switch (m_driver) {
    case ConnectionSpec::Driver::Postgres:
        // Polling with the try variant gives the same lock as pg_advisory_lock, with a cancellable
        // wait.
        ok = q.exec(QStringLiteral("SELECT pg_try_advisory_lock(72707369)")) && q.next();
        if (ok)
            return q.value(0).toBool();
        break;
    case ConnectionSpec::Driver::MySql:
        ok = q.exec(QStringLiteral("SELECT GET_LOCK('prisma_migrate', 0)")) && q.next();
        if (ok)
            return q.value(0).toInt() == 1;
        break;
    default:
        // Exclusive locking mode takes the file lock at the next write and keeps it: probe with
        // BEGIN IMMEDIATE, which fails at once (busy timeout aside) when another writer holds it.
        ok = q.exec(QStringLiteral("PRAGMA main.locking_mode=EXCLUSIVE"));
        if (ok && q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            q.exec(QStringLiteral("COMMIT"));
            return true;
        }
        if (ok)
            return false;
        break;
    }
    *error = DbError{MwbTr::tr("Cannot take Prisma's migration lock: %1").arg(q.lastError().text()),
                     q.lastError().nativeErrorCode(), q.lastQuery()};
    return false;
}

DbError AdvisoryLock::acquire(int timeoutMs, const std::atomic_bool *cancel,
                              const std::function<void(const QString &)> &waiting) {
    if (m_held)
        return {};
    if (!qEnvironmentVariable("PRISMA_SCHEMA_DISABLE_ADVISORY_LOCK").isEmpty() &&
        qEnvironmentVariable("PRISMA_SCHEMA_DISABLE_ADVISORY_LOCK") != QLatin1String("0"))
        return {}; // Prisma's documented opt-out, honoured the same way
    QElapsedTimer timer;
    timer.start();
    bool reported = false;
    while (true) {
        DbError error;
        if (tryOnce(&error)) {
            m_held = true;
            return {};
        }
        if (error.isError())
            return error;
        if (!reported && waiting) {
            waiting(describeHolder(m_db, m_spec));
            reported = true;
        }
        if (cancel && cancel->load())
            return DbError::fromMessage(
                MwbTr::tr("Cancelled while waiting for Prisma's migration lock."));
        if (timer.elapsed() >= timeoutMs) {
            return DbError::fromMessage(
                PrismaErrors::p1002LockTimeout(m_spec.provider(), describeHolder(m_db, m_spec)),
                QStringLiteral("P1002"));
        }
        QThread::msleep(100);
    }
}

void AdvisoryLock::release() {
    if (!m_held)
        return;
    QSqlQuery q(m_db);
    switch (m_driver) {
    case ConnectionSpec::Driver::Postgres:
        q.exec(QStringLiteral("SELECT pg_advisory_unlock(72707369)"));
        break;
    case ConnectionSpec::Driver::MySql:
        q.exec(QStringLiteral("SELECT RELEASE_LOCK('prisma_migrate')"));
        break;
    default:
        // Back to normal locking; the lock is dropped at the next access.
        q.exec(QStringLiteral("PRAGMA main.locking_mode=NORMAL"));
        q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
        break;
    }
    m_held = false;
}

QString AdvisoryLock::describeHolder(QSqlDatabase &db, const ConnectionSpec &spec) {
    QSqlQuery q(db);
    switch (spec.driver) {
    case ConnectionSpec::Driver::Postgres:
        if (q.exec(QStringLiteral(
                "SELECT a.pid, COALESCE(a.usename, ''), COALESCE(a.application_name, ''), "
                "COALESCE(host(a.client_addr), 'local socket'), to_char(a.backend_start, "
                "'YYYY-MM-DD HH24:MI:SS TZ'), COALESCE(a.state, '') FROM pg_locks l JOIN "
                "pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted "
                "AND "
                "l.objid = 72707369 AND l.pid <> pg_backend_pid()")) &&
            q.next()) {
            return MwbTr::tr(
                       "PostgreSQL backend %1 (user %2, application \"%3\", from %4, connected "
                       "since %5, %6)")
                .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString(), q.value(4).toString(), q.value(5).toString());
        }
        break;
    case ConnectionSpec::Driver::MySql:
        if (q.exec(
                QStringLiteral("SELECT p.ID, p.USER, p.HOST, p.TIME, COALESCE(p.COMMAND, '') FROM "
                               "information_schema.PROCESSLIST p WHERE p.ID = "
                               "IS_USED_LOCK('prisma_migrate') AND p.ID "
                               "<> CONNECTION_ID()")) &&
            q.next()) {
            return MwbTr::tr("MySQL connection %1 (user %2 from %3, %4 s in state %5)")
                .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString(), q.value(4).toString());
        }
        break;
    default:
        return MwbTr::tr("another process has the SQLite file open for writing");
    }
    return {};
}
