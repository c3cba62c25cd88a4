// SPDX-License-Identifier: GPL-3.0-or-later
#include "querycanceller.h"

#include "connectionopener.h"
#include "mwbtr.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#include <sqlite3.h>

QueryCanceller::QueryCanceller() = default;

QueryCanceller::~QueryCanceller() {
    detach();
}

DbError QueryCanceller::attach(QSqlDatabase &db, const ConnectionSpec &spec) {
    detach();
    std::lock_guard lock(m_mutex);
    m_driver = spec.driver;
    if (spec.driver == ConnectionSpec::Driver::Sqlite) {
        const QVariant handle = db.driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
            m_sqlite = *static_cast<void *const *>(handle.constData());
        return m_sqlite ? DbError{}
                        : DbError::fromMessage(MwbTr::tr("The SQLite handle is not available."));
    }
    QSqlQuery q(db);
    const bool pg = spec.driver == ConnectionSpec::Driver::Postgres;
    if (!q.exec(pg ? QStringLiteral("SELECT pg_backend_pid()")
                   : QStringLiteral("SELECT CONNECTION_ID()")) ||
        !q.next())
        return DbError::fromMessage(MwbTr::tr("Cannot find the connection's server process id."));
    m_backendId = q.value(0).toLongLong();

    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("db-cancel"));
    m_control = new QObject;
    m_control->moveToThread(m_thread);
    m_thread->start();
    m_controlName =
        QStringLiteral("mwb-cancel:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    DbError error;
    // The control connection belongs to the control thread: open it there (we are not the GUI
    // thread).
    QMetaObject::invokeMethod(
        m_control, [&] { error = ConnectionOpener::open(spec, m_controlName, nullptr); },
        Qt::BlockingQueuedConnection);
    return error;
}

void QueryCanceller::detach() {
    std::lock_guard lock(m_mutex);
    if (m_thread) {
        const QString name = m_controlName;
        QMetaObject::invokeMethod(
            m_control, [name] { ConnectionOpener::close(name); }, Qt::BlockingQueuedConnection);
        m_thread->quit();
        m_thread->wait();
        delete m_control;
        delete m_thread;
        m_thread = nullptr;
        m_control = nullptr;
    }
    m_sqlite = nullptr;
    m_backendId = 0;
    m_interruptible = false;
}

bool QueryCanceller::isAttached() const {
    std::lock_guard lock(m_mutex);
    return m_sqlite || m_thread;
}

void QueryCanceller::setInterruptible(bool interruptible) {
    std::lock_guard lock(m_mutex);
    m_interruptible = interruptible;
}

bool QueryCanceller::cancelRunningStatement() {
    std::lock_guard lock(m_mutex);
    if (!m_interruptible)
        return false;
    if (m_sqlite) {
        sqlite3_interrupt(static_cast<sqlite3 *>(m_sqlite));
        return true;
    }
    if (!m_thread)
        return false;
    const QString name = m_controlName;
    const QString sql = m_driver == ConnectionSpec::Driver::Postgres
                            ? QStringLiteral("SELECT pg_cancel_backend(%1)").arg(m_backendId)
                            : QStringLiteral("KILL QUERY %1").arg(m_backendId);
    QMetaObject::invokeMethod(
        m_control,
        [name, sql] {
            QSqlDatabase control = QSqlDatabase::database(name, false);
            QSqlQuery q(control);
            q.exec(sql);
        },
        Qt::QueuedConnection);
    return true;
}

bool QueryCanceller::isCancellation(const DbError &error, ConnectionSpec::Driver driver) {
    switch (driver) {
    case ConnectionSpec::Driver::Postgres:
        return error.nativeCode == QLatin1String("57014");
    case ConnectionSpec::Driver::MySql:
        return error.nativeCode == QLatin1String("1317");
    case ConnectionSpec::Driver::Sqlite:
        return error.nativeCode == QLatin1String("9");
    case ConnectionSpec::Driver::None:
        break;
    }
    return false;
}
