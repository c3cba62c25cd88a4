// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionspec.h"
#include "dbrequests.h"
#include "query/queryrequests.h"

#include <QObject>

class QueryCanceller;
class QueryExecutor;

#include <atomic>
#include <memory>

/// Owns one database connection and does all work on it. Lives in its own QThread (created by
/// DbSession); every slot runs on that thread and the connection is created there. Nothing here
/// ever asks the user anything.
class DbWorker : public QObject {
    Q_OBJECT
public:
    /// `canceller` (optional) is attached to the connection once it is open, so that the session
    /// can interrupt running statements from its own thread.
    DbWorker(const ConnectionSpec &spec, std::shared_ptr<QueryCanceller> canceller);
    ~DbWorker() override;

    void open(quint64 requestId);
    void loadHistory(const HistoryRequest &request,
                     const std::shared_ptr<std::atomic_bool> &cancel);
    void runOperation(const OperationRequest &request,
                      const std::shared_ptr<std::atomic_bool> &cancel);

    // The SQL editor (see QueryExecutor).
    void runQuery(const QueryRunRequest &request, const std::shared_ptr<std::atomic_bool> &cancel);
    void fetchRows(const FetchRequest &request, const std::shared_ptr<std::atomic_bool> &cancel);
    void endTransaction(const TransactionRequest &request);
    void exportResult(const ExportRequest &request,
                      const std::shared_ptr<std::atomic_bool> &cancel);
    void explain(const ExplainRequest &request, const std::shared_ptr<std::atomic_bool> &cancel);
    void loadCatalog(const CatalogRequest &request,
                     const std::shared_ptr<std::atomic_bool> &cancel);

Q_SIGNALS:
    void opened(const OpenResult &result);
    void historyLoaded(const HistoryResult &result);
    void operationProgress(const OperationProgress &progress);
    void operationFinished(const OperationReply &reply);
    void statementFinished(const StatementOutcome &outcome);
    void queryFinished(const QueryRunResult &result);
    void rowsFetched(const RowChunk &chunk);
    void transactionEnded(const TransactionResult &result);
    void exportProgress(const ExportProgress &progress);
    void exportFinished(const ExportResult &result);
    void explainFinished(const ExplainResult &result);
    void catalogLoaded(const CatalogResult &result);

private:
    void assertWorkerThread() const;

    /// Sets the session's read-only mode in the database itself (defence in depth).
    DbError applyReadOnly(bool readOnly);
    /// The editor's engine on this connection; nullptr while the connection is not open.
    QueryExecutor *queryExecutor();

    ConnectionSpec m_spec;
    std::shared_ptr<QueryCanceller> m_canceller;
    QString m_connectionName;
    bool m_open = false;
    std::unique_ptr<QueryExecutor> m_query; ///< holds the editor's open cursor and transaction
};
