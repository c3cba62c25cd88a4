// SPDX-License-Identifier: GPL-3.0-or-later
// The SQL editor's pure parts: statement classification, error positions, completion, history
// redaction and persistence, value formatting, EXPLAIN parsers.
#include "query/explainplan.h"
#include "query/queryhistory.h"
#include "query/resultwriter.h"
#include "query/sqlcompletion.h"
#include "query/sqlerrorlocator.h"
#include "query/statementclassifier.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using Kind = StatementClassifier::Kind;
Q_DECLARE_METATYPE(SqlDialect)

class TestQueryText : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void classify_data();
    void classify();
    void transactionControl();
    void locateErrors_data();
    void locateErrors();
    void cleanMessage();
    void completionAfterAlias();
    void completionQuotesAndKeywords();
    void completionSchemaQualified();
    void historyRedactsPasswords_data();
    void historyRedactsPasswords();
    void historyPersists();
    void csvAndTsv();
    void sqlLiterals();
    void explainParsers();
};

void TestQueryText::classify_data() {
    QTest::addColumn<QString>("sql");
    QTest::addColumn<SqlDialect>("dialect");
    QTest::addColumn<bool>("writes");
    const auto pg = SqlDialect::PostgreSQL;
    const auto my = SqlDialect::MySQL;
    const auto lite = SqlDialect::SQLite;
    QTest::newRow("select") << "SELECT * FROM t" << pg << false;
    QTest::newRow("select paren") << "(SELECT 1) UNION (SELECT 2)" << pg << false;
    QTest::newRow("comment first") << "/* x */ -- y\nselect 1" << pg << false;
    QTest::newRow("values") << "VALUES (1)" << pg << false;
    QTest::newRow("show") << "SHOW TABLES" << my << false;
    QTest::newRow("explain") << "EXPLAIN DELETE FROM t" << pg << false;
    QTest::newRow("explain analyze select") << "EXPLAIN ANALYZE SELECT 1" << pg << false;
    QTest::newRow("explain analyze delete") << "EXPLAIN (ANALYZE) DELETE FROM t" << pg << true;
    QTest::newRow("mariadb analyze update") << "ANALYZE UPDATE t SET a = 1" << my << true;
    QTest::newRow("analyze table") << "ANALYZE TABLE t" << my << true;
    QTest::newRow("insert") << "INSERT INTO t VALUES (1)" << lite << true;
    QTest::newRow("with delete") << "WITH d AS (DELETE FROM t RETURNING *) SELECT * FROM d" << pg
                                 << true;
    QTest::newRow("with select") << "WITH d AS (SELECT 1) SELECT * FROM d" << pg << false;
    QTest::newRow("with replace function") << "WITH d AS (SELECT replace(a, 'x', 'y') FROM t) "
                                              "SELECT * FROM d"
                                           << pg << false;
    QTest::newRow("select into") << "SELECT * INTO t2 FROM t" << pg << true;
    QTest::newRow("for update") << "SELECT * FROM t FOR UPDATE" << pg << true;
    QTest::newRow("lock in share mode") << "SELECT * FROM t LOCK IN SHARE MODE" << my << true;
    QTest::newRow("nextval") << "SELECT nextval('s')" << pg << true;
    QTest::newRow("nextval in string") << "SELECT 'nextval(1)'" << pg << false;
    QTest::newRow("word in quoted identifier") << "SELECT \"delete\" FROM t" << pg << false;
    QTest::newRow("dollar string") << "SELECT $$ DELETE FROM t $$" << pg << false;
    QTest::newRow("set search_path") << "SET search_path TO app" << pg << false;
    QTest::newRow("set read write") << "SET SESSION TRANSACTION READ WRITE" << my << true;
    QTest::newRow("set ro off") << "SET default_transaction_read_only = off" << pg << true;
    QTest::newRow("pragma read") << "PRAGMA table_info(t)" << lite << false;
    QTest::newRow("pragma write") << "PRAGMA foreign_keys = OFF" << lite << true;
    QTest::newRow("create") << "create table t (id int)" << lite << true;
    QTest::newRow("call") << "CALL p()" << my << true;
    QTest::newRow("do") << "DO $$ BEGIN END $$" << pg << true;
    QTest::newRow("copy") << "COPY t FROM '/tmp/x'" << pg << true;
    QTest::newRow("unknown") << "FROBNICATE" << pg << true;
    QTest::newRow("use") << "USE other" << my << false;
    QTest::newRow("begin") << "BEGIN" << pg << false;
    QTest::newRow("mysql hash comment") << "# DELETE\nSELECT 1" << my << false;
}

void TestQueryText::classify() {
    QFETCH(QString, sql);
    QFETCH(SqlDialect, dialect);
    QFETCH(bool, writes);
    const StatementClassifier::Result r = StatementClassifier::classify(sql, dialect);
    QCOMPARE(r.writes(), writes);
    if (writes)
        QVERIFY(!r.reason.isEmpty());
}

void TestQueryText::transactionControl() {
    const auto pg = SqlDialect::PostgreSQL;
    QVERIFY(
        StatementClassifier::classify(QStringLiteral("START TRANSACTION"), pg).beginsTransaction);
    QVERIFY(StatementClassifier::classify(QStringLiteral("commit"), pg).endsTransaction);
    QVERIFY(StatementClassifier::classify(QStringLiteral("END"), pg).endsTransaction);
    const auto to = StatementClassifier::classify(QStringLiteral("ROLLBACK TO SAVEPOINT a"), pg);
    QCOMPARE(to.kind, Kind::TransactionControl);
    QVERIFY(!to.endsTransaction);
    const auto chain = StatementClassifier::classify(QStringLiteral("COMMIT AND CHAIN"), pg);
    QVERIFY(chain.endsTransaction && chain.beginsTransaction);
    QCOMPARE(StatementClassifier::classify(QStringLiteral("ALTER TABLE t ADD c int"), pg).kind,
             Kind::Ddl);
}

void TestQueryText::locateErrors_data() {
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("message");
    QTest::addColumn<SqlDialect>("dialect");
    QTest::addColumn<QString>("token");
    QTest::newRow("pg caret") << "SELECT id\n  FRM item"
                              << "ERROR:  syntax error at or near \"FRM\"\nLINE 2:   FRM item\n"
                                 "          ^\n(42601)"
                              << SqlDialect::PostgreSQL << "FRM";
    QTest::newRow("pg truncated line")
        << QStringLiteral("SELECT ") + QString(100, u'a') + QStringLiteral(", bogus( FROM t")
        << QStringLiteral("ERROR:  syntax error at or near \"FROM\"\nLINE 1: ...") +
               QString(20, u'a') + QStringLiteral(", bogus( FROM t\n") + QString(40, u' ') +
               QStringLiteral("^")
        << SqlDialect::PostgreSQL << "FROM";
    QTest::newRow("pg relation") << "SELECT * FROM nope"
                                 << "relation \"nope\" does not exist" << SqlDialect::PostgreSQL
                                 << "nope";
    QTest::newRow("mysql near") << "SELECT id\nFRM item"
                                << "You have an error in your SQL syntax; check the manual that "
                                   "corresponds to your MariaDB server version for the right "
                                   "syntax to use near 'FRM item' at line 2"
                                << SqlDialect::MySQL << "FRM";
    QTest::newRow("mysql unknown column")
        << "SELECT nme FROM item"
        << "Unknown column 'nme' in 'field list'" << SqlDialect::MySQL << "nme";
    QTest::newRow("sqlite near") << "SELECT id FRM item"
                                 << "near \"FRM\": syntax error" << SqlDialect::SQLite << "FRM";
    QTest::newRow("sqlite no such column") << "SELECT nme FROM item"
                                           << "no such column: nme" << SqlDialect::SQLite << "nme";
}

void TestQueryText::locateErrors() {
    QFETCH(QString, statement);
    QFETCH(QString, message);
    QFETCH(SqlDialect, dialect);
    QFETCH(QString, token);
    const SqlErrorLocator::Location at = SqlErrorLocator::locate(statement, message, dialect);
    QVERIFY(at.found());
    QCOMPARE(statement.mid(at.offset, at.length), token);
}

void TestQueryText::cleanMessage() {
    QCOMPARE(SqlErrorLocator::cleanMessage(
                 QStringLiteral("ERROR:  syntax error at or near \"FRM\"\nLINE 2:   FRM item\n"
                                "          ^\n(42601)")),
             QStringLiteral("syntax error at or near \"FRM\""));
}

namespace {
SchemaColumn column(const char *name, const char *type) {
    SchemaColumn c;
    c.name = QString::fromLatin1(name);
    c.type = QString::fromLatin1(type);
    return c;
}

Schema sampleSchema() {
    Schema s;
    s.provider = QStringLiteral("postgresql");
    s.namespaceName = QStringLiteral("public");
    SchemaTable user;
    user.name = QStringLiteral("User");
    user.columns = {column("id", "integer"), column("email", "text"),
                    column("createdAt", "timestamp")};
    SchemaTable post;
    post.name = QStringLiteral("post");
    post.columns = {column("id", "integer"), column("title", "text"),
                    column("author_id", "integer")};
    s.tables = {user, post};
    s.views = {QStringLiteral("recent_posts")};
    return s;
}

QStringList labels(const SqlCompletion::Result &r) {
    QStringList out;
    for (const SqlCompletion::Item &i : r.items)
        out << i.label;
    return out;
}
} // namespace

void TestQueryText::completionAfterAlias() {
    const Schema schema = sampleSchema();
    const QString text = QStringLiteral(
        "SELECT 1;\nSELECT p.ti FROM post p JOIN \"User\" AS u ON u.id = p.author_id");
    const qsizetype cursor = text.indexOf(QLatin1String("p.ti")) + 4;
    SqlCompletion::Result r =
        SqlCompletion::complete(text, cursor, schema, {}, SqlDialect::PostgreSQL);
    QCOMPARE(r.qualifier, QStringLiteral("p"));
    QCOMPARE(r.prefix, QStringLiteral("ti"));
    QCOMPARE(labels(r), QStringList{QStringLiteral("title")});
    QCOMPARE(r.start, cursor - 2);
    // u. → the columns of "User"; camelCase needs quotes in PostgreSQL.
    const QString text2 = QStringLiteral("SELECT u. FROM post p JOIN \"User\" AS u ON true");
    r = SqlCompletion::complete(text2, text2.indexOf(QLatin1String("u.")) + 2, schema, {},
                                SqlDialect::PostgreSQL);
    QCOMPARE(labels(r), (QStringList{QStringLiteral("id"), QStringLiteral("email"),
                                     QStringLiteral("createdAt")}));
    QCOMPARE(r.items.at(2).insert, QStringLiteral("\"createdAt\""));
    // A table name qualifies too.
    const QString text3 = QStringLiteral("SELECT post.au FROM post");
    r = SqlCompletion::complete(text3, text3.indexOf(QLatin1String(".au")) + 3, schema, {},
                                SqlDialect::PostgreSQL);
    QCOMPARE(labels(r), QStringList{QStringLiteral("author_id")});
}

void TestQueryText::completionQuotesAndKeywords() {
    const Schema schema = sampleSchema();
    // Columns of the tables in the statement come first, then tables, then keywords.
    const QString text = QStringLiteral("select e from \"User\"");
    SqlCompletion::Result r = SqlCompletion::complete(text, 8, schema, {}, SqlDialect::PostgreSQL);
    QVERIFY(!r.items.isEmpty());
    QCOMPARE(r.items.first().label, QStringLiteral("email"));
    QCOMPARE(r.items.first().kind, SqlCompletion::Item::Kind::Column);
    QVERIFY(labels(r).contains(QStringLiteral("else"))); // lower-case prefix: lower-case keyword
    // Tables: PostgreSQL quotes "User", MySQL does not need to.
    r = SqlCompletion::complete(QStringLiteral("SELECT * FROM Us"), 16, schema, {},
                                SqlDialect::PostgreSQL);
    QCOMPARE(r.items.first().insert, QStringLiteral("\"User\""));
    r = SqlCompletion::complete(QStringLiteral("SELECT * FROM Us"), 16, schema, {},
                                SqlDialect::MySQL);
    QCOMPARE(r.items.first().insert, QStringLiteral("User"));
    QCOMPARE(SqlCompletion::identifier(QStringLiteral("order"), SqlDialect::MySQL),
             QStringLiteral("`order`"));
    QCOMPARE(SqlCompletion::identifier(QStringLiteral("plain_name"), SqlDialect::SQLite),
             QStringLiteral("plain_name"));
}

void TestQueryText::completionSchemaQualified() {
    const Schema schema = sampleSchema();
    const QString text = QStringLiteral("SELECT * FROM public.re");
    const SqlCompletion::Result r = SqlCompletion::complete(
        text, text.size(), schema, {QStringLiteral("public"), QStringLiteral("audit")},
        SqlDialect::PostgreSQL);
    QCOMPARE(labels(r), QStringList{QStringLiteral("recent_posts")});
    const SqlCompletion::Result schemas = SqlCompletion::complete(
        QStringLiteral("SELECT * FROM au"), 16, schema,
        {QStringLiteral("public"), QStringLiteral("audit")}, SqlDialect::PostgreSQL);
    QVERIFY(labels(schemas).contains(QStringLiteral("audit")));
}

void TestQueryText::historyRedactsPasswords_data() {
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("secret");
    QTest::newRow("pg create role") << "CREATE ROLE app LOGIN PASSWORD 'hunter2'"
                                    << "hunter2";
    QTest::newRow("pg alter user encrypted") << "ALTER USER app WITH ENCRYPTED PASSWORD 's3cr''et'"
                                             << "s3cr";
    QTest::newRow("mysql identified by") << "CREATE USER 'a'@'%' IDENTIFIED BY 'pa ss'"
                                         << "pa ss";
    QTest::newRow("mysql identified with")
        << "ALTER USER a IDENTIFIED WITH mysql_native_password BY 'x1y2'"
        << "x1y2";
    QTest::newRow("set password") << "SET PASSWORD FOR a = PASSWORD('zz9')"
                                  << "zz9";
    QTest::newRow("set password plain") << "SET PASSWORD = 'qq8'"
                                        << "qq8";
}

void TestQueryText::historyRedactsPasswords() {
    QFETCH(QString, sql);
    QFETCH(QString, secret);
    const QString redacted = QueryHistory::redact(sql);
    QVERIFY2(!redacted.contains(secret), qPrintable(redacted));
    QVERIFY(redacted.contains(QLatin1String("'****'")));
    QCOMPARE(QueryHistory::redact(QStringLiteral("SELECT password FROM users")),
             QStringLiteral("SELECT password FROM users"));
}

void TestQueryText::historyPersists() {
    QTemporaryDir dir;
    QueryHistory history(QStringLiteral("postgresql://app:****@db/app"), dir.path());
    QueryHistory other(QStringLiteral("mysql://app:****@db/app"), dir.path());
    QVERIFY(history.filePath() != other.filePath());
    for (int i = 0; i < 5; ++i) {
        QueryHistory::Entry e;
        e.time = QDateTime::currentDateTimeUtc();
        e.sql = QStringLiteral("SELECT %1").arg(i);
        e.rows = i;
        e.elapsedMs = 10 + i;
        QCOMPARE(history.append(e), QString());
    }
    QueryHistory::Entry secret;
    secret.sql = QStringLiteral("CREATE USER x PASSWORD 'topsecret'");
    secret.ok = false;
    secret.error = QStringLiteral("permission denied");
    QCOMPARE(history.append(secret), QString());
    const QList<QueryHistory::Entry> all = history.load();
    QCOMPARE(all.size(), 6);
    QCOMPARE(all.first().sql, QStringLiteral("SELECT 0"));
    QCOMPARE(all.at(3).rows, 3);
    QVERIFY(!all.last().ok);
    QCOMPARE(history.load(2).size(), 2);
    QCOMPARE(history.load(2).first().sql, QStringLiteral("SELECT 4"));
    QVERIFY(other.load().isEmpty());
    QFile file(history.filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("topsecret"));
    QCOMPARE(file.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());
}

void TestQueryText::csvAndTsv() {
    QCOMPARE(ResultWriter::csvField(QVariant()), QString());
    QCOMPARE(ResultWriter::csvField(QStringLiteral("")), QStringLiteral("\"\""));
    QCOMPARE(ResultWriter::csvField(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    QCOMPARE(ResultWriter::csvField(QStringLiteral("say \"hi\"")),
             QStringLiteral("\"say \"\"hi\"\"\""));
    QCOMPARE(ResultWriter::csvField(QStringLiteral("x\ny")), QStringLiteral("\"x\ny\""));
    QCOMPARE(ResultWriter::csvField(1.5), QStringLiteral("1.5"));
    const QList<QueryColumn> columns{{QStringLiteral("a"), QMetaType::QString, {}},
                                     {QStringLiteral("b"), QMetaType::Int, {}}};
    QCOMPARE(ResultWriter::toTsv(columns, {{QStringLiteral("t\tab\nx\\"), QVariant()}}),
             QStringLiteral("a\tb\nt\\tab\\nx\\\\\t\n"));

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ResultWriter json(&buffer, ExportFormat::Json, SqlDialect::PostgreSQL);
    json.begin({{QStringLiteral("n"), QMetaType::Double, {}},
                {QStringLiteral("n"), QMetaType::LongLong, {}},
                {QStringLiteral("s"), QMetaType::QString, {}}});
    json.writeRow(
        {QStringLiteral("12345678901234567890.5"), qlonglong(1) << 60, QStringLiteral("a\"b")});
    json.end();
    QCOMPARE(buffer.data(),
             QByteArray("[\n{\"n\":12345678901234567890.5,\"n_2\":\"1152921504606846976\","
                        "\"s\":\"a\\\"b\"}\n]\n"));
}

void TestQueryText::sqlLiterals() {
    QCOMPARE(ResultWriter::sqlLiteral(QVariant(), SqlDialect::MySQL), QStringLiteral("NULL"));
    QCOMPARE(ResultWriter::sqlLiteral(QStringLiteral("it's \\"), SqlDialect::MySQL),
             QStringLiteral("'it''s \\\\'"));
    QCOMPARE(ResultWriter::sqlLiteral(QStringLiteral("it's \\"), SqlDialect::PostgreSQL),
             QStringLiteral("'it''s \\'"));
    QCOMPARE(ResultWriter::sqlLiteral(QByteArray("\x01\xff", 2), SqlDialect::SQLite),
             QStringLiteral("X'01ff'"));
    QCOMPARE(ResultWriter::sqlLiteral(QByteArray("\x01\xff", 2), SqlDialect::PostgreSQL),
             QStringLiteral("'\\x01ff'"));
    QCOMPARE(ResultWriter::sqlLiteral(true, SqlDialect::PostgreSQL), QStringLiteral("TRUE"));
    QCOMPARE(ResultWriter::sqlLiteral(-42, SqlDialect::SQLite), QStringLiteral("-42"));
    QCOMPARE(ResultWriter::quoteIdentifier(QStringLiteral("app.User"), SqlDialect::PostgreSQL),
             QStringLiteral("\"app\".\"User\""));
    QCOMPARE(ResultWriter::quoteIdentifier(QStringLiteral("we`ird"), SqlDialect::MySQL),
             QStringLiteral("`we``ird`"));
}

void TestQueryText::explainParsers() {
    const QByteArray pg = R"([{"Plan": {"Node Type": "Hash Join", "Join Type": "Inner",
        "Startup Cost": 1.0, "Total Cost": 2.5, "Plan Rows": 10, "Plan Width": 8,
        "Plans": [{"Node Type": "Seq Scan", "Relation Name": "b", "Alias": "b",
                   "Startup Cost": 0, "Total Cost": 1, "Plan Rows": 5, "Plan Width": 4},
                  {"Node Type": "Hash", "Startup Cost": 0, "Total Cost": 1, "Plan Rows": 5,
                   "Plan Width": 4, "Plans": [{"Node Type": "Index Scan", "Index Name": "a_pkey",
                   "Relation Name": "a", "Alias": "x", "Startup Cost": 0, "Total Cost": 1,
                   "Plan Rows": 1, "Plan Width": 4}]}]},
        "Planning Time": 0.1, "Execution Time": 0.2}])";
    QString error;
    const QList<ExplainNode> nodes = ExplainPlan::parsePostgresJson(pg, &error);
    QVERIFY(error.isEmpty());
    QCOMPARE(nodes.size(), 4);
    QCOMPARE(nodes.at(0).title, QStringLiteral("Inner Hash Join"));
    QCOMPARE(nodes.at(1).title, QStringLiteral("Seq Scan on b"));
    QCOMPARE(nodes.at(1).parent, 0);
    QCOMPARE(nodes.at(3).title, QStringLiteral("Index Scan using a_pkey on a x"));
    QCOMPARE(nodes.at(3).parent, 2);
    QVERIFY(nodes.at(0).detail.contains(QLatin1String("execution 0.2 ms")));

    const QByteArray my = R"({"query_block": {"select_id": 1, "nested_loop": [
        {"table": {"table_name": "a", "access_type": "ALL", "rows": 2}},
        {"table": {"table_name": "b", "access_type": "ref", "key": "a_id", "rows": 1}}]}})";
    const QList<ExplainNode> myNodes = ExplainPlan::parseMySqlJson(my, &error);
    QCOMPARE(myNodes.size(), 3);
    QCOMPARE(myNodes.at(0).title, QStringLiteral("query_block"));
    QCOMPARE(myNodes.at(1).title, QStringLiteral("table a"));
    QCOMPARE(myNodes.at(2).parent, 0);
    QVERIFY(myNodes.at(2).detail.contains(QLatin1String("access_type=ref")));

    const QList<ExplainNode> tree = ExplainPlan::parseMySqlTree(QStringLiteral(
        "-> Nested loop inner join  (cost=1.1 rows=2) (actual time=0.1..0.2 rows=2 loops=1)\n"
        "    -> Table scan on a  (cost=0.45 rows=2)\n"
        "    -> Index lookup on b using a_id (a_id=a.id)  (cost=0.3 rows=1)\n"));
    QCOMPARE(tree.size(), 3);
    QCOMPARE(tree.at(2).parent, 0);
    QCOMPARE(tree.at(1).title, QStringLiteral("Table scan on a"));

    const QList<ExplainNode> lite =
        ExplainPlan::parseSqliteRows({{2, 0, QStringLiteral("SCAN a")},
                                      {5, 0, QStringLiteral("SEARCH b USING INDEX i")},
                                      {7, 5, QStringLiteral("CORRELATED SUBQUERY")}});
    QCOMPARE(lite.size(), 4);
    QCOMPARE(lite.at(0).title, QStringLiteral("QUERY PLAN"));
    QCOMPARE(lite.at(0).parent, -1);
    QCOMPARE(lite.at(1).parent, 0);
    QCOMPARE(lite.at(3).parent, 2);
    QString analyzeError;
    QVERIFY(ExplainPlan::explainSql(QStringLiteral("SELECT 1"), SqlDialect::SQLite, true, false,
                                    &analyzeError)
                .isEmpty());
    QVERIFY(!analyzeError.isEmpty());
}

QTEST_GUILESS_MAIN(TestQueryText)
#include "tst_querytext.moc"
