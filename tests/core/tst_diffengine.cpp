// SPDX-License-Identifier: GPL-3.0-or-later
// The diff engine end to end on real SQLite files and the PostgreSQL and MariaDB test servers:
// Prisma's documented recovery of a failed migration with `migrate diff` + `db execute` (seed 003:
// a unique index that fails on two users named 'paul', moved backward and forward), drift from a
// hand-made hotfix index (seed 002), verification of generated scripts on a shadow copy, and the
// errors a user can run into (missing folder, unknown migration, mixed providers, P3006).
#include "db/connectionopener.h"
#include "db/dbsession.h"
#include "schema/diffengine.h"
#include "schema/diffjob.h"
#include "schema/schemasource.h"
#include "testdata.h"
#include "testops.h"
#include "testservers.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace {
const QString Init = QStringLiteral("20240101000000_init");
const QString Unique = QStringLiteral("20240102000000_Unique");
} // namespace

class TestDiffEngine : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sourceParsing();
    void failedMigrationBackward_data() { TestOps::dialectRows(); }
    void failedMigrationBackward();
    void failedMigrationForward_data() { TestOps::dialectRows(); }
    void failedMigrationForward();
    void hotfixIndexIsDrift_data() { TestOps::dialectRows(); }
    void hotfixIndexIsDrift();
    void driftIgnoresNoise_data() { TestOps::dialectRows(); }
    void driftIgnoresNoise();
    void replayFailureIsP3006_data() { TestOps::dialectRows(); }
    void replayFailureIsP3006();
    void badRequests();
    void configuredShadowDatabase_data() { TestOps::dialectRows(); }
    void configuredShadowDatabase();
    void jobReportsProgressAndCancels();

private:
    static int count(const ConnectionSpec &spec, const QString &sql);
    ConnectionSpec freshDatabase();
    QByteArray sql(const char *text) const { return TestOps::dialectSql(text, m_mysql); }
    QString workspace(bool withUnique);
    /// Init deployed and three users, two named 'paul'. Deploys here run statement by statement
    /// (as Prisma does on MySQL), so a failing migration leaves what ran before it behind: the
    /// seed's partially applied state.
    ConnectionSpec failedState();
    static SchemaSource database(const ConnectionSpec &spec);
    static SchemaSource migrations(const QString &dir, const QString &without = {});

    QTemporaryDir m_tmp;
    bool m_mysql = false;
};

int TestDiffEngine::count(const ConnectionSpec &spec, const QString &sql) {
    const QString name = QUuid::createUuid().toString(QUuid::Id128);
    if (ConnectionOpener::open(spec, name, nullptr).isError())
        return -1;
    int n = -1;
    {
        QSqlQuery q(QSqlDatabase::database(name, false));
        if (q.exec(sql) && q.next())
            n = q.value(0).toInt();
    }
    ConnectionOpener::close(name);
    return n;
}

ConnectionSpec TestDiffEngine::freshDatabase() {
    QFETCH(int, driver);
    const auto d = static_cast<ConnectionSpec::Driver>(driver);
    m_mysql = d == ConnectionSpec::Driver::MySql;
    return TestOps::freshDatabase(d, m_tmp.path());
}

#define FRESH_OR_SKIP(var)                                                                         \
    const ConnectionSpec var = freshDatabase();                                                    \
    if (!var.isValid())                                                                            \
    MWB_SKIP_OR_FAIL(QStringLiteral("test server not available"))

QString TestDiffEngine::workspace(bool withUnique) {
    return TestOps::writeSeedMigrations(m_tmp.filePath(QUuid::createUuid().toString(QUuid::Id128)),
                                        withUnique, m_mysql);
}

SchemaSource TestDiffEngine::database(const ConnectionSpec &spec) {
    SchemaSource s;
    s.kind = SchemaSource::Kind::Database;
    s.database = spec;
    s.database.createIfMissing = false;
    return s;
}

SchemaSource TestDiffEngine::migrations(const QString &dir, const QString &without) {
    SchemaSource s;
    s.kind = SchemaSource::Kind::Migrations;
    s.migrationsDir = dir;
    s.without = without;
    return s;
}

void TestDiffEngine::sourceParsing() {
    ConnectionSpec db;
    db.driver = ConnectionSpec::Driver::Sqlite;
    db.database = QStringLiteral("/tmp/x.db");
    QString error;
    SchemaSource s = SchemaSource::parse(QStringLiteral("empty"), {}, {}, {}, &error);
    QVERIFY(error.isEmpty());
    QCOMPARE(s.kind, SchemaSource::Kind::Empty);
    s = SchemaSource::parse(QStringLiteral("migrations:/w/m@20240102000000_Unique"), {}, {}, {},
                            &error);
    QCOMPARE(s.kind, SchemaSource::Kind::Migrations);
    QCOMPARE(s.migrationsDir, QStringLiteral("/w/m"));
    QCOMPARE(s.upTo, Unique);
    s = SchemaSource::parse(QStringLiteral("without:") + Unique, QStringLiteral("/w/m"), {}, {},
                            &error);
    QCOMPARE(s.migrationsDir, QStringLiteral("/w/m"));
    QCOMPARE(s.without, Unique);
    QVERIFY(s.upTo.isEmpty());
    s = SchemaSource::parse(QStringLiteral("migrations:/a@b/m@without:x"), {}, {}, {}, &error);
    QCOMPARE(s.migrationsDir, QStringLiteral("/a@b/m"));
    QCOMPARE(s.without, QStringLiteral("x"));
    s = SchemaSource::parse(QStringLiteral("database"), {}, {}, db, &error);
    QCOMPARE(s.kind, SchemaSource::Kind::Database);
    QCOMPARE(s.database.database, db.database);
    s = SchemaSource::parse(QStringLiteral("url:postgresql://u:secret@h:5433/app?schema=s"), {}, {},
                            {}, &error);
    QCOMPARE(s.database.port, 5433);
    QCOMPARE(s.database.schema, QStringLiteral("s"));
    QVERIFY(!s.label().contains(QStringLiteral("secret")));

    struct Bad {
        const char *text;
        const char *mentions;
    };
    for (const Bad &bad : {Bad{"database", "datasource"}, Bad{"migrations", "migrations folder"},
                           Bad{"migrations:/w/m@", "name a migration"},
                           Bad{"url:postgresql://u:secret@h:notaport/x", "invalid"},
                           Bad{"postgresql://u:secret@h/x", "Unknown schema source"}}) {
        error.clear();
        s = SchemaSource::parse(QString::fromUtf8(bad.text), {}, {}, {}, &error);
        QVERIFY2(error.contains(QString::fromUtf8(bad.mentions)), qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral("secret")), qPrintable(error));
        QCOMPARE(s.kind, SchemaSource::Kind::Empty);
    }
}

ConnectionSpec TestDiffEngine::failedState() {
    const ConnectionSpec spec = freshDatabase();
    if (!spec.isValid())
        return spec;
    const QString initOnly = workspace(false);
    if (!TestOps::deploy(spec, initOnly, false).success)
        return {};
    const QString error = TestServers::execute(
        spec, {QStringLiteral("INSERT INTO %1User%1 (%1id%1, %1name%1) VALUES (1, 'paul'), (2, "
                              "'paul'), (3, 'anna')")
                   .arg(m_mysql ? QLatin1Char('`') : QLatin1Char('"'))});
    if (!error.isEmpty()) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    return spec;
}

void TestDiffEngine::failedMigrationBackward() {
    const ConnectionSpec spec = failedState();
    if (!spec.isValid())
        MWB_SKIP_OR_FAIL(QStringLiteral("test server not available"));
    const QString dir = workspace(true);
    const OperationResult failed = TestOps::deploy(spec, dir, false);
    QVERIFY(!failed.success); // duplicate 'paul' breaks the unique index

    // prisma migrate diff --from-url $DB --to-migrations (without the failed one) --script
    DiffRequest request;
    request.from = database(spec);
    request.to = migrations(dir, Unique);
    request.verify = true;
    const DiffOutcome back = DiffEngine::run(request);
    QVERIFY2(back.ok(), qPrintable(back.error.message));
    QCOMPARE(back.diff.removedTables, QStringList{QStringLiteral("Post")});
    if (spec.driver == ConnectionSpec::Driver::Sqlite) {
        // SQLite cannot drop a column in place the way Prisma does it: the table is rebuilt.
        QCOMPARE(back.diff.redefinedTables, QStringList{QStringLiteral("User")});
        QVERIFY(back.summary.contains(QStringLiteral("[*] Redefined table `User`")));
    } else {
        QVERIFY2(back.summary.contains(QStringLiteral("[*] Changed the `User` table\n  [-] "
                                                      "Removed column `email`\n")),
                 qPrintable(back.summary));
    }
    QVERIFY(back.summary.contains(QStringLiteral("[-] Removed tables\n  - Post\n")));
    QVERIFY(!back.script.warnings.isEmpty()); // dropping a table and a column loses data
    QVERIFY2(back.verification.passed,
             qPrintable(back.verification.error.message + back.verification.remainingSummary));

    // prisma db execute --file backward.sql, then resolve --rolled-back
    OperationRequest execute;
    execute.kind = OperationRequest::Kind::Execute;
    execute.script = back.script.text();
    execute.scriptName = QStringLiteral("backward.sql");
    const OperationResult executed = TestOps::run(spec, execute);
    QVERIFY2(executed.success, qPrintable(executed.errorMessage));
    const DiffOutcome after = DiffEngine::run(request);
    QVERIFY2(after.ok(), qPrintable(after.error.message));
    QVERIFY2(after.diff.isEmpty(), qPrintable(after.summary));
    QCOMPARE(after.summary, QStringLiteral("No difference detected.\n"));
    QCOMPARE(after.script.text(), QStringLiteral("-- This is an empty migration.\n"));

    // The rows are still there: moving backward keeps the data (SQLite rebuilt the table).
    QCOMPARE(count(spec, QStringLiteral("SELECT COUNT(*) FROM %1User%1")
                             .arg(m_mysql ? QLatin1Char('`') : QLatin1Char('"'))),
             3);
    OperationRequest rolledBack;
    rolledBack.kind = OperationRequest::Kind::ResolveRolledBack;
    rolledBack.migrationsDir = dir;
    rolledBack.migrationName = Unique;
    QVERIFY(TestOps::run(spec, rolledBack).success);
}

void TestDiffEngine::failedMigrationForward() {
    const ConnectionSpec spec = failedState();
    if (!spec.isValid())
        MWB_SKIP_OR_FAIL(QStringLiteral("test server not available"));
    const QString dir = workspace(true);
    QVERIFY(!TestOps::deploy(spec, dir, false).success);
    const QChar q = m_mysql ? QLatin1Char('`') : QLatin1Char('"');
    // Fix the data first, then: migrate diff --from-url $DB --to-migrations (all) --script
    QCOMPARE(TestServers::execute(spec,
                                  {QStringLiteral("DELETE FROM %1User%1 WHERE %1id%1 = 2").arg(q)}),
             QString());
    DiffRequest request;
    request.from = database(spec);
    request.to = migrations(dir);
    request.verify = true;
    const DiffOutcome forward = DiffEngine::run(request);
    QVERIFY2(forward.ok(), qPrintable(forward.error.message));
    QCOMPARE(forward.summary,
             QStringLiteral("\n[*] Changed the `User` table\n  [+] Added unique index on columns "
                            "(name)\n"));
    // Prisma warns that a unique index fails on duplicates (the data was fixed above).
    QCOMPARE(forward.script.warnings.size(), 1);
    QVERIFY2(forward.script.warnings.constFirst().contains(
                 QStringLiteral("A unique constraint covering the columns `[name]` on the table "
                                "`User` will be added.")),
             qPrintable(forward.script.warnings.constFirst()));
    QVERIFY(forward.script.text().contains(QStringLiteral("CREATE UNIQUE INDEX")));
    QVERIFY(forward.verification.passed);

    OperationRequest execute;
    execute.kind = OperationRequest::Kind::Execute;
    execute.script = forward.script.text();
    execute.scriptName = QStringLiteral("forward.sql");
    QVERIFY(TestOps::run(spec, execute).success);
    QVERIFY(DiffEngine::run(request).diff.isEmpty());
    OperationRequest applied;
    applied.kind = OperationRequest::Kind::ResolveApplied;
    applied.migrationsDir = dir;
    applied.migrationName = Unique;
    QVERIFY(TestOps::run(spec, applied).success);

    // Now history and schema agree: no drift.
    DbSession session(spec);
    QVERIFY(!session.openAndWait().error.isError());
    const HistoryResult history = session.loadHistoryAndWait(dir);
    QCOMPARE(history.report.attentionCount(), 0);
    const DiffOutcome drift = DiffEngine::run(DiffEngine::driftRequest(spec, history.report));
    QVERIFY2(drift.ok(), qPrintable(drift.error.message));
    QVERIFY2(drift.diff.isEmpty(), qPrintable(drift.summary));
}

void TestDiffEngine::hotfixIndexIsDrift() {
    FRESH_OR_SKIP(spec);
    const QString dir = workspace(false);
    QVERIFY(TestOps::deploy(spec, dir, false).success);
    auto driftNow = [&] {
        DbSession session(spec);
        session.openAndWait();
        const HistoryResult history = session.loadHistoryAndWait(dir);
        return DiffEngine::run(DiffEngine::driftRequest(spec, history.report));
    };
    const DiffOutcome clean = driftNow();
    QVERIFY2(clean.ok(), qPrintable(clean.error.message));
    QVERIFY2(clean.diff.isEmpty(), qPrintable(clean.summary));

    // The seed's hotfix: an index added by hand on production.
    const QChar q = m_mysql ? QLatin1Char('`') : QLatin1Char('"');
    QCOMPARE(TestServers::execute(spec, {QStringLiteral("CREATE INDEX %1User_name_idx%1 ON "
                                                        "%1User%1 (%1name%1)")
                                             .arg(q)}),
             QString());
    const DiffOutcome drift = driftNow();
    QVERIFY2(drift.ok(), qPrintable(drift.error.message));
    QCOMPARE(
        drift.summary,
        QStringLiteral("\n[*] Changed the `User` table\n  [+] Added index on columns (name)\n"));
    // The script is the hotfix as a migration: what `migrate dev` would generate for it.
    QCOMPARE(drift.script.statements().size(), 1);
    QVERIFY2(drift.script.statements().constFirst().startsWith(QStringLiteral("CREATE INDEX")),
             qPrintable(drift.script.text()));
}

void TestDiffEngine::driftIgnoresNoise() {
    FRESH_OR_SKIP(spec);
    const QString dir = m_tmp.filePath(QUuid::createUuid().toString(QUuid::Id128));
    const QByteArray id = spec.driver == ConnectionSpec::Driver::Postgres ? "SERIAL NOT NULL"
                          : m_mysql ? "INTEGER NOT NULL AUTO_INCREMENT"
                                    : "INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT";
    const QByteArray key = spec.driver == ConnectionSpec::Driver::Sqlite
                               ? QByteArray()
                               : QByteArrayLiteral(",\n    PRIMARY KEY (\"id\")");
    TestData::writeMigration(dir, Init,
                             sql(QByteArray("CREATE TABLE \"Noise\" (\n    \"id\" " + id +
                                            ",\n    \"label\" VARCHAR(20) DEFAULT 'x',\n    \"n\" "
                                            "INTEGER DEFAULT 0" +
                                            key + "\n);\n")
                                     .constData()));
    QVERIFY(TestOps::deploy(spec, dir, false).success);
    auto driftNow = [&] {
        DbSession session(spec);
        session.openAndWait();
        const HistoryResult history = session.loadHistoryAndWait(dir);
        return DiffEngine::run(DiffEngine::driftRequest(spec, history.report));
    };
    // Noise: rows (auto-increment counters move), a column dropped and added back (the column
    // order changes), a counter restarted, a MariaDB collation change.
    const QChar q = m_mysql ? QLatin1Char('`') : QLatin1Char('"');
    QStringList noise{
        QStringLiteral("INSERT INTO %1Noise%1 (%1label%1) VALUES ('a'), ('b'), ('c')"),
        QStringLiteral("ALTER TABLE %1Noise%1 DROP COLUMN %1n%1"),
        QStringLiteral("ALTER TABLE %1Noise%1 ADD COLUMN %1n%1 INTEGER DEFAULT 0")};
    if (spec.driver == ConnectionSpec::Driver::Postgres)
        noise << QStringLiteral("ALTER SEQUENCE \"Noise_id_seq\" RESTART WITH 5000");
    if (m_mysql)
        noise << QStringLiteral("ALTER TABLE `Noise` AUTO_INCREMENT = 5000")
              << QStringLiteral("ALTER TABLE `Noise` CONVERT TO CHARACTER SET utf8mb4 COLLATE "
                                "utf8mb4_bin");
    for (QString &statement : noise) {
        if (statement.contains(QLatin1String("%1")))
            statement = statement.arg(q);
    }
    QCOMPARE(TestServers::execute(spec, noise), QString());
    const DiffOutcome quiet = driftNow();
    QVERIFY2(quiet.ok(), qPrintable(quiet.error.message));
    QVERIFY2(quiet.diff.isEmpty(), qPrintable(quiet.summary));

    // A real change is still drift.
    QCOMPARE(TestServers::execute(spec, {QStringLiteral("ALTER TABLE %1Noise%1 DROP COLUMN "
                                                        "%1label%1")
                                             .arg(q)}),
             QString());
    const DiffOutcome drift = driftNow();
    QVERIFY2(drift.summary.contains(spec.driver == ConnectionSpec::Driver::Sqlite
                                        ? QStringLiteral("[*] Redefined table `Noise`")
                                        : QStringLiteral("[-] Removed column `label`")),
             qPrintable(drift.summary));
}

void TestDiffEngine::replayFailureIsP3006() {
    FRESH_OR_SKIP(spec);
    const QString dir = workspace(false);
    TestData::writeMigration(dir, QStringLiteral("20240103000000_broken"),
                             "ALTER TABLE nope ADD COLUMN x INTEGER;\n");
    DiffRequest request;
    request.from = migrations(dir);
    request.to = database(spec);
    if (spec.driver == ConnectionSpec::Driver::Sqlite)
        QVERIFY(TestData::writeFile(spec.database, QByteArray()));
    const DiffOutcome outcome = DiffEngine::run(request);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error.nativeCode, QStringLiteral("P3006"));
    QCOMPARE(outcome.failedMigration, QStringLiteral("20240103000000_broken"));
    QCOMPARE(outcome.failedSide, QStringLiteral("from"));
    QVERIFY(outcome.error.message.startsWith(
        QStringLiteral("Migration `20240103000000_broken` failed to apply cleanly to the shadow "
                       "database.")));
    QVERIFY(outcome.error.message.contains(QStringLiteral("nope")));
    QVERIFY(!outcome.inputError);
}

void TestDiffEngine::badRequests() {
    const QString dir = workspace(false);
    ConnectionSpec sqlite;
    sqlite.driver = ConnectionSpec::Driver::Sqlite;
    sqlite.database = m_tmp.filePath(QStringLiteral("bad.db"));
    QVERIFY(TestData::writeFile(sqlite.database, QByteArray()));

    DiffRequest missing;
    missing.from = migrations(m_tmp.filePath(QStringLiteral("nowhere")));
    missing.to = database(sqlite);
    DiffOutcome o = DiffEngine::run(missing);
    QVERIFY(o.inputError);
    QVERIFY2(o.error.message.contains(QStringLiteral("does not exist")),
             qPrintable(o.error.message));

    DiffRequest unknown;
    unknown.from = migrations(dir, QStringLiteral("20990101000000_nope"));
    unknown.to = database(sqlite);
    o = DiffEngine::run(unknown);
    QVERIFY(o.inputError);
    QVERIFY(o.error.message.contains(QStringLiteral("20990101000000_nope")));

    // A folder locked to PostgreSQL cannot be compared with a SQLite database.
    QVERIFY(TestData::writeFile(dir + QStringLiteral("/migration_lock.toml"),
                                "provider = \"postgresql\"\n"));
    DiffRequest mixed;
    mixed.from = migrations(dir);
    mixed.to = database(sqlite);
    o = DiffEngine::run(mixed);
    QVERIFY(o.inputError);
    QVERIFY2(o.error.message.contains(QStringLiteral("postgresql")), qPrintable(o.error.message));

    // Without a lock file and without a database, the connector is unknown (Prisma's words).
    QFile::remove(dir + QStringLiteral("/migration_lock.toml"));
    DiffRequest alone;
    alone.from = migrations(dir);
    o = DiffEngine::run(alone);
    QVERIFY(o.error.message.contains(QStringLiteral("missing migration_lock.toml")));

    // A dead server: a specific connection error, nothing else happens.
    ConnectionSpec dead;
    dead.driver = ConnectionSpec::Driver::Postgres;
    dead.host = QStringLiteral("127.0.0.1");
    dead.port = 1; // nothing listens there
    dead.database = QStringLiteral("app");
    dead.user = QStringLiteral("u");
    dead.connectTimeoutSeconds = 2;
    DiffRequest unreachable;
    unreachable.from = database(dead);
    o = DiffEngine::run(unreachable);
    QVERIFY(!o.ok());
    QVERIFY(!o.inputError);
    QCOMPARE(o.failedSide, QStringLiteral("from"));
}

void TestDiffEngine::configuredShadowDatabase() {
    FRESH_OR_SKIP(spec);
    const ConnectionSpec shadow = freshDatabase();
    QVERIFY(shadow.isValid());
    const QString dir = workspace(true);
    QVERIFY(TestOps::deploy(spec, workspace(false), false).success);
    // Something left in the shadow database from earlier use: Prisma empties it first.
    const QChar q = m_mysql ? QLatin1Char('`') : QLatin1Char('"');
    QCOMPARE(TestServers::execute(shadow, {QStringLiteral("CREATE TABLE %1Leftover%1 (%1id%1 "
                                                          "INTEGER)")
                                               .arg(q)}),
             QString());
    DiffRequest request;
    request.from = database(spec);
    request.to = migrations(dir);
    request.shadowDatabase = shadow;
    request.shadowDatabase.createIfMissing = false;
    const DiffOutcome outcome = DiffEngine::run(request);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error.message));
    QVERIFY(!outcome.to.table(QStringLiteral("Leftover")));
    QVERIFY(outcome.to.table(QStringLiteral("Post")));
    QCOMPARE(count(shadow, QStringLiteral("SELECT COUNT(*) FROM %1Post%1").arg(q)), 0);

    // The main database is never used as the shadow database (it would be emptied).
    request.shadowDatabase = spec;
    request.shadowDatabase.createIfMissing = false;
    const DiffOutcome refused = DiffEngine::run(request);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error.nativeCode, QStringLiteral("P3014"));
    QVERIFY(refused.error.message.contains(QStringLiteral("same as the main database")));
    QCOMPARE(count(spec, QStringLiteral("SELECT COUNT(*) FROM %1User%1").arg(q)), 0);
}

void TestDiffEngine::jobReportsProgressAndCancels() {
    const QString dir = workspace(true);
    ConnectionSpec sqlite;
    sqlite.driver = ConnectionSpec::Driver::Sqlite;
    sqlite.database = m_tmp.filePath(QStringLiteral("job.db"));
    QVERIFY(TestData::writeFile(sqlite.database, QByteArray()));
    DiffRequest request;
    request.from = database(sqlite);
    request.to = migrations(dir);
    DiffJob job(request);
    QSignalSpy progress(&job, &DiffJob::progress);
    const DiffOutcome outcome = job.runAndWait();
    QVERIFY2(outcome.ok(), qPrintable(outcome.error.message));
    QCOMPARE(outcome.diff.addedTables,
             (QStringList{QStringLiteral("Post"), QStringLiteral("User")}));
    QVERIFY(progress.count() >= 3); // read from, read to, compare

    DiffJob cancelled(request);
    QSignalSpy finished(&cancelled, &DiffJob::finished);
    cancelled.cancel(); // before it starts: the engine stops at its first check
    cancelled.start();
    QVERIFY(finished.wait(10000));
    const DiffOutcome stopped = finished.at(0).at(0).value<DiffOutcome>();
    QVERIFY(!stopped.ok());
    QCOMPARE(stopped.error.message, QStringLiteral("Cancelled."));
}

QTEST_GUILESS_MAIN(TestDiffEngine)
#include "tst_diffengine.moc"
