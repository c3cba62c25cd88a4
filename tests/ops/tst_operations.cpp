// SPDX-License-Identifier: GPL-3.0-or-later
// Deploy, resolve and execute on real SQLite, PostgreSQL and MariaDB databases, with Prisma's
// error codes and the rows Prisma would write.
#include "db/connectionopener.h"
#include "db/dbsession.h"
#include "history/timestamp.h"
#include "testdata.h"
#include "testservers.h"
#include "workspace/checksum.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

using Kind = OperationRequest::Kind;
using State = MigrationStatus::State;

namespace {
const QByteArray InitSql =
    "CREATE TABLE \"User\" (\"id\" INTEGER NOT NULL PRIMARY KEY, \"name\" TEXT NOT NULL);\n";
const QByteArray SeedSql =
    "INSERT INTO \"User\" (\"id\", \"name\") VALUES (1, 'paul'), (2, 'paul');\n";
// Prisma's `Unique` migration: the last statement fails on the duplicate names.
const QByteArray UniqueSql =
    "-- AlterTable\nALTER TABLE \"User\" ADD COLUMN \"email\" TEXT;\n\n-- CreateTable\n"
    "CREATE TABLE \"Post\" (\"id\" INTEGER NOT NULL PRIMARY KEY, \"title\" TEXT NOT NULL);\n\n"
    "-- CreateIndex\nCREATE UNIQUE INDEX \"User_name_key\" ON \"User\"(\"name\");\n";

QByteArray forMySql(QByteArray sql) {
    // MySQL needs backticks (without ANSI_QUOTES) and a length for indexed text columns.
    sql.replace('"', '`');
    sql.replace("`name` TEXT", "`name` VARCHAR(191)");
    return sql;
}
} // namespace

class TestOperations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void deployAppliesLikePrisma_data() { dialects(); }
    void deployAppliesLikePrisma();
    void failedDeployRecordsLogsAndBlocks_data() { dialects(); }
    void failedDeployRecordsLogsAndBlocks();
    void resolveRules_data() { dialects(); }
    void resolveRules();
    void baseliningAndP3005_data() { dialects(); }
    void baseliningAndP3005();
    void refusalsWriteNothing_data() { dialects(); }
    void refusalsWriteNothing();
    void executeReportsTheFailingStatement_data() { dialects(); }
    void executeReportsTheFailingStatement();
    void readOnlyConnectionRefusesWrites_data() { dialects(); }
    void readOnlyConnectionRefusesWrites();
    void cancelInterruptsARunningStatement_data() { dialects(); }
    void cancelInterruptsARunningStatement();
    void lockHeldByAnotherSession_data();
    void lockHeldByAnotherSession();
    void twoDeploysAtOnce_data() { lockHeldByAnotherSession_data(); }
    void twoDeploysAtOnce();
    void readOnlyDatabaseUser_data() { lockHeldByAnotherSession_data(); }
    void readOnlyDatabaseUser();

private:
    void dialects();
    /// A fresh database of the row's dialect, or skips.
    ConnectionSpec freshDatabase();
    QString workspace(const QList<std::pair<QString, QByteArray>> &migrations,
                      const QString &provider);
    OperationResult run(const ConnectionSpec &spec, OperationRequest request);
    HistoryReport status(const ConnectionSpec &spec, const QString &ws);
    QByteArray sql(const QByteArray &portable) const {
        return m_mysql ? forMySql(portable) : portable;
    }
    QString provider() const;

    QTemporaryDir m_tmp;
    bool m_mysql = false;
};

void TestOperations::initTestCase() {
    QVERIFY(m_tmp.isValid());
}

void TestOperations::dialects() {
    QTest::addColumn<int>("driver");
    QTest::newRow("sqlite") << static_cast<int>(ConnectionSpec::Driver::Sqlite);
    QTest::newRow("postgresql") << static_cast<int>(ConnectionSpec::Driver::Postgres);
    QTest::newRow("mariadb") << static_cast<int>(ConnectionSpec::Driver::MySql);
}

QString TestOperations::provider() const {
    QFETCH(int, driver);
    ConnectionSpec s;
    s.driver = static_cast<ConnectionSpec::Driver>(driver);
    return s.provider();
}

ConnectionSpec TestOperations::freshDatabase() {
    QFETCH(int, driver);
    const auto d = static_cast<ConnectionSpec::Driver>(driver);
    m_mysql = d == ConnectionSpec::Driver::MySql;
    if (d == ConnectionSpec::Driver::Sqlite) {
        ConnectionSpec spec;
        spec.driver = d;
        spec.database =
            m_tmp.filePath(QUuid::createUuid().toString(QUuid::Id128) + QStringLiteral(".db"));
        spec.createIfMissing = true;
        return spec;
    }
    QString reason;
    const ConnectionSpec spec = TestServers::freshDatabase(d == ConnectionSpec::Driver::Postgres
                                                               ? TestServers::Kind::Postgres
                                                               : TestServers::Kind::MySql,
                                                           &reason);
    if (!spec.isValid())
        qWarning("%s", qPrintable(reason));
    return spec;
}

QString TestOperations::workspace(const QList<std::pair<QString, QByteArray>> &migrations,
                                  const QString &prov) {
    const QString ws = m_tmp.filePath(QUuid::createUuid().toString(QUuid::Id128));
    const QString dir = ws + QStringLiteral("/prisma/migrations");
    for (const auto &[name, content] : migrations)
        TestData::writeMigration(dir, name, content);
    TestData::writeFile(dir + QStringLiteral("/migration_lock.toml"),
                        "provider = \"" + prov.toUtf8() + "\"\n");
    return ws;
}

OperationResult TestOperations::run(const ConnectionSpec &spec, OperationRequest request) {
    DbSession session(spec, nullptr, true);
    const OpenResult opened = session.openAndWait();
    if (opened.error.isError()) {
        OperationResult r;
        r.errorMessage = opened.error.message;
        return r;
    }
    return session.runOperationAndWait(request);
}

HistoryReport TestOperations::status(const ConnectionSpec &spec, const QString &ws) {
    DbSession session(spec);
    session.openAndWait();
    return session.loadHistoryAndWait(ws + QStringLiteral("/prisma/migrations")).report;
}

#define FRESH_OR_SKIP(spec)                                                                        \
    const ConnectionSpec spec = freshDatabase();                                                   \
    if (!spec.isValid())                                                                           \
        MWB_SKIP_OR_FAIL(QStringLiteral("no test server for this dialect"));

static OperationRequest deploy(const QString &ws, bool dryRun = false) {
    OperationRequest r;
    r.kind = Kind::Deploy;
    r.migrationsDir = ws + QStringLiteral("/prisma/migrations");
    r.dryRun = dryRun;
    return r;
}

static OperationRequest resolve(const QString &ws, Kind kind, const QString &name) {
    OperationRequest r;
    r.kind = kind;
    r.migrationsDir = ws + QStringLiteral("/prisma/migrations");
    r.migrationName = name;
    return r;
}

void TestOperations::deployAppliesLikePrisma() {
    FRESH_OR_SKIP(spec);
    const QString ws =
        workspace({{QStringLiteral("20240101000000_init"), sql(InitSql)},
                   {QStringLiteral("20240102000000_more"),
                    sql("CREATE TABLE \"Post\" (\"id\" INTEGER NOT NULL PRIMARY KEY);\n")}},
                  provider());
    // The preview lists Prisma's write sequence and writes nothing.
    const OperationResult preview = run(spec, deploy(ws, true));
    QVERIFY2(preview.success, qPrintable(preview.errorMessage));
    QCOMPARE(preview.plan.migrations, (QStringList{QStringLiteral("20240101000000_init"),
                                                   QStringLiteral("20240102000000_more")}));
    QCOMPARE(preview.plan.countOf(PlannedStep::Kind::CreateTable), 1);
    QCOMPARE(preview.plan.countOf(PlannedStep::Kind::Bookkeeping), 6);
    QCOMPARE(preview.plan.countOf(PlannedStep::Kind::Statement), 2);
    QVERIFY(!status(spec, ws).tableExists);

    QElapsedTimer timer;
    timer.start();
    const OperationResult result = run(spec, deploy(ws));
    QVERIFY2(result.success,
             qPrintable(result.errorMessage + result.output.join(QLatin1Char('\n'))));
    QCOMPARE(result.applied, preview.plan.migrations);
    QVERIFY(result.output.join(QLatin1Char('\n'))
                .contains(QStringLiteral("All migrations have been successfully applied.")));

    const HistoryReport report = status(spec, ws);
    QCOMPARE(report.rows.size(), 2);
    for (const MigrationRow &row : report.rows) {
        QCOMPARE(row.id.size(), 36);
        QVERIFY(row.finishedAt.has_value());
        QVERIFY(*row.finishedAt >= *row.startedAt);
        QVERIFY(!row.logs.has_value());
        QVERIFY(!row.rolledBackAt.has_value());
        QCOMPARE(row.appliedStepsCount, 1);
        // Written now, in UTC.
        QVERIFY(qAbs(*row.startedAt / 1000 - QDateTime::currentMSecsSinceEpoch()) <
                60000 + timer.elapsed());
        if (spec.driver == ConnectionSpec::Driver::Sqlite)
            QCOMPARE(row.timestampStorage, QStringLiteral("integer")); // what Prisma binds
    }
    QCOMPARE(report.rows.at(0).checksum, Checksum::record(sql(InitSql)));
    QCOMPARE(report.attentionCount(), 0);
    QCOMPARE(report.prisma.exitCode, 0);

    const OperationResult again = run(spec, deploy(ws));
    QVERIFY(again.success);
    QVERIFY(again.applied.isEmpty());
    QVERIFY(again.output.join(QLatin1Char('\n'))
                .contains(QStringLiteral("No pending migrations to apply.")));
}

void TestOperations::failedDeployRecordsLogsAndBlocks() {
    FRESH_OR_SKIP(spec);
    const QString ws =
        workspace({{QStringLiteral("20240101000000_init"), sql(InitSql)}}, provider());
    QVERIFY(run(spec, deploy(ws)).success);
    OperationRequest seed;
    seed.kind = Kind::Execute;
    seed.script = QString::fromUtf8(sql(SeedSql));
    seed.scriptName = QStringLiteral("seed.sql");
    QVERIFY(run(spec, seed).success);
    TestData::writeMigration(ws + QStringLiteral("/prisma/migrations"),
                             QStringLiteral("20240102000000_Unique"), sql(UniqueSql));

    const OperationResult failed = run(spec, deploy(ws));
    QVERIFY(!failed.success);
    QCOMPARE(failed.errorCode, QStringLiteral("P3018"));
    QCOMPARE(failed.failedMigration, QStringLiteral("20240102000000_Unique"));
    QCOMPARE(failed.failedStatement, 2);
    QCOMPARE(failed.failedLine, 8);
    QVERIFY(!failed.dbError.nativeCode.isEmpty());
    QVERIFY(!failed.recovery.isEmpty());

    const HistoryReport report = status(spec, ws);
    QCOMPARE(report.migrations.at(1).state, State::Failed);
    QVERIFY(!report.migrations.at(1).startedNotFinished);
    const MigrationRow &row = report.rows.at(report.migrations.at(1).rowIndexes.constFirst());
    QVERIFY(row.logs->contains(QStringLiteral("Migration name: 20240102000000_Unique")));
    QVERIFY(
        row.logs->contains(QStringLiteral("Database error code: ") + failed.dbError.nativeCode));
    QCOMPARE(row.appliedStepsCount, 0);
    QCOMPARE(row.checksum, Checksum::record(sql(UniqueSql)));

    // PostgreSQL and SQLite ran it in a transaction: nothing of it remains. MySQL cannot.
    const bool atomic = spec.driver != ConnectionSpec::Driver::MySql;
    QCOMPARE(failed.plan.atomic, atomic);
    const QString postExists = TestServers::execute(
        spec, {QStringLiteral("SELECT 1 FROM ") +
               (m_mysql ? QStringLiteral("`Post`") : QStringLiteral("\"Post\""))});
    QCOMPARE(postExists.isEmpty(), !atomic);

    const OperationResult blocked = run(spec, deploy(ws));
    QCOMPARE(blocked.errorCode, QStringLiteral("P3009"));
    QVERIFY(blocked.errorMessage.contains(
        QStringLiteral("The `20240102000000_Unique` migration started at ") +
        Timestamp::toPrismaDisplay(*row.startedAt) + QStringLiteral(" failed")));
}

void TestOperations::resolveRules() {
    FRESH_OR_SKIP(spec);
    const QString ws = workspace(
        {{QStringLiteral("20240101000000_init"), sql(InitSql)},
         {QStringLiteral("20240102000000_bad"),
          sql("CREATE TABLE \"T\" (\"id\" INTEGER);\nSELECT * FROM \"nope\";\n")},
         {QStringLiteral("20240103000000_later"), sql("CREATE TABLE \"L\" (\"id\" INTEGER);\n")}},
        provider());
    // --rolled-back before the table exists: Prisma's invariant error, nothing created.
    const OperationResult noTable =
        run(spec, resolve(ws, Kind::ResolveRolledBack, QStringLiteral("20240101000000_init")));
    QVERIFY(!noTable.success);
    QVERIFY(noTable.errorMessage.contains(QStringLiteral("without migrations table")));
    QVERIFY(!status(spec, ws).tableExists);

    const OperationResult firstDeploy = run(spec, deploy(ws));
    QVERIFY2(firstDeploy.errorCode == QLatin1String("P3018"), qPrintable(firstDeploy.errorMessage));
    QCOMPARE(run(spec, resolve(ws, Kind::ResolveApplied, QStringLiteral("20240101000000_init")))
                 .errorCode,
             QStringLiteral("P3008"));
    QCOMPARE(run(spec, resolve(ws, Kind::ResolveApplied, QStringLiteral("init"))).errorCode,
             QStringLiteral("P3017"));
    QCOMPARE(run(spec, resolve(ws, Kind::ResolveRolledBack, QStringLiteral("20240103000000_later")))
                 .errorCode,
             QStringLiteral("P3011"));
    QCOMPARE(run(spec, resolve(ws, Kind::ResolveRolledBack, QStringLiteral("20240101000000_init")))
                 .errorCode,
             QStringLiteral("P3012"));

    // Roll back the failed one: its row gets rolled_back_at; deploy then runs it again.
    const OperationResult rolledBack =
        run(spec, resolve(ws, Kind::ResolveRolledBack, QStringLiteral("20240102000000_bad")));
    QVERIFY2(rolledBack.success, qPrintable(rolledBack.errorMessage));
    QCOMPARE(rolledBack.plan.countOf(PlannedStep::Kind::Bookkeeping), 1);
    HistoryReport report = status(spec, ws);
    QCOMPARE(report.migrations.at(1).state, State::RolledBack);
    // Again: every row already rolled back -> Prisma's silent no-op.
    const OperationResult noop =
        run(spec, resolve(ws, Kind::ResolveRolledBack, QStringLiteral("20240102000000_bad")));
    QVERIFY(noop.success);
    QCOMPARE(noop.plan.countOf(PlannedStep::Kind::Bookkeeping), 0);
    QCOMPARE(status(spec, ws).rows.size(), report.rows.size());

    // Fix the file by hand and deploy: a second row for the name, the first stays rolled back.
    // (Where the failed attempt ran in a transaction, T was rolled back with it.)
    TestData::writeMigration(ws + QStringLiteral("/prisma/migrations"),
                             QStringLiteral("20240102000000_bad"),
                             sql("CREATE TABLE \"T2\" (\"id\" INTEGER);\n"));
    const OperationResult redeploy = run(spec, deploy(ws));
    QVERIFY2(redeploy.success, qPrintable(redeploy.errorMessage));
    report = status(spec, ws);
    QCOMPARE(report.migrations.at(1).state, State::Applied);
    QVERIFY(report.migrations.at(1).reappliedAfterRollback);
    QCOMPARE(report.migrations.at(1).rowIndexes.size(), 2);
    // Prisma's own edit check compares with the oldest (rolled-back) row: prisma#16927.
    QVERIFY(report.prisma.edited.contains(QStringLiteral("20240102000000_bad")));

    // Hotfix path: a migration fails, the fix is done by hand, then it is marked applied. The
    // failed row gets rolled_back_at and a new row is written: logs '', started = finished, 0
    // steps.
    TestData::writeMigration(ws + QStringLiteral("/prisma/migrations"),
                             QStringLiteral("20240104000000_hotfix"),
                             sql("SELECT * FROM \"missing_table\";\n"));
    QCOMPARE(run(spec, deploy(ws)).errorCode, QStringLiteral("P3018"));
    const OperationResult applied =
        run(spec, resolve(ws, Kind::ResolveApplied, QStringLiteral("20240104000000_hotfix")));
    QVERIFY2(applied.success, qPrintable(applied.errorMessage));
    QVERIFY(applied.output.join(QString()).contains(
        QStringLiteral("Migration 20240104000000_hotfix marked as applied.")));
    report = status(spec, ws);
    const MigrationStatus &m = report.migrations.at(3);
    QCOMPARE(m.name, QStringLiteral("20240104000000_hotfix"));
    QCOMPARE(m.state, State::Applied);
    QCOMPARE(m.rowIndexes.size(), 2);
    QVERIFY(report.rows.at(m.rowIndexes.at(0)).rolledBackAt.has_value());
    const MigrationRow &newRow = report.rows.at(m.decidingRow);
    QCOMPARE(newRow.logs.value_or(QStringLiteral("NULL")), QString());
    QCOMPARE(newRow.startedAt, newRow.finishedAt);
    QCOMPARE(newRow.appliedStepsCount, 0);
    QCOMPARE(newRow.checksum, Checksum::record(sql("SELECT * FROM \"missing_table\";\n")));
    QCOMPARE(report.prisma.exitCode, 0);
    // Applied once -> P3008, even though an older row of it is rolled back.
    QCOMPARE(run(spec, resolve(ws, Kind::ResolveApplied, QStringLiteral("20240104000000_hotfix")))
                 .errorCode,
             QStringLiteral("P3008"));
}

void TestOperations::baseliningAndP3005() {
    FRESH_OR_SKIP(spec);
    const QString ws = workspace({{QStringLiteral("0_init"), sql(InitSql)}}, provider());
    OperationRequest legacy;
    legacy.kind = Kind::Execute;
    legacy.script = QString::fromUtf8(sql(InitSql));
    legacy.scriptName = QStringLiteral("legacy.sql");
    QVERIFY(run(spec, legacy).success);
    // A database that predates Prisma Migrate: deploy refuses and writes nothing.
    const OperationResult refused = run(spec, deploy(ws));
    QCOMPARE(refused.errorCode, QStringLiteral("P3005"));
    QVERIFY(!status(spec, ws).tableExists);
    // Baselining: resolve --applied creates the table without the emptiness check.
    const OperationResult baseline =
        run(spec, resolve(ws, Kind::ResolveApplied, QStringLiteral("0_init")));
    QVERIFY2(baseline.success, qPrintable(baseline.errorMessage));
    QCOMPARE(baseline.plan.countOf(PlannedStep::Kind::CreateTable), 1);
    const HistoryReport report = status(spec, ws);
    QVERIFY(report.tableExists);
    QCOMPARE(report.migrations.at(0).state, State::Applied);
    QCOMPARE(report.prisma.exitCode, 0);
}

void TestOperations::refusalsWriteNothing() {
    FRESH_OR_SKIP(spec);
    // Provider mismatch: P3019 before anything else.
    const QString wrong =
        workspace({{QStringLiteral("1_a"), sql(InitSql)}}, QStringLiteral("cockroachdb"));
    const OperationResult mismatch = run(spec, deploy(wrong));
    QCOMPARE(mismatch.errorCode, QStringLiteral("P3019"));
    QCOMPARE(run(spec, resolve(wrong, Kind::ResolveApplied, QStringLiteral("1_a"))).errorCode,
             QStringLiteral("P3019"));
    // A folder without migration.sql: P3015.
    const QString noFile = workspace({{QStringLiteral("1_a"), sql(InitSql)}}, provider());
    QDir().mkpath(noFile + QStringLiteral("/prisma/migrations/2_empty_dir"));
    QCOMPARE(run(spec, deploy(noFile)).errorCode, QStringLiteral("P3015"));
    // A malformed script: refused before any write, with the position.
    const QString malformed = workspace(
        {{QStringLiteral("1_a"), "CREATE TABLE t (name TEXT DEFAULT 'oops);\n"}}, provider());
    const OperationResult bad = run(spec, deploy(malformed));
    QVERIFY(!bad.success);
    QVERIFY2(bad.errorMessage.contains(QStringLiteral("line 1")), qPrintable(bad.errorMessage));
    QVERIFY(!status(spec, malformed).tableExists);
}

void TestOperations::executeReportsTheFailingStatement() {
    FRESH_OR_SKIP(spec);
    OperationRequest request;
    request.kind = Kind::Execute;
    request.scriptName = QStringLiteral("script.sql");
    request.atomic = false; // like db execute: each statement commits on its own
    request.script =
        QString::fromUtf8(sql("-- two tables, then a typo\nCREATE TABLE \"A\" (\"id\" INTEGER);\n"
                              "CREATE TABLE \"B\" (\"id\" INTEGER);\n\n  SELEKT 1;\nCREATE TABLE "
                              "\"C\" (\"id\" INTEGER);\n"));
    const OperationResult result = run(spec, request);
    QVERIFY(!result.success);
    QCOMPARE(result.failedStatement, 2);
    QCOMPARE(result.failedLine, 5);
    QCOMPARE(result.failedColumn, 3);
    QCOMPARE(result.failedSql, QStringLiteral("SELEKT 1"));
    QVERIFY(!result.dbError.nativeCode.isEmpty());
    QVERIFY(result.errorMessage.contains(result.dbError.nativeCode));
    QCOMPARE(result.statementsRun, 2);
    // Statement by statement, like db execute: A and B stay; C never ran; no bookkeeping table.
    QVERIFY(TestServers::execute(
                spec, {QStringLiteral("SELECT 1 FROM ") + QString::fromUtf8(sql("\"B\""))})
                .isEmpty());
    QVERIFY(!TestServers::execute(
                 spec, {QStringLiteral("SELECT 1 FROM ") + QString::fromUtf8(sql("\"C\""))})
                 .isEmpty());
    QVERIFY(!status(spec, workspace({}, provider())).tableExists);
}

void TestOperations::readOnlyConnectionRefusesWrites() {
    FRESH_OR_SKIP(spec);
    const QString ws = workspace({{QStringLiteral("1_a"), sql(InitSql)}}, provider());
    if (spec.driver == ConnectionSpec::Driver::Sqlite)
        TestData::writeFile(spec.database, QByteArray());
    ConnectionSpec readOnly = spec;
    readOnly.readOnly = true;
    const OperationResult refused = run(readOnly, deploy(ws));
    QVERIFY(!refused.success);
    QVERIFY(refused.errorMessage.contains(QStringLiteral("read-only")));
    QVERIFY(!status(spec, ws).tableExists);
    // The preview is allowed; elevation for one operation writes, then the connection is read-only
    // again.
    QVERIFY(run(readOnly, deploy(ws, true)).success);
    DbSession session(readOnly, nullptr, true);
    QVERIFY(!session.openAndWait().error.isError());
    OperationRequest elevated = deploy(ws);
    elevated.elevated = true;
    const OperationResult ok = session.runOperationAndWait(elevated);
    QVERIFY2(ok.success, qPrintable(ok.errorMessage));
    OperationRequest write;
    write.kind = Kind::Execute;
    write.script = QString::fromUtf8(sql("CREATE TABLE \"Z\" (\"id\" INTEGER);"));
    write.scriptName = QStringLiteral("z.sql");
    QVERIFY(!session.runOperationAndWait(write).success);
}

void TestOperations::cancelInterruptsARunningStatement() {
    FRESH_OR_SKIP(spec);
    QString slow;
    switch (spec.driver) {
    case ConnectionSpec::Driver::Postgres:
        slow = QStringLiteral("SELECT pg_sleep(60)");
        break;
    case ConnectionSpec::Driver::MySql:
        // KILL QUERY makes SLEEP() and BENCHMARK() return normally; a recursive CTE fails with
        // 1317.
        slow = QStringLiteral(
            "SET STATEMENT max_recursive_iterations = 4000000000 FOR WITH RECURSIVE "
            "c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 1000000000000) "
            "SELECT count(*) FROM c");
        break;
    default:
        slow = QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
                              "SELECT count(*) FROM c");
        break;
    }
    DbSession session(spec, nullptr, true);
    QVERIFY(!session.openAndWait().error.isError());
    OperationRequest request;
    request.kind = Kind::Execute;
    request.script = QStringLiteral("SELECT 1;\n") + slow + QStringLiteral(";\nSELECT 2;");
    request.scriptName = QStringLiteral("slow.sql");
    QTimer::singleShot(800, &session, [&session] { session.cancel(); });
    QElapsedTimer timer;
    timer.start();
    const OperationResult result = session.runOperationAndWait(request);
    QVERIFY2(timer.elapsed() < 20000, "the statement was interrupted, not waited for");
    QVERIFY(!result.success);
    QVERIFY2(result.cancelled, qPrintable(result.errorMessage + QStringLiteral(" / code ") +
                                          result.dbError.nativeCode));
    QCOMPARE(result.failedStatement, 1);
    QCOMPARE(result.statementsRun, 1);
}

void TestOperations::lockHeldByAnotherSession_data() {
    QTest::addColumn<int>("driver");
    QTest::newRow("postgresql") << static_cast<int>(ConnectionSpec::Driver::Postgres);
    QTest::newRow("mariadb") << static_cast<int>(ConnectionSpec::Driver::MySql);
}

void TestOperations::lockHeldByAnotherSession() {
    FRESH_OR_SKIP(spec);
    const QString ws = workspace({{QStringLiteral("1_a"), sql(InitSql)}}, provider());
    // Another client (as Prisma would) holds the migration lock on its own connection.
    const QString holder = QStringLiteral("lock-holder");
    QVERIFY(ConnectionOpener::open(spec, holder, nullptr).message.isEmpty());
    {
        QSqlDatabase db = QSqlDatabase::database(holder);
        QSqlQuery q(db);
        QVERIFY(q.exec(spec.driver == ConnectionSpec::Driver::Postgres
                           ? QStringLiteral("SELECT pg_advisory_lock(72707369)")
                           : QStringLiteral("SELECT GET_LOCK('prisma_migrate', 1)")));
    }
    QElapsedTimer timer;
    timer.start();
    DbSession session(spec, nullptr, true);
    QVERIFY(!session.openAndWait().error.isError());
    QStringList waiting;
    connect(&session, &DbSession::operationProgress, this, [&](const OperationProgress &p) {
        if (p.total == 0)
            waiting << p.what;
    });
    const OperationResult timedOut = session.runOperationAndWait(deploy(ws));
    QCOMPARE(timedOut.errorCode, QStringLiteral("P1002"));
    QVERIFY(timer.elapsed() >= 9000);
    // The tool says who holds it.
    const QString who = spec.driver == ConnectionSpec::Driver::Postgres
                            ? QStringLiteral("PostgreSQL backend")
                            : QStringLiteral("MySQL connection");
    QVERIFY2(timedOut.errorMessage.contains(who), qPrintable(timedOut.errorMessage));
    QVERIFY(!waiting.isEmpty() && waiting.constFirst().contains(who));
    QVERIFY(!status(spec, ws).tableExists);

    // The holder lets go while a second deploy waits: it then proceeds.
    QTimer::singleShot(1500, this, [holder] { ConnectionOpener::close(holder); });
    const OperationResult proceeded = session.runOperationAndWait(deploy(ws));
    QVERIFY2(proceeded.success, qPrintable(proceeded.errorMessage));
    QCOMPARE(proceeded.applied, QStringList{QStringLiteral("1_a")});
}

void TestOperations::twoDeploysAtOnce() {
    FRESH_OR_SKIP(spec);
    const QString sleep = spec.driver == ConnectionSpec::Driver::Postgres
                              ? QStringLiteral("SELECT pg_sleep(2);\n")
                              : QStringLiteral("SELECT SLEEP(2);\n");
    const QString ws =
        workspace({{QStringLiteral("1_slow"), sql(InitSql) + sleep.toUtf8()},
                   {QStringLiteral("2_next"), sql("CREATE TABLE \"N\" (\"id\" INTEGER);\n")}},
                  provider());
    DbSession first(spec, nullptr, true);
    DbSession second(spec, nullptr, true);
    QVERIFY(!first.openAndWait().error.isError());
    QVERIFY(!second.openAndWait().error.isError());
    QSignalSpy firstDone(&first, &DbSession::operationFinished);
    QSignalSpy secondDone(&second, &DbSession::operationFinished);
    QStringList waited;
    connect(&second, &DbSession::operationProgress, this, [&](const OperationProgress &p) {
        if (p.total == 0)
            waited << p.what;
    });
    first.runOperation(deploy(ws));
    QTest::qWait(500); // the first one holds the lock now
    second.runOperation(deploy(ws));
    QVERIFY(firstDone.wait(30000));
    QVERIFY(secondDone.count() == 1 || secondDone.wait(30000));
    const OperationResult a = firstDone.at(0).at(0).value<OperationReply>().result;
    const OperationResult b = secondDone.at(0).at(0).value<OperationReply>().result;
    QVERIFY2(a.success, qPrintable(a.errorMessage));
    QCOMPARE(a.applied.size(), 2);
    // The second waited for the lock, then found nothing to do.
    QVERIFY2(b.success, qPrintable(b.errorMessage));
    QVERIFY(b.applied.isEmpty());
    QVERIFY(b.output.join(QLatin1Char('\n'))
                .contains(QStringLiteral("No pending migrations to apply.")));
    QVERIFY(!waited.isEmpty());
    QCOMPARE(status(spec, ws).rows.size(), 2);
}

void TestOperations::readOnlyDatabaseUser() {
    FRESH_OR_SKIP(spec);
    const QString ws = workspace({{QStringLiteral("1_a"), sql(InitSql)}}, provider());
    QVERIFY(run(spec, deploy(ws)).success);
    TestData::writeMigration(ws + QStringLiteral("/prisma/migrations"), QStringLiteral("2_b"),
                             sql("CREATE TABLE \"B\" (\"id\" INTEGER);\n"));
    const QString user =
        QStringLiteral("reader_") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    const bool pg = spec.driver == ConnectionSpec::Driver::Postgres;
    const QStringList grants =
        pg ? QStringList{QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'pw'").arg(user),
                         QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1")
                             .arg(user)}
           : QStringList{
                 QStringLiteral("CREATE USER '%1'@'127.0.0.1' IDENTIFIED BY 'pw'").arg(user),
                 QStringLiteral("GRANT SELECT ON %1.* TO '%2'@'127.0.0.1'")
                     .arg(spec.database, user)};
    QCOMPARE(TestServers::execute(spec, grants), QString());
    ConnectionSpec reader = spec;
    reader.user = user;
    reader.password = QStringLiteral("pw");
    const OperationResult refused = run(reader, deploy(ws));
    QVERIFY(!refused.success);
    QVERIFY2(refused.errorMessage.contains(QStringLiteral("_prisma_migrations")) ||
                 refused.errorMessage.contains(QStringLiteral("denied")),
             qPrintable(refused.errorMessage));
    const HistoryReport after = status(spec, ws);
    QCOMPARE(after.rows.size(), 1); // nothing written
    QCOMPARE(after.migrations.at(1).state, State::Pending);
}

QTEST_GUILESS_MAIN(TestOperations)
#include "tst_operations.moc"
