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
    qRegisterMetaType<StatementOutcome>();
    qRegisterMetaType<QueryRunResult>();
    qRegisterMetaType<RowChunk>();
    qRegisterMetaType<TransactionResult>();
    qRegisterMetaType<ExportProgress>();
    qRegisterMetaType<ExportResult>();
    qRegisterMetaType<ExplainResult>();
    qRegisterMetaType<CatalogResult>();
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
    connect(worker, &DbWorker::statementFinished, this,
            [this](const StatementOutcome &o) { Q_EMIT statementFinished(o); });
    connect(worker, &DbWorker::queryFinished, this, [this](const QueryRunResult &r) {
        requestFinished();
        Q_EMIT queryFinished(r);
    });
    connect(worker, &DbWorker::rowsFetched, this, [this](const RowChunk &c) {
        requestFinished();
        Q_EMIT rowsFetched(c);
    });
    connect(worker, &DbWorker::transactionEnded, this, [this](const TransactionResult &r) {
        requestFinished();
        Q_EMIT transactionEnded(r);
    });
    connect(worker, &DbWorker::exportProgress, this,
            [this](const ExportProgress &p) { Q_EMIT exportProgress(p); });
    connect(worker, &DbWorker::exportFinished, this, [this](const ExportResult &r) {
        requestFinished();
        Q_EMIT exportFinished(r);
    });
    connect(worker, &DbWorker::explainFinished, this, [this](const ExplainResult &r) {
        requestFinished();
        Q_EMIT explainFinished(r);
    });
    connect(worker, &DbWorker::catalogLoaded, this, [this](const CatalogResult &r) {
        requestFinished();
        Q_EMIT catalogLoaded(r);
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

std::shared_ptr<std::atomic_bool> DbSession::queryCancelFlag() {
    if (m_cancel->load())
        m_cancel = std::make_shared<std::atomic_bool>(false);
    return m_cancel;
}

quint64 DbSession::runQuery(QueryRunRequest request) {
    request.requestId = ++m_lastRequestId;
    requestStarted();
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker, request, cancel = queryCancelFlag()] { w->runQuery(request, cancel); },
        Qt::QueuedConnection);
    return request.requestId;
}

quint64 DbSession::fetchRows(quint64 cursorId, int rows) {
    const FetchRequest request{++m_lastRequestId, cursorId, rows};
    requestStarted();
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker, request, cancel = queryCancelFlag()] { w->fetchRows(request, cancel); },
        Qt::QueuedConnection);
    return request.requestId;
}

quint64 DbSession::endTransaction(bool commit) {
    const TransactionRequest request{++m_lastRequestId, commit};
    requestStarted();
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, request] { w->endTransaction(request); }, Qt::QueuedConnection);
    return request.requestId;
}

quint64 DbSession::exportResult(ExportRequest request) {
    request.requestId = ++m_lastRequestId;
    requestStarted();
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker, request, cancel = queryCancelFlag()] { w->exportResult(request, cancel); },
        Qt::QueuedConnection);
    return request.requestId;
}

quint64 DbSession::explain(ExplainRequest request) {
    request.requestId = ++m_lastRequestId;
    requestStarted();
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker, request, cancel = queryCancelFlag()] { w->explain(request, cancel); },
        Qt::QueuedConnection);
    return request.requestId;
}

quint64 DbSession::loadCatalog() {
    const CatalogRequest request{++m_lastRequestId};
    requestStarted();
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker, request, cancel = queryCancelFlag()] { w->loadCatalog(request, cancel); },
        Qt::QueuedConnection);
    return request.requestId;
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

QueryRunResult DbSession::runQueryAndWait(const QueryRunRequest &request,
                                          QList<StatementOutcome> *outcomes) {
    // Both signals are queued to this thread: connect before anything can arrive.
    quint64 id = 0;
    const auto c = connect(this, &DbSession::statementFinished, this,
                           [&id, outcomes](const StatementOutcome &o) {
                               if (outcomes && o.requestId == id)
                                   outcomes->append(o);
                           });
    id = runQuery(request);
    QueryRunResult result = waitFor<QueryRunResult>(id, &DbSession::queryFinished);
    disconnect(c);
    return result;
}

RowChunk DbSession::fetchRowsAndWait(quint64 cursorId, int rows) {
    return waitFor<RowChunk>(fetchRows(cursorId, rows), &DbSession::rowsFetched);
}

TransactionResult DbSession::endTransactionAndWait(bool commit) {
    return waitFor<TransactionResult>(endTransaction(commit), &DbSession::transactionEnded);
}

ExportResult DbSession::exportResultAndWait(const ExportRequest &request) {
    return waitFor<ExportResult>(exportResult(request), &DbSession::exportFinished);
}

ExplainResult DbSession::explainAndWait(const ExplainRequest &request) {
    return waitFor<ExplainResult>(explain(request), &DbSession::explainFinished);
}

CatalogResult DbSession::loadCatalogAndWait() {
    return waitFor<CatalogResult>(loadCatalog(), &DbSession::catalogLoaded);
}
