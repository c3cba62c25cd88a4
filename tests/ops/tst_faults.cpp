// SPDX-License-Identifier: GPL-3.0-or-later
// Faults during a deploy, on private PostgreSQL and MariaDB servers this test starts, kills and
// restarts (scripts/test-servers.sh kill|restart): afterwards the history must read exactly as
// Prisma would leave it, and the tool must say how to recover.
#include "db/dbsession.h"
#include "testdata.h"
#include "testservers.h"
#include "workspace/dotenv.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

class TestFaults : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void serverKilledMidDeploy_data();
    void serverKilledMidDeploy();

private:
    bool servers(const QStringList &args, QString *output = nullptr);

    QTemporaryDir m_tmp;
    QString m_state;
    QHash<QString, QString> m_env;
};

bool TestFaults::servers(const QStringList &args, QString *output) {
    QProcess p;
    p.start(QStringLiteral(MWB_SOURCE_DIR "/scripts/test-servers.sh"), args);
    const bool ok =
        p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (output)
        *output = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    return ok;
}

void TestFaults::initTestCase() {
    m_state = m_tmp.filePath(QStringLiteral("private-servers"));
    QString output;
    if (!servers({QStringLiteral("start"), m_state}, &output))
        MWB_SKIP_OR_FAIL(QStringLiteral("private test servers did not start: ") + output);
    m_env = DotEnv::read(m_state + QStringLiteral("/servers.env"));
}

void TestFaults::cleanupTestCase() {
    if (!m_state.isEmpty())
        servers({QStringLiteral("stop"), m_state});
}

void TestFaults::serverKilledMidDeploy_data() {
    QTest::addColumn<QString>("server");
    QTest::newRow("postgresql") << QStringLiteral("pg");
    QTest::newRow("mariadb") << QStringLiteral("mysql");
}

void TestFaults::serverKilledMidDeploy() {
    QFETCH(QString, server);
    const bool pg = server == QLatin1String("pg");
    const QString prefix = pg ? QStringLiteral("MWB_TEST_PG_") : QStringLiteral("MWB_TEST_MYSQL_");
    ConnectionSpec admin;
    admin.driver = pg ? ConnectionSpec::Driver::Postgres : ConnectionSpec::Driver::MySql;
    admin.host = QStringLiteral("127.0.0.1");
    admin.port = m_env.value(prefix + QStringLiteral("PORT")).toInt();
    admin.user = m_env.value(prefix + QStringLiteral("USER"));
    admin.password = m_env.value(prefix + QStringLiteral("PASSWORD"));
    admin.database = pg ? QStringLiteral("postgres") : QStringLiteral("mysql");
    admin.schema = QStringLiteral("public");
    admin.connectTimeoutSeconds = 3;
    if (admin.port == 0)
        MWB_SKIP_OR_FAIL(QStringLiteral("no private %1 server").arg(server));
    ConnectionSpec spec = admin;
    spec.database = QStringLiteral("faults_") + server;
    QCOMPARE(TestServers::execute(admin, {QStringLiteral("CREATE DATABASE ") + spec.database}),
             QString());

    const QString ws = m_tmp.filePath(QStringLiteral("ws-") + server);
    const QString dir = ws + QStringLiteral("/prisma/migrations");
    TestData::writeMigration(dir, QStringLiteral("20240101000000_init"),
                             "CREATE TABLE t1 (id INTEGER);\n");
    TestData::writeMigration(
        dir, QStringLiteral("20240102000000_slow"),
        pg ? QByteArray("CREATE TABLE t2 (id INTEGER);\nSELECT pg_sleep(30);\n")
           : QByteArray("CREATE TABLE t2 (id INTEGER);\nSELECT SLEEP(30);\n"));

    DbSession session(spec, nullptr, true);
    QVERIFY(!session.openAndWait().error.isError());
    QSignalSpy progress(&session, &DbSession::operationProgress);
    OperationRequest deploy;
    deploy.kind = OperationRequest::Kind::Deploy;
    deploy.migrationsDir = dir;
    // Kill the server once the slow migration's first statement has run.
    bool killed = false;
    connect(&session, &DbSession::operationProgress, this, [&](const OperationProgress &p) {
        if (!killed && p.what.contains(QStringLiteral("20240102000000_slow: statement 1"))) {
            killed = true;
            QTimer::singleShot(300, this, [&] {
                QVERIFY(servers({QStringLiteral("kill"), m_state, server}));
            });
        }
    });
    const OperationResult result = session.runOperationAndWait(deploy);
    QVERIFY(killed);
    QVERIFY(!result.success);
    QCOMPARE(result.failedMigration, QStringLiteral("20240102000000_slow"));
    QVERIFY(!result.recovery.isEmpty());

    QString output;
    QVERIFY2(servers({QStringLiteral("restart"), m_state, server}, &output), qPrintable(output));
    DbSession reader(spec);
    QVERIFY(!reader.openAndWait().error.isError());
    const HistoryReport report = reader.loadHistoryAndWait(dir).report;
    QCOMPARE(report.migrations.size(), 2);
    QCOMPARE(report.migrations.at(0).state, MigrationStatus::State::Applied);
    const MigrationStatus &slow = report.migrations.at(1);
    // Exactly what Prisma leaves after a crash: started, never finished, no logs.
    QCOMPARE(slow.state, MigrationStatus::State::Failed);
    QVERIFY(slow.startedNotFinished);
    const MigrationRow &row = report.rows.at(slow.rowIndexes.constFirst());
    QVERIFY(!row.finishedAt.has_value());
    QVERIFY(!row.logs.has_value());
    QVERIFY(!row.rolledBackAt.has_value());
    QCOMPARE(row.appliedStepsCount, 0);
    QCOMPARE(report.prisma.failed, QStringList{QStringLiteral("20240102000000_slow")});
    // And the tool says how to recover.
    QVERIFY(slow.findings().join(QLatin1Char(' ')).contains(QStringLiteral("resolve")));
    // PostgreSQL ran the migration in a transaction that died with the server: t2 is gone.
    // MariaDB committed CREATE TABLE at once: t2 stays, which is why the choice is the user's.
    const bool t2Exists =
        TestServers::execute(spec, {QStringLiteral("SELECT 1 FROM t2")}).isEmpty();
    QCOMPARE(t2Exists, !pg);
}

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
