// SPDX-License-Identifier: GPL-3.0-or-later
#include "queryexecutor.h"

#include "db/querycanceller.h"
#include "db/sqlsplitter.h"
#include "explainplan.h"
#include "mwbtr.h"
#include "resultwriter.h"
#include "schema/schemaintrospector.h"
#include "statementclassifier.h"

#include <QElapsedTimer>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

#include <sqlite3.h>

namespace {
sqlite3 *sqliteHandle(const QSqlDatabase &db) {
    if (!db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(handle.constData());
    return nullptr;
}

/// SQLite has no statement timeout: a progress handler stops the statement once the deadline
/// has passed (or the cancel flag is set) while it runs.
class SqliteProgressGuard {
public:
    SqliteProgressGuard(const QSqlDatabase &db, const std::atomic_bool *cancel, int timeoutMs)
        : m_handle(sqliteHandle(db))
        , m_cancel(cancel)
        , m_timeoutMs(timeoutMs) {
        m_timer.start();
        if (m_handle)
            sqlite3_progress_handler(m_handle, 1000, &SqliteProgressGuard::callback, this);
    }
    ~SqliteProgressGuard() {
        if (m_handle)
            sqlite3_progress_handler(m_handle, 0, nullptr, nullptr);
    }
    SqliteProgressGuard(const SqliteProgressGuard &) = delete;
    SqliteProgressGuard &operator=(const SqliteProgressGuard &) = delete;
    bool timedOut() const { return m_timedOut; }

private:
    static int callback(void *p) {
        auto *self = static_cast<SqliteProgressGuard *>(p);
        if (self->m_cancel && self->m_cancel->load())
            return 1;
        if (self->m_timeoutMs > 0 && self->m_timer.elapsed() > self->m_timeoutMs) {
            self->m_timedOut = true;
            return 1;
        }
        return 0;
    }

    sqlite3 *m_handle;
    const std::atomic_bool *m_cancel;
    int m_timeoutMs;
    QElapsedTimer m_timer;
    bool m_timedOut = false;
};

/// Marks the running statement interruptible for the canceller while in scope.
class Interruptible {
public:
    explicit Interruptible(QueryCanceller *canceller)
        : m_canceller(canceller) {
        if (m_canceller)
            m_canceller->setInterruptible(true);
    }
    ~Interruptible() {
        if (m_canceller)
            m_canceller->setInterruptible(false);
    }
    Interruptible(const Interruptible &) = delete;
    Interruptible &operator=(const Interruptible &) = delete;

private:
    QueryCanceller *m_canceller;
};

bool isCancelled(const std::atomic_bool *cancel) {
    return cancel && cancel->load();
}

QList<QueryColumn> columnsOf(const QSqlRecord &record) {
    QList<QueryColumn> columns;
    for (int i = 0; i < record.count(); ++i) {
        const QMetaType type = record.field(i).metaType();
        columns.append({record.fieldName(i), type.id(),
                        type.isValid() ? QString::fromLatin1(type.name()) : QString()});
    }
    return columns;
}

QueryRow rowOf(const QSqlQuery &q, int columns) {
    QueryRow row;
    row.reserve(columns);
    for (int i = 0; i < columns; ++i)
        row.append(q.value(i));
    return row;
}
} // namespace

struct QueryExecutor::Cursor {
    std::unique_ptr<QSqlQuery> query;
    quint64 id = 0;
    int columns = 0;
    QueryRow pending; ///< read ahead to know whether more rows exist
    bool hasPending = false;
};

QueryExecutor::QueryExecutor(const QString &connectionName, const ConnectionSpec &spec,
                             QueryCanceller *canceller)
    : m_name(connectionName)
    , m_spec(spec)
    , m_canceller(canceller) {
    m_spec.password.clear();
}

QueryExecutor::~QueryExecutor() {
    closeCursor();
}

QSqlDatabase QueryExecutor::database() const {
    return QSqlDatabase::database(m_name, false);
}

SqlDialect QueryExecutor::dialect() const {
    return sqlDialectForProvider(m_spec.provider());
}

void QueryExecutor::closeCursor() {
    m_cursor.reset();
}

DbError QueryExecutor::errorOf(const QSqlQuery &query, const QString &sql) {
    const QSqlError e = query.lastError();
    QString message = e.databaseText().trimmed();
    if (message.isEmpty())
        message = e.text().trimmed();
    if (message.isEmpty())
        message = MwbTr::tr("The statement failed.");
    DbError error{message, e.nativeErrorCode(), sql};
    error.driverText = e.driverText();
    return error;
}

DbError QueryExecutor::execSimple(const QString &sql) {
    QSqlQuery q(database());
    if (!q.exec(sql))
        return errorOf(q, sql);
    return {};
}

bool QueryExecutor::isMariaDb() {
    if (m_mariaDb < 0) {
        QSqlQuery q(database());
        m_mariaDb =
            q.exec(QStringLiteral("SELECT VERSION()")) && q.next() &&
                    q.value(0).toString().contains(QLatin1String("MariaDB"), Qt::CaseInsensitive)
                ? 1
                : 0;
    }
    return m_mariaDb == 1;
}

void QueryExecutor::applyTimeout(int ms) {
    if (ms == m_appliedTimeoutMs)
        return;
    switch (m_spec.driver) {
    case ConnectionSpec::Driver::Postgres:
        if (!execSimple(QStringLiteral("SET statement_timeout = %1").arg(ms)).isError())
            m_appliedTimeoutMs = ms;
        break;
    case ConnectionSpec::Driver::MySql:
        if (isMariaDb()) {
            if (!execSimple(QStringLiteral("SET SESSION max_statement_time = %1")
                                .arg(ms / 1000.0, 0, 'f', 3))
                     .isError())
                m_appliedTimeoutMs = ms;
        } else if (!execSimple(QStringLiteral("SET SESSION max_execution_time = %1").arg(ms))
                        .isError()) {
            m_appliedTimeoutMs = ms; // MySQL: SELECT statements only
        }
        break;
    case ConnectionSpec::Driver::Sqlite: // per statement, see SqliteProgressGuard
        m_appliedTimeoutMs = ms;
        break;
    case ConnectionSpec::Driver::None:
        break;
    }
}

QueryExecutor::ExecOutcome QueryExecutor::exec(QSqlQuery &q, const QString &sql,
                                               const std::atomic_bool *cancel, int timeoutMs) {
    ExecOutcome out;
    q.setForwardOnly(true);
    // Exact numerics: PostgreSQL numeric arrives as text instead of a rounded double.
    q.setNumericalPrecisionPolicy(QSql::HighPrecision);
    bool ok = false;
    bool sqliteTimedOut = false;
    {
        Interruptible interruptible(m_canceller);
        SqliteProgressGuard guard(database(), cancel,
                                  m_spec.driver == ConnectionSpec::Driver::Sqlite ? timeoutMs : 0);
        ok = q.exec(sql);
        sqliteTimedOut = guard.timedOut();
    }
    if (!ok) {
        out.error = errorOf(q, sql);
        const QString &code = out.error.nativeCode;
        out.timedOut = sqliteTimedOut ||
                       (code == QLatin1String("57014") &&
                        out.error.message.contains(QLatin1String("statement timeout"))) ||
                       code == QLatin1String("1969") || code == QLatin1String("3024");
        out.cancelled = !out.timedOut && (isCancelled(cancel) ||
                                          QueryCanceller::isCancellation(out.error, m_spec.driver));
        if (out.timedOut)
            out.error.message = MwbTr::tr("Statement timeout (%1 s) reached: %2")
                                    .arg(timeoutMs / 1000.0)
                                    .arg(out.error.message);
    } else if (isCancelled(cancel)) {
        // MariaDB's SLEEP() returns 1 instead of failing when KILL QUERY interrupts it.
        out.cancelled = true;
        out.error = DbError::fromMessage(MwbTr::tr("Cancelled."));
        out.error.statement = sql;
    }
    return out;
}

QList<QueryRow> QueryExecutor::readRows(Cursor &cursor, int max, bool *more,
                                        const std::atomic_bool *cancel, int timeoutMs,
                                        ExecOutcome *outcome) {
    QList<QueryRow> rows;
    rows.reserve(qMin(max, 10000));
    if (cursor.hasPending) {
        rows.append(cursor.pending);
        cursor.pending.clear();
        cursor.hasPending = false;
    }
    QSqlQuery &q = *cursor.query;
    Interruptible interruptible(m_canceller);
    SqliteProgressGuard guard(database(), cancel,
                              m_spec.driver == ConnectionSpec::Driver::Sqlite ? timeoutMs : 0);
    *more = false;
    while (rows.size() < max) {
        if (isCancelled(cancel))
            break;
        if (!q.next())
            break;
        rows.append(rowOf(q, cursor.columns));
    }
    if (rows.size() >= max && !isCancelled(cancel) && q.next()) {
        cursor.pending = rowOf(q, cursor.columns);
        cursor.hasPending = true;
        *more = true;
    }
    if (q.lastError().isValid()) {
        outcome->error = errorOf(q, q.lastQuery());
        outcome->timedOut =
            guard.timedOut() || outcome->error.message.contains(QLatin1String("statement timeout"));
        outcome->cancelled = !outcome->timedOut;
        *more = false;
    } else if (isCancelled(cancel)) {
        outcome->cancelled = true;
        outcome->error = DbError::fromMessage(MwbTr::tr("Cancelled while reading rows."));
        *more = false;
    }
    return rows;
}

void QueryExecutor::refreshTransaction(bool mayHaveChanged) {
    switch (m_spec.driver) {
    case ConnectionSpec::Driver::Sqlite:
        if (sqlite3 *h = sqliteHandle(database()))
            m_transaction =
                sqlite3_get_autocommit(h) ? TransactionState::None : TransactionState::Open;
        break;
    case ConnectionSpec::Driver::MySql: {
        if (!mayHaveChanged)
            break;
        QSqlQuery q(database());
        if (q.exec(QStringLiteral("SELECT @@in_transaction")) && q.next())
            m_transaction = q.value(0).toInt() ? TransactionState::Open : TransactionState::None;
        break;
    }
    case ConnectionSpec::Driver::Postgres: // tracked by the caller
    case ConnectionSpec::Driver::None:
        break;
    }
}

QueryRunResult QueryExecutor::run(const QueryRunRequest &request, const std::atomic_bool *cancel,
                                  const OutcomeSink &sink) {
    QElapsedTimer total;
    total.start();
    QueryRunResult result;
    result.requestId = request.requestId;
    closeCursor();
    applyTimeout(request.options.timeoutMs);
    const SqlDialect d = dialect();
    const bool postgres = m_spec.driver == ConnectionSpec::Driver::Postgres;

    for (int i = 0; i < request.statements.size(); ++i) {
        const SqlStatement &statement = request.statements.at(i);
        const bool last = i == request.statements.size() - 1;
        StatementOutcome outcome;
        outcome.requestId = request.requestId;
        outcome.index = i;
        auto stop = [&] {
            result.failedIndex = i;
            result.cancelled = outcome.cancelled;
            sink(outcome);
        };
        if (isCancelled(cancel)) {
            outcome.cancelled = true;
            outcome.error = DbError::fromMessage(
                MwbTr::tr("Cancelled before statement %1 was sent.").arg(i + 1));
            stop();
            break;
        }
        const StatementClassifier::Result kind = StatementClassifier::classify(statement.text, d);
        if (m_spec.readOnly && kind.writes()) {
            outcome.refused = true;
            outcome.error = DbError::fromMessage(
                MwbTr::tr("This connection is read-only: the statement was not sent (%1).")
                    .arg(kind.reason));
            stop();
            break;
        }
        QElapsedTimer timer;
        timer.start();
        const TransactionState before = m_transaction;
        QString nonTransactionalReason;
        const bool nonTransactional =
            SqlSplitter::isNonTransactional(statement, d, &nonTransactionalReason);
        if (request.options.manualCommit && m_transaction == TransactionState::None &&
            kind.writes() && !nonTransactional) {
            const DbError e = execSimple(m_spec.driver == ConnectionSpec::Driver::MySql
                                             ? QStringLiteral("START TRANSACTION")
                                             : QStringLiteral("BEGIN"));
            if (e.isError()) {
                outcome.error = e;
                stop();
                break;
            }
            m_transaction = TransactionState::Open;
        }
        if (request.options.manualCommit && m_transaction == TransactionState::Open &&
            nonTransactional && !kind.beginsTransaction && !kind.endsTransaction &&
            kind.kind != StatementClassifier::Kind::TransactionControl)
            outcome.notice = nonTransactionalReason;

        auto cursor = std::make_unique<Cursor>();
        cursor->query = std::make_unique<QSqlQuery>(database());
        ExecOutcome ex = exec(*cursor->query, statement.text, cancel, request.options.timeoutMs);
        if (!ex.error.isError() && cursor->query->isSelect()) {
            outcome.hasResultSet = true;
            cursor->columns = static_cast<int>(cursor->query->record().count());
            outcome.columns = columnsOf(cursor->query->record());
            bool more = false;
            outcome.rows = readRows(
                *cursor, last ? request.options.firstChunkRows : request.options.scriptResultRows,
                &more, cancel, request.options.timeoutMs, &ex);
            if (more && last) {
                cursor->id = m_nextCursorId++;
                outcome.cursorId = cursor->id;
            } else {
                outcome.truncated = more;
            }
        } else if (!ex.error.isError()) {
            outcome.rowsAffected = cursor->query->numRowsAffected();
        }
        outcome.elapsedMs = timer.elapsed();
        if (ex.error.isError()) {
            cursor.reset();
            outcome.error = ex.error;
            outcome.cancelled = ex.cancelled;
            outcome.timedOut = ex.timedOut;
            if (postgres && m_transaction == TransactionState::Open)
                m_transaction = TransactionState::Failed; // only ROLLBACK is accepted now
            refreshTransaction(true);
            result.transaction = m_transaction;
            stop();
            break;
        }
        // The transaction state after this statement.
        if (postgres) {
            if (kind.endsTransaction)
                m_transaction = TransactionState::None;
            if (kind.beginsTransaction)
                m_transaction = TransactionState::Open;
            if (kind.kind == StatementClassifier::Kind::TransactionControl &&
                m_transaction == TransactionState::Failed &&
                statement.text.contains(QLatin1String("TO"), Qt::CaseInsensitive))
                m_transaction = TransactionState::Open; // ROLLBACK TO SAVEPOINT
        }
        const bool select = outcome.hasResultSet;
        refreshTransaction(!select &&
                           (kind.kind == StatementClassifier::Kind::TransactionControl ||
                            nonTransactional || kind.kind == StatementClassifier::Kind::Ddl));
        if (before == TransactionState::Open && m_transaction == TransactionState::None &&
            !kind.endsTransaction)
            outcome.notice = MwbTr::tr("This statement committed the open transaction "
                                       "implicitly.");
        if (outcome.cursorId)
            m_cursor = std::move(cursor);
        else
            cursor.reset();
        if (kind.kind == StatementClassifier::Kind::Ddl)
            result.schemaChanged = true;
        ++result.executed;
        sink(outcome);
    }
    result.transaction = m_transaction;
    result.elapsedMs = total.elapsed();
    return result;
}

RowChunk QueryExecutor::fetch(const FetchRequest &request, const std::atomic_bool *cancel) {
    RowChunk chunk;
    chunk.requestId = request.requestId;
    chunk.cursorId = request.cursorId;
    if (!m_cursor || m_cursor->id != request.cursorId) {
        chunk.closed = true;
        chunk.error = DbError::fromMessage(
            MwbTr::tr("The rest of this result was dropped when another statement ran; run the "
                      "statement again (or export it) to see every row."));
        return chunk;
    }
    bool more = false;
    ExecOutcome ex;
    chunk.rows = readRows(*m_cursor, qMax(1, request.rows), &more, cancel, 0, &ex);
    chunk.atEnd = !more;
    chunk.error = ex.error;
    if (!more)
        closeCursor();
    return chunk;
}

TransactionResult QueryExecutor::endTransaction(const TransactionRequest &request) {
    TransactionResult result;
    result.requestId = request.requestId;
    result.commit = request.commit;
    closeCursor();
    result.error =
        execSimple(request.commit ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK"));
    if (m_spec.driver == ConnectionSpec::Driver::Postgres) {
        // COMMIT of a failed transaction rolls it back; either way none is open afterwards.
        m_transaction = TransactionState::None;
    }
    refreshTransaction(true);
    result.transaction = m_transaction;
    return result;
}

ExportResult QueryExecutor::exportRows(const ExportRequest &request, const std::atomic_bool *cancel,
                                       const ProgressSink &progress) {
    QElapsedTimer timer;
    timer.start();
    ExportResult result;
    result.requestId = request.requestId;
    closeCursor();
    const StatementClassifier::Result kind = StatementClassifier::classify(request.sql, dialect());
    if (m_spec.readOnly && kind.writes()) {
        result.error = DbError::fromMessage(
            MwbTr::tr("This connection is read-only: the statement was not sent (%1).")
                .arg(kind.reason));
        return result;
    }
    QSaveFile file(request.path);
    if (!file.open(QIODevice::WriteOnly)) {
        result.error = DbError::fromMessage(
            MwbTr::tr("Cannot write %1: %2").arg(request.path, file.errorString()));
        return result;
    }
    applyTimeout(request.timeoutMs);
    Cursor cursor;
    cursor.query = std::make_unique<QSqlQuery>(database());
    ExecOutcome ex = exec(*cursor.query, request.sql, cancel, request.timeoutMs);
    if (!ex.error.isError() && !cursor.query->isSelect())
        ex.error = DbError::fromMessage(MwbTr::tr("The statement returned no rows to export."));
    if (ex.error.isError()) {
        file.cancelWriting();
        result.error = ex.error;
        result.cancelled = ex.cancelled;
        return result;
    }
    cursor.columns = static_cast<int>(cursor.query->record().count());
    ResultWriter writer(&file, request.format, dialect(), request.tableName);
    writer.begin(columnsOf(cursor.query->record()));
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    bool more = true;
    while (more) {
        const QList<QueryRow> rows = readRows(cursor, 5000, &more, cancel, request.timeoutMs, &ex);
        for (const QueryRow &row : rows)
            writer.writeRow(row);
        result.rows += rows.size();
        if (ex.error.isError() || !writer.ok())
            break;
        if (progress && sinceProgress.elapsed() >= 100) {
            progress(result.rows);
            sinceProgress.restart();
        }
    }
    writer.end();
    cursor.query.reset();
    if (ex.error.isError() || !writer.ok()) {
        file.cancelWriting();
        result.cancelled = ex.cancelled && isCancelled(cancel);
        result.error =
            ex.error.isError()
                ? ex.error
                : DbError::fromMessage(
                      MwbTr::tr("Cannot write %1: %2").arg(request.path, file.errorString()));
        return result;
    }
    if (!file.commit()) {
        result.error = DbError::fromMessage(
            MwbTr::tr("Cannot write %1: %2").arg(request.path, file.errorString()));
        return result;
    }
    result.bytes = writer.bytesWritten();
    result.elapsedMs = timer.elapsed();
    if (progress)
        progress(result.rows);
    return result;
}

ExplainResult QueryExecutor::explain(const ExplainRequest &request,
                                     const std::atomic_bool *cancel) {
    ExplainResult result;
    result.requestId = request.requestId;
    result.analyzed = request.analyze;
    closeCursor();
    const SqlDialect d = dialect();
    const StatementClassifier::Result kind = StatementClassifier::classify(request.sql, d);
    if (request.analyze && m_spec.readOnly && kind.writes()) {
        result.error = DbError::fromMessage(
            MwbTr::tr("This connection is read-only: EXPLAIN ANALYZE would execute the statement "
                      "(%1); nothing was sent.")
                .arg(kind.reason));
        return result;
    }
    QString error;
    const QString sql = ExplainPlan::explainSql(request.sql, d, request.analyze,
                                                d == SqlDialect::MySQL && isMariaDb(), &error);
    if (sql.isEmpty()) {
        result.error = DbError::fromMessage(error);
        return result;
    }
    // An analyzed write is rolled back afterwards (DDL on MySQL cannot be, it commits itself).
    const bool wrap = request.analyze && kind.writes();
    const bool savepoint = wrap && m_transaction != TransactionState::None;
    if (wrap) {
        const DbError e = execSimple(savepoint ? QStringLiteral("SAVEPOINT mwb_explain")
                                     : d == SqlDialect::MySQL ? QStringLiteral("START TRANSACTION")
                                                              : QStringLiteral("BEGIN"));
        if (e.isError()) {
            result.error = e;
            return result;
        }
    }
    QSqlQuery q(database());
    const ExecOutcome ex = exec(q, sql, cancel, m_appliedTimeoutMs);
    QList<ExplainPlan::SqliteRow> sqliteRows;
    QStringList texts;
    if (!ex.error.isError()) {
        while (q.next()) {
            if (d == SqlDialect::SQLite)
                sqliteRows.append({q.value(0).toInt(), q.value(1).toInt(), q.value(3).toString()});
            else
                texts << q.value(0).toString();
        }
    }
    q.finish();
    if (wrap)
        execSimple(savepoint ? QStringLiteral("ROLLBACK TO SAVEPOINT mwb_explain")
                             : QStringLiteral("ROLLBACK"));
    if (ex.error.isError()) {
        result.error = ex.error;
        return result;
    }
    QString parseError;
    if (d == SqlDialect::SQLite) {
        result.nodes = ExplainPlan::parseSqliteRows(sqliteRows);
        QStringList lines;
        for (const ExplainPlan::SqliteRow &r : sqliteRows)
            lines << QStringLiteral("%1|%2|%3").arg(r.id).arg(r.parent).arg(r.detail);
        result.raw = lines.join(QLatin1Char('\n'));
    } else {
        result.raw = texts.join(QLatin1Char('\n'));
        if (d == SqlDialect::PostgreSQL)
            result.nodes = ExplainPlan::parsePostgresJson(result.raw.toUtf8(), &parseError);
        else if (result.raw.trimmed().startsWith(QLatin1Char('{')))
            result.nodes = ExplainPlan::parseMySqlJson(result.raw.toUtf8(), &parseError);
        else
            result.nodes = ExplainPlan::parseMySqlTree(result.raw);
    }
    if (!parseError.isEmpty())
        result.error = DbError::fromMessage(parseError);
    return result;
}

CatalogResult QueryExecutor::catalog(const CatalogRequest &request,
                                     const std::atomic_bool *cancel) {
    CatalogResult result;
    result.requestId = request.requestId;
    closeCursor();
    QSqlDatabase db = database();
    result.schema = SchemaIntrospector::read(db, m_spec, &result.error, cancel);
    QString sql;
    int column = 0;
    switch (m_spec.driver) {
    case ConnectionSpec::Driver::Postgres:
        sql = QStringLiteral("SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' "
                             "AND nspname <> 'information_schema' ORDER BY 1");
        break;
    case ConnectionSpec::Driver::MySql:
        sql = QStringLiteral("SELECT schema_name FROM information_schema.schemata ORDER BY 1");
        break;
    case ConnectionSpec::Driver::Sqlite:
        sql = QStringLiteral("PRAGMA database_list");
        column = 1;
        break;
    case ConnectionSpec::Driver::None:
        return result;
    }
    QSqlQuery q(db);
    if (q.exec(sql)) {
        while (q.next())
            result.namespaces << q.value(column).toString();
    }
    return result;
}
