// SPDX-License-Identifier: GPL-3.0-or-later
// The engine under the wizards, driven as the wizards drive it, on real SQLite files and the
// PostgreSQL and MariaDB test servers: forensics of a failed migration (what took effect) and the
// recovery options it allows (seeds 000/003), hotfix reconciliation across two databases (seed
// 002), and baselining a database that predates Prisma Migrate. Each ends in a state `mwb
// status` reports as clean.
#include "db/dbsession.h"
#include "schema/diffengine.h"
#include "testdata.h"
#include "testops.h"
#include "testservers.h"
#include "wizards/baseline.h"
#include "wizards/failedmigrationforensics.h"
#include "wizards/migrationwriter.h"
#include "wizards/recoveryadvisor.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace {
const QString Init = QStringLiteral("20240101000000_init");
const QString Unique = QStringLiteral("20240102000000_Unique");
} // namespace

class TestWizards : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void migrationWriterNamesLikePrisma();
    void statementProbe();
    void forensicsOfAFailedMigration_data() { TestOps::dialectRows(); }
    void forensicsOfAFailedMigration();
    void hotfixAcrossTwoDatabases_data() { TestOps::dialectRows(); }
    void hotfixAcrossTwoDatabases();
    void baselineALegacyDatabase_data() { TestOps::dialectRows(); }
    void baselineALegacyDatabase();

private:
    ConnectionSpec freshDatabase();
    QByteArray sql(const char *text) const { return TestOps::dialectSql(text, m_mysql); }
    QString workspace(bool withUnique);

    QTemporaryDir m_tmp;
    bool m_mysql = false;
};

ConnectionSpec TestWizards::freshDatabase() {
    QFETCH(int, driver);
    const auto d = static_cast<ConnectionSpec::Driver>(driver);
    m_mysql = d == ConnectionSpec::Driver::MySql;
    return TestOps::freshDatabase(d, m_tmp.path());
}

#define FRESH_OR_SKIP(var)                                                                         \
    const ConnectionSpec var = freshDatabase();                                                    \
    if (!var.isValid())                                                                            \
    MWB_SKIP_OR_FAIL(QStringLiteral("test server not available"))

QString TestWizards::workspace(bool withUnique) {
    return TestOps::writeSeedMigrations(m_tmp.filePath(QUuid::createUuid().toString(QUuid::Id128)),
                                        withUnique, m_mysql);
}

void TestWizards::migrationWriterNamesLikePrisma() {
    const QString dir = m_tmp.filePath(QStringLiteral("writer/migrations"));
    const QDateTime when(QDate(2021, 3, 16), QTime(15, 5, 42), Qt::UTC);
    // `prisma migrate dev --name retroactively-add-index` → 20210316150542_retroactively_add_index
    const MigrationWriter::Result r = MigrationWriter::createTimestamped(
        dir, QStringLiteral("retroactively-add-index"), QStringLiteral("CREATE INDEX x ON t(a);\n"),
        QStringLiteral("postgresql"), when);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.name, QStringLiteral("20210316150542_retroactively_add_index"));
    QCOMPARE(TestData::readFile(r.path), QByteArray("CREATE INDEX x ON t(a);\n"));
    QVERIFY(TestData::readFile(dir + QStringLiteral("/migration_lock.toml"))
                .contains("provider = \"postgresql\""));
    // Never overwrites; refuses another provider's folder and empty names; changes nothing then.
    QVERIFY(!MigrationWriter::createTimestamped(dir, QStringLiteral("retroactively add index"),
                                                QStringLiteral("x"), QStringLiteral("postgresql"),
                                                when)
                 .ok());
    const MigrationWriter::Result wrongProvider = MigrationWriter::createNamed(
        dir, QStringLiteral("0_init"), QStringLiteral("x"), QStringLiteral("mysql"));
    QVERIFY(wrongProvider.error.contains(QStringLiteral("P3019")));
    QVERIFY(!QDir(dir + QStringLiteral("/0_init")).exists());
    QVERIFY(!MigrationWriter::createTimestamped(dir, QStringLiteral(" - "), QStringLiteral("x"),
                                                QStringLiteral("postgresql"), when)
                 .ok());
    QCOMPARE(QDir(dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 1);
}

void TestWizards::statementProbe() {
    Schema live;
    SchemaTable user;
    user.name = QStringLiteral("User");
    user.columns
        << SchemaColumn{QStringLiteral("id"), QStringLiteral("integer"), false, {}, false, {}}
        << SchemaColumn{QStringLiteral("email"), QStringLiteral("text"), true, {}, false, {}};
    SchemaIndex idx;
    idx.name = QStringLiteral("User_email_key");
    idx.columns = {QStringLiteral("email")};
    idx.unique = true;
    user.indexes << idx;
    live.tables << user;
    using O = StatementProbe::Outcome;
    const struct {
        const char *sql;
        O outcome;
    } cases[] = {
        {"CREATE TABLE \"User\" (id int)", O::Done},
        {"CREATE TABLE IF NOT EXISTS `Post` (id int)", O::NotDone},
        {"-- comment\nALTER TABLE \"public\".\"User\" ADD COLUMN     \"email\" TEXT", O::Done},
        {"ALTER TABLE \"User\" ADD COLUMN \"age\" INTEGER", O::NotDone},
        {"ALTER TABLE `User` DROP COLUMN `age`", O::Done},
        {"CREATE UNIQUE INDEX \"User_email_key\" ON \"User\"(\"email\")", O::Done},
        {"CREATE INDEX \"User_name_idx\" ON \"User\"(\"name\")", O::NotDone},
        {"DROP INDEX \"User_email_key\"", O::NotDone},
        {"ALTER TABLE \"User\" ADD CONSTRAINT \"User_org_fkey\" FOREIGN KEY (\"org\") REFERENCES "
         "\"Org\"(\"id\")",
         O::NotDone},
        {"DROP TABLE \"Legacy\"", O::Done},
        {"UPDATE \"User\" SET email = NULL", O::Unknown},
        {"ALTER TABLE \"User\" ALTER COLUMN \"email\" SET NOT NULL", O::Unknown},
    };
    for (const auto &c : cases) {
        const StatementProbe::Result r =
            StatementProbe::probe(QString::fromUtf8(c.sql), SqlDialect::PostgreSQL, live);
        QVERIFY2(r.outcome == c.outcome,
                 qPrintable(QString::fromUtf8(c.sql) + QStringLiteral(" → ") +
                            StatementProbe::outcomeText(r.outcome) + QStringLiteral(": ") +
                            r.reason));
    }
}

void TestWizards::forensicsOfAFailedMigration() {
    FRESH_OR_SKIP(spec);
    const QString dir = workspace(false);
    QVERIFY(TestOps::deploy(spec, dir).success);
    const QChar q = m_mysql ? QLatin1Char('`') : QLatin1Char('"');
    QCOMPARE(TestServers::execute(
                 spec, {QStringLiteral("INSERT INTO %1User%1 (%1id%1, %1name%1) VALUES (1, "
                                       "'paul'), (2, 'paul')")
                            .arg(q)}),
             QString());
    TestData::writeMigration(
        dir, Unique,
        sql("CREATE TABLE \"Post\" (\n    \"id\" INTEGER NOT NULL,\n    \"title\" TEXT NOT "
            "NULL,\n    PRIMARY KEY (\"id\")\n);\nALTER TABLE \"User\" ADD COLUMN \"email\" "
            "TEXT;\nCREATE UNIQUE INDEX \"User_name_key\" ON \"User\"(\"name\");\n"));
    // MariaDB commits each DDL statement: the seed's partial state. PostgreSQL and SQLite roll an
    // atomic migration back completely.
    QVERIFY(!TestOps::deploy(spec, dir).success);
    const HistoryReport report = TestOps::history(spec, dir);
    const LocalMigration *failed = nullptr;
    for (const LocalMigration &m : report.folder.migrations) {
        if (m.name == Unique)
            failed = &m;
    }
    QVERIFY(failed);
    const Forensics f = FailedMigrationForensics::examine(
        *failed, sqlDialectForProvider(spec.provider()), TestOps::liveSchema(spec));
    QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
    QCOMPARE(f.statements.size(), 3);
    const QList<RecoveryOption> options = RecoveryAdvisor::options(Unique, f);
    QCOMPARE(options.size(), 4);
    const RecoveryOption &redeploy = options.at(2);
    QCOMPARE(redeploy.kind, RecoveryOption::Kind::RolledBackRedeploy);
    if (m_mysql) {
        QCOMPARE(f.verdict(), Forensics::Verdict::PartiallyApplied);
        QCOMPARE(f.statements.at(0).probe.outcome, StatementProbe::Outcome::Done);
        QCOMPARE(f.statements.at(1).probe.outcome, StatementProbe::Outcome::Done);
        QCOMPARE(f.statements.at(2).probe.outcome, StatementProbe::Outcome::NotDone);
        QVERIFY(!redeploy.available);
        QVERIFY(redeploy.unavailableReason.contains(QStringLiteral("create table Post")));
    } else {
        QCOMPARE(f.verdict(), Forensics::Verdict::NothingApplied);
        QVERIFY(redeploy.available);
    }
    QVERIFY(options.at(0).prismaCommands.last().contains(
        QStringLiteral("migrate resolve --rolled-back \"20240102000000_Unique\"")));
}

void TestWizards::hotfixAcrossTwoDatabases() {
    FRESH_OR_SKIP(patched);
    const ConnectionSpec other = freshDatabase();
    QVERIFY(other.isValid());
    const QString dir = workspace(false);
    QVERIFY(TestOps::deploy(patched, dir).success);
    QVERIFY(TestOps::deploy(other, dir).success);
    const QChar q = m_mysql ? QLatin1Char('`') : QLatin1Char('"');
    // The production hotfix: an index created by hand on one database only.
    QCOMPARE(TestServers::execute(patched, {QStringLiteral("CREATE INDEX %1User_name_idx%1 ON "
                                                           "%1User%1 (%1name%1)")
                                                .arg(q)}),
             QString());
    // 1. The drift shows it; its script is the migration to capture.
    const DiffOutcome drift =
        DiffEngine::run(DiffEngine::driftRequest(patched, TestOps::history(patched, dir)));
    QVERIFY2(drift.ok() && !drift.diff.isEmpty(), qPrintable(drift.error.message));
    const MigrationWriter::Result written =
        MigrationWriter::createTimestamped(dir, QStringLiteral("retroactively add index"),
                                           drift.script.text(false), patched.provider());
    QVERIFY2(written.ok(), qPrintable(written.error));
    QVERIFY(written.name.endsWith(QStringLiteral("_retroactively_add_index")));
    // 2. Mark it applied where the patch is; deploy it everywhere else.
    const OperationResult marked = TestOps::resolve(patched, dir, written.name, true);
    QVERIFY2(marked.success, qPrintable(marked.errorMessage));
    const HistoryReport onPatched = TestOps::history(patched, dir);
    QCOMPARE(onPatched.attentionCount(), 0);
    QCOMPARE(onPatched.prisma.exitCode, 0);
    QVERIFY(DiffEngine::run(DiffEngine::driftRequest(patched, onPatched)).diff.isEmpty());

    const HistoryReport onOther = TestOps::history(other, dir);
    QCOMPARE(onOther.countInState(MigrationStatus::State::Pending), 1);
    QVERIFY(TestOps::deploy(other, dir).success);
    const HistoryReport deployed = TestOps::history(other, dir);
    QCOMPARE(deployed.attentionCount(), 0);
    QVERIFY(DiffEngine::run(DiffEngine::driftRequest(other, deployed)).diff.isEmpty());
}

void TestWizards::baselineALegacyDatabase() {
    FRESH_OR_SKIP(spec);
    // A database made without Prisma Migrate: tables, an index, a foreign key, rows.
    const QChar q = m_mysql ? QLatin1Char('`') : QLatin1Char('"');
    QStringList legacy{
        QStringLiteral("CREATE TABLE %1Org%1 (%1id%1 INTEGER NOT NULL PRIMARY KEY, %1name%1 "
                       "VARCHAR(100) NOT NULL)"),
        QStringLiteral("CREATE TABLE %1User%1 (%1id%1 INTEGER NOT NULL PRIMARY KEY, %1orgId%1 "
                       "INTEGER, %1email%1 VARCHAR(191) NOT NULL, CONSTRAINT %1User_orgId_fkey%1 "
                       "FOREIGN KEY (%1orgId%1) REFERENCES %1Org%1 (%1id%1))"),
        QStringLiteral("CREATE UNIQUE INDEX %1User_email_key%1 ON %1User%1 (%1email%1)"),
        QStringLiteral("INSERT INTO %1Org%1 VALUES (1, 'acme')")};
    for (QString &s : legacy)
        s = s.arg(q);
    QCOMPARE(TestServers::execute(spec, legacy), QString());
    const QString dir = m_tmp.filePath(QUuid::createUuid().toString(QUuid::Id128));

    ConnectionSpec existing = spec;
    existing.createIfMissing = false;
    const Baseline::Plan plan =
        Baseline::plan(TestOps::liveSchema(existing), TestOps::history(existing, dir));
    QVERIFY2(plan.ok(), qPrintable(plan.error));
    QVERIFY(plan.sql.contains(QStringLiteral("CREATE TABLE")));
    const MigrationWriter::Result written =
        MigrationWriter::createNamed(dir, Baseline::MigrationName, plan.sql, spec.provider());
    QVERIFY2(written.ok(), qPrintable(written.error));
    const OperationResult marked = TestOps::resolve(existing, dir, Baseline::MigrationName, true);
    QVERIFY2(marked.success, qPrintable(marked.errorMessage));

    // Clean: applied, no drift (0_init replayed equals the live schema), rows untouched.
    const HistoryReport after = TestOps::history(existing, dir);
    QCOMPARE(after.attentionCount(), 0);
    QCOMPARE(after.prisma.exitCode, 0);
    const DiffOutcome drift = DiffEngine::run(DiffEngine::driftRequest(existing, after));
    QVERIFY2(drift.ok(), qPrintable(drift.error.message));
    QVERIFY2(drift.diff.isEmpty(), qPrintable(drift.summary + plan.sql));
    // A second baseline is refused: the database has a history now.
    const Baseline::Plan again = Baseline::plan(TestOps::liveSchema(existing), after);
    QVERIFY(again.error.contains(QStringLiteral("already has a migration history")));
}

QTEST_GUILESS_MAIN(TestWizards)
#include "tst_wizards.moc"
