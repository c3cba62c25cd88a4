// SPDX-License-Identifier: GPL-3.0-or-later
// Our verdicts against what the real Prisma CLI 6.19.3 printed on the same databases
// (../shared/fixtures/prisma-6.19.3/states, recorded with tools/prisma-oracle).
#include "db/dbsession.h"
#include "history/statustext.h"
#include "history/timestamp.h"
#include "testdata.h"
#include "testservers.h"

#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct PrismaStatus {
    QString body; ///< what `migrate status` printed after the Datasource line
    int exitCode = -1;
};

PrismaStatus readStatus(const QString &path) {
    const QStringList lines = QString::fromUtf8(TestData::readFile(path)).split(QLatin1Char('\n'));
    PrismaStatus status;
    int i = 0;
    while (i < lines.size() && !lines.at(i).startsWith(QLatin1String("Datasource ")))
        ++i;
    QStringList body;
    ++i; // the blank line that ends Prisma's header
    for (++i; i < lines.size(); ++i) {
        static const QRegularExpression exit(QStringLiteral("^\\[exit code (\\d+)\\]$"));
        if (const auto m = exit.match(lines.at(i)); m.hasMatch()) {
            status.exitCode = m.captured(1).toInt();
            break;
        }
        body << lines.at(i);
    }
    status.body = body.join(QLatin1Char('\n'));
    return status;
}

QStringList stateDirs(const QString &provider) {
    QStringList dirs;
    const QString base = TestData::prismaFixturesDir() + QStringLiteral("/states/") + provider;
    for (const QString &name :
         QDir(base).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (QFile::exists(base + QLatin1Char('/') + name + QStringLiteral("/migrate-status.txt")))
            dirs << base + QLatin1Char('/') + name;
    }
    return dirs;
}
} // namespace

class TestPrismaFixtures : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sqliteStates_data();
    void sqliteStates();
    void sqliteRowsAsPrismaWroteThem();
    void postgresStates_data();
    void postgresStates();

private:
    void compare(const ConnectionSpec &spec, const QString &stateDir);
};

void TestPrismaFixtures::initTestCase() {
    if (TestData::prismaFixturesDir().isEmpty())
        QSKIP("../shared/fixtures/prisma-6.19.3 is not present: nothing to compare against");
}

void TestPrismaFixtures::compare(const ConnectionSpec &spec, const QString &stateDir) {
    const PrismaStatus expected = readStatus(stateDir + QStringLiteral("/migrate-status.txt"));
    QVERIFY(expected.exitCode >= 0);
    DbSession session(spec);
    const OpenResult opened = session.openAndWait();
    QVERIFY2(!opened.error.isError(), qPrintable(opened.error.message));
    const HistoryResult result =
        session.loadHistoryAndWait(stateDir + QStringLiteral("/prisma/migrations"));
    QVERIFY2(!result.error.isError(), qPrintable(result.error.message));
    QCOMPARE(result.report.prisma.exitCode, expected.exitCode);
    QString ours = StatusText::prismaText(result.report, QStringLiteral("prisma/migrations"));
    if (ours.endsWith(QLatin1Char('\n')))
        ours.chop(1);
    QCOMPARE(ours, expected.body);
}

void TestPrismaFixtures::sqliteStates_data() {
    QTest::addColumn<QString>("dir");
    for (const QString &dir : stateDirs(QStringLiteral("sqlite")))
        QTest::newRow(qPrintable(QFileInfo(dir).fileName())) << dir;
}

void TestPrismaFixtures::sqliteStates() {
    QFETCH(QString, dir);
    ConnectionSpec spec;
    spec.driver = ConnectionSpec::Driver::Sqlite;
    spec.database = dir + QStringLiteral("/dev.db");
    spec.readOnly = true; // the fixture must stay as Prisma left it
    compare(spec, dir);
}

void TestPrismaFixtures::sqliteRowsAsPrismaWroteThem() {
    // Values from transcripts/sqlite-failed.md, the same run as states/sqlite/failed-02.
    const QString dir =
        TestData::prismaFixturesDir() + QStringLiteral("/states/sqlite/failed-02-deploy-failed");
    ConnectionSpec spec;
    spec.driver = ConnectionSpec::Driver::Sqlite;
    spec.database = dir + QStringLiteral("/dev.db");
    spec.readOnly = true;
    DbSession session(spec);
    QVERIFY(!session.openAndWait().error.isError());
    const HistoryReport r =
        session.loadHistoryAndWait(dir + QStringLiteral("/prisma/migrations")).report;
    QCOMPARE(r.rows.size(), 2);
    const MigrationRow &init = r.rows.at(0);
    QCOMPARE(init.id, QStringLiteral("3d6e0c81-cccc-4a5a-b996-87c9e4b4730a"));
    QCOMPARE(*init.startedAt, 1795306905784LL * 1000);
    QCOMPARE(*init.finishedAt, 1795306905790LL * 1000);
    QCOMPARE(init.timestampStorage, QStringLiteral("integer"));
    const MigrationRow &unique = r.rows.at(1);
    QVERIFY(unique.isFailed());
    QVERIFY(unique.logs->startsWith(
        QStringLiteral("Unique constraint failed on the fields: (`name`)")));
    QCOMPARE(Timestamp::toPrismaDisplay(*unique.startedAt),
             QStringLiteral("2026-11-22 00:21:49.738 UTC"));
    QCOMPARE(r.migrations.at(1).state, MigrationStatus::State::Failed);
    QVERIFY(!r.migrations.at(1).modified);
    QVERIFY(!r.migrations.at(1).startedNotFinished);
}

void TestPrismaFixtures::postgresStates_data() {
    QTest::addColumn<QString>("dir");
    for (const QString &dir : stateDirs(QStringLiteral("pg")))
        QTest::newRow(qPrintable(QFileInfo(dir).fileName())) << dir;
}

void TestPrismaFixtures::postgresStates() {
    QFETCH(QString, dir);
    QString reason;
    const ConnectionSpec spec = TestServers::freshDatabase(TestServers::Kind::Postgres, &reason);
    if (!spec.isValid())
        MWB_SKIP_OR_FAIL(reason);
    // The dumps use COPY … FROM stdin, which only psql can load.
    QProcess psql;
    psql.start(QStringLiteral("psql"),
               {TestServers::url(spec).replace(QStringLiteral("?schema=public"), QString()),
                QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                QStringLiteral("-f"), dir + QStringLiteral("/dump.sql")});
    if (!psql.waitForStarted(10000))
        MWB_SKIP_OR_FAIL(QStringLiteral("psql is not installed"));
    QVERIFY(psql.waitForFinished(60000));
    QVERIFY2(psql.exitCode() == 0, psql.readAllStandardError().constData());
    compare(spec, dir);
}

QTEST_GUILESS_MAIN(TestPrismaFixtures)
#include "tst_prismafixtures.moc"
