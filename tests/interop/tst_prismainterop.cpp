// SPDX-License-Identifier: GPL-3.0-or-later
// Our CLI against the real Prisma CLI (6.19.3, offline, through scripts/prisma-oracle.sh) on the
// same SQLite file or PostgreSQL database: what Prisma writes, `mwb status` must read as Prisma
// does; what `mwb deploy` / `mwb resolve` write, Prisma must accept.
//
// Skips as a whole when the oracle is not set up (`scripts/prisma-oracle.sh setup`, which needs
// node, npm and the npm registry once); MWB_REQUIRE_ORACLE=1 turns that skip into a failure.
#include "testdata.h"
#include "testservers.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Run {
    int exitCode = -1;
    QString out; ///< stdout (for the oracle: stdout and stderr merged, in write order)
    QString err;
};

QProcessEnvironment baseEnvironment() {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DATABASE_URL"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    return env;
}

Run runProcess(QProcess &p, const QString &program, const QStringList &args, int timeoutMs) {
    p.start(program, args);
    const bool finished = p.waitForFinished(timeoutMs);
    if (!finished) {
        p.kill();
        p.waitForFinished(5000);
    }
    Run r;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    if (p.processChannelMode() != QProcess::MergedChannels)
        r.err = QString::fromUtf8(p.readAllStandardError());
    if (!finished)
        r.err.prepend(QStringLiteral("timed out or did not start: %1 %2\n")
                          .arg(program, args.join(QLatin1Char(' '))));
    else if (p.exitStatus() != QProcess::NormalExit)
        r.err.prepend(QStringLiteral("crashed: %1\n").arg(program));
    else
        r.exitCode = p.exitCode();
    return r;
}

Run mwb(const QStringList &args) {
    QProcess p;
    p.setProcessEnvironment(baseEnvironment());
    return runProcess(p, QStringLiteral(MWB_CLI_PATH), args, 120000);
}

/// `scripts/prisma-oracle.sh ARGS`, stdout and stderr merged into `out`. For `run`, ORACLE_URL
/// is `url` and the oracle never creates a database itself (ORACLE_CREATE_DB=0: its own create
/// step logs in as postgres/postgres, not with our test servers' password).
Run oracle(const QStringList &args, const QString &url = {}) {
    QProcess p;
    QProcessEnvironment env = baseEnvironment();
    for (const QString &key : env.keys()) {
        if (key.startsWith(QLatin1String("ORACLE_")))
            env.remove(key);
    }
    if (!url.isEmpty()) {
        env.insert(QStringLiteral("ORACLE_URL"), url);
        env.insert(QStringLiteral("ORACLE_CREATE_DB"), QStringLiteral("0"));
    }
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    return runProcess(p, QStringLiteral(MWB_SOURCE_DIR "/scripts/prisma-oracle.sh"), args, 180000);
}

/// The oracle's output without the lines every command prints in its setup (the config banner
/// and the driver-adapter `url` warning; as its scripts/trim.py).
QString trimBoilerplate(QString s) {
    static const QRegularExpression config(
        QStringLiteral("Loaded Prisma config from [^\\n]*prisma\\.config\\.ts\\.\\n\\n?"));
    s.remove(config);
    s.remove(QStringLiteral("Prisma config detected, skipping environment variable loading.\n"));
    s.remove(QStringLiteral(
        "\nWARNING: Your schema specifies the following datasource properties but you are using "
        "a Driver Adapter via prisma.config.ts:\n- url\n\nThe values from your schema will NOT be "
        "used!\n\nWe recommend you to remove those properties from your schema to avoid confusion "
        "if you are only using driver adapters.\n"));
    return s;
}

/// What follows the `Datasource …` line (the part `mwb status` reproduces byte for byte).
QString afterDatasourceLine(const QString &text) {
    static const QRegularExpression datasource(QStringLiteral("^Datasource[^\\n]*\\n"),
                                               QRegularExpression::MultilineOption);
    const auto m = datasource.match(text);
    return m.hasMatch() ? text.mid(m.capturedEnd()) : QString();
}

/// Prisma's `migrate status` text from the oracle's output.
QString prismaStatusBody(const QString &output) {
    return afterDatasourceLine(trimBoilerplate(output));
}

/// Prisma's part of `mwb status` text output (without our own findings after it).
QString mwbStatusBody(const QString &out) {
    QString body = afterDatasourceLine(out);
    const qsizetype ours = body.indexOf(QLatin1String("\nMigration Workbench"));
    return ours < 0 ? body : body.left(ours);
}

/// The names under "Following migration(s) have failed:" in Prisma's `migrate status` output.
QStringList prismaFailedList(const QString &output) {
    const QStringList lines = trimBoilerplate(output).split(QLatin1Char('\n'));
    static const QRegularExpression header(QStringLiteral("^Following migrations? have failed:$"));
    QStringList names;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (!header.match(lines.at(i)).hasMatch())
            continue;
        for (++i; i < lines.size() && !lines.at(i).trimmed().isEmpty(); ++i)
            names << lines.at(i).trimmed();
        break;
    }
    return names;
}

QStringList toStringList(const QJsonValue &value) {
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list << v.toString();
    return list;
}

QString describe(const Run &r) {
    return QStringLiteral("[exit %1]\n%2%3").arg(r.exitCode).arg(r.out, r.err);
}

const QString kInit = QStringLiteral("20240101000000_init");
const QString kUnique = QStringLiteral("20240102000000_Unique");
const QString kHotfix = QStringLiteral("20240103000000_hotfix");

/// One database both CLIs talk to, and a workspace for it (Prisma's "failed migration" guide:
/// `init` creates User, `Unique` adds a column, a table and a unique index on User.name).
struct Target {
    QString db;       ///< the oracle's name: sqlite | pg
    QString provider; ///< sqlite | postgresql
    QString url;      ///< the same URL for both CLIs
    QString ws;       ///< the project folder (prisma/schema.prisma, prisma/migrations)

    QString migrations() const { return ws + QStringLiteral("/prisma/migrations"); }
    bool sqlite() const { return db == QLatin1String("sqlite"); }

    QByteArray initSql() const {
        return sqlite()
                   ? QByteArrayLiteral("-- CreateTable\nCREATE TABLE \"User\" (\n"
                                       "    \"id\" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,\n"
                                       "    \"name\" TEXT NOT NULL\n);\n")
                   : QByteArrayLiteral("-- CreateTable\nCREATE TABLE \"User\" (\n"
                                       "    \"id\" INTEGER NOT NULL,\n"
                                       "    \"name\" TEXT NOT NULL,\n\n"
                                       "    CONSTRAINT \"User_pkey\" PRIMARY KEY (\"id\")\n);\n");
    }
    QByteArray uniqueSql() const {
        return sqlite()
                   ? QByteArrayLiteral(
                         "-- AlterTable\nALTER TABLE \"User\" ADD COLUMN \"email\" TEXT;\n\n"
                         "-- CreateTable\nCREATE TABLE \"Post\" (\n"
                         "    \"id\" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,\n"
                         "    \"title\" TEXT NOT NULL\n);\n\n"
                         "-- CreateIndex\nCREATE UNIQUE INDEX \"User_name_key\" ON "
                         "\"User\"(\"name\");\n")
                   : QByteArrayLiteral(
                         "-- AlterTable\nALTER TABLE \"User\" ADD COLUMN     \"email\" TEXT;\n\n"
                         "-- CreateTable\nCREATE TABLE \"Post\" (\n"
                         "    \"id\" INTEGER NOT NULL,\n"
                         "    \"title\" TEXT NOT NULL,\n\n"
                         "    CONSTRAINT \"Post_pkey\" PRIMARY KEY (\"id\")\n);\n\n"
                         "-- CreateIndex\nCREATE UNIQUE INDEX \"User_name_key\" ON "
                         "\"User\"(\"name\");\n");
    }

    /// Writes schema.prisma, the lock file and `init` (plus `Unique` when asked).
    bool writeWorkspace(bool withUnique) const {
        const QByteArray schema = "datasource db {\n  provider = \"" + provider.toUtf8() +
                                  "\"\n  url      = env(\"DATABASE_URL\")\n}\n\n"
                                  "model User {\n  id    Int     @id\n  name  String  @unique\n"
                                  "  email String?\n}\n\nmodel Post {\n  id    Int    @id\n"
                                  "  title String\n}\n";
        return TestData::writeFile(ws + QStringLiteral("/prisma/schema.prisma"), schema) &&
               TestData::writeFile(migrations() + QStringLiteral("/migration_lock.toml"),
                                   "# Please do not edit this file manually\n# It should be added "
                                   "in your version-control system (e.g., Git)\nprovider = \"" +
                                       provider.toUtf8() + "\"\n") &&
               TestData::writeMigration(migrations(), kInit, initSql()) &&
               (!withUnique || addUnique());
    }
    bool addUnique() const { return TestData::writeMigration(migrations(), kUnique, uniqueSql()); }

    /// The oracle's `prisma ARGS` on this target (working directory: the workspace).
    Run prisma(const QStringList &args) const {
        return oracle(QStringList{QStringLiteral("run"), db, ws} + args, url);
    }
    /// `prisma db execute` of a script written into the workspace.
    Run execute(const QString &fileName, const QByteArray &sql) const {
        if (!TestData::writeFile(ws + QLatin1Char('/') + fileName, sql))
            return {-1, {}, QStringLiteral("cannot write ") + fileName};
        return prisma({QStringLiteral("db"), QStringLiteral("execute"), QStringLiteral("--file"),
                       fileName, QStringLiteral("--schema"),
                       QStringLiteral("prisma/schema.prisma")});
    }
    Run seedDuplicates() const {
        return execute(QStringLiteral("seed.sql"),
                       "INSERT INTO \"User\" (id, name) VALUES (1, 'paul'), (2, 'paul');\n");
    }

    QStringList at() const {
        return {QStringLiteral("--workspace"), ws, QStringLiteral("--url"), url};
    }
    Run status(bool json) const {
        return mwb(QStringList{QStringLiteral("status")} + at() +
                   (json ? QStringList{QStringLiteral("--json")} : QStringList{}));
    }
};

QJsonObject parseJson(const QString &text, QString *error) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        *error = parseError.errorString() + QStringLiteral(" in:\n") + text;
    return doc.object();
}

QJsonObject migrationNamed(const QJsonObject &status, const QString &name) {
    for (const QJsonValue &m : status.value(QStringLiteral("migrations")).toArray()) {
        if (m.toObject().value(QStringLiteral("name")).toString() == name)
            return m.toObject();
    }
    return {};
}
} // namespace

/// Fails the current test with the command's output unless it exited with `code`.
#define EXPECT_EXIT(run, code)                                                                     \
    do {                                                                                           \
        const Run &r_ = (run);                                                                     \
        QVERIFY2(r_.exitCode == (code),                                                            \
                 qPrintable(QStringLiteral("expected exit %1, got ").arg(code) + describe(r_)));   \
    } while (false)

class TestPrismaInterop : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    // A: Prisma writes, `mwb status` reads.
    void statusAfterPrismaDeploy_data() { targets(); }
    void statusAfterPrismaDeploy();
    void statusAfterPrismaFailedDeploy_data() { targets(); }
    void statusAfterPrismaFailedDeploy();
    // B: `mwb deploy` / `mwb resolve` write, Prisma reads.
    void prismaAfterMwbDeploy_data() { targets(); }
    void prismaAfterMwbDeploy();
    void prismaAfterMwbFailedDeploy_data() { targets(); }
    void prismaAfterMwbFailedDeploy();
    void prismaAfterMwbResolve_data() { targets(); }
    void prismaAfterMwbResolve();
    // C: `mwb diff` / `mwb drift` against `prisma migrate diff` on the same inputs.
    void diffMatchesPrisma_data() { targets(); }
    void diffMatchesPrisma();
    // D: what the wizards write (baseline 0_init, a captured hotfix) is clean for Prisma too.
    void baselineAndHotfixAreCleanForPrisma_data() { targets(); }
    void baselineAndHotfixAreCleanForPrisma();

private:
    static void targets();
    /// A new empty database and an empty workspace folder for the current data row; false with
    /// `reason` when the PostgreSQL test server is missing.
    bool makeTarget(Target *target, QString *reason);
    /// Our `status --json` and Prisma's `migrate status` on the same database must agree on
    /// the failed list, on the exit code and on the text (Prisma's part of ours).
    void compareStatus(const Target &t, int expectedExit);
    void requireMwbOperations(bool resolveToo);

    QTemporaryDir m_tmp;
    int m_counter = 0;
    bool m_hasDeploy = false;
    bool m_hasResolve = false;
};

void TestPrismaInterop::initTestCase() {
    QVERIFY(m_tmp.isValid());
    const Run available = oracle({QStringLiteral("available")});
    if (available.exitCode != 0) {
        const QString reason = QStringLiteral("the real Prisma CLI is not available: ") +
                               QString(available.out + available.err).trimmed();
        if (qEnvironmentVariableIntValue("MWB_REQUIRE_ORACLE") == 1)
            QFAIL(qPrintable(QStringLiteral("required but unavailable: ") + reason));
        QSKIP(qPrintable(reason));
    }
    m_hasDeploy = mwb({QStringLiteral("deploy"), QStringLiteral("--help")}).exitCode == 0;
    m_hasResolve = mwb({QStringLiteral("resolve"), QStringLiteral("--help")}).exitCode == 0;
}

void TestPrismaInterop::targets() {
    QTest::addColumn<QString>("db");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("pg");
}

bool TestPrismaInterop::makeTarget(Target *t, QString *reason) {
    QFETCH(QString, db);
    t->db = db;
    t->ws = m_tmp.filePath(QStringLiteral("%1-%2-%3")
                               .arg(QString::fromLatin1(QTest::currentTestFunction()), db)
                               .arg(++m_counter));
    if (!QDir().mkpath(t->ws)) {
        *reason = QStringLiteral("cannot create ") + t->ws;
        return false;
    }
    if (t->sqlite()) {
        t->provider = QStringLiteral("sqlite");
        // Absolute: Prisma resolves a relative file: URL against the schema's folder, the
        // oracle's adapter against its working directory.
        t->url = QStringLiteral("file:") + t->ws + QStringLiteral("/dev.db");
        return true;
    }
    t->provider = QStringLiteral("postgresql");
    const ConnectionSpec spec = TestServers::freshDatabase(TestServers::Kind::Postgres, reason);
    if (!spec.isValid())
        return false;
    // The oracle ignores ?schema= (its adapter uses the default schema, public).
    t->url = TestServers::url(spec);
    return true;
}

void TestPrismaInterop::compareStatus(const Target &t, int expectedExit) {
    const Run prisma = t.prisma({QStringLiteral("migrate"), QStringLiteral("status")});
    EXPECT_EXIT(prisma, expectedExit);
    const Run json = t.status(true);
    QString error;
    const QJsonObject ours = parseJson(json.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error + json.err));
    const QJsonObject verdict = ours.value(QStringLiteral("prisma")).toObject();
    QCOMPARE(verdict.value(QStringLiteral("exitCode")).toInt(-1), prisma.exitCode);
    QCOMPARE(toStringList(verdict.value(QStringLiteral("failed"))), prismaFailedList(prisma.out));
    const Run text = t.status(false);
    QCOMPARE(mwbStatusBody(text.out), prismaStatusBody(prisma.out));
    QVERIFY2(!mwbStatusBody(text.out).isEmpty(), qPrintable(describe(text)));
}

void TestPrismaInterop::requireMwbOperations(bool resolveToo) {
    if (!m_hasDeploy)
        QSKIP("mwb deploy not built yet");
    if (resolveToo && !m_hasResolve)
        QSKIP("mwb resolve not built yet");
}

// Prisma deploys both migrations; `mwb status` reads every one as applied, as Prisma does.
void TestPrismaInterop::statusAfterPrismaDeploy() {
    Target t;
    QString reason;
    if (!makeTarget(&t, &reason))
        MWB_SKIP_OR_FAIL(reason);
    QVERIFY(t.writeWorkspace(true));
    const Run deploy = t.prisma({QStringLiteral("migrate"), QStringLiteral("deploy")});
    EXPECT_EXIT(deploy, 0);
    QVERIFY2(deploy.out.contains(QLatin1String("All migrations have been successfully applied.")),
             qPrintable(describe(deploy)));

    const Run json = t.status(true);
    EXPECT_EXIT(json, 0);
    QString error;
    const QJsonObject ours = parseJson(json.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QJsonArray migrations = ours.value(QStringLiteral("migrations")).toArray();
    QCOMPARE(migrations.size(), 2);
    for (const QJsonValue &m : migrations) {
        const QJsonObject migration = m.toObject();
        QCOMPARE(migration.value(QStringLiteral("state")).toString(), QStringLiteral("applied"));
        QCOMPARE(migration.value(QStringLiteral("modified")).toBool(true), false);
        const QJsonArray rows = migration.value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("applied_steps_count")).toInt(), 1);
    }
    QCOMPARE(
        ours.value(QStringLiteral("prisma")).toObject().value(QStringLiteral("exitCode")).toInt(-1),
        0);
    QCOMPARE(ours.value(QStringLiteral("exitCode")).toInt(-1), 0);
    compareStatus(t, 0);
}

// Prisma's deploy of `Unique` fails on duplicate names: `mwb status` reports it failed, with
// Prisma's own failed list and exit code; after Prisma's `resolve --rolled-back` both agree again
// (Prisma calls that up to date, we call it rolled back and needing attention).
void TestPrismaInterop::statusAfterPrismaFailedDeploy() {
    Target t;
    QString reason;
    if (!makeTarget(&t, &reason))
        MWB_SKIP_OR_FAIL(reason);
    QVERIFY(t.writeWorkspace(false));
    EXPECT_EXIT(t.prisma({QStringLiteral("migrate"), QStringLiteral("deploy")}), 0);
    EXPECT_EXIT(t.seedDuplicates(), 0);
    QVERIFY(t.addUnique());
    const Run deploy = t.prisma({QStringLiteral("migrate"), QStringLiteral("deploy")});
    EXPECT_EXIT(deploy, 1);

    const Run json = t.status(true);
    EXPECT_EXIT(json, 1);
    QString error;
    const QJsonObject ours = parseJson(json.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(migrationNamed(ours, kInit).value(QStringLiteral("state")).toString(),
             QStringLiteral("applied"));
    const QJsonObject unique = migrationNamed(ours, kUnique);
    QCOMPARE(unique.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
    const QJsonObject row = unique.value(QStringLiteral("rows")).toArray().at(0).toObject();
    QVERIFY(row.value(QStringLiteral("finished_at")).isNull());
    QVERIFY(row.value(QStringLiteral("rolled_back_at")).isNull());
    QCOMPARE(row.value(QStringLiteral("applied_steps_count")).toInt(-1), 0);

    const Run prisma = t.prisma({QStringLiteral("migrate"), QStringLiteral("status")});
    EXPECT_EXIT(prisma, 1);
    QCOMPARE(prismaFailedList(prisma.out), QStringList{kUnique});
    const QJsonObject verdict = ours.value(QStringLiteral("prisma")).toObject();
    QCOMPARE(toStringList(verdict.value(QStringLiteral("failed"))), prismaFailedList(prisma.out));
    QCOMPARE(verdict.value(QStringLiteral("exitCode")).toInt(-1), prisma.exitCode);
    QCOMPARE(json.exitCode, prisma.exitCode);
    compareStatus(t, 1);

    const Run resolve = t.prisma({QStringLiteral("migrate"), QStringLiteral("resolve"),
                                  QStringLiteral("--rolled-back"), kUnique});
    EXPECT_EXIT(resolve, 0);
    compareStatus(t, 0);
    const Run after = t.status(true);
    EXPECT_EXIT(after, 1);
    QCOMPARE(migrationNamed(parseJson(after.out, &error), kUnique)
                 .value(QStringLiteral("state"))
                 .toString(),
             QStringLiteral("rolled-back"));
}

// `mwb deploy` on a fresh database: Prisma finds nothing to do.
void TestPrismaInterop::prismaAfterMwbDeploy() {
    requireMwbOperations(false);
    Target t;
    QString reason;
    if (!makeTarget(&t, &reason))
        MWB_SKIP_OR_FAIL(reason);
    QVERIFY(t.writeWorkspace(true));
    EXPECT_EXIT(mwb(QStringList{QStringLiteral("deploy")} + t.at()), 0);

    const Run status = t.prisma({QStringLiteral("migrate"), QStringLiteral("status")});
    EXPECT_EXIT(status, 0);
    QVERIFY2(status.out.contains(QLatin1String("Database schema is up to date!")),
             qPrintable(describe(status)));
    const Run deploy = t.prisma({QStringLiteral("migrate"), QStringLiteral("deploy")});
    EXPECT_EXIT(deploy, 0);
    QVERIFY2(deploy.out.contains(QLatin1String("No pending migrations to apply.")),
             qPrintable(describe(deploy)));
    compareStatus(t, 0);
}

// A migration that fails under `mwb deploy`: Prisma lists it as failed (P3009 territory) and
// accepts `migrate resolve --rolled-back` on the row we wrote.
void TestPrismaInterop::prismaAfterMwbFailedDeploy() {
    requireMwbOperations(false);
    Target t;
    QString reason;
    if (!makeTarget(&t, &reason))
        MWB_SKIP_OR_FAIL(reason);
    QVERIFY(t.writeWorkspace(false));
    EXPECT_EXIT(mwb(QStringList{QStringLiteral("deploy")} + t.at()), 0);
    EXPECT_EXIT(t.seedDuplicates(), 0);
    QVERIFY(t.addUnique());
    EXPECT_EXIT(mwb(QStringList{QStringLiteral("deploy")} + t.at()), 1);

    const Run status = t.prisma({QStringLiteral("migrate"), QStringLiteral("status")});
    EXPECT_EXIT(status, 1);
    QCOMPARE(prismaFailedList(status.out), QStringList{kUnique});
    compareStatus(t, 1);
    // Prisma refuses to deploy past it, as we do.
    const Run blocked = t.prisma({QStringLiteral("migrate"), QStringLiteral("deploy")});
    EXPECT_EXIT(blocked, 1);
    QVERIFY2(blocked.out.contains(QLatin1String("P3009")), qPrintable(describe(blocked)));
    EXPECT_EXIT(mwb(QStringList{QStringLiteral("deploy")} + t.at()), 1);

    const Run resolve = t.prisma({QStringLiteral("migrate"), QStringLiteral("resolve"),
                                  QStringLiteral("--rolled-back"), kUnique});
    EXPECT_EXIT(resolve, 0);
    QVERIFY2(
        resolve.out.contains(QStringLiteral("Migration %1 marked as rolled back.").arg(kUnique)),
        qPrintable(describe(resolve)));
    compareStatus(t, 0);
}

// Rows written by `mwb resolve`: Prisma accepts them.
void TestPrismaInterop::prismaAfterMwbResolve() {
    requireMwbOperations(true);
    Target t;
    QString reason;
    if (!makeTarget(&t, &reason))
        MWB_SKIP_OR_FAIL(reason);
    QVERIFY(t.writeWorkspace(false));
    EXPECT_EXIT(t.prisma({QStringLiteral("migrate"), QStringLiteral("deploy")}), 0);
    EXPECT_EXIT(t.seedDuplicates(), 0);
    QVERIFY(t.addUnique());
    EXPECT_EXIT(t.prisma({QStringLiteral("migrate"), QStringLiteral("deploy")}), 1);

    // Wrong situations: both refuse (Prisma: P3008 already applied, P3012 not failed).
    const QStringList wrong[] = {{QStringLiteral("--applied"), kInit},
                                 {QStringLiteral("--rolled-back"), kInit}};
    for (const QStringList &args : wrong) {
        const Run prisma =
            t.prisma(QStringList{QStringLiteral("migrate"), QStringLiteral("resolve")} + args);
        const Run ours = mwb(QStringList{QStringLiteral("resolve")} + args + t.at());
        QVERIFY2(prisma.exitCode == 1, qPrintable(describe(prisma)));
        QVERIFY2(ours.exitCode == prisma.exitCode,
                 qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": ") + describe(ours)));
    }

    // The hotfix path: finish the migration by hand, then `mwb resolve --applied`.
    // (SQLite keeps what ran before the failing statement; PostgreSQL rolled all of it back.)
    const QByteArray fix =
        t.sqlite() ? QByteArrayLiteral("UPDATE \"User\" SET name = 'paul2' WHERE "
                                       "id = 2;\nCREATE UNIQUE INDEX "
                                       "\"User_name_key\" ON \"User\"(\"name\");\n")
                   : "UPDATE \"User\" SET name = 'paul2' WHERE id = 2;\n" + t.uniqueSql();
    EXPECT_EXIT(t.execute(QStringLiteral("fix.sql"), fix), 0);
    EXPECT_EXIT(
        mwb(QStringList{QStringLiteral("resolve"), QStringLiteral("--applied"), kUnique} + t.at()),
        0);
    Run status = t.prisma({QStringLiteral("migrate"), QStringLiteral("status")});
    EXPECT_EXIT(status, 0);
    QVERIFY2(status.out.contains(QLatin1String("Database schema is up to date!")),
             qPrintable(describe(status)));
    const Run deploy = t.prisma({QStringLiteral("migrate"), QStringLiteral("deploy")});
    EXPECT_EXIT(deploy, 0);
    QVERIFY2(deploy.out.contains(QLatin1String("No pending migrations to apply.")),
             qPrintable(describe(deploy)));
    compareStatus(t, 0);

    // A migration that never ran, marked applied (baselining a hand-made change).
    QVERIFY(TestData::writeMigration(t.migrations(), kHotfix,
                                     "-- hotfix applied by hand\nCREATE INDEX \"User_email_idx\" "
                                     "ON \"User\"(\"email\");\n"));
    status = t.prisma({QStringLiteral("migrate"), QStringLiteral("status")});
    EXPECT_EXIT(status, 1);
    EXPECT_EXIT(
        mwb(QStringList{QStringLiteral("resolve"), QStringLiteral("--applied"), kHotfix} + t.at()),
        0);
    status = t.prisma({QStringLiteral("migrate"), QStringLiteral("status")});
    EXPECT_EXIT(status, 0);
    QVERIFY2(status.out.contains(QLatin1String("Database schema is up to date!")),
             qPrintable(describe(status)));
    // Prisma's resolve on our row: already applied (P3008), exactly as on its own rows.
    EXPECT_EXIT(t.prisma({QStringLiteral("migrate"), QStringLiteral("resolve"),
                          QStringLiteral("--applied"), kHotfix}),
                1);
    compareStatus(t, 0);
}

// The same comparisons through both CLIs: the live database (init deployed by Prisma), the
// migrations folder replayed on a shadow database (Prisma's and ours), the folder without the
// failed migration, and the empty schema, in both directions, after a hand-made hotfix index.
// Summaries, scripts and `--exit-code` results must be identical.
void TestPrismaInterop::diffMatchesPrisma() {
    Target t;
    QString reason;
    if (!makeTarget(&t, &reason))
        MWB_SKIP_OR_FAIL(reason);
    QVERIFY(t.writeWorkspace(false));
    EXPECT_EXIT(t.prisma({QStringLiteral("migrate"), QStringLiteral("deploy")}), 0);
    QVERIFY(t.addUnique());
    // Prisma cannot say "without the failed one": a second folder holds only init.
    const QString initOnly = t.ws + QStringLiteral("/init-only");
    QVERIFY(TestData::writeMigration(initOnly, kInit, t.initSql()));
    QVERIFY(TestData::writeFile(initOnly + QStringLiteral("/migration_lock.toml"),
                                "provider = \"" + t.provider.toUtf8() + "\"\n"));
    QVERIFY(t.execute(QStringLiteral("hotfix.sql"),
                      "CREATE INDEX \"User_name_idx\" ON \"User\"(\"name\");\n")
                .exitCode == 0);

    struct Side {
        QString prisma; ///< the `--from-…`/`--to-…` suffix and value
        QStringList prismaArgs;
        QString mwb; ///< our source
    };
    const Side live{QStringLiteral("schema-datasource"),
                    {QStringLiteral("prisma/schema.prisma")},
                    QStringLiteral("database")};
    const Side all{QStringLiteral("migrations"),
                   {QStringLiteral("prisma/migrations")},
                   QStringLiteral("migrations")};
    const Side init{QStringLiteral("migrations"),
                    {QStringLiteral("init-only")},
                    QStringLiteral("without:") + kUnique};
    const Side empty{QStringLiteral("empty"), {}, QStringLiteral("empty")};
    const QList<std::pair<Side, Side>> pairs{{live, all},  {all, live},  {init, live},
                                             {live, init}, {empty, all}, {live, empty}};
    QStringList mismatches;
    for (const auto &[from, to] : pairs) {
        for (const bool script : {false, true}) {
            QStringList prismaArgs{QStringLiteral("migrate"), QStringLiteral("diff"),
                                   QStringLiteral("--from-") + from.prisma};
            prismaArgs << from.prismaArgs << (QStringLiteral("--to-") + to.prisma) << to.prismaArgs
                       << QStringLiteral("--exit-code");
            QStringList ours{QStringLiteral("diff"),
                             QStringLiteral("--from"),
                             from.mwb,
                             QStringLiteral("--to"),
                             to.mwb,
                             QStringLiteral("--exit-code")};
            ours << t.at();
            if (script) {
                prismaArgs << QStringLiteral("--script");
                ours << QStringLiteral("--script");
            }
            const Run prisma = t.prisma(prismaArgs);
            const Run mine = mwb(ours);
            const QString what =
                QStringLiteral("%1 -> %2%3")
                    .arg(from.mwb, to.mwb, script ? QStringLiteral(" --script") : QString());
            QVERIFY2(prisma.exitCode == 0 || prisma.exitCode == 2,
                     qPrintable(what + QLatin1Char('\n') + describe(prisma)));
            if (mine.exitCode != prisma.exitCode || mine.out != trimBoilerplate(prisma.out))
                mismatches << what + QStringLiteral(
                                         "\n--- prisma [exit %1]:\n%2\n--- mwb [exit %3]:\n%4%5")
                                         .arg(prisma.exitCode)
                                         .arg(trimBoilerplate(prisma.out))
                                         .arg(mine.exitCode)
                                         .arg(mine.out, mine.err);
        }
    }
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(QLatin1Char('\n'))));
}

void TestPrismaInterop::baselineAndHotfixAreCleanForPrisma() {
    Target t;
    QString reason;
    if (!makeTarget(&t, &reason))
        MWB_SKIP_OR_FAIL(reason);
    QVERIFY(TestData::writeFile(t.ws + QStringLiteral("/prisma/schema.prisma"),
                                "datasource db {\n  provider = \"" + t.provider.toUtf8() +
                                    "\"\n  url      = env(\"DATABASE_URL\")\n}\n"));
    QVERIFY(TestData::writeFile(t.migrations() + QStringLiteral("/migration_lock.toml"),
                                "provider = \"" + t.provider.toUtf8() + "\"\n"));
    // A database that predates Prisma Migrate, made by hand.
    EXPECT_EXIT(
        t.execute(QStringLiteral("legacy.sql"),
                  "CREATE TABLE \"Org\" (\"id\" INTEGER NOT NULL PRIMARY KEY, \"name\" "
                  "TEXT NOT NULL);\nCREATE TABLE \"User\" (\"id\" INTEGER NOT NULL PRIMARY "
                  "KEY, \"orgId\" INTEGER REFERENCES \"Org\" (\"id\"), \"email\" TEXT NOT "
                  "NULL);\nCREATE UNIQUE INDEX \"User_email_key\" ON \"User\"(\"email\");\n"),
        0);
    // Baseline as the wizard does it: 0_init from the live schema, marked applied.
    EXPECT_EXIT(
        mwb(QStringList{QStringLiteral("diff"), QStringLiteral("--from"), QStringLiteral("empty"),
                        QStringLiteral("--to"), QStringLiteral("database"),
                        QStringLiteral("--script"), QStringLiteral("-o"),
                        t.migrations() + QStringLiteral("/0_init/migration.sql")} +
            t.at()),
        0);
    EXPECT_EXIT(mwb(QStringList{QStringLiteral("resolve"), QStringLiteral("--applied"),
                                QStringLiteral("0_init")} +
                    t.at()),
                0);
    const QStringList prismaDrift{QStringLiteral("migrate"),
                                  QStringLiteral("diff"),
                                  QStringLiteral("--from-migrations"),
                                  QStringLiteral("prisma/migrations"),
                                  QStringLiteral("--to-schema-datasource"),
                                  QStringLiteral("prisma/schema.prisma"),
                                  QStringLiteral("--exit-code")};
    // Prisma: up to date, and its own replay of our 0_init equals the live schema.
    const Run status = t.prisma({QStringLiteral("migrate"), QStringLiteral("status")});
    EXPECT_EXIT(status, 0);
    EXPECT_EXIT(t.prisma(prismaDrift), 0);

    // A hotfix by hand, captured as a migration (the drift script) and marked applied.
    EXPECT_EXIT(t.execute(QStringLiteral("hotfix.sql"),
                          "CREATE INDEX \"User_orgId_idx\" ON \"User\"(\"orgId\");\n"),
                0);
    EXPECT_EXIT(t.prisma(prismaDrift), 2); // Prisma sees the drift too
    const Run captured =
        mwb(QStringList{QStringLiteral("drift"), QStringLiteral("--script")} + t.at());
    EXPECT_EXIT(captured, 1);
    const QString hotfix = QStringLiteral("20240301000000_retroactively_add_index");
    QVERIFY(TestData::writeMigration(t.migrations(), hotfix, captured.out.toUtf8()));
    EXPECT_EXIT(
        mwb(QStringList{QStringLiteral("resolve"), QStringLiteral("--applied"), hotfix} + t.at()),
        0);
    EXPECT_EXIT(t.prisma({QStringLiteral("migrate"), QStringLiteral("status")}), 0);
    EXPECT_EXIT(t.prisma(prismaDrift), 0);
}

QTEST_GUILESS_MAIN(TestPrismaInterop)
#include "tst_prismainterop.moc"
