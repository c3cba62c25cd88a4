// SPDX-License-Identifier: GPL-3.0-or-later
// Every training scenario, built for real (SQLite, PostgreSQL, MariaDB), first judged "not
// solved", then solved through the engine the way a trainee would (diff, execute, resolve,
// deploy, write a migration) and judged "solved"; wrong solutions are refused with the reason.
#include "db/dbsession.h"
#include "schema/diffengine.h"
#include "testdata.h"
#include "testops.h"
#include "testservers.h"
#include "training/scenariobuilder.h"
#include "training/scenariocatalog.h"
#include "training/scenariochecker.h"
#include "training/trainingprogress.h"
#include "wizards/baseline.h"
#include "wizards/migrationwriter.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace {
const QString Unique = QStringLiteral("20240102000000_Unique");

QString migrations(const QString &workspace) {
    return workspace + QStringLiteral("/prisma/migrations");
}
} // namespace

class TestTraining : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void catalogHasEveryScenario();
    void solveEachScenario_data();
    void solveEachScenario();
    void wrongSolutionsAreNotSolved_data() { servers(false); }
    void wrongSolutionsAreNotSolved();
    void progressIsKeptPerUser();
    void buildRefusesAForeignFolder();

private:
    static void servers(bool withScenarios);
    ConnectionSpec server(int driver, bool *skip);
    ScenarioBuilder::Result build(const QString &id, int driver);
    void sql(const ConnectionSpec &db, const QString &statement);

    QTemporaryDir m_tmp;
};

void TestTraining::servers(bool withScenarios) {
    QTest::addColumn<int>("driver");
    QTest::addColumn<QString>("scenario");
    const std::pair<const char *, ConnectionSpec::Driver> drivers[] = {
        {"sqlite", ConnectionSpec::Driver::Sqlite},
        {"postgresql", ConnectionSpec::Driver::Postgres},
        {"mariadb", ConnectionSpec::Driver::MySql}};
    for (const auto &[label, driver] : drivers) {
        if (!withScenarios) {
            QTest::newRow(label) << static_cast<int>(driver) << QString();
            continue;
        }
        for (const Scenario &s : ScenarioCatalog::all())
            QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(label), s.id)))
                << static_cast<int>(driver) << s.id;
    }
}

void TestTraining::solveEachScenario_data() {
    servers(true);
}

ConnectionSpec TestTraining::server(int driver, bool *skip) {
    *skip = false;
    const auto d = static_cast<ConnectionSpec::Driver>(driver);
    if (d == ConnectionSpec::Driver::Sqlite)
        return {};
    QString reason;
    const ConnectionSpec s =
        TestServers::server(d == ConnectionSpec::Driver::Postgres ? TestServers::Kind::Postgres
                                                                  : TestServers::Kind::MySql,
                            &reason);
    *skip = !s.isValid();
    return s;
}

ScenarioBuilder::Result TestTraining::build(const QString &id, int driver) {
    bool skip = false;
    const ConnectionSpec s = server(driver, &skip);
    if (skip)
        return {{}, {}, QStringLiteral("skip")};
    return ScenarioBuilder::build(ScenarioCatalog::find(id),
                                  m_tmp.filePath(QUuid::createUuid().toString(QUuid::Id128)), s);
}

void TestTraining::sql(const ConnectionSpec &db, const QString &statement) {
    QString s = statement;
    if (db.driver == ConnectionSpec::Driver::MySql)
        s.replace(QLatin1Char('"'), QLatin1Char('`'));
    QCOMPARE(TestServers::execute(db, {s}), QString());
}

void TestTraining::catalogHasEveryScenario() {
    const QList<Scenario> all = ScenarioCatalog::all();
    QCOMPARE(all.size(), 8);
    for (const Scenario &s : all) {
        QVERIFY(!s.story.isEmpty() && !s.goal.isEmpty() && !s.steps.isEmpty());
        bool namesPrisma = false;
        for (const ScenarioStep &step : s.steps)
            namesPrisma = namesPrisma || step.prismaCommand.contains(QLatin1String("prisma"));
        QVERIFY2(namesPrisma, qPrintable(s.id));
        QCOMPARE(ScenarioCatalog::find(QString::number(s.number)).id, s.id);
    }
    QVERIFY(ScenarioCatalog::find(QStringLiteral("nope")).id.isEmpty());
}

void TestTraining::solveEachScenario() {
    QFETCH(int, driver);
    QFETCH(QString, scenario);
    if (scenario == QLatin1String("not-null-populated") &&
        driver == static_cast<int>(ConnectionSpec::Driver::MySql)) {
        // MariaDB gives the new column an implicit default: the builder says so and refuses.
        const ScenarioBuilder::Result refused = build(scenario, driver);
        QVERIFY2(refused.error.contains(QStringLiteral("needs SQLite or PostgreSQL")) ||
                     refused.error == QLatin1String("skip"),
                 qPrintable(refused.error));
        return;
    }
    const ScenarioBuilder::Result built = build(scenario, driver);
    if (built.error == QLatin1String("skip"))
        MWB_SKIP_OR_FAIL(QStringLiteral("test server not available"));
    QVERIFY2(built.ok(), qPrintable(built.error));
    const Scenario s = ScenarioCatalog::find(scenario);
    const ConnectionSpec db = built.database;
    const QString ws = built.workspace;

    const ScenarioChecker::Result before = ScenarioChecker::check(s, ws, db);
    QVERIFY2(before.error.isEmpty(), qPrintable(before.error));
    QVERIFY2(!before.solved, "a fresh scenario must not be solved");
    QVERIFY(!before.problems.isEmpty());

    // Solve it the way the guided steps say.
    if (scenario == QLatin1String("failed-unique-backward")) {
        const DiffOutcome back = TestOps::diffToMigrations(db, migrations(ws), Unique);
        QVERIFY2(back.ok() && !back.diff.isEmpty(), qPrintable(back.error.message));
        QVERIFY(TestOps::execute(db, back.script.text(false)).success);
        QVERIFY(TestOps::resolve(db, migrations(ws), Unique, false).success);
    } else if (scenario == QLatin1String("failed-unique-forward") ||
               scenario == QLatin1String("partial-crash")) {
        if (scenario == QLatin1String("failed-unique-forward"))
            sql(db, QStringLiteral("DELETE FROM \"User\" WHERE \"id\" = 2"));
        const DiffOutcome forward = TestOps::diffToMigrations(db, migrations(ws));
        QVERIFY2(forward.ok(), qPrintable(forward.error.message));
        QVERIFY(TestOps::execute(db, forward.script.text(false)).success);
        QVERIFY(TestOps::resolve(db, migrations(ws), Unique, true).success);
    } else if (scenario == QLatin1String("hotfix-index")) {
        const DiffOutcome drift =
            DiffEngine::run(DiffEngine::driftRequest(db, TestOps::history(db, migrations(ws))));
        const MigrationWriter::Result written = MigrationWriter::createTimestamped(
            ws + QStringLiteral("/prisma/migrations"), QStringLiteral("retroactively-add-index"),
            drift.script.text(false), db.provider());
        QVERIFY2(written.ok(), qPrintable(written.error));
        QVERIFY(TestOps::resolve(db, migrations(ws), written.name, true).success);
    } else if (scenario == QLatin1String("edited-migration")) {
        const QString name = QStringLiteral("20240101000000_init");
        QVERIFY(TestData::writeFile(ws + QStringLiteral("/prisma/migrations/") + name +
                                        QStringLiteral("/migration.sql"),
                                    TestData::readFile(ws + QStringLiteral("/.git-history/") +
                                                       name + QStringLiteral(".sql"))));
    } else if (scenario == QLatin1String("not-null-populated")) {
        const QString name = QStringLiteral("20240103000000_age");
        // SQLite rebuilds the table outside a transaction: its new_User is left behind.
        if (db.driver == ConnectionSpec::Driver::Sqlite)
            sql(db, QStringLiteral("DROP TABLE \"new_User\""));
        QVERIFY(TestOps::resolve(db, migrations(ws), name, false).success);
        const QString file =
            ws + QStringLiteral("/prisma/migrations/") + name + QStringLiteral("/migration.sql");
        QByteArray text = TestData::readFile(file);
        const QByteArray column = db.driver == ConnectionSpec::Driver::MySql
                                      ? QByteArrayLiteral("`age` INTEGER NOT NULL")
                                      : QByteArrayLiteral("\"age\" INTEGER NOT NULL");
        QVERIFY2(text.contains(column), text.constData());
        text.replace(column, QByteArray(column + " DEFAULT 0"));
        QVERIFY(TestData::writeFile(file, text));
        const OperationResult deployed = TestOps::deploy(db, migrations(ws));
        QVERIFY2(deployed.success, qPrintable(deployed.errorMessage));
    } else if (scenario == QLatin1String("baseline")) {
        const Baseline::Plan plan =
            Baseline::plan(TestOps::liveSchema(db), TestOps::history(db, migrations(ws)));
        QVERIFY2(plan.ok(), qPrintable(plan.error));
        QVERIFY(MigrationWriter::createNamed(ws + QStringLiteral("/prisma/migrations"),
                                             Baseline::MigrationName, plan.sql, db.provider())
                    .ok());
        QVERIFY(TestOps::resolve(db, migrations(ws), Baseline::MigrationName, true).success);
    } else if (scenario == QLatin1String("p3009-staging")) {
        sql(db, QStringLiteral("DELETE FROM \"User\" WHERE \"id\" = 2"));
        if (db.driver == ConnectionSpec::Driver::MySql) {
            // MariaDB kept what ran before the failure: undo it first (back to init only; the
            // comments migration is not applied yet either).
            DiffRequest reverse;
            reverse.from.kind = SchemaSource::Kind::Database;
            reverse.from.database = db;
            reverse.to.kind = SchemaSource::Kind::Migrations;
            reverse.to.migrationsDir = ws + QStringLiteral("/prisma/migrations");
            reverse.to.only = {QStringLiteral("20240101000000_init")};
            reverse.to.onlyIsSet = true;
            const DiffOutcome toInit = DiffEngine::run(reverse);
            QVERIFY(toInit.ok());
            QVERIFY(TestOps::execute(db, toInit.script.text(false)).success);
        }
        QVERIFY(TestOps::resolve(db, migrations(ws), Unique, false).success);
        const OperationResult deployed = TestOps::deploy(db, migrations(ws));
        QVERIFY2(deployed.success, qPrintable(deployed.errorMessage));
    }

    const ScenarioChecker::Result after = ScenarioChecker::check(s, ws, db);
    QVERIFY2(after.error.isEmpty(), qPrintable(after.error));
    QVERIFY2(after.solved, qPrintable(after.problems.join(QLatin1Char('\n'))));
    QVERIFY(!after.satisfied.isEmpty());
}

void TestTraining::wrongSolutionsAreNotSolved() {
    QFETCH(int, driver);
    // Forward without fixing the data: marking applied does not create the unique index.
    ScenarioBuilder::Result built = build(QStringLiteral("failed-unique-forward"), driver);
    if (built.error == QLatin1String("skip"))
        MWB_SKIP_OR_FAIL(QStringLiteral("test server not available"));
    QVERIFY2(built.ok(), qPrintable(built.error));
    QVERIFY(TestOps::resolve(built.database, migrations(built.workspace), Unique, true).success);
    ScenarioChecker::Result r =
        ScenarioChecker::check(ScenarioCatalog::find(QStringLiteral("failed-unique-forward")),
                               built.workspace, built.database);
    QVERIFY(!r.solved);
    const QString problems = r.problems.join(QLatin1Char('\n'));
    // Drift reads expected -> actual: the index the migrations create is missing.
    QVERIFY2(problems.contains(QStringLiteral("[-] Removed unique index on columns (name)")) ||
                 problems.contains(QStringLiteral("Redefined table `User`")),
             qPrintable(problems));
    QVERIFY2(problems.contains(QStringLiteral("Not yet: No two users share a name. (expected 0, "
                                              "found 1")),
             qPrintable(problems));

    // Backward without undoing: marking rolled back leaves Post and email behind.
    built = build(QStringLiteral("failed-unique-backward"), driver);
    QVERIFY(built.ok());
    QVERIFY(TestOps::resolve(built.database, migrations(built.workspace), Unique, false).success);
    r = ScenarioChecker::check(ScenarioCatalog::find(QStringLiteral("failed-unique-backward")),
                               built.workspace, built.database);
    QVERIFY(!r.solved);
    QVERIFY2(r.problems.join(QLatin1Char('\n')).contains(QStringLiteral("Post")),
             qPrintable(r.problems.join(QLatin1Char('\n'))));
}

void TestTraining::progressIsKeptPerUser() {
    const QString path = m_tmp.filePath(QStringLiteral("progress/progress.json"));
    {
        TrainingProgress p(path);
        QVERIFY(!p.has(QStringLiteral("baseline")));
        p.started(QStringLiteral("baseline"), QStringLiteral("/w"), QStringLiteral("file:/w/db"));
        p.checked(QStringLiteral("baseline"), false);
        p.checked(QStringLiteral("baseline"), true);
        QVERIFY(p.save());
    }
    TrainingProgress again(path);
    QVERIFY(again.has(QStringLiteral("baseline")));
    QCOMPARE(again.entry(QStringLiteral("baseline")).checks, 2);
    QVERIFY(again.entry(QStringLiteral("baseline")).solved.isValid());
    again.reset(QStringLiteral("baseline"));
    QVERIFY(again.save());
    QVERIFY(!TrainingProgress(path).has(QStringLiteral("baseline")));
}

void TestTraining::buildRefusesAForeignFolder() {
    const QString dir = m_tmp.filePath(QStringLiteral("mine"));
    QVERIFY(TestData::writeFile(dir + QStringLiteral("/notes.txt"), "mine"));
    const ScenarioBuilder::Result r =
        ScenarioBuilder::build(ScenarioCatalog::find(QStringLiteral("baseline")), dir);
    QVERIFY(r.error.contains(QStringLiteral("not empty")));
    QCOMPARE(TestData::readFile(dir + QStringLiteral("/notes.txt")), QByteArray("mine"));
}

QTEST_GUILESS_MAIN(TestTraining)
#include "tst_training.moc"
