// SPDX-License-Identifier: GPL-3.0-or-later
// The review commands of the real `mwb` binary: lint (with data pre-checks), plan
// create/show/approve/execute, journal filters and HTML reports, on the demo workspace (the
// seed-003 failed migration with two users named 'paul'), ending in a clean `mwb status`.
#include "mwbcli.h"
#include "review/changeplan.h"
#include "testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
using Run = MwbCli::Run;

Run mwb(const QStringList &args, const QString &workingDir = {}) {
    return MwbCli::run(args, workingDir);
}

const QString Unique = QStringLiteral("20240102000000_Unique");
} // namespace

class TestCliReview : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void lintFiles();
    void planLifecycleEndsClean();

private:
    QTemporaryDir m_tmp;
};

void TestCliReview::initTestCase() {
    QVERIFY(m_tmp.isValid());
}

void TestCliReview::lintFiles() {
    const QString bad = m_tmp.filePath(QStringLiteral("bad.sql"));
    QVERIFY(TestData::writeFile(bad, "ALTER TABLE \"User\" DROP COLUMN \"email\";\n"
                                     "CREATE INDEX CONCURRENTLY \"i\" ON \"User\"(\"name\");\n"));
    const Run r = mwb(
        {QStringLiteral("lint"), QStringLiteral("--provider"), QStringLiteral("postgresql"), bad});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(QStringLiteral("bad.sql:1:1: warning [drop-column]")),
             qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("bad.sql:2:1: warning [non-transactional]")));
    const Run json = mwb({QStringLiteral("lint"), QStringLiteral("--provider"),
                          QStringLiteral("postgresql"), QStringLiteral("--json"), bad});
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("findings")).toArray().size(), 2);
    QCOMPARE(
        o.value(QStringLiteral("summary")).toObject().value(QStringLiteral("warnings")).toInt(), 2);
    // --fail-on error: warnings alone pass.
    QCOMPARE(
        mwb({QStringLiteral("lint"), QStringLiteral("--provider"), QStringLiteral("postgresql"),
             QStringLiteral("--fail-on"), QStringLiteral("error"), bad})
            .exitCode,
        0);
    const QString good = m_tmp.filePath(QStringLiteral("good.sql"));
    QVERIFY(
        TestData::writeFile(good, "CREATE TABLE t (id INT);\nCREATE UNIQUE INDEX i ON t(id);\n"));
    const Run clean =
        mwb({QStringLiteral("lint"), QStringLiteral("--provider"), QStringLiteral("mysql"), good});
    QCOMPARE(clean.exitCode, 0);
    QCOMPARE(mwb({QStringLiteral("lint"), QStringLiteral("--provider"), QStringLiteral("sqlite"),
                  m_tmp.filePath(QStringLiteral("missing.sql"))})
                 .exitCode,
             2);
}

void TestCliReview::planLifecycleEndsClean() {
    const QString ws = m_tmp.filePath(QStringLiteral("demo"));
    QCOMPARE(mwb({QStringLiteral("demo"), ws}).exitCode, 0);
    const QString journal = m_tmp.filePath(QStringLiteral("journal.jsonl"));
    const QString plans = m_tmp.filePath(QStringLiteral("plans"));
    QVERIFY(QDir().mkpath(plans));
    const QString me = ChangePlan::currentUser();

    // 1. Resolve the failed Unique migration as rolled back, through a plan.
    const QString rollback = plans + QStringLiteral("/rollback.json");
    Run r = mwb({QStringLiteral("plan"), QStringLiteral("create"), QStringLiteral("--out"),
                 rollback, QStringLiteral("resolve"), QStringLiteral("--rolled-back"), Unique,
                 QStringLiteral("--workspace"), ws});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY(r.out.contains(QStringLiteral("Migration %1 is failed").arg(Unique)));
    QVERIFY(r.out.contains(QStringLiteral("rolled_back_at")));
    r = mwb({QStringLiteral("plan"), QStringLiteral("execute"), rollback,
             QStringLiteral("--journal"), journal});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("not approved")));
    r = mwb({QStringLiteral("plan"), QStringLiteral("approve"), rollback,
             QStringLiteral("--reviewer"), me, QStringLiteral("--journal"), journal});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("cannot approve")), qPrintable(r.err));
    r = mwb({QStringLiteral("plan"), QStringLiteral("approve"), rollback,
             QStringLiteral("--reviewer"), QStringLiteral("dba-alice"), QStringLiteral("--journal"),
             journal});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // A tampered copy is refused; show says so too.
    QByteArray content = TestData::readFile(rollback);
    const QString tampered = plans + QStringLiteral("/tampered.json");
    QVERIFY(
        TestData::writeFile(tampered, QByteArray(content).replace("\"environment\": \"production\"",
                                                                  "\"environment\": \"local\"")));
    r = mwb({QStringLiteral("plan"), QStringLiteral("execute"), tampered,
             QStringLiteral("--journal"), journal});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("changed after it was created")), qPrintable(r.err));
    QCOMPARE(mwb({QStringLiteral("plan"), QStringLiteral("show"), tampered}).exitCode, 1);
    r = mwb({QStringLiteral("plan"), QStringLiteral("show"), rollback, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject shown = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QVERIFY(shown.value(QStringLiteral("verification"))
                .toObject()
                .value(QStringLiteral("approved"))
                .toBool());
    const QString rollbackHash = shown.value(QStringLiteral("hash")).toString();
    r = mwb({QStringLiteral("plan"), QStringLiteral("execute"), rollback,
             QStringLiteral("--journal"), journal});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY(r.out.contains(QStringLiteral("Migration %1 marked as rolled back.").arg(Unique)));
    // Executing it again: the precondition no longer holds.
    r = mwb({QStringLiteral("plan"), QStringLiteral("execute"), rollback,
             QStringLiteral("--journal"), journal});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("expected failed, now rolled-back")), qPrintable(r.err));

    // 2. Lint the now pending Unique migration: the pre-check finds the two 'paul' rows.
    r = mwb({QStringLiteral("lint"), QStringLiteral("--workspace"), ws});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(QStringLiteral("error [unique-on-existing-data]")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("1 duplicate group(s), 2 rows in them.")));
    QVERIFY(r.out.contains(QStringLiteral("| paul")));

    // 3. Undo what the failed migration left behind (SQLite ran it without a transaction) and
    //    fix the data, through a plan (backup first); then deploy through a plan.
    const QString fixSql = m_tmp.filePath(QStringLiteral("fix.sql"));
    QVERIFY(TestData::writeFile(fixSql, "ALTER TABLE \"User\" DROP COLUMN \"email\";\n"
                                        "DROP TABLE \"Post\";\n"
                                        "DELETE FROM \"User\" WHERE \"id\" = 2;\n"));
    const QString fix = plans + QStringLiteral("/fix.json");
    r = mwb({QStringLiteral("plan"), QStringLiteral("create"), QStringLiteral("--out"), fix,
             QStringLiteral("execute"), QStringLiteral("--file"), fixSql,
             QStringLiteral("--workspace"), ws});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY(r.out.contains(QStringLiteral("warning [drop-column]")));
    QVERIFY(r.out.contains(QStringLiteral("warning [drop-table]")));
    QCOMPARE(
        mwb({QStringLiteral("plan"), QStringLiteral("approve"), fix, QStringLiteral("--reviewer"),
             QStringLiteral("dba-alice"), QStringLiteral("--no-journal")})
            .exitCode,
        0);
    r = mwb({QStringLiteral("plan"), QStringLiteral("execute"), fix, QStringLiteral("--journal"),
             journal});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY(r.out.contains(QStringLiteral("Backup taken with sqlite-backup-api")));
    QVERIFY(r.out.contains(QStringLiteral("Removed tables")));
    QCOMPARE(QDir(plans + QStringLiteral("/backups")).entryList(QDir::Files).size(), 1);

    const QString deploy = plans + QStringLiteral("/deploy.json");
    r = mwb({QStringLiteral("plan"), QStringLiteral("create"), QStringLiteral("--out"), deploy,
             QStringLiteral("deploy"), QStringLiteral("--workspace"), ws});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY(r.out.contains(QStringLiteral("PASSED")));
    QCOMPARE(mwb({QStringLiteral("plan"), QStringLiteral("approve"), deploy,
                  QStringLiteral("--reviewer"), QStringLiteral("dba-bob"),
                  QStringLiteral("--journal"), journal})
                 .exitCode,
             0);
    r = mwb({QStringLiteral("plan"), QStringLiteral("execute"), deploy, QStringLiteral("--journal"),
             journal});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY(r.out.contains(QStringLiteral("All migrations have been successfully applied.")));
    r = mwb({QStringLiteral("status"), QStringLiteral("--workspace"), ws});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out));

    // 4. The journal: intact, filtered, reported.
    QCOMPARE(mwb({QStringLiteral("journal"), QStringLiteral("verify"), QStringLiteral("--journal"),
                  journal})
                 .exitCode,
             0);
    r = mwb({QStringLiteral("journal"), QStringLiteral("show"), QStringLiteral("--journal"),
             journal, QStringLiteral("--json"), QStringLiteral("--plan"), rollbackHash.left(16)});
    QJsonArray entries = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(entries.size(), 2); // the approval and the execution
    QCOMPARE(entries.at(1).toObject().value(QStringLiteral("reviewer")).toString(),
             QStringLiteral("dba-alice"));
    r = mwb({QStringLiteral("journal"), QStringLiteral("show"), QStringLiteral("--journal"),
             journal, QStringLiteral("--json"), QStringLiteral("--kind"),
             QStringLiteral("deploy")});
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 1);
    r = mwb({QStringLiteral("journal"), QStringLiteral("show"), QStringLiteral("--journal"),
             journal, QStringLiteral("--since"), QStringLiteral("2999-01-01")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.isEmpty());
    r = mwb({QStringLiteral("journal"), QStringLiteral("show"), QStringLiteral("--journal"),
             journal, QStringLiteral("--connection"), QStringLiteral("dev.db")});
    QCOMPARE(r.out.count(QLatin1Char('\n')), 5);
    QCOMPARE(mwb({QStringLiteral("journal"), QStringLiteral("show"), QStringLiteral("--journal"),
                  journal, QStringLiteral("--since"), QStringLiteral("yesterday")})
                 .exitCode,
             2);

    const QString html = m_tmp.filePath(QStringLiteral("report.html"));
    r = mwb({QStringLiteral("report"), QStringLiteral("--plan"), deploy,
             QStringLiteral("--journal"), journal, QStringLiteral("--output"), html});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString report = QString::fromUtf8(TestData::readFile(html));
    QVERIFY(report.contains(QStringLiteral("Executions (1)")));
    QVERIFY(report.contains(QStringLiteral("dba-bob")));
    QVERIFY(report.contains(QStringLiteral("User_name_key")));
    r = mwb(
        {QStringLiteral("report"), QStringLiteral("--last"), QStringLiteral("--journal"), journal});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("Operation report: deploy")));
    // A tampered journal: the report is still written and says so; exit 1.
    QByteArray j = TestData::readFile(journal);
    QVERIFY(TestData::writeFile(journal, j.replace("dba-bob", "dba-eve")));
    r = mwb(
        {QStringLiteral("report"), QStringLiteral("--last"), QStringLiteral("--journal"), journal});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.contains(QStringLiteral("The journal failed verification")));
    QCOMPARE(mwb({QStringLiteral("journal"), QStringLiteral("verify"), QStringLiteral("--journal"),
                  journal})
                 .exitCode,
             1);
}

QTEST_GUILESS_MAIN(TestCliReview)
#include "tst_clireview.moc"
