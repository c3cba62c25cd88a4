// SPDX-License-Identifier: GPL-3.0-or-later
#include "dbworker.h"

#include "connectionopener.h"
#include "history/historyclassifier.h"
#include "history/historyreader.h"
#include "mwbtr.h"
#include "ops/deployer.h"
#include "ops/resolver.h"
#include "ops/scriptexecutor.h"
#include "query/queryexecutor.h"
#include "querycanceller.h"
#include "review/auditjournal.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

DbWorker::DbWorker(const ConnectionSpec &spec, std::shared_ptr<QueryCanceller> canceller)
    : m_spec(spec)
    , m_canceller(std::move(canceller))
    , m_connectionName(QStringLiteral("mwb:") +
                       QUuid::createUuid().toString(QUuid::WithoutBraces)) {
}

DbWorker::~DbWorker() {
    // Runs on the worker thread (deleteLater before the thread finishes), where the connection
    // lives.
    m_query.reset(); // its cursor must go before the connection
    if (m_open)
        ConnectionOpener::close(m_connectionName);
}

void DbWorker::assertWorkerThread() const {
    Q_ASSERT(QThread::currentThread() == thread());
}

void DbWorker::open(quint64 requestId) {
    assertWorkerThread();
    OpenResult result;
    result.requestId = requestId;
    m_query.reset();
    if (m_open) {
        ConnectionOpener::close(m_connectionName);
        m_open = false;
    }
    if (m_spec.isValid()) {
        result.error = ConnectionOpener::open(m_spec, m_connectionName, &result.serverVersion);
        m_open = !result.error.isError();
        if (m_open && m_canceller) {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            // Without a control connection statements still stop between each other; say nothing.
            m_canceller->attach(db, m_spec);
        }
    }
    // The password is only needed to connect; do not keep it in this thread's memory.
    m_spec.password.fill(QChar(u'\0'));
    m_spec.password.clear();
    Q_EMIT opened(result);
}

void DbWorker::loadHistory(const HistoryRequest &request,
                           const std::shared_ptr<std::atomic_bool> &cancel) {
    assertWorkerThread();
    QElapsedTimer timer;
    timer.start();
    HistoryResult result;
    result.requestId = request.requestId;

    const MigrationsFolderScan folder = MigrationsFolder::scan(request.migrationsDir, cancel.get());
    if (folder.cancelled) {
        result.error = DbError::fromMessage(MwbTr::tr("Cancelled."));
    } else if (!folder.error.isEmpty()) {
        result.error = DbError::fromMessage(folder.error);
    } else if (!m_spec.isValid()) {
        result.report = HistoryClassifier::classify(folder, nullptr, QString());
    } else if (!m_open) {
        result.error = DbError::fromMessage(MwbTr::tr("The connection is not open."));
    } else {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        const HistoryReadResult read = HistoryReader::read(db, m_spec, cancel.get());
        if (read.error.isError())
            result.error = read.error;
        else
            result.report = HistoryClassifier::classify(folder, &read, m_spec.provider());
    }
    result.elapsedMs = timer.elapsed();
    Q_EMIT historyLoaded(result);
}

DbError DbWorker::applyReadOnly(bool readOnly) {
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery q(db);
    switch (m_spec.driver) {
    case ConnectionSpec::Driver::Postgres:
        q.exec(readOnly ? QStringLiteral("SET default_transaction_read_only = on")
                        : QStringLiteral("SET default_transaction_read_only = off"));
        break;
    case ConnectionSpec::Driver::MySql:
        q.exec(readOnly ? QStringLiteral("SET SESSION TRANSACTION READ ONLY")
                        : QStringLiteral("SET SESSION TRANSACTION READ WRITE"));
        break;
    case ConnectionSpec::Driver::Sqlite: {
        // The file was opened read-only: reopen it in the mode wanted (no password involved).
        m_query.reset();
        if (m_canceller)
            m_canceller->detach();
        ConnectionOpener::close(m_connectionName);
        ConnectionSpec spec = m_spec;
        spec.readOnly = readOnly;
        const DbError e = ConnectionOpener::open(spec, m_connectionName, nullptr);
        m_open = !e.isError();
        if (m_open && m_canceller) {
            QSqlDatabase reopened = QSqlDatabase::database(m_connectionName, false);
            m_canceller->attach(reopened, spec);
        }
        return e;
    }
    case ConnectionSpec::Driver::None:
        break;
    }
    if (q.lastError().isValid())
        return DbError{q.lastError().text(), q.lastError().nativeErrorCode(), q.lastQuery()};
    return {};
}

void DbWorker::runOperation(const OperationRequest &request,
                            const std::shared_ptr<std::atomic_bool> &cancel) {
    assertWorkerThread();
    OperationReply reply;
    reply.requestId = request.requestId;
    OperationResult &result = reply.result;
    if (!m_open) {
        result.errorMessage = MwbTr::tr("The connection is not open.");
        Q_EMIT operationFinished(reply);
        return;
    }
    const bool writes = !request.dryRun;
    if (writes && m_spec.readOnly && !request.elevated) {
        result.errorMessage =
            MwbTr::tr("This connection is read-only: nothing was sent. Elevate it for "
                      "this operation (production connections require typing the "
                      "database name).");
        Q_EMIT operationFinished(reply);
        return;
    }
    if (writes && m_spec.readOnly) {
        if (const DbError e = applyReadOnly(false); e.isError()) {
            result.errorMessage = e.message;
            Q_EMIT operationFinished(reply);
            return;
        }
    }
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        OperationContext context{db, m_spec, cancel.get(), m_canceller.get(), {}};
        context.progress = [this, id = request.requestId](int done, int total,
                                                          const QString &what) {
            Q_EMIT operationProgress(OperationProgress{id, done, total, what});
        };
        switch (request.kind) {
        case OperationRequest::Kind::Deploy:
        case OperationRequest::Kind::ResolveApplied: {
            const MigrationsFolderScan folder =
                MigrationsFolder::scan(request.migrationsDir, cancel.get());
            if (!folder.error.isEmpty()) {
                result.errorMessage = folder.error;
                break;
            }
            if (request.kind == OperationRequest::Kind::Deploy)
                result = Deployer::run(context, folder, {request.dryRun, request.atomic});
            else
                result =
                    Resolver::markApplied(context, folder, request.migrationName, request.dryRun);
            break;
        }
        case OperationRequest::Kind::ResolveRolledBack:
            result = Resolver::markRolledBack(context, request.migrationName, request.dryRun);
            break;
        case OperationRequest::Kind::Execute:
            result = ScriptExecutor::run(context, request.script, request.scriptName,
                                         {request.dryRun, request.atomic});
            break;
        }
    } // no QSqlDatabase copy may outlive this block: applyReadOnly may reopen SQLite
    if (writes && m_spec.readOnly)
        applyReadOnly(true); // the elevation ends with the operation
    if (writes && !request.journalPath.isEmpty()) {
        AuditEntry entry;
        entry.time = QDateTime::currentDateTimeUtc();
        entry.osUser = AuditJournal::currentOsUser();
        entry.connection =
            request.connectionLabel.isEmpty() ? m_spec.redactedUrl() : request.connectionLabel;
        entry.environment = request.environment;
        entry.operation = OperationPlan::operationKey(result.plan.operation);
        entry.target = result.plan.target.isEmpty()
                           ? result.plan.migrations.join(QStringLiteral(", "))
                           : result.plan.target;
        entry.elevated = request.elevated;
        for (const PlannedStep &step : result.plan.steps)
            entry.statements << step.sql;
        entry.success = result.success;
        entry.result = result.success ? result.output.join(QLatin1Char('\n')).trimmed()
                                      : (result.errorCode.isEmpty()
                                             ? QString()
                                             : result.errorCode + QStringLiteral(": ")) +
                                            result.errorMessage;
        entry.durationMs = result.elapsedMs;
        if (const QString error = AuditJournal(request.journalPath).append(entry); !error.isEmpty())
            result.output << MwbTr::tr(
                                 "Warning: the write was not recorded in the audit journal: %1")
                                 .arg(error);
    }
    Q_EMIT operationFinished(reply);
}

QueryExecutor *DbWorker::queryExecutor() {
    if (!m_open)
        return nullptr;
    if (!m_query)
        m_query = std::make_unique<QueryExecutor>(m_connectionName, m_spec, m_canceller.get());
    return m_query.get();
}

namespace {
DbError notOpen() {
    return DbError::fromMessage(MwbTr::tr("The connection is not open."));
}
} // namespace

void DbWorker::runQuery(const QueryRunRequest &request,
                        const std::shared_ptr<std::atomic_bool> &cancel) {
    assertWorkerThread();
    QueryExecutor *executor = queryExecutor();
    if (!executor) {
        StatementOutcome outcome;
        outcome.requestId = request.requestId;
        outcome.error = notOpen();
        Q_EMIT statementFinished(outcome);
        QueryRunResult result;
        result.requestId = request.requestId;
        result.failedIndex = 0;
        Q_EMIT queryFinished(result);
        return;
    }
    const QueryRunResult result =
        executor->run(request, cancel.get(), [this](const StatementOutcome &outcome) {
            Q_EMIT statementFinished(outcome);
        });
    Q_EMIT queryFinished(result);
}

void DbWorker::fetchRows(const FetchRequest &request,
                         const std::shared_ptr<std::atomic_bool> &cancel) {
    assertWorkerThread();
    RowChunk chunk;
    if (QueryExecutor *executor = queryExecutor()) {
        chunk = executor->fetch(request, cancel.get());
    } else {
        chunk.requestId = request.requestId;
        chunk.cursorId = request.cursorId;
        chunk.closed = true;
        chunk.error = notOpen();
    }
    Q_EMIT rowsFetched(chunk);
}

void DbWorker::endTransaction(const TransactionRequest &request) {
    assertWorkerThread();
    TransactionResult result;
    if (QueryExecutor *executor = queryExecutor()) {
        result = executor->endTransaction(request);
    } else {
        result.requestId = request.requestId;
        result.commit = request.commit;
        result.error = notOpen();
    }
    Q_EMIT transactionEnded(result);
}

void DbWorker::exportResult(const ExportRequest &request,
                            const std::shared_ptr<std::atomic_bool> &cancel) {
    assertWorkerThread();
    ExportResult result;
    if (QueryExecutor *executor = queryExecutor()) {
        result = executor->exportRows(request, cancel.get(),
                                      [this, id = request.requestId](qint64 rows) {
                                          Q_EMIT exportProgress(ExportProgress{id, rows});
                                      });
    } else {
        result.requestId = request.requestId;
        result.error = notOpen();
    }
    Q_EMIT exportFinished(result);
}

void DbWorker::explain(const ExplainRequest &request,
                       const std::shared_ptr<std::atomic_bool> &cancel) {
    assertWorkerThread();
    ExplainResult result;
    if (QueryExecutor *executor = queryExecutor()) {
        result = executor->explain(request, cancel.get());
    } else {
        result.requestId = request.requestId;
        result.error = notOpen();
    }
    Q_EMIT explainFinished(result);
}

void DbWorker::loadCatalog(const CatalogRequest &request,
                           const std::shared_ptr<std::atomic_bool> &cancel) {
    assertWorkerThread();
    CatalogResult result;
    if (QueryExecutor *executor = queryExecutor()) {
        result = executor->catalog(request, cancel.get());
    } else {
        result.requestId = request.requestId;
        result.error = notOpen();
    }
    Q_EMIT catalogLoaded(result);
}
