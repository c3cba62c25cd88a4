// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionspec.h"
#include "dbrequests.h"
#include "query/queryrequests.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <memory>

class DbWorker;
class QueryCanceller;

/// The caller-side handle of one open connection (GUI or CLI thread). Owns the worker thread;
/// sends requests with ids and re-emits results, dropping stale ones. Never touches QSqlDatabase.
class DbSession : public QObject {
    Q_OBJECT
public:
    /// A session with `spec.driver == None` reads migrations folders only. With `cancellable`,
    /// running statements can be interrupted (a second control connection on PostgreSQL/MySQL).
    explicit DbSession(const ConnectionSpec &spec, QObject *parent = nullptr,
                       bool cancellable = false);
    ~DbSession() override;

    /// The spec without password.
    const ConnectionSpec &spec() const { return m_spec; }
    bool hasDatabase() const { return m_spec.isValid(); }

    quint64 open();
    /// Supersedes (and cancels) any history request still running.
    quint64 loadHistory(const QString &migrationsDir);
    /// Runs (or previews, with `dryRun`) a write operation.
    quint64 runOperation(OperationRequest request);
    /// Cancels the running request between steps (folder entries, rows, statements) and, for a
    /// cancellable session, interrupts the statement running right now.
    void cancel();
    bool isBusy() const { return m_pending > 0; }

    // The SQL editor. Requests queue behind each other on the worker; cancel() stops the running
    // one and everything queued behind it. Only one result cursor is open at a time: any request
    // but fetchRows() closes it.
    quint64 runQuery(QueryRunRequest request);
    quint64 fetchRows(quint64 cursorId, int rows);
    quint64 endTransaction(bool commit);
    quint64 exportResult(ExportRequest request);
    quint64 explain(ExplainRequest request);
    quint64 loadCatalog();

    /// Blocks in a local event loop until the result of `open()` arrives (CLI and tests only).
    OpenResult openAndWait();
    /// Blocks in a local event loop until the history result arrives (CLI and tests only).
    HistoryResult loadHistoryAndWait(const QString &migrationsDir);
    /// Blocks in a local event loop until the operation's result arrives (CLI and tests only).
    OperationResult runOperationAndWait(const OperationRequest &request);
    /// Blocking variants of the editor's requests (CLI, tests, benchmarks).
    QueryRunResult runQueryAndWait(const QueryRunRequest &request,
                                   QList<StatementOutcome> *outcomes = nullptr);
    RowChunk fetchRowsAndWait(quint64 cursorId, int rows);
    TransactionResult endTransactionAndWait(bool commit);
    ExportResult exportResultAndWait(const ExportRequest &request);
    ExplainResult explainAndWait(const ExplainRequest &request);
    CatalogResult loadCatalogAndWait();

Q_SIGNALS:
    void opened(const OpenResult &result);
    void historyLoaded(const HistoryResult &result);
    void operationProgress(const OperationProgress &progress);
    void operationFinished(const OperationReply &reply);
    void busyChanged(bool busy);
    void statementFinished(const StatementOutcome &outcome);
    void queryFinished(const QueryRunResult &result);
    void rowsFetched(const RowChunk &chunk);
    void transactionEnded(const TransactionResult &result);
    void exportProgress(const ExportProgress &progress);
    void exportFinished(const ExportResult &result);
    void explainFinished(const ExplainResult &result);
    void catalogLoaded(const CatalogResult &result);

private:
    void requestStarted();
    void requestFinished();
    template<typename Result, typename Signal> Result waitFor(quint64 requestId, Signal signal);
    /// The editor's requests share one cancel flag until cancel() sets it; then a fresh one.
    std::shared_ptr<std::atomic_bool> queryCancelFlag();

    ConnectionSpec m_spec;
    QThread m_thread;
    QPointer<DbWorker> m_worker;
    quint64 m_lastRequestId = 0;
    quint64 m_currentHistoryId = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::shared_ptr<QueryCanceller> m_canceller;
    int m_pending = 0;
};
