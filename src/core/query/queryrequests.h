// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/dberror.h"
#include "db/sqlstatement.h"
#include "schema/schemamodel.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariant>

/// Value types of the SQL editor's conversation with its connection's worker (DbSession ↔
/// DbWorker ↔ QueryExecutor). Every request carries an id; every result echoes it.

/// Whether a transaction is open on the editor's connection.
enum class TransactionState {
    None,   ///< auto-commit: every statement commits by itself
    Open,   ///< BEGIN was sent (by us in manual-commit mode, or by the user)
    Failed, ///< open, but a statement failed: PostgreSQL accepts only ROLLBACK now
};

struct QueryOptions {
    int timeoutMs = 0;         ///< statement timeout; 0: none
    bool manualCommit = false; ///< open a transaction before the first write; commit explicitly
    int firstChunkRows = 200;  ///< rows sent with a result set (first rows fast)
    /// Rows kept of a result set that is not the last one of a run: the next statement needs the
    /// connection, so the rest of such a result is dropped (export re-runs the statement).
    int scriptResultRows = 1000;
};

/// Run statements (cut by SqlSplitter, positions relative to the editor text) one after the other;
/// stops at the first failure.
struct QueryRunRequest {
    quint64 requestId = 0;
    QList<SqlStatement> statements;
    QueryOptions options;
};

struct QueryColumn {
    QString name;
    int metaType = 0; ///< QMetaType id of the values (decides alignment, number export)
    QString typeName; ///< the metatype's name, for the header tooltip
};

using QueryRow = QList<QVariant>;

/// One statement's outcome, sent as soon as it is known.
struct StatementOutcome {
    quint64 requestId = 0;
    int index = 0; ///< in QueryRunRequest::statements
    bool hasResultSet = false;
    QList<QueryColumn> columns;
    QList<QueryRow> rows;   ///< the first rows
    quint64 cursorId = 0;   ///< non-zero: more rows can be fetched with this cursor
    bool truncated = false; ///< more rows existed but were dropped (see scriptResultRows)
    qint64 rowsAffected = -1;
    qint64 elapsedMs = 0;
    DbError error;
    bool cancelled = false;
    bool timedOut = false;
    bool refused = false; ///< not sent: a write on a read-only connection
    QString notice;       ///< e.g. "this statement committed the open transaction implicitly"
};

struct QueryRunResult {
    quint64 requestId = 0;
    int executed = 0;     ///< statements that completed
    int failedIndex = -1; ///< the statement that failed, was refused or cancelled; -1: none
    bool cancelled = false;
    bool schemaChanged = false; ///< DDL ran: completion data should be re-read
    TransactionState transaction = TransactionState::None;
    qint64 elapsedMs = 0;
};

struct FetchRequest {
    quint64 requestId = 0;
    quint64 cursorId = 0;
    int rows = 2000;
};

/// Rows of an open cursor. `atEnd`: the cursor is exhausted (or closed, with `error`).
struct RowChunk {
    quint64 requestId = 0;
    quint64 cursorId = 0;
    QList<QueryRow> rows;
    bool atEnd = true;
    bool closed = false; ///< the cursor had been closed by another statement: rows are gone
    DbError error;
};

struct TransactionRequest {
    quint64 requestId = 0;
    bool commit = true; ///< false: roll back
};

struct TransactionResult {
    quint64 requestId = 0;
    bool commit = true;
    DbError error;
    TransactionState transaction = TransactionState::None;
};

enum class ExportFormat { Csv, Json, SqlInserts };

/// Runs `sql` again and streams every row to `path` (written atomically: a cancelled or failed
/// export leaves no file behind).
struct ExportRequest {
    quint64 requestId = 0;
    QString sql;
    ExportFormat format = ExportFormat::Csv;
    QString path;
    QString tableName; ///< SQL INSERTs: the target table
    int timeoutMs = 0;
};

struct ExportProgress {
    quint64 requestId = 0;
    qint64 rows = 0;
};

struct ExportResult {
    quint64 requestId = 0;
    qint64 rows = 0;
    qint64 bytes = 0;
    qint64 elapsedMs = 0;
    bool cancelled = false;
    DbError error;
};

struct ExplainRequest {
    quint64 requestId = 0;
    QString sql;
    bool analyze = false; ///< executes the statement (writes are rolled back where possible)
};

/// One node of a query plan; the tree is a flat list in pre-order with parent indexes.
struct ExplainNode {
    int parent = -1;
    QString title;  ///< "Seq Scan on \"User\"", "SCAN User", "table: User"
    QString detail; ///< the important numbers in one line (cost, rows, time)
    QList<std::pair<QString, QString>> properties; ///< everything else, for the details view
};

struct ExplainResult {
    quint64 requestId = 0;
    QList<ExplainNode> nodes;
    QString raw; ///< the database's own output (JSON or rows as text)
    bool analyzed = false;
    DbError error;
};

struct CatalogRequest {
    quint64 requestId = 0;
};

/// What completion needs: the connection's schema (tables, columns, views) and the names of the
/// other schemas/databases.
struct CatalogResult {
    quint64 requestId = 0;
    Schema schema;
    QStringList namespaces;
    DbError error;
};

Q_DECLARE_METATYPE(StatementOutcome)
Q_DECLARE_METATYPE(QueryRunResult)
Q_DECLARE_METATYPE(RowChunk)
Q_DECLARE_METATYPE(TransactionResult)
Q_DECLARE_METATYPE(ExportProgress)
Q_DECLARE_METATYPE(ExportResult)
Q_DECLARE_METATYPE(ExplainResult)
Q_DECLARE_METATYPE(CatalogResult)
