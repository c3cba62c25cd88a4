// SPDX-License-Identifier: GPL-3.0-or-later
#include "dbsession.h"

#include "dbworker.h"
#include "querycanceller.h"

#include <QEventLoop>

DbSession::DbSession(const ConnectionSpec &spec, QObject *parent, bool cancellable)
    : QObject(parent)
    , m_spec(spec)
    , m_cancel(std::make_shared<std::atomic_bool>(false))
    , m_canceller(cancellable ? std::make_shared<QueryCanceller>() : nullptr) {
    qRegisterMetaType<OpenResult>();
    qRegisterMetaType<HistoryResult>();
    qRegisterMetaType<OperationProgress>();
    qRegisterMetaType<OperationReply>();
    m_spec.password.clear();
    auto *worker = new DbWorker(spec, m_canceller);
    worker->moveToThread(&m_thread);
    m_worker = worker;
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &DbWorker::opened, this, [this](const OpenResult &r) {
        requestFinished();
        Q_EMIT opened(r);
    });
    connect(worker, &DbWorker::historyLoaded, this, [this](const HistoryResult &r) {
        requestFinished();
        if (r.requestId == m_currentHistoryId)
            Q_EMIT historyLoaded(r);
    });
    connect(worker, &DbWorker::operationProgress, this,
            [this](const OperationProgress &p) { Q_EMIT operationProgress(p); });
    connect(worker, &DbWorker::operationFinished, this, [this](const OperationReply &r) {
        requestFinished();
        Q_EMIT operationFinished(r);
    });
    m_thread.setObjectName(QStringLiteral("db:") + spec.displayName().left(40));
    m_thread.start();
}

DbSession::~DbSession() {
    m_cancel->store(true);
    m_thread.quit();
    m_thread.wait();
}

void DbSession::requestStarted() {
    if (m_pending++ == 0)
        Q_EMIT busyChanged(true);
}

void DbSession::requestFinished() {
    if (--m_pending == 0)
        Q_EMIT busyChanged(false);
}

quint64 DbSession::open() {
    const quint64 id = ++m_lastRequestId;
    requestStarted();
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, id] { w->open(id); }, Qt::QueuedConnection);
    return id;
}

quint64 DbSession::loadHistory(const QString &migrationsDir) {
    m_cancel->store(true);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    HistoryRequest request;
    request.requestId = ++m_lastRequestId;
    request.migrationsDir = migrationsDir;
    m_currentHistoryId = request.requestId;
    requestStarted();
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, request, cancel = m_cancel] { w->loadHistory(request, cancel); },
        Qt::QueuedConnection);
    return request.requestId;
}

quint64 DbSession::runOperation(OperationRequest request) {
    m_cancel->store(true);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    request.requestId = ++m_lastRequestId;
    requestStarted();
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, request, cancel = m_cancel] { w->runOperation(request, cancel); },
        Qt::QueuedConnection);
    return request.requestId;
}

void DbSession::cancel() {
    m_cancel->store(true);
    if (m_canceller)
        m_canceller->cancelRunningStatement();
}

template<typename Result, typename Signal>
Result DbSession::waitFor(quint64 requestId, Signal signal) {
    Result result;
    QEventLoop loop;
    const auto c = connect(this, signal, &loop, [&](const Result &r) {
        if (r.requestId == requestId) {
            result = r;
            loop.quit();
        }
    });
    loop.exec();
    disconnect(c);
    return result;
}

OpenResult DbSession::openAndWait() {
    // Results are queued to this thread, so nothing can arrive before the loop runs.
    return waitFor<OpenResult>(open(), &DbSession::opened);
}

HistoryResult DbSession::loadHistoryAndWait(const QString &migrationsDir) {
    return waitFor<HistoryResult>(loadHistory(migrationsDir), &DbSession::historyLoaded);
}

OperationResult DbSession::runOperationAndWait(const OperationRequest &request) {
    return waitFor<OperationReply>(runOperation(request), &DbSession::operationFinished).result;
}
