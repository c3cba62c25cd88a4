// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/connectionspec.h"
#include "db/sqldialect.h"
#include "queryrequests.h"

#include <atomic>
#include <functional>
#include <memory>

class QSqlDatabase;
class QSqlQuery;
class QueryCanceller;

/// The SQL editor's engine. Lives inside a DbWorker (its thread, its connection) and is the only
/// code that runs the editor's statements:
/// - statements one by one, each with its own outcome; a result set arrives with its first rows
///   and, for the last statement of a run, stays open as a forward-only cursor (PostgreSQL
///   single-row mode, SQLite stepping) that is read in chunks on request, so memory holds only
///   what was asked for (QMYSQL buffers a whole result in the client library, that is its way);
/// - one cursor at a time: any other request closes it (the rows already sent stay in the grid);
/// - read-only connections refuse writes before sending them (StatementClassifier);
/// - manual-commit mode opens a transaction before the first write; the transaction state is
///   read from SQLite (autocommit flag) and MariaDB (@@in_transaction), tracked on PostgreSQL;
/// - statement timeout: PostgreSQL statement_timeout, MariaDB max_statement_time (MySQL
///   max_execution_time), SQLite a progress handler; cancel through the QueryCanceller and the
///   cancel flag;
/// - export (re-runs the statement and streams every row to a file), EXPLAIN, and the catalog for
///   completion.
class QueryExecutor {
public:
    QueryExecutor(const QString &connectionName, const ConnectionSpec &spec,
                  QueryCanceller *canceller);
    ~QueryExecutor();
    QueryExecutor(const QueryExecutor &) = delete;
    QueryExecutor &operator=(const QueryExecutor &) = delete;

    using OutcomeSink = std::function<void(const StatementOutcome &)>;
    using ProgressSink = std::function<void(qint64 rows)>;

    QueryRunResult run(const QueryRunRequest &request, const std::atomic_bool *cancel,
                       const OutcomeSink &sink);
    RowChunk fetch(const FetchRequest &request, const std::atomic_bool *cancel);
    TransactionResult endTransaction(const TransactionRequest &request);
    ExportResult exportRows(const ExportRequest &request, const std::atomic_bool *cancel,
                            const ProgressSink &progress);
    ExplainResult explain(const ExplainRequest &request, const std::atomic_bool *cancel);
    CatalogResult catalog(const CatalogRequest &request, const std::atomic_bool *cancel);

    /// Drops the open cursor (PostgreSQL reads and discards the rest of its rows).
    void closeCursor();
    TransactionState transaction() const { return m_transaction; }
    SqlDialect dialect() const;

private:
    struct Cursor;
    struct ExecOutcome {
        DbError error;
        bool cancelled = false;
        bool timedOut = false;
    };

    QSqlDatabase database() const;
    ExecOutcome exec(QSqlQuery &query, const QString &sql, const std::atomic_bool *cancel,
                     int timeoutMs);
    /// Reads up to `max` rows; `more` tells whether another row exists (it is kept in the cursor).
    QList<QueryRow> readRows(Cursor &cursor, int max, bool *more, const std::atomic_bool *cancel,
                             int timeoutMs, ExecOutcome *outcome);
    void applyTimeout(int ms);
    DbError execSimple(const QString &sql);
    void refreshTransaction(bool mayHaveChanged);
    bool isMariaDb();
    static DbError errorOf(const QSqlQuery &query, const QString &sql);

    QString m_name;
    ConnectionSpec m_spec;
    QueryCanceller *m_canceller;
    std::unique_ptr<Cursor> m_cursor;
    quint64 m_nextCursorId = 1;
    TransactionState m_transaction = TransactionState::None;
    int m_appliedTimeoutMs = 0;
    int m_mariaDb = -1; ///< unknown until asked
};
