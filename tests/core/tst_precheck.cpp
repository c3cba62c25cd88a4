// SPDX-License-Identifier: GPL-3.0-or-later
// Data pre-checks generated from lint findings, on real SQLite, PostgreSQL and MariaDB databases:
// the seed-003 duplicates ('paul' twice) with their rows, NULLs, rows, failing casts, orphans.
#include "db/connectionopener.h"
#include "review/migrationlinter.h"
#include "review/precheckjob.h"
#include "review/precheckrunner.h"
#include "testdata.h"
#include "testservers.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using Status = PreCheckResult::Status;
using Kind = PreCheck::Kind;

class TestPreCheck : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }
    void checksFindTheProblems_data();
    void checksFindTheProblems();
    void sqliteTimeoutStopsACheck();
    void missingTableIsAnError();

private:
    ConnectionSpec freshDatabase(ConnectionSpec::Driver driver, QString *reason);
    QTemporaryDir m_tmp;
};

ConnectionSpec TestPreCheck::freshDatabase(ConnectionSpec::Driver driver, QString *reason) {
    if (driver == ConnectionSpec::Driver::Sqlite) {
        ConnectionSpec spec;
        spec.driver = driver;
        spec.database =
            m_tmp.filePath(QUuid::createUuid().toString(QUuid::Id128) + QStringLiteral(".db"));
        spec.createIfMissing = true;
        return spec;
    }
    return TestServers::freshDatabase(driver == ConnectionSpec::Driver::Postgres
                                          ? TestServers::Kind::Postgres
                                          : TestServers::Kind::MySql,
                                      reason);
}

void TestPreCheck::checksFindTheProblems_data() {
    QTest::addColumn<int>("driver");
    QTest::newRow("sqlite") << static_cast<int>(ConnectionSpec::Driver::Sqlite);
    QTest::newRow("postgresql") << static_cast<int>(ConnectionSpec::Driver::Postgres);
    QTest::newRow("mariadb") << static_cast<int>(ConnectionSpec::Driver::MySql);
}

void TestPreCheck::checksFindTheProblems() {
    QFETCH(int, driver);
    const auto d = static_cast<ConnectionSpec::Driver>(driver);
    QString reason;
    const ConnectionSpec spec = freshDatabase(d, &reason);
    if (!spec.isValid())
        MWB_SKIP_OR_FAIL(reason);
    const bool my = d == ConnectionSpec::Driver::MySql;
    auto q = [my](QString sql) {
        if (my)
            sql.replace(u'"', u'`');
        return sql;
    };
    QCOMPARE(
        TestServers::execute(
            spec,
            {q(QStringLiteral(
                 "CREATE TABLE \"User\" (\"id\" INTEGER NOT NULL PRIMARY KEY, \"name\" "
                 "VARCHAR(191) NOT NULL, \"email\" VARCHAR(191) NULL, \"score\" "
                 "VARCHAR(20) NULL)")),
             q(QStringLiteral("INSERT INTO \"User\" VALUES (1, 'paul', NULL, '10'), (2, 'paul', "
                              "'p@x', 'abc'), (3, 'anna', 'a@x', ' 7 ')")),
             q(QStringLiteral("CREATE TABLE \"Post\" (\"id\" INTEGER NOT NULL PRIMARY KEY, "
                              "\"authorId\" INTEGER NULL)")),
             q(QStringLiteral("INSERT INTO \"Post\" VALUES (1, 1), (2, 99), (3, NULL)"))}),
        QString());
    const QString script =
        my ? QStringLiteral(
                 "CREATE UNIQUE INDEX `User_name_key` ON `User`(`name`);\n"
                 "ALTER TABLE `User` MODIFY `email` VARCHAR(191) NOT NULL;\n"
                 "ALTER TABLE `User` ADD COLUMN `role` VARCHAR(20) NOT NULL;\n"
                 "ALTER TABLE `User` MODIFY `score` INTEGER NULL;\n"
                 "ALTER TABLE `Post` ADD CONSTRAINT `fk` FOREIGN KEY (`authorId`) REFERENCES "
                 "`User`(`id`);\n"
                 "CREATE UNIQUE INDEX `User_email_key` ON `User`(`email`);\n")
           : QStringLiteral("CREATE UNIQUE INDEX \"User_name_key\" ON \"User\"(\"name\");\n"
                            "ALTER TABLE \"User\" ALTER COLUMN \"email\" SET NOT NULL;\n"
                            "ALTER TABLE \"User\" ADD COLUMN \"role\" TEXT NOT NULL;\n"
                            "ALTER TABLE \"User\" ALTER COLUMN \"score\" TYPE INTEGER USING "
                            "(trim(\"score\"))::integer;\n"
                            "ALTER TABLE \"Post\" ADD CONSTRAINT \"fk\" FOREIGN KEY (\"authorId\") "
                            "REFERENCES \"User\"(\"id\");\n"
                            "CREATE UNIQUE INDEX \"User_email_key\" ON \"User\"(\"email\");\n");
    const SqlDialect dialect = my                                      ? SqlDialect::MySQL
                               : d == ConnectionSpec::Driver::Postgres ? SqlDialect::PostgreSQL
                                                                       : SqlDialect::SQLite;
    LintFindings findings =
        MigrationLinter::lintScript(script, dialect, QStringLiteral("20240102000000_Unique"));
    const QList<PreCheck> checks = PreCheckRunner::fromFindings(findings);
    QStringList kinds;
    for (const PreCheck &c : checks)
        kinds << PreCheck::kindKey(c.kind) + QLatin1Char(' ') + c.table + QLatin1Char('.') +
                     c.columns.join(QLatin1Char(','));
    const QStringList expectedKinds =
        my ? QStringList{QStringLiteral("duplicates User.name"),
                         QStringLiteral("failing-cast User.email"),
                         QStringLiteral("null-count User.email"),
                         QStringLiteral("row-count User.role"),
                         QStringLiteral("failing-cast User.score"),
                         QStringLiteral("orphans Post.authorId"),
                         QStringLiteral("duplicates User.email")}
           : QStringList{
                 QStringLiteral("duplicates User.name"),  QStringLiteral("null-count User.email"),
                 QStringLiteral("row-count User.role"),   QStringLiteral("failing-cast User.score"),
                 QStringLiteral("orphans Post.authorId"), QStringLiteral("duplicates User.email")};
    QCOMPARE(kinds, expectedKinds);

    // Through the job: its own connection on its own thread.
    PreCheckJob job(spec, checks);
    const PreCheckReport report = job.runAndWait();
    QVERIFY2(!report.error.isError(), qPrintable(report.error.message));
    QCOMPARE(report.results.size(), checks.size());
    QVERIFY(report.anyFailed());
    auto result = [&](const QString &key) -> PreCheckResult {
        for (const PreCheckResult &r : report.results)
            if (PreCheck::kindKey(r.check.kind) + QLatin1Char(' ') + r.check.table +
                    QLatin1Char('.') + r.check.columns.join(QLatin1Char(',')) ==
                key)
                return r;
        return {};
    };
    // Seed 003: the two users named 'paul', with their rows.
    const PreCheckResult dup = result(QStringLiteral("duplicates User.name"));
    QCOMPARE(dup.status, Status::Failed);
    QCOMPARE(dup.count, 1);
    QCOMPARE(dup.affectedRows, 2);
    QCOMPARE(dup.sampleRows.size(), 2);
    QCOMPARE(dup.sampleColumns.first(), QStringLiteral("id"));
    QCOMPARE(dup.sampleRows.at(0).at(1), QStringLiteral("paul"));
    QCOMPARE(dup.sampleRows.at(1).at(1), QStringLiteral("paul"));
    QVERIFY(QStringList({dup.sampleRows.at(0).at(0), dup.sampleRows.at(1).at(0)})
                .contains(QStringLiteral("2")));
    QVERIFY(dup.message.contains(QStringLiteral("1 duplicate group")));

    const PreCheckResult nulls = result(QStringLiteral("null-count User.email"));
    QCOMPARE(nulls.status, Status::Failed);
    QCOMPARE(nulls.count, 1);
    QCOMPARE(nulls.sampleRows.size(), 1);
    QCOMPARE(nulls.sampleRows.at(0).at(2), QStringLiteral("NULL"));

    const PreCheckResult rows = result(QStringLiteral("row-count User.role"));
    QCOMPARE(rows.status, Status::Failed);
    QCOMPARE(rows.count, 3);

    const PreCheckResult cast = result(QStringLiteral("failing-cast User.score"));
    if (d == ConnectionSpec::Driver::Sqlite) {
        // SQLite cannot change a column's type (no REGEXP either): said, not silently passed.
        QCOMPARE(cast.status, Status::Skipped);
    } else {
        QCOMPARE(cast.status, Status::Failed);
        QCOMPARE(cast.count, 1);
        QCOMPARE(cast.sampleRows.at(0).at(3), QStringLiteral("abc"));
    }

    const PreCheckResult orphans = result(QStringLiteral("orphans Post.authorId"));
    QVERIFY2(orphans.status == Status::Failed, qPrintable(orphans.message + orphans.sql));
    QCOMPARE(orphans.count, 1);
    QCOMPARE(orphans.sampleRows.at(0).at(1), QStringLiteral("99"));

    QCOMPARE(result(QStringLiteral("duplicates User.email")).status, Status::Passed);
    if (my)
        QCOMPARE(result(QStringLiteral("failing-cast User.email")).status, Status::Passed);

    // The findings learn what the checks found.
    PreCheckRunner::annotate(findings, report.results);
    const LintFinding &unique = findings.at(my ? 1 : 0);
    QCOMPARE(unique.ruleId, LintRule::UniqueOnExistingData);
    QCOMPARE(unique.severity, LintFinding::Severity::Error);
    QVERIFY(unique.detail.contains(QStringLiteral("duplicate")));
    QCOMPARE(findings.last().severity, LintFinding::Severity::Warning); // email: passed

    // Round trip through JSON (plans store results).
    const PreCheckResult back = PreCheckResult::fromJson(dup.toJson());
    QCOMPARE(back.sampleRows, dup.sampleRows);
    QCOMPARE(back.check.columns, dup.check.columns);
    QCOMPARE(back.status, dup.status);
}

void TestPreCheck::sqliteTimeoutStopsACheck() {
    QString reason;
    const ConnectionSpec spec = freshDatabase(ConnectionSpec::Driver::Sqlite, &reason);
    QCOMPARE(TestServers::execute(
                 spec, {QStringLiteral("CREATE TABLE t (a INT, b TEXT)"),
                        QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 "
                                       "FROM c WHERE x < 300000) INSERT INTO t SELECT x % 1000, "
                                       "hex(randomblob(16)) FROM c")}),
             QString());
    PreCheck check;
    check.kind = Kind::Duplicates;
    check.table = QStringLiteral("t");
    check.columns = {QStringLiteral("b"), QStringLiteral("a")};
    PreCheckOptions options;
    options.statementTimeoutMs = 1;
    const PreCheckReport report = PreCheckRunner::runBlocking(spec, {check}, options);
    QCOMPARE(report.results.size(), 1);
    QCOMPARE(report.results.at(0).status, Status::Error);
    QVERIFY2(report.results.at(0).message.contains(QStringLiteral("longer than 1 ms")),
             qPrintable(report.results.at(0).message));
}

void TestPreCheck::missingTableIsAnError() {
    QString reason;
    const ConnectionSpec spec = freshDatabase(ConnectionSpec::Driver::Sqlite, &reason);
    QCOMPARE(TestServers::execute(spec, {QStringLiteral("CREATE TABLE x (a INT)")}), QString());
    PreCheck check;
    check.kind = Kind::NullCount;
    check.table = QStringLiteral("nope");
    check.columns = {QStringLiteral("a")};
    const PreCheckReport report = PreCheckRunner::runBlocking(spec, {check});
    QCOMPARE(report.results.at(0).status, Status::Error);
    QVERIFY(report.results.at(0).message.contains(QStringLiteral("nope")));
}

QTEST_GUILESS_MAIN(TestPreCheck)
#include "tst_precheck.moc"
