// SPDX-License-Identifier: GPL-3.0-or-later
// The SQL editor's engine against real SQLite files and the fixture's PostgreSQL and MariaDB:
// splitter-driven runs, chunked cursors, cancel, timeouts, manual commit, read-only refusal,
// EXPLAIN, the completion catalog and export round trips.
#include "db/dbsession.h"
#include "db/sqlsplitter.h"
#include "query/resultwriter.h"
#include "query/sqlerrorlocator.h"
#include "testdata.h"
#include "testservers.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

namespace {
SqlDialect dialectOf(const ConnectionSpec &spec) {
    return sqlDialectForProvider(spec.provider());
}

QueryRunRequest script(const ConnectionSpec &spec, const QString &sql, QueryOptions options = {}) {
    QueryRunRequest request;
    const SqlSplitResult split = SqlSplitter::split(sql, dialectOf(spec));
    request.statements = split.statements;
    request.options = options;
    return request;
}

/// The values of a result as text, NULL as "<null>", for comparisons.
QStringList texts(const QList<QueryRow> &rows) {
    QStringList out;
    for (const QueryRow &row : rows) {
        QStringList cells;
        for (const QVariant &v : row)
            cells << (v.isNull() ? QStringLiteral("<null>") : ResultWriter::text(v));
        out << cells.join(QLatin1Char('|'));
    }
    return out;
}

/// RFC 4180 parser that keeps whether a field was quoted (empty quoted = '', empty bare = NULL).
QList<QStringList> parseCsv(const QString &text) {
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false, inQuotes = false, any = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += c;
                ++i;
            } else if (c == u'"') {
                inQuotes = false;
            } else {
                field += c;
            }
            continue;
        }
        if (c == u'"') {
            inQuotes = quoted = any = true;
        } else if (c == u',') {
            row << (quoted || !field.isEmpty() ? field : QStringLiteral("<null>"));
            field.clear();
            quoted = false;
        } else if (c == u'\r') {
        } else if (c == u'\n') {
            row << (quoted || !field.isEmpty() ? field : QStringLiteral("<null>"));
            rows << row;
            row.clear();
            field.clear();
            quoted = false;
        } else {
            field += c;
            any = true;
        }
    }
    Q_UNUSED(any)
    return rows;
}
} // namespace

class TestQueryExecutor : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void scriptRunsStatementByStatement_data();
    void scriptRunsStatementByStatement();
    void cursorIsReadInChunks_data();
    void cursorIsReadInChunks();
    void cancelInterruptsRunningStatement_data();
    void cancelInterruptsRunningStatement();
    void statementTimeout_data();
    void statementTimeout();
    void manualCommit_data();
    void manualCommit();
    void readOnlyRefusesWrites_data();
    void readOnlyRefusesWrites();
    void explainTree_data();
    void explainTree();
    void catalogForCompletion_data();
    void catalogForCompletion();
    void exportRoundTrips_data();
    void exportRoundTrips();
    void exportCancelLeavesNoFile();

private:
    void addBackends();
    /// A fresh empty database of the row's backend; skips (or fails, strict) without a server.
    ConnectionSpec freshSpec();
    std::unique_ptr<DbSession> openSession(const ConnectionSpec &spec);

    QTemporaryDir m_tmp;
    int m_files = 0;
};

void TestQueryExecutor::initTestCase() {
    QVERIFY(m_tmp.isValid());
}

void TestQueryExecutor::addBackends() {
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgres") << QStringLiteral("postgres");
    QTest::newRow("mariadb") << QStringLiteral("mariadb");
}

ConnectionSpec TestQueryExecutor::freshSpec() {
    QFETCH(QString, backend);
    if (backend == QLatin1String("sqlite")) {
        ConnectionSpec spec;
        spec.driver = ConnectionSpec::Driver::Sqlite;
        spec.database = m_tmp.filePath(QStringLiteral("db%1.sqlite").arg(++m_files));
        spec.createIfMissing = true;
        return spec;
    }
    QString reason;
    const ConnectionSpec spec = TestServers::freshDatabase(backend == QLatin1String("postgres")
                                                               ? TestServers::Kind::Postgres
                                                               : TestServers::Kind::MySql,
                                                           &reason);
    if (!spec.isValid())
        qWarning("%s", qPrintable(reason));
    return spec;
}

std::unique_ptr<DbSession> TestQueryExecutor::openSession(const ConnectionSpec &spec) {
    auto session = std::make_unique<DbSession>(spec, nullptr, /*cancellable=*/true);
    const OpenResult r = session->openAndWait();
    if (r.error.isError()) {
        qWarning("%s", qPrintable(r.error.message));
        return nullptr;
    }
    // MariaDB stops recursive CTEs after 1000 iterations by default; the tests need more.
    if (spec.driver == ConnectionSpec::Driver::MySql)
        session->runQueryAndWait(
            script(spec, QStringLiteral("SET SESSION max_recursive_iterations = 4000000000")));
    return session;
}

#define FRESH_SESSION(spec, session)                                                               \
    const ConnectionSpec spec = freshSpec();                                                       \
    if (!spec.isValid())                                                                           \
        MWB_SKIP_OR_FAIL(QStringLiteral("no test server for this backend"));                       \
    auto session = openSession(spec);                                                              \
    QVERIFY(session)

void TestQueryExecutor::scriptRunsStatementByStatement_data() {
    addBackends();
}

void TestQueryExecutor::scriptRunsStatementByStatement() {
    FRESH_SESSION(spec, session);
    const QString sql = QStringLiteral(
        "CREATE TABLE item (id INTEGER PRIMARY KEY, name VARCHAR(50), score NUMERIC(10,2));\n"
        "INSERT INTO item VALUES (1, 'a', 1.50), (2, 'b;c', NULL), (3, 'it''s', 3.25);\n"
        "-- a comment between statements\n"
        "SELECT id, name, score FROM item ORDER BY id;\n"
        "UPDATE item SET score = 0 WHERE id > 1;\n"
        "SELECT count(*) FROM item WHERE score = 0;\n"
        "SELECT nme FROM item;\n"
        "DELETE FROM item;\n");
    QList<StatementOutcome> outcomes;
    const QueryRunRequest request = script(spec, sql);
    QCOMPARE(request.statements.size(), 7);
    const QueryRunResult result = session->runQueryAndWait(request, &outcomes);
    QCOMPARE(result.executed, 5);
    QCOMPARE(result.failedIndex, 5); // the misspelled column stops the run
    QVERIFY(result.schemaChanged);
    QCOMPARE(outcomes.size(), 6);
    QVERIFY(!outcomes.at(0).hasResultSet);
    QCOMPARE(outcomes.at(1).rowsAffected, 3);
    QVERIFY(outcomes.at(2).hasResultSet);
    QCOMPARE(outcomes.at(2).columns.size(), 3);
    QCOMPARE(outcomes.at(2).columns.at(1).name.toLower(), QStringLiteral("name"));
    QStringList rows = texts(outcomes.at(2).rows);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(1).section(QLatin1Char('|'), 0, 1), QStringLiteral("2|b;c"));
    QCOMPARE(rows.at(1).section(QLatin1Char('|'), 2), QStringLiteral("<null>"));
    QCOMPARE(rows.at(2).section(QLatin1Char('|'), 1, 1), QStringLiteral("it's"));
    QCOMPARE(outcomes.at(3).rowsAffected, 2);
    QCOMPARE(texts(outcomes.at(4).rows), QStringList{QStringLiteral("2")});
    QCOMPARE(outcomes.at(4).cursorId, quint64(0)); // everything was sent
    const StatementOutcome &failed = outcomes.at(5);
    QVERIFY(failed.error.isError());
    QVERIFY(!failed.cancelled);
    // The failing statement's error points at the misspelled column.
    const SqlStatement &statement = request.statements.at(5);
    const SqlErrorLocator::Location at =
        SqlErrorLocator::locate(statement.text, failed.error.message, dialectOf(spec));
    QVERIFY2(at.found(), qPrintable(failed.error.message));
    QCOMPARE(statement.text.mid(at.offset, at.length), QStringLiteral("nme"));

    // A syntax error with its position, too.
    const QueryRunRequest bad = script(spec, QStringLiteral("SELECT 1;\nSELECT id,\n  FROM item"));
    outcomes.clear();
    session->runQueryAndWait(bad, &outcomes);
    QCOMPARE(outcomes.size(), 2);
    const SqlErrorLocator::Location syntax = SqlErrorLocator::locate(
        bad.statements.at(1).text, outcomes.at(1).error.message, dialectOf(spec));
    QVERIFY2(syntax.found(), qPrintable(outcomes.at(1).error.message));
    QCOMPARE(syntax.offset, bad.statements.at(1).text.indexOf(QLatin1String("FROM")));
    QCOMPARE(syntax.length, 4);
}

void TestQueryExecutor::cursorIsReadInChunks_data() {
    addBackends();
}

void TestQueryExecutor::cursorIsReadInChunks() {
    FRESH_SESSION(spec, session);
    const QString sql =
        spec.driver == ConnectionSpec::Driver::Postgres
            ? QStringLiteral("SELECT n, 'row ' || n AS label FROM generate_series(1, 10000) n")
            : QStringLiteral("WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 "
                             "FROM s WHERE n < 10000) SELECT n, CONCAT('row ', n) "
                             "AS label FROM s");
    QueryOptions options;
    options.firstChunkRows = 100;
    QList<StatementOutcome> outcomes;
    session->runQueryAndWait(script(spec,
                                    spec.driver == ConnectionSpec::Driver::Sqlite
                                        ? QString(sql).replace(QStringLiteral("CONCAT('row ', n)"),
                                                               QStringLiteral("'row ' || n"))
                                        : sql,
                                    options),
                             &outcomes);
    QCOMPARE(outcomes.size(), 1);
    QVERIFY2(!outcomes.first().error.isError(), qPrintable(outcomes.first().error.message));
    QCOMPARE(outcomes.first().rows.size(), 100);
    const quint64 cursor = outcomes.first().cursorId;
    QVERIFY(cursor != 0);
    qint64 total = outcomes.first().rows.size();
    qint64 expected = 1;
    for (const QueryRow &row : outcomes.first().rows)
        QCOMPARE(row.at(0).toLongLong(), expected++);
    int chunks = 0;
    for (;;) {
        const RowChunk chunk = session->fetchRowsAndWait(cursor, 3000);
        QVERIFY2(!chunk.error.isError(), qPrintable(chunk.error.message));
        QVERIFY(chunk.rows.size() <= 3000);
        for (const QueryRow &row : chunk.rows) {
            QCOMPARE(row.at(0).toLongLong(), expected++);
            QCOMPARE(row.at(1).toString(), QStringLiteral("row %1").arg(row.at(0).toLongLong()));
        }
        total += chunk.rows.size();
        ++chunks;
        if (chunk.atEnd)
            break;
    }
    QCOMPARE(total, 10000);
    QCOMPARE(chunks, 4); // 2900 left after the first 100: 3000 + 3000 + 3000 + 900
    QVERIFY(session->fetchRowsAndWait(cursor, 10).closed);

    // Another statement closes an open cursor: its rest is gone, and the grid is told so.
    outcomes.clear();
    session->runQueryAndWait(script(spec,
                                    QStringLiteral("SELECT 1 UNION ALL SELECT 2 UNION ALL "
                                                   "SELECT 3"),
                                    QueryOptions{0, false, 1, 1000}),
                             &outcomes);
    const quint64 second = outcomes.first().cursorId;
    QVERIFY(second != 0);
    session->runQueryAndWait(script(spec, QStringLiteral("SELECT 42")));
    const RowChunk gone = session->fetchRowsAndWait(second, 10);
    QVERIFY(gone.closed);
    QVERIFY(gone.rows.isEmpty());
}

namespace {
QString longStatement(const ConnectionSpec &spec) {
    switch (spec.driver) {
    case ConnectionSpec::Driver::Postgres:
        return QStringLiteral("SELECT pg_sleep(30)");
    case ConnectionSpec::Driver::MySql:
        return QStringLiteral("SELECT SLEEP(30)");
    default:
        return QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
                              "SELECT count(*) FROM c");
    }
}
} // namespace

void TestQueryExecutor::cancelInterruptsRunningStatement_data() {
    addBackends();
}

void TestQueryExecutor::cancelInterruptsRunningStatement() {
    FRESH_SESSION(spec, session);
    QList<StatementOutcome> outcomes;
    QElapsedTimer timer;
    timer.start();
    QTimer::singleShot(400, session.get(), [&] { session->cancel(); });
    const QueryRunResult result = session->runQueryAndWait(
        script(spec, longStatement(spec) + QStringLiteral(";\nSELECT 2;")), &outcomes);
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(elapsed < 10000, qPrintable(QString::number(elapsed)));
    QVERIFY(result.cancelled);
    QCOMPARE(result.failedIndex, 0);
    QCOMPARE(result.executed, 0);
    QCOMPARE(outcomes.size(), 1); // the second statement was never sent
    QVERIFY(outcomes.first().cancelled);
    // The connection is usable afterwards.
    outcomes.clear();
    const QueryRunResult again =
        session->runQueryAndWait(script(spec, QStringLiteral("SELECT 7")), &outcomes);
    QCOMPARE(again.failedIndex, -1);
    QCOMPARE(texts(outcomes.first().rows), QStringList{QStringLiteral("7")});
}

void TestQueryExecutor::statementTimeout_data() {
    addBackends();
}

void TestQueryExecutor::statementTimeout() {
    FRESH_SESSION(spec, session);
    // SLEEP() interrupted by max_statement_time returns 1 quietly; a busy query fails properly.
    const QString sql =
        spec.driver == ConnectionSpec::Driver::MySql
            ? QStringLiteral("WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 "
                             "FROM s WHERE n < 1000000000) SELECT count(*) FROM s")
            : longStatement(spec);
    QueryOptions options;
    options.timeoutMs = 600;
    QList<StatementOutcome> outcomes;
    QElapsedTimer timer;
    timer.start();
    const QueryRunResult result = session->runQueryAndWait(script(spec, sql, options), &outcomes);
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(result.failedIndex, 0);
    QCOMPARE(outcomes.size(), 1);
    QVERIFY2(outcomes.first().timedOut, qPrintable(outcomes.first().error.message));
    QVERIFY(!outcomes.first().cancelled);
    // Without the timeout, quick statements run normally again.
    outcomes.clear();
    options.timeoutMs = 0;
    session->runQueryAndWait(script(spec, QStringLiteral("SELECT 1"), options), &outcomes);
    QVERIFY(!outcomes.first().error.isError());
}

void TestQueryExecutor::manualCommit_data() {
    addBackends();
}

void TestQueryExecutor::manualCommit() {
    FRESH_SESSION(spec, session);
    QCOMPARE(session
                 ->runQueryAndWait(
                     script(spec, QStringLiteral("CREATE TABLE note (id INTEGER PRIMARY KEY)")))
                 .failedIndex,
             -1);
    auto other = openSession(spec);
    QVERIFY(other);
    auto countSeenByOther = [&] {
        QList<StatementOutcome> outcomes;
        other->runQueryAndWait(script(spec, QStringLiteral("SELECT count(*) FROM note")),
                               &outcomes);
        return outcomes.value(0).rows.value(0).value(0).toInt();
    };
    QueryOptions manual;
    manual.manualCommit = true;

    // A read does not open a transaction; the first write does.
    QueryRunResult r = session->runQueryAndWait(script(spec, QStringLiteral("SELECT 1"), manual));
    QCOMPARE(r.transaction, TransactionState::None);
    r = session->runQueryAndWait(
        script(spec, QStringLiteral("INSERT INTO note VALUES (1)"), manual));
    QCOMPARE(r.failedIndex, -1);
    QCOMPARE(r.transaction, TransactionState::Open);
    QCOMPARE(countSeenByOther(), 0); // not committed: invisible to another connection
    TransactionResult t = session->endTransactionAndWait(true);
    QVERIFY2(!t.error.isError(), qPrintable(t.error.message));
    QCOMPARE(t.transaction, TransactionState::None);
    QCOMPARE(countSeenByOther(), 1);

    // Rollback discards.
    r = session->runQueryAndWait(script(
        spec, QStringLiteral("INSERT INTO note VALUES (2);\nINSERT INTO note VALUES (3)"), manual));
    QCOMPARE(r.transaction, TransactionState::Open);
    t = session->endTransactionAndWait(false);
    QCOMPARE(t.transaction, TransactionState::None);
    QCOMPARE(countSeenByOther(), 1);
    QList<StatementOutcome> outcomes;
    session->runQueryAndWait(script(spec, QStringLiteral("SELECT count(*) FROM note")), &outcomes);
    QCOMPARE(outcomes.first().rows.first().first().toInt(), 1);

    // A failing statement inside the transaction: PostgreSQL marks it failed until ROLLBACK.
    r = session->runQueryAndWait(script(
        spec, QStringLiteral("INSERT INTO note VALUES (4);\nINSERT INTO note VALUES (4)"), manual));
    QCOMPARE(r.failedIndex, 1);
    QCOMPARE(r.transaction, spec.driver == ConnectionSpec::Driver::Postgres
                                ? TransactionState::Failed
                                : TransactionState::Open);
    t = session->endTransactionAndWait(false);
    QCOMPARE(t.transaction, TransactionState::None);
    QCOMPARE(countSeenByOther(), 1);

    // The user's own BEGIN/COMMIT are followed in auto-commit mode too.
    r = session->runQueryAndWait(script(spec, QStringLiteral("BEGIN")));
    QCOMPARE(r.transaction, TransactionState::Open);
    r = session->runQueryAndWait(
        script(spec, QStringLiteral("INSERT INTO note VALUES (5);\nCOMMIT")));
    QCOMPARE(r.transaction, TransactionState::None);
    QCOMPARE(countSeenByOther(), 2);

    if (spec.driver == ConnectionSpec::Driver::MySql) {
        // DDL commits implicitly on MariaDB: the state says so and the user is told.
        outcomes.clear();
        r = session->runQueryAndWait(
            script(spec,
                   QStringLiteral("INSERT INTO note VALUES (6);\nCREATE TABLE other (id INT)"),
                   manual),
            &outcomes);
        QCOMPARE(r.transaction, TransactionState::None);
        QVERIFY(!outcomes.at(1).notice.isEmpty());
        QCOMPARE(countSeenByOther(), 3);
    }
}

void TestQueryExecutor::readOnlyRefusesWrites_data() {
    addBackends();
}

void TestQueryExecutor::readOnlyRefusesWrites() {
    ConnectionSpec spec = freshSpec();
    if (!spec.isValid())
        MWB_SKIP_OR_FAIL(QStringLiteral("no test server for this backend"));
    {
        auto writer = openSession(spec);
        QVERIFY(writer);
        QCOMPARE(writer
                     ->runQueryAndWait(script(spec, QStringLiteral("CREATE TABLE t (id INT);\n"
                                                                   "INSERT INTO t VALUES (1)")))
                     .failedIndex,
                 -1);
    }
    ConnectionSpec readOnly = spec;
    readOnly.readOnly = true;
    readOnly.createIfMissing = false;
    auto session = openSession(readOnly);
    QVERIFY(session);
    QList<StatementOutcome> outcomes;
    QueryRunResult r = session->runQueryAndWait(
        script(spec, QStringLiteral("SELECT count(*) FROM t;\nDELETE FROM t;\nSELECT 1")),
        &outcomes);
    QCOMPARE(r.executed, 1);
    QCOMPARE(r.failedIndex, 1);
    QCOMPARE(outcomes.size(), 2);
    QVERIFY(outcomes.at(1).refused);
    QVERIFY(outcomes.at(1).error.nativeCode.isEmpty()); // our refusal, not the database's
    const QStringList writes{
        QStringLiteral("INSERT INTO t VALUES (2)"),
        QStringLiteral("UPDATE t SET id = 3"),
        QStringLiteral("DROP TABLE t"),
        QStringLiteral("SELECT * FROM t FOR UPDATE"),
        QStringLiteral("CREATE TABLE u (id INT)"),
        QStringLiteral("with x as (delete from t returning id) select * from x")};
    for (const QString &sql : writes) {
        outcomes.clear();
        session->runQueryAndWait(script(spec, sql), &outcomes);
        QVERIFY2(outcomes.value(0).refused, qPrintable(sql));
    }
    outcomes.clear();
    session->runQueryAndWait(script(spec, QStringLiteral("SELECT count(*) FROM t")), &outcomes);
    QCOMPARE(outcomes.first().rows.first().first().toInt(), 1);
}

void TestQueryExecutor::explainTree_data() {
    addBackends();
}

void TestQueryExecutor::explainTree() {
    FRESH_SESSION(spec, session);
    QCOMPARE(session
                 ->runQueryAndWait(script(
                     spec, QStringLiteral("CREATE TABLE a (id INTEGER PRIMARY KEY, v INT);\n"
                                          "CREATE TABLE b (id INTEGER PRIMARY KEY, a_id INT);\n"
                                          "INSERT INTO a VALUES (1, 1), (2, 2);\n"
                                          "INSERT INTO b VALUES (1, 1), (2, 1)")))
                 .failedIndex,
             -1);
    const QString select = QStringLiteral(
        "SELECT a.v, count(*) FROM a JOIN b ON b.a_id = a.id WHERE a.v > 0 GROUP BY a.v");
    ExplainResult plan = session->explainAndWait(ExplainRequest{0, select, false});
    QVERIFY2(!plan.error.isError(), qPrintable(plan.error.message));
    QVERIFY2(plan.nodes.size() >= 2, qPrintable(plan.raw));
    QCOMPARE(plan.nodes.first().parent, -1);
    for (qsizetype i = 1; i < plan.nodes.size(); ++i)
        QVERIFY(plan.nodes.at(i).parent >= 0 && plan.nodes.at(i).parent < i);
    QString all;
    for (const ExplainNode &n : plan.nodes)
        all += n.title + QLatin1Char(' ') + n.detail + QLatin1Char('\n');
    if (spec.driver == ConnectionSpec::Driver::Sqlite) {
        QVERIFY2(all.contains(QLatin1String("SCAN")) || all.contains(QLatin1String("SEARCH")),
                 qPrintable(all));
        const ExplainResult analyzed = session->explainAndWait(ExplainRequest{0, select, true});
        QVERIFY(analyzed.error.isError()); // SQLite cannot: said plainly
        return;
    }
    QVERIFY2(all.contains(QLatin1String(" a")) || all.contains(QLatin1String("table a")),
             qPrintable(all));
    const ExplainResult analyzed = session->explainAndWait(ExplainRequest{0, select, true});
    QVERIFY2(!analyzed.error.isError(), qPrintable(analyzed.error.message));
    QString analyzedText;
    for (const ExplainNode &n : analyzed.nodes)
        analyzedText += n.detail + QLatin1Char('\n');
    QVERIFY2(analyzedText.contains(spec.driver == ConnectionSpec::Driver::Postgres
                                       ? QLatin1String("actual time")
                                       : QLatin1String("r_rows")),
             qPrintable(analyzedText + analyzed.raw));
    // EXPLAIN ANALYZE of a write executes it, and it is rolled back afterwards.
    const ExplainResult write =
        session->explainAndWait(ExplainRequest{0, QStringLiteral("DELETE FROM b"), true});
    QVERIFY2(!write.error.isError(), qPrintable(write.error.message));
    QList<StatementOutcome> outcomes;
    session->runQueryAndWait(script(spec, QStringLiteral("SELECT count(*) FROM b")), &outcomes);
    QCOMPARE(outcomes.first().rows.first().first().toInt(), 2);
}

void TestQueryExecutor::catalogForCompletion_data() {
    addBackends();
}

void TestQueryExecutor::catalogForCompletion() {
    FRESH_SESSION(spec, session);
    session->runQueryAndWait(script(
        spec,
        QStringLiteral("CREATE TABLE customer (id INTEGER PRIMARY KEY, email VARCHAR(100))")));
    const CatalogResult catalog = session->loadCatalogAndWait();
    QVERIFY2(!catalog.error.isError(), qPrintable(catalog.error.message));
    const SchemaTable *t = catalog.schema.table(QStringLiteral("customer"));
    QVERIFY(t);
    QCOMPARE(t->columns.size(), 2);
    QCOMPARE(t->columns.at(1).name, QStringLiteral("email"));
    QVERIFY(!catalog.namespaces.isEmpty());
    QVERIFY(catalog.namespaces.contains(catalog.schema.namespaceName));
}

void TestQueryExecutor::exportRoundTrips_data() {
    addBackends();
}

void TestQueryExecutor::exportRoundTrips() {
    FRESH_SESSION(spec, session);
    const bool pg = spec.driver == ConnectionSpec::Driver::Postgres;
    const bool my = spec.driver == ConnectionSpec::Driver::MySql;
    const QString blob = pg ? QStringLiteral("BYTEA") : QStringLiteral("BLOB");
    const QString ts = pg   ? QStringLiteral("TIMESTAMP(3)")
                       : my ? QStringLiteral("DATETIME(3)")
                            : QStringLiteral("TEXT");
    const QString text = my ? QStringLiteral("TEXT CHARACTER SET utf8mb4") : QStringLiteral("TEXT");
    const QString ddl = QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY, txt %2, amount "
                                       "NUMERIC(18,3), created %3, bin %4)");
    const QString bytes = pg ? QStringLiteral("'\\x00ff10'") : QStringLiteral("X'00ff10'");
    const QString sql =
        ddl.arg(QStringLiteral("src"), text, ts, blob) + QStringLiteral(";\n") +
        ddl.arg(QStringLiteral("copy"), text, ts, blob) + QStringLiteral(";\n") +
        QStringLiteral(
            "INSERT INTO src VALUES (1, 'plain', 12.5, '2024-02-29 13:14:15.123', %1);\n"
            "INSERT INTO src VALUES (2, '', -0.001, NULL, NULL);\n"
            "INSERT INTO src VALUES (3, NULL, NULL, '1999-12-31 23:59:59.999', %1);\n"
            "INSERT INTO src VALUES (4, 'quote '' and \"double\", comma', 123456789012.345, "
            "NULL, NULL);\n"
            "INSERT INTO src VALUES (5, 'line\nbreak\r\nand tab\there', 0, NULL, NULL);\n"
            "INSERT INTO src VALUES (6, 'unicode: żółw 🐢 ✓', 1, NULL, NULL);\n"
            "INSERT INTO src VALUES (7, %2, 2, NULL, NULL);\n"
            "INSERT INTO src VALUES (8, ' padded ', 3, NULL, NULL)")
            .arg(bytes, my ? QStringLiteral("'back\\\\slash \\\\n'")
                           : QStringLiteral("'back\\slash \\n'"));
    QList<StatementOutcome> outcomes;
    const QueryRunResult setup = session->runQueryAndWait(script(spec, sql), &outcomes);
    QVERIFY2(setup.failedIndex < 0, qPrintable(outcomes.value(setup.failedIndex).error.message));
    const QString select =
        QStringLiteral("SELECT id, txt, amount, created, bin FROM src ORDER BY id");
    outcomes.clear();
    session->runQueryAndWait(script(spec, select), &outcomes);
    const QStringList original = texts(outcomes.first().rows);
    QCOMPARE(original.size(), 8);
    QVERIFY(original.at(6).contains(QLatin1String("back\\slash \\n")));

    // SQL INSERTs: executed into an identical table, the same rows come back.
    ExportRequest request;
    request.sql = select;
    request.format = ExportFormat::SqlInserts;
    request.tableName = QStringLiteral("copy");
    request.path = m_tmp.filePath(QStringLiteral("export-%1.sql").arg(++m_files));
    ExportResult exported = session->exportResultAndWait(request);
    QVERIFY2(!exported.error.isError(), qPrintable(exported.error.message));
    QCOMPARE(exported.rows, 8);
    const QString inserts = QString::fromUtf8(TestData::readFile(request.path));
    outcomes.clear();
    const QueryRunResult imported = session->runQueryAndWait(script(spec, inserts), &outcomes);
    QVERIFY2(imported.failedIndex < 0,
             qPrintable(outcomes.value(imported.failedIndex).error.message + inserts));
    QCOMPARE(imported.executed, 8);
    outcomes.clear();
    session->runQueryAndWait(
        script(spec, QStringLiteral("SELECT id, txt, amount, created, bin FROM copy ORDER BY id")),
        &outcomes);
    QCOMPARE(texts(outcomes.first().rows), original);

    // CSV: parsed back, every field (NULL vs empty string included) as the grid shows it.
    request.format = ExportFormat::Csv;
    request.path = m_tmp.filePath(QStringLiteral("export-%1.csv").arg(++m_files));
    exported = session->exportResultAndWait(request);
    QVERIFY2(!exported.error.isError(), qPrintable(exported.error.message));
    const QList<QStringList> csv = parseCsv(QString::fromUtf8(TestData::readFile(request.path)));
    QCOMPARE(csv.size(), 9);
    QCOMPARE(csv.first(),
             (QStringList{QStringLiteral("id"), QStringLiteral("txt"), QStringLiteral("amount"),
                          QStringLiteral("created"), QStringLiteral("bin")}));
    QStringList fromCsv;
    for (qsizetype i = 1; i < csv.size(); ++i)
        fromCsv << csv.at(i).join(QLatin1Char('|'));
    QCOMPARE(fromCsv, original);

    // JSON: an array of objects; numbers stay numbers, NULL is null.
    request.format = ExportFormat::Json;
    request.path = m_tmp.filePath(QStringLiteral("export-%1.json").arg(++m_files));
    exported = session->exportResultAndWait(request);
    QVERIFY2(!exported.error.isError(), qPrintable(exported.error.message));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(TestData::readFile(request.path), &pe);
    QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(pe.errorString()));
    const QJsonArray array = doc.array();
    QCOMPARE(array.size(), 8);
    for (qsizetype row = 0; row < array.size(); ++row) {
        const QJsonObject o = array.at(row).toObject();
        QVERIFY(o.value(QStringLiteral("id")).isDouble());
        const QStringList expected = original.at(row).split(QLatin1Char('|'));
        int column = 0;
        for (const char *key : {"id", "txt", "amount", "created", "bin"}) {
            const QJsonValue cell = o.value(QLatin1String(key));
            const QString want = expected.at(column++);
            if (cell.isNull())
                QCOMPARE(QStringLiteral("<null>"), want);
            else if (cell.isDouble()) // a number written bare: equal as a number
                QCOMPARE(cell.toDouble(), want.toDouble());
            else
                QCOMPARE(cell.toString(), want);
        }
    }
}

void TestQueryExecutor::exportCancelLeavesNoFile() {
    ConnectionSpec spec;
    spec.driver = ConnectionSpec::Driver::Sqlite;
    spec.database = m_tmp.filePath(QStringLiteral("cancel-export.sqlite"));
    spec.createIfMissing = true;
    auto session = openSession(spec);
    QVERIFY(session);
    ExportRequest request;
    request.sql = QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
                                 "SELECT x, 'some text' FROM c");
    request.path = m_tmp.filePath(QStringLiteral("never.csv"));
    QSignalSpy progress(session.get(), &DbSession::exportProgress);
    QTimer::singleShot(500, session.get(), [&] { session->cancel(); });
    const ExportResult result = session->exportResultAndWait(request);
    QVERIFY(result.cancelled);
    QVERIFY(result.rows > 0);
    QVERIFY(progress.count() > 0);
    QVERIFY(!QFile::exists(request.path));
}

QTEST_GUILESS_MAIN(TestQueryExecutor)
#include "tst_queryexecutor.moc"
