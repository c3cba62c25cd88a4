// SPDX-License-Identifier: GPL-3.0-or-later
// Change plans end to end on real SQLite, PostgreSQL and MariaDB databases: create (dry run,
// lint, pre-checks, preconditions), approve (never by the author), execute (hash, approval and
// preconditions re-checked; backup; journal entry with the plan hash), ending in a clean history.
// Also: tampering, self-approval, stale preconditions, backups, readiness, HTML reports.
#include "db/connectionopener.h"
#include "db/dbsession.h"
#include "review/auditjournal.h"
#include "review/changeplanbuilder.h"
#include "review/changeplanexecutor.h"
#include "review/changeplanjob.h"
#include "review/databasebackup.h"
#include "review/htmlreport.h"
#include "review/readinesscheck.h"
#include "testdata.h"
#include "testservers.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace {
const QByteArray InitSql =
    "CREATE TABLE \"User\" (\"id\" INTEGER NOT NULL PRIMARY KEY, \"name\" TEXT NOT NULL);\n";
const QByteArray UniqueSql =
    "-- AlterTable\nALTER TABLE \"User\" ADD COLUMN \"email\" TEXT;\n\n-- CreateTable\n"
    "CREATE TABLE \"Post\" (\"id\" INTEGER NOT NULL PRIMARY KEY, \"title\" TEXT NOT NULL);\n\n"
    "-- CreateIndex\nCREATE UNIQUE INDEX \"User_name_key\" ON \"User\"(\"name\");\n";
const QString Init = QStringLiteral("20240101000000_init");
const QString Unique = QStringLiteral("20240102000000_Unique");

QByteArray forMySql(QByteArray sql) {
    sql.replace('"', '`');
    sql.replace("`name` TEXT", "`name` VARCHAR(191)");
    return sql;
}

/// A tiny HTTP responder: 200 on /health/ready, 503 elsewhere.
class HttpResponder : public QTcpServer {
public:
    HttpResponder() {
        listen(QHostAddress::LocalHost);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [s] {
                    const QByteArray request = s->readAll();
                    const bool ready = request.startsWith("GET /health/ready ");
                    s->write(ready ? QByteArrayLiteral("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n"
                                                       "Connection: close\r\n\r\nok")
                                   : QByteArrayLiteral("HTTP/1.1 503 Service Unavailable\r\n"
                                                       "Content-Length: 0\r\nConnection: "
                                                       "close\r\n\r\n"));
                    s->disconnectFromHost();
                });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }
    QString url(const QString &path) const {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(serverPort()).arg(path);
    }
};
} // namespace

class TestChangePlan : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }
    void createApproveExecute_data() { dialects(); }
    void createApproveExecute();
    void stalePreconditionRefused_data() { dialects(); }
    void stalePreconditionRefused();
    void tamperingAndSelfApprovalRefused();
    void backupsOfEveryDialect_data() { dialects(); }
    void backupsOfEveryDialect();
    void readinessCheck();
    void reportsAreEscapedAndRedacted();
    void journalWithPlanHashVerifies();

private:
    void dialects();
    ConnectionSpec freshDatabase();
    QString workspace(bool withUnique);
    QByteArray sql(const QByteArray &portable) const {
        return m_mysql ? forMySql(portable) : portable;
    }
    QString provider() const;
    OperationResult run(const ConnectionSpec &spec, OperationRequest request);
    HistoryReport status(const ConnectionSpec &spec, const QString &ws);
    PlanCreation create(const ConnectionSpec &spec, const QString &ws, OperationPlan::Operation op,
                        const QString &name = {}, const QString &script = {});
    PlanExecutionRequest executeRequest(const ConnectionSpec &spec);

    QTemporaryDir m_tmp;
    bool m_mysql = false;
    QString m_journal;
};

void TestChangePlan::dialects() {
    QTest::addColumn<int>("driver");
    QTest::newRow("sqlite") << static_cast<int>(ConnectionSpec::Driver::Sqlite);
    QTest::newRow("postgresql") << static_cast<int>(ConnectionSpec::Driver::Postgres);
    QTest::newRow("mariadb") << static_cast<int>(ConnectionSpec::Driver::MySql);
}

QString TestChangePlan::provider() const {
    QFETCH(int, driver);
    ConnectionSpec s;
    s.driver = static_cast<ConnectionSpec::Driver>(driver);
    return s.provider();
}

ConnectionSpec TestChangePlan::freshDatabase() {
    QFETCH(int, driver);
    const auto d = static_cast<ConnectionSpec::Driver>(driver);
    m_mysql = d == ConnectionSpec::Driver::MySql;
    m_journal =
        m_tmp.filePath(QUuid::createUuid().toString(QUuid::Id128) + QStringLiteral(".jsonl"));
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

QString TestChangePlan::workspace(bool withUnique) {
    const QString ws = m_tmp.filePath(QUuid::createUuid().toString(QUuid::Id128));
    const QString dir = ws + QStringLiteral("/prisma/migrations");
    TestData::writeMigration(dir, Init, sql(InitSql));
    if (withUnique)
        TestData::writeMigration(dir, Unique, sql(UniqueSql));
    TestData::writeFile(dir + QStringLiteral("/migration_lock.toml"),
                        "provider = \"" + provider().toUtf8() + "\"\n");
    return ws;
}

OperationResult TestChangePlan::run(const ConnectionSpec &spec, OperationRequest request) {
    DbSession session(spec);
    if (session.openAndWait().error.isError())
        return {};
    return session.runOperationAndWait(request);
}

HistoryReport TestChangePlan::status(const ConnectionSpec &spec, const QString &ws) {
    DbSession session(spec);
    session.openAndWait();
    return session.loadHistoryAndWait(ws + QStringLiteral("/prisma/migrations")).report;
}

PlanCreation TestChangePlan::create(const ConnectionSpec &spec, const QString &ws,
                                    OperationPlan::Operation op, const QString &name,
                                    const QString &script) {
    PlanRequest r;
    r.spec = spec;
    r.operation = op;
    r.workspaceRoot = ws;
    r.migrationsDir = ws + QStringLiteral("/prisma/migrations");
    r.migrationName = name;
    r.script = script;
    r.scriptName = QStringLiteral("fix.sql");
    r.atomic = op == OperationPlan::Operation::Deploy;
    r.environment = QStringLiteral("production");
    r.title = QStringLiteral("test plan");
    return ChangePlanBuilder::create(r);
}

PlanExecutionRequest TestChangePlan::executeRequest(const ConnectionSpec &spec) {
    PlanExecutionRequest r;
    r.spec = spec;
    r.spec.createIfMissing = false;
    r.journalPath = m_journal;
    r.backupDirectory = m_tmp.filePath(QStringLiteral("backups"));
    return r;
}

#define FRESH_OR_SKIP(spec)                                                                        \
    const ConnectionSpec spec = freshDatabase();                                                   \
    if (!spec.isValid())                                                                           \
        MWB_SKIP_OR_FAIL(QStringLiteral("no test server for this dialect"));

void TestChangePlan::createApproveExecute() {
    FRESH_OR_SKIP(spec);
    // The init migration applied, two users named 'paul', then the Unique migration arrives.
    const QString ws = workspace(false);
    OperationRequest deploy;
    deploy.kind = OperationRequest::Kind::Deploy;
    deploy.migrationsDir = ws + QStringLiteral("/prisma/migrations");
    QVERIFY(run(spec, deploy).success);
    QCOMPARE(TestServers::execute(
                 spec, {QString::fromUtf8(sql("INSERT INTO \"User\" (\"id\", \"name\") VALUES (1, "
                                              "'paul'), (2, 'paul')"))}),
             QString());
    QVERIFY(TestData::writeMigration(deploy.migrationsDir, Unique, sql(UniqueSql)));

    // Plan 1: deploy. The pre-check finds the duplicates; executing is refused.
    PlanCreation blocked = create(spec, ws, OperationPlan::Operation::Deploy);
    QVERIFY2(blocked.ok(), qPrintable(blocked.error.message + blocked.refusal));
    QCOMPARE(blocked.plan.preview.migrations, QStringList{Unique});
    QVERIFY(blocked.plan.preview.countOf(PlannedStep::Kind::Bookkeeping) >= 3);
    QCOMPARE(blocked.plan.preChecks.size(), 1);
    QCOMPARE(blocked.plan.preChecks.at(0).affectedRows, 2);
    QCOMPARE(blocked.plan.preChecks.at(0).sampleRows.at(0).at(1), QStringLiteral("paul"));
    QVERIFY(blocked.plan.author == ChangePlan::currentUser());
    QVERIFY(!blocked.plan.connection.contains(spec.password.isEmpty() ? QStringLiteral("\x01")
                                                                      : spec.password));
    QVERIFY(blocked.plan.approve(QStringLiteral("dba-alice"), QDateTime::currentDateTimeUtc())
                .isEmpty());
    const PlanExecution refused = ChangePlanExecutor::execute(blocked.plan, executeRequest(spec));
    QVERIFY(refused.refused);
    QVERIFY2(refused.refusal.contains(QStringLiteral("Duplicates")), qPrintable(refused.refusal));
    QVERIFY(!QFile::exists(m_journal)); // nothing ran, nothing journaled

    // Plan 2: fix the data (execute), through the job; approved, executed, journaled.
    const QString fix = QString::fromUtf8(sql("DELETE FROM \"User\" WHERE \"id\" = 2;\n"));
    PlanCreation fixPlan = create(spec, ws, OperationPlan::Operation::Execute, {}, fix);
    QVERIFY2(fixPlan.ok(), qPrintable(fixPlan.error.message + fixPlan.refusal));
    QVERIFY(fixPlan.plan.backupRequired);
    const QString planFile =
        m_tmp.filePath(QUuid::createUuid().toString(QUuid::Id128) + QStringLiteral(".json"));
    QString error;
    QVERIFY(fixPlan.plan.approve(QStringLiteral("dba-alice"), QDateTime::currentDateTimeUtc())
                .isEmpty());
    QVERIFY(fixPlan.plan.save(planFile, &error));
    ChangePlan loaded;
    QVERIFY(ChangePlan::load(planFile, &loaded, &error));
    QVERIFY(loaded.isApproved());
    std::unique_ptr<ChangePlanJob> job(ChangePlanJob::executing(loaded, executeRequest(spec)));
    QSignalSpy executed(job.get(), &ChangePlanJob::executed);
    job->start();
    QVERIFY(executed.wait(60000));
    const PlanExecution fixed = executed.at(0).at(0).value<PlanExecution>();
    QVERIFY2(fixed.success(), qPrintable(fixed.refusal + fixed.result.errorMessage));
    QVERIFY(fixed.backup.taken);
    QVERIFY(QFileInfo(fixed.backup.file).size() > 0);
    QCOMPARE(fixed.schemaChange, QStringLiteral("No schema change."));
    const QList<AuditEntry> entries = AuditJournal(m_journal).entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).planHash, loaded.hash);
    QCOMPARE(entries.at(0).reviewer, QStringLiteral("dba-alice"));
    QCOMPARE(entries.at(0).operation, QStringLiteral("execute"));
    QVERIFY(entries.at(0)
                .details.join(QLatin1Char('\n'))
                .contains(QStringLiteral("backup: Backup taken")));

    // Plan 3: deploy again, now clean; executed, the history ends clean.
    PlanCreation deployPlan = create(spec, ws, OperationPlan::Operation::Deploy);
    QVERIFY2(deployPlan.ok(), qPrintable(deployPlan.error.message + deployPlan.refusal));
    QCOMPARE(deployPlan.plan.preChecks.at(0).status, PreCheckResult::Status::Passed);
    QVERIFY(deployPlan.plan.approve(QStringLiteral("dba-alice"), QDateTime::currentDateTimeUtc())
                .isEmpty());
    const PlanExecution deployed =
        ChangePlanExecutor::execute(deployPlan.plan, executeRequest(spec));
    QVERIFY2(deployed.success(), qPrintable(deployed.refusal + deployed.result.errorMessage));
    QVERIFY(deployed.schemaChange.contains(QStringLiteral("Post")));
    const HistoryReport after = status(spec, ws);
    QCOMPARE(after.exitCode(), 0);
    QCOMPARE(AuditJournal(m_journal).verify().entries, 2);
    // Executing the same plan twice is refused: the pending set changed.
    const PlanExecution again = ChangePlanExecutor::execute(deployPlan.plan, executeRequest(spec));
    QVERIFY(again.refused);
    QVERIFY2(again.refusal.contains(QStringLiteral("no longer")), qPrintable(again.refusal));
}

void TestChangePlan::stalePreconditionRefused() {
    FRESH_OR_SKIP(spec);
    const QString ws = workspace(false);
    OperationRequest deploy;
    deploy.kind = OperationRequest::Kind::Deploy;
    deploy.migrationsDir = ws + QStringLiteral("/prisma/migrations");
    QVERIFY(run(spec, deploy).success);
    QCOMPARE(TestServers::execute(
                 spec, {QString::fromUtf8(sql("INSERT INTO \"User\" (\"id\", \"name\") VALUES (1, "
                                              "'paul'), (2, 'paul')"))}),
             QString());
    QVERIFY(TestData::writeMigration(deploy.migrationsDir, Unique, sql(UniqueSql)));
    QVERIFY(!run(spec, deploy).success); // fails on the duplicates: Unique is failed

    PlanCreation plan = create(spec, ws, OperationPlan::Operation::ResolveRolledBack, Unique);
    QVERIFY2(plan.ok(), qPrintable(plan.error.message + plan.refusal));
    QCOMPARE(plan.plan.preconditions.at(0).description,
             QStringLiteral("Migration %1 is failed").arg(Unique));
    QVERIFY(!plan.plan.backupRequired);
    QVERIFY(
        plan.plan.approve(QStringLiteral("dba-bob"), QDateTime::currentDateTimeUtc()).isEmpty());

    // Someone resolves it directly between approval and execution.
    OperationRequest resolve;
    resolve.kind = OperationRequest::Kind::ResolveRolledBack;
    resolve.migrationName = Unique;
    QVERIFY(run(spec, resolve).success);
    const PlanExecution stale = ChangePlanExecutor::execute(plan.plan, executeRequest(spec));
    QVERIFY(stale.refused);
    QVERIFY2(stale.refusal.contains(QStringLiteral("expected failed, now rolled-back")),
             qPrintable(stale.refusal));
    QVERIFY(!QFile::exists(m_journal));
}

void TestChangePlan::tamperingAndSelfApprovalRefused() {
    ConnectionSpec spec;
    spec.driver = ConnectionSpec::Driver::Sqlite;
    spec.database = m_tmp.filePath(QStringLiteral("tamper.db"));
    spec.createIfMissing = true;
    m_journal = m_tmp.filePath(QStringLiteral("tamper.jsonl"));
    QCOMPARE(TestServers::execute(spec, {QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, "
                                                        "v TEXT)"),
                                         QStringLiteral("INSERT INTO t VALUES (1, 'a')")}),
             QString());
    PlanRequest r;
    r.spec = spec;
    r.operation = OperationPlan::Operation::Execute;
    r.script = QStringLiteral("UPDATE t SET v = 'b' WHERE id = 1;");
    r.scriptName = QStringLiteral("update.sql");
    PlanCreation created = ChangePlanBuilder::create(r);
    QVERIFY2(created.ok(), qPrintable(created.error.message + created.refusal));
    ChangePlan plan = created.plan;

    // Self-approval: refused, case and spaces ignored.
    QVERIFY(!plan.approve(QStringLiteral(" %1 ").arg(plan.author.toUpper()),
                          QDateTime::currentDateTimeUtc())
                 .isEmpty());
    QVERIFY(!plan.approve(QString(), QDateTime::currentDateTimeUtc()).isEmpty());
    QVERIFY(plan.approval.isEmpty());
    // A hand-written self-approval is refused at execution too.
    ChangePlan forged = plan;
    forged.approval = PlanApproval{plan.author, QDateTime::currentDateTimeUtc(), plan.hash, {}};
    PlanExecution refused = ChangePlanExecutor::execute(forged, executeRequest(spec));
    QVERIFY(refused.refused);
    QVERIFY(refused.refusal.contains(QStringLiteral("own author")));
    // Unapproved: refused.
    refused = ChangePlanExecutor::execute(plan, executeRequest(spec));
    QVERIFY(refused.refusal.contains(QStringLiteral("not approved")));

    QVERIFY(plan.approve(QStringLiteral("dba-carol"), QDateTime::currentDateTimeUtc()).isEmpty());
    const QString file = m_tmp.filePath(QStringLiteral("tamper.json"));
    QString error;
    QVERIFY(plan.save(file, &error));
    // Tampering: change the script in the file after approval.
    QByteArray content = TestData::readFile(file);
    QVERIFY(content.contains("SET v = 'b'"));
    QVERIFY(TestData::writeFile(file + QStringLiteral(".bad"),
                                QByteArray(content).replace("SET v = 'b'", "SET v = 'x'")));
    ChangePlan tampered;
    QVERIFY(ChangePlan::load(file + QStringLiteral(".bad"), &tampered, &error));
    QVERIFY(!tampered.verifyIntegrity().isEmpty());
    refused = ChangePlanExecutor::execute(tampered, executeRequest(spec));
    QVERIFY(refused.refused);
    QVERIFY2(refused.refusal.contains(QStringLiteral("changed after it was created")),
             qPrintable(refused.refusal));
    // Tampering with the hash and the approval together does not help: the content hash differs.
    const QJsonObject bad =
        QJsonDocument::fromJson(TestData::readFile(file + QStringLiteral(".bad"))).object();
    QJsonObject rehashed = bad;
    rehashed.insert(QStringLiteral("hash"), QStringLiteral("0000"));
    ChangePlan rehashedPlan;
    QVERIFY(ChangePlan::fromJson(rehashed, &rehashedPlan, &error));
    QVERIFY(!rehashedPlan.verifyIntegrity().isEmpty());
    // Another target: refused.
    ChangePlan original;
    QVERIFY(ChangePlan::load(file, &original, &error));
    ConnectionSpec other = spec;
    other.database = m_tmp.filePath(QStringLiteral("other.db"));
    PlanExecutionRequest otherRequest = executeRequest(other);
    refused = ChangePlanExecutor::execute(original, otherRequest);
    QVERIFY(refused.refusal.contains(QStringLiteral("the plan is for")));
    // The untouched file executes.
    const PlanExecution done = ChangePlanExecutor::execute(original, executeRequest(spec));
    QVERIFY2(done.success(), qPrintable(done.refusal + done.result.errorMessage));
    QCOMPARE(AuditJournal(m_journal).entries().at(0).planHash, original.hash);
}

void TestChangePlan::backupsOfEveryDialect() {
    FRESH_OR_SKIP(spec);
    QCOMPARE(
        TestServers::execute(spec, {QString::fromUtf8(sql("CREATE TABLE \"Keep\" (\"id\" INTEGER "
                                                          "NOT NULL PRIMARY KEY, \"v\" TEXT)")),
                                    QString::fromUtf8(sql("INSERT INTO \"Keep\" VALUES (1, "
                                                          "'one'), (2, 'two')"))}),
        QString());
    QString reason;
    if (DatabaseBackup::toolFor(spec, &reason).isEmpty()) {
        const BackupResult none = DatabaseBackup::run(spec, m_tmp.filePath(QStringLiteral("b")));
        QVERIFY(!none.taken);
        QVERIFY(none.statement.startsWith(QStringLiteral("No backup was taken")));
        MWB_SKIP_OR_FAIL(reason);
    }
    const QString dir = m_tmp.filePath(QStringLiteral("backups-") + provider());
    const BackupResult b = DatabaseBackup::run(spec, dir);
    QVERIFY2(b.taken, qPrintable(b.error));
    QVERIFY(b.file.startsWith(dir));
    QCOMPARE(b.sha256.size(), 64);
    QVERIFY(
        !b.statement.contains(spec.password.isEmpty() ? QStringLiteral("\x01") : spec.password));
    QVERIFY(b.bytes > 0);
    if (spec.driver == ConnectionSpec::Driver::Sqlite) {
        // The copy is a database of its own with the rows.
        ConnectionSpec copy;
        copy.driver = ConnectionSpec::Driver::Sqlite;
        copy.database = b.file;
        copy.readOnly = true;
        QVERIFY(
            ConnectionOpener::open(copy, QStringLiteral("backup-copy"), nullptr).message.isEmpty());
        {
            QSqlDatabase db = QSqlDatabase::database(QStringLiteral("backup-copy"), false);
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM \"Keep\"")) && q.next());
            QCOMPARE(q.value(0).toInt(), 2);
        }
        ConnectionOpener::close(QStringLiteral("backup-copy"));
    } else {
        const QByteArray dump = TestData::readFile(b.file);
        QVERIFY(dump.contains("Keep"));
        QVERIFY(!dump.contains(spec.password.toUtf8()));
    }
    // A wrong password: a clear "no backup" statement, the password in no message.
    if (spec.driver != ConnectionSpec::Driver::Sqlite) {
        ConnectionSpec wrong = spec;
        wrong.password = QStringLiteral("wrong-secret-pw");
        const BackupResult failed = DatabaseBackup::run(wrong, dir);
        QVERIFY(!failed.taken);
        QVERIFY(failed.statement.startsWith(QStringLiteral("No backup was taken")));
        QVERIFY(!failed.statement.contains(QStringLiteral("wrong-secret-pw")));
    }
}

void TestChangePlan::readinessCheck() {
    HttpResponder server;
    QVERIFY(server.isListening());
    const ReadinessResult ok =
        ReadinessCheck::run(server.url(QStringLiteral("/health/ready")), 5000);
    QVERIFY2(ok.ready, qPrintable(ok.message));
    QCOMPARE(ok.httpStatus, 200);
    const ReadinessResult down =
        ReadinessCheck::run(server.url(QStringLiteral("/health/other")), 5000);
    QVERIFY(down.ran);
    QVERIFY(!down.ready);
    QCOMPARE(down.httpStatus, 503);
    // Nobody listening: not ready, within the timeout.
    QTcpServer closed;
    closed.listen(QHostAddress::LocalHost);
    const quint16 port = closed.serverPort();
    closed.close();
    const ReadinessResult none =
        ReadinessCheck::run(QStringLiteral("http://127.0.0.1:%1/health/ready").arg(port), 2000);
    QVERIFY(!none.ready);
    QCOMPARE(none.httpStatus, 0);
    // Credentials in the URL are not recorded.
    const ReadinessResult creds = ReadinessCheck::run(
        QStringLiteral("http://user:s3cret@127.0.0.1:%1/health/ready").arg(server.serverPort()),
        5000);
    QVERIFY(!creds.url.contains(QStringLiteral("s3cret")));
    QVERIFY(!ReadinessCheck::run(QStringLiteral("ftp://x/y")).ran);
}

void TestChangePlan::reportsAreEscapedAndRedacted() {
    AuditEntry e;
    e.time = QDateTime::currentDateTimeUtc();
    e.osUser = QStringLiteral("me");
    e.connection = QStringLiteral("postgresql://app:hunter2@db/app");
    e.operation = QStringLiteral("execute");
    e.target = QStringLiteral("<script>alert(1)</script>");
    e.statements = {QStringLiteral("SELECT '<b>&</b>'")};
    e.success = true;
    e.planHash = QStringLiteral("abc");
    e.details = {QStringLiteral("schema change: [+] Added tables\n  - Post")};
    const QString html = HtmlReport::forEntry(e, 3);
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY(!html.contains(QStringLiteral("<script>")));
    QVERIFY(html.contains(QStringLiteral("&lt;script&gt;")));
    QVERIFY(!html.contains(QStringLiteral("hunter2")));
    QVERIFY(html.contains(QStringLiteral("postgresql://app:****@db/app")));
    QVERIFY(html.contains(QStringLiteral("&lt;b&gt;&amp;&lt;/b&gt;")));
    QVERIFY(html.contains(QStringLiteral("[+] Added tables")));
    QVERIFY(!html.contains(QStringLiteral("http://")) && !html.contains(QStringLiteral("src=")));

    ChangePlan plan;
    plan.id = QStringLiteral("p");
    plan.author = QStringLiteral("me");
    plan.connection = QStringLiteral("mysql://root:****@h/db");
    plan.operation = OperationPlan::Operation::Execute;
    plan.scriptName = QStringLiteral("fix.sql");
    plan.script = QStringLiteral("DELETE FROM t WHERE a < 3;");
    PlannedStep step;
    step.sql = plan.script;
    plan.preview.steps << step;
    PreCheckResult r;
    r.check.kind = PreCheck::Kind::Duplicates;
    r.check.table = QStringLiteral("User");
    r.check.columns = {QStringLiteral("name")};
    r.status = PreCheckResult::Status::Failed;
    r.sampleColumns = {QStringLiteral("id"), QStringLiteral("name")};
    r.sampleRows = {{QStringLiteral("1"), QStringLiteral("<paul>")}};
    plan.preChecks << r;
    plan.seal();
    QVERIFY(plan.approve(QStringLiteral("dba"), QDateTime::currentDateTimeUtc()).isEmpty());
    const QString planHtml = HtmlReport::forPlan(plan, {e});
    QVERIFY(planHtml.contains(QStringLiteral("DELETE FROM t WHERE a &lt; 3;")));
    QVERIFY(planHtml.contains(QStringLiteral("&lt;paul&gt;")));
    QVERIFY(planHtml.contains(QStringLiteral("intact")));
    QVERIFY(planHtml.contains(QStringLiteral("dba")));
    QVERIFY(!planHtml.contains(QStringLiteral("hunter2")));
}

void TestChangePlan::journalWithPlanHashVerifies() {
    const QString path = m_tmp.filePath(QStringLiteral("plan-journal.jsonl"));
    AuditJournal journal(path);
    AuditEntry plain;
    plain.time = QDateTime::currentDateTimeUtc();
    plain.operation = QStringLiteral("deploy");
    plain.connection = QStringLiteral("file:/x.db");
    QVERIFY(journal.append(plain).isEmpty());
    AuditEntry planned = plain;
    planned.operation = QStringLiteral("execute");
    planned.planHash = QStringLiteral("feedbeef");
    planned.reviewer = QStringLiteral("dba");
    planned.details = {QStringLiteral("backup: none")};
    QVERIFY(journal.append(planned).isEmpty());
    QCOMPARE(journal.verify().entries, 2);
    // Filters.
    AuditJournal::Filter filter;
    filter.planHash = QStringLiteral("feed");
    QList<int> lines;
    QCOMPARE(journal.entries(filter, &lines).size(), 1);
    QCOMPARE(lines, QList<int>{2});
    filter = {};
    filter.operation = QStringLiteral("deploy");
    QCOMPARE(journal.entries(filter).size(), 1);
    filter = {};
    filter.since = QDateTime::currentDateTimeUtc().addSecs(60);
    QCOMPARE(journal.entries(filter).size(), 0);
    // Tampering with the plan hash or the reviewer is detected.
    QByteArray content = TestData::readFile(path);
    QVERIFY(TestData::writeFile(
        path, QByteArray(content).replace("\"reviewer\":\"dba\"", "\"reviewer\":\"eve\"")));
    const AuditJournal::Verification v = journal.verify();
    QVERIFY(!v.intact);
    QCOMPARE(v.firstBadLine, 2);
}

QTEST_GUILESS_MAIN(TestChangePlan)
#include "tst_changeplan.moc"
