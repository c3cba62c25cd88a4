// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/dbsession.h"
#include "history/timestamp.h"
#include "testdata.h"
#include "testservers.h"

#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using State = MigrationStatus::State;

class TestHistoryReader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sqliteIntegerAndTextTimestamps();
    void sqliteWithoutTable();
    void sqliteMissingFileIsNotCreated();
    void sqliteNotADatabase();
    void postgresHonoursSchema();
    void mariadb();
    void deadServerIsAClearError();

private:
    /// Writes the folder, creates the table with Prisma's DDL and five typical rows, reads them
    /// back through a DbSession and checks rows and verdicts.
    void exercise(const ConnectionSpec &spec, const QString &provider);

    QTemporaryDir m_tmp;
    QString m_migrations;
};

void TestHistoryReader::initTestCase() {
    QVERIFY(m_tmp.isValid());
    m_migrations = m_tmp.filePath(QStringLiteral("migrations"));
    QVERIFY(TestData::writeMigration(m_migrations, QStringLiteral("20240101000000_init"),
                                     "CREATE TABLE a (id INT);\n"));
    QVERIFY(TestData::writeMigration(m_migrations, QStringLiteral("20240102000000_failed"),
                                     "CREATE TABLE b (id INT);\n"));
    QVERIFY(TestData::writeMigration(m_migrations, QStringLiteral("20240103000000_crashed"),
                                     "CREATE TABLE c (id INT);\n"));
    QVERIFY(TestData::writeMigration(m_migrations, QStringLiteral("20240104000000_pending"),
                                     "CREATE TABLE d (id INT);\n"));
}

void TestHistoryReader::exercise(const ConnectionSpec &spec, const QString &provider) {
    const bool pg = provider == QLatin1String("postgresql");
    const bool sqlite = provider == QLatin1String("sqlite");
    auto ts = [&](const char *text) {
        return sqlite
                   ? QString::number(Timestamp::parseText(QString::fromLatin1(text)).value() / 1000)
                   : QStringLiteral("'%1%2'").arg(QString::fromLatin1(text),
                                                  pg ? QStringLiteral("+00") : QString());
    };
    const QString insert = QStringLiteral(
        "INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, logs, "
        "rolled_back_at, started_at, applied_steps_count) VALUES ");
    const QString init = Checksum::record("CREATE TABLE a (id INT);\n");
    const QString error = TestServers::execute(
        spec,
        {
            TestData::migrationsTableDdl(provider),
            insert + QStringLiteral("('r1', '%1', %2, '20240101000000_init', NULL, NULL, %3, 1)")
                         .arg(init, ts("2024-01-01 10:00:00.250"), ts("2024-01-01 10:00:00.125")),
            // Inserted out of order: the reader must order by started_at.
            insert +
                QStringLiteral("('r3', 'x', NULL, '20240103000000_crashed', NULL, NULL, %1, 0)")
                    .arg(ts("2024-01-03 09:00:00")),
            insert +
                QStringLiteral("('r2', '%1', NULL, '20240102000000_failed', 'ERROR: relation "
                               "exists', NULL, %2, 0)")
                    .arg(Checksum::record("CREATE TABLE b (id INT);\n"), ts("2024-01-02 09:00:00")),
            insert + QStringLiteral("('r4', 'y', NULL, '20231231000000_gone', '', %1, %2, 0)")
                         .arg(ts("2024-01-05 00:00:00"), ts("2023-12-31 00:00:00")),
        });
    QVERIFY2(error.isEmpty(), qPrintable(error));

    DbSession session(spec);
    const OpenResult opened = session.openAndWait();
    QVERIFY2(!opened.error.isError(), qPrintable(opened.error.message));
    QVERIFY(!opened.serverVersion.isEmpty());
    const HistoryResult result = session.loadHistoryAndWait(m_migrations);
    QVERIFY2(!result.error.isError(), qPrintable(result.error.message));
    const HistoryReport &r = result.report;
    QVERIFY(r.tableExists);
    QCOMPARE(r.provider, provider);
    QCOMPARE(r.rows.size(), 4);
    QStringList order;
    for (const auto &row : r.rows)
        order << row.id;
    QCOMPARE(order, (QStringList{QStringLiteral("r4"), QStringLiteral("r1"), QStringLiteral("r2"),
                                 QStringLiteral("r3")}));
    const MigrationRow &first = r.rows.at(1);
    QCOMPARE(Timestamp::toIso(first.startedAt), QStringLiteral("2024-01-01T10:00:00.125Z"));
    QCOMPARE(Timestamp::toIso(first.finishedAt), QStringLiteral("2024-01-01T10:00:00.250Z"));
    QCOMPARE(first.appliedStepsCount, 1);
    QVERIFY(!first.logs.has_value());
    QCOMPARE(r.rows.at(0).logs.value(), QString());
    QCOMPARE(Timestamp::toIso(r.rows.at(0).rolledBackAt),
             QStringLiteral("2024-01-05T00:00:00.000Z"));
    if (sqlite)
        QCOMPARE(first.timestampStorage, QStringLiteral("integer"));

    QCOMPARE(r.migrations.size(), 5);
    QCOMPARE(r.migrations.at(0).state, State::Applied);
    QCOMPARE(r.migrations.at(1).state, State::Failed);
    QVERIFY(!r.migrations.at(1).startedNotFinished);
    QCOMPARE(r.migrations.at(2).state, State::Failed);
    QVERIFY(r.migrations.at(2).startedNotFinished);
    QCOMPARE(r.migrations.at(3).state, State::Pending);
    QCOMPARE(r.migrations.at(4).name, QStringLiteral("20231231000000_gone"));
    QCOMPARE(r.migrations.at(4).state, State::RolledBack);
    QVERIFY(!r.migrations.at(4).isLocal());
    QCOMPARE(r.prisma.history, PrismaVerdict::History::HistoriesDiverge);
    QCOMPARE(r.prisma.failed, (QStringList{QStringLiteral("20240102000000_failed"),
                                           QStringLiteral("20240103000000_crashed")}));
    QCOMPARE(r.prisma.lastCommonMigration, QStringLiteral("20240103000000_crashed"));
    QCOMPARE(r.prisma.exitCode, 1);
}

void TestHistoryReader::sqliteIntegerAndTextTimestamps() {
    ConnectionSpec spec;
    spec.driver = ConnectionSpec::Driver::Sqlite;
    spec.database = m_tmp.filePath(QStringLiteral("int.db"));
    QVERIFY(TestData::writeFile(spec.database, QByteArray()));
    exercise(spec, QStringLiteral("sqlite"));

    // Rows written by other tools or by the column default hold text timestamps.
    ConnectionSpec text = spec;
    text.database = m_tmp.filePath(QStringLiteral("text.db"));
    QVERIFY(TestData::writeFile(text.database, QByteArray()));
    QCOMPARE(
        TestServers::execute(
            text, {TestData::migrationsTableDdl(QStringLiteral("sqlite")),
                   QStringLiteral("INSERT INTO _prisma_migrations (id, checksum, migration_name, "
                                  "finished_at, started_at) "
                                  "VALUES ('t1', 'c', '20240101000000_init', '2024-01-01 "
                                  "12:00:05', '2024-01-01 12:00:00')"),
                   QStringLiteral("INSERT INTO _prisma_migrations (id, checksum, migration_name) "
                                  "VALUES ('t2', 'c', '20240102000000_failed')")}),
        QString());
    text.readOnly = true;
    DbSession session(text);
    QVERIFY(!session.openAndWait().error.isError());
    const HistoryResult result = session.loadHistoryAndWait(m_migrations);
    QVERIFY2(!result.error.isError(), qPrintable(result.error.message));
    QCOMPARE(result.report.rows.size(), 2);
    QCOMPARE(result.report.rows.at(0).timestampStorage, QStringLiteral("text"));
    QCOMPARE(Timestamp::toIso(result.report.rows.at(0).finishedAt),
             QStringLiteral("2024-01-01T12:00:05.000Z"));
    QVERIFY(result.report.rows.at(1).startedAt.has_value()); // the column default
}

void TestHistoryReader::sqliteWithoutTable() {
    ConnectionSpec spec;
    spec.driver = ConnectionSpec::Driver::Sqlite;
    spec.database = m_tmp.filePath(QStringLiteral("empty.db"));
    QVERIFY(TestData::writeFile(spec.database, QByteArray()));
    DbSession session(spec);
    QVERIFY(!session.openAndWait().error.isError());
    const HistoryResult result = session.loadHistoryAndWait(m_migrations);
    QVERIFY(!result.error.isError());
    QVERIFY(!result.report.tableExists);
    QCOMPARE(result.report.countInState(State::Pending), 4);
    QCOMPARE(result.report.prisma.history, PrismaVerdict::History::DatabaseIsBehind);
}

void TestHistoryReader::sqliteMissingFileIsNotCreated() {
    ConnectionSpec spec;
    spec.driver = ConnectionSpec::Driver::Sqlite;
    spec.database = m_tmp.filePath(QStringLiteral("typo.db"));
    DbSession session(spec);
    const OpenResult opened = session.openAndWait();
    QVERIFY(opened.error.isError());
    QVERIFY(opened.error.message.contains(QStringLiteral("does not exist")));
    QVERIFY(!QFile::exists(spec.database));
}

void TestHistoryReader::sqliteNotADatabase() {
    ConnectionSpec spec;
    spec.driver = ConnectionSpec::Driver::Sqlite;
    spec.database = m_tmp.filePath(QStringLiteral("notes.txt"));
    QVERIFY(TestData::writeFile(
        spec.database, QByteArray("these are not the tables you are looking for\n").repeated(100)));
    DbSession session(spec);
    const OpenResult opened = session.openAndWait();
    QVERIFY(opened.error.isError());
    QVERIFY2(opened.error.message.contains(QStringLiteral("not a SQLite database")),
             qPrintable(opened.error.message));
}

void TestHistoryReader::postgresHonoursSchema() {
    QString reason;
    const ConnectionSpec spec = TestServers::freshDatabase(TestServers::Kind::Postgres, &reason,
                                                           QStringLiteral("tenant_a"));
    if (!spec.isValid())
        MWB_SKIP_OR_FAIL(reason);
    // A decoy table in public must not be read when ?schema=tenant_a.
    ConnectionSpec publicSpec = spec;
    publicSpec.schema = QStringLiteral("public");
    QCOMPARE(TestServers::execute(
                 publicSpec, {TestData::migrationsTableDdl(QStringLiteral("postgresql")),
                              QStringLiteral("INSERT INTO _prisma_migrations (id, checksum, "
                                             "migration_name) VALUES ('decoy', 'c', 'decoy')")}),
             QString());
    ConnectionSpec tenant = spec;
    // execute() runs unqualified DDL: point it at the schema like Prisma's connection does.
    QCOMPARE(
        TestServers::execute(
            tenant,
            {QStringLiteral("ALTER DATABASE %1 SET search_path TO tenant_a").arg(spec.database)}),
        QString());
    exercise(tenant, QStringLiteral("postgresql"));
}

void TestHistoryReader::mariadb() {
    QString reason;
    const ConnectionSpec spec = TestServers::freshDatabase(TestServers::Kind::MySql, &reason);
    if (!spec.isValid())
        MWB_SKIP_OR_FAIL(reason);
    exercise(spec, QStringLiteral("mysql"));
}

void TestHistoryReader::deadServerIsAClearError() {
    ConnectionSpec spec;
    spec.driver = ConnectionSpec::Driver::Postgres;
    spec.host = QStringLiteral("127.0.0.1");
    spec.port = 1; // nothing listens there
    spec.user = QStringLiteral("u");
    spec.database = QStringLiteral("db");
    spec.connectTimeoutSeconds = 2;
    DbSession session(spec);
    const OpenResult opened = session.openAndWait();
    QVERIFY(opened.error.isError());
    QVERIFY2(opened.error.message.contains(QStringLiteral("127.0.0.1")),
             qPrintable(opened.error.message));
}

QTEST_GUILESS_MAIN(TestHistoryReader)
#include "tst_historyreader.moc"
