// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real `mwb` binary and checks its output and exit codes.
#include "history/migrationrow.h"
#include "mwbcli.h"
#include "testdata.h"
#include "testservers.h"
#include "workspace/checksum.h"

#include <QDir>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

namespace {
using Run = MwbCli::Run;

Run mwb(const QStringList &args, const QString &workingDir = {}) {
    return MwbCli::run(args, workingDir);
}
} // namespace

class TestCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void statusJsonOnDemo();
    void statusTextOnDemo();
    void badInputsChangeNothing_data();
    void badInputsChangeNothing();
    void upToDateOnServers_data();
    void upToDateOnServers();
    void helpAndVersion();
    void writesAreJournaled();
    void interruptCancelsTheRunningStatement();
    void diffOnDemo();
    void diffRefusesBadSources();
    void driftOnDemo();
    void scenarioSolvedThroughTheCli();
    void executeLintsTheScript();
    void readinessCheckAfterAWrite();

private:
    QTemporaryDir m_tmp;
    QString m_demo;
};

void TestCli::initTestCase() {
    m_demo = m_tmp.filePath(QStringLiteral("demo"));
    const Run r = mwb({QStringLiteral("demo"), m_demo});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // A second run refuses a folder that is not an earlier demo.
    QVERIFY(TestData::writeFile(m_tmp.filePath(QStringLiteral("occupied/file.txt")), "mine"));
    const Run refused = mwb({QStringLiteral("demo"), m_tmp.filePath(QStringLiteral("occupied"))});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(refused.err.contains(QStringLiteral("not empty")));
}

void TestCli::statusJsonOnDemo() {
    const Run r = mwb({QStringLiteral("status"), QStringLiteral("--workspace"), m_demo,
                       QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 1);
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray migrations = json.value(QStringLiteral("migrations")).toArray();
    QCOMPARE(migrations.size(), 2);
    const QJsonObject init = migrations.at(0).toObject();
    QCOMPARE(init.value(QStringLiteral("name")).toString(), QStringLiteral("20240101000000_init"));
    QCOMPARE(init.value(QStringLiteral("state")).toString(), QStringLiteral("applied"));
    QCOMPARE(init.value(QStringLiteral("modified")).toBool(), false);
    const QJsonObject unique = migrations.at(1).toObject();
    QCOMPARE(unique.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
    QCOMPARE(unique.value(QStringLiteral("local")).toBool(), true);
    const QJsonObject row = unique.value(QStringLiteral("rows")).toArray().at(0).toObject();
    QCOMPARE(row.value(QStringLiteral("checksum")).toString(),
             QStringLiteral("6fc3258092fe38b20fc6b1b1940c71a8502dbef0058f06c1386c32fefcf01b03"));
    QVERIFY(row.value(QStringLiteral("finished_at")).isNull());
    QVERIFY(row.value(QStringLiteral("logs"))
                .toString()
                .contains(QStringLiteral("UNIQUE constraint failed: User.name")));
    QCOMPARE(row.value(QStringLiteral("applied_steps_count")).toInt(), 0);
    const QJsonObject prisma = json.value(QStringLiteral("prisma")).toObject();
    QCOMPARE(prisma.value(QStringLiteral("exitCode")).toInt(), 1);
    QCOMPARE(prisma.value(QStringLiteral("failed")).toArray().at(0).toString(),
             QStringLiteral("20240102000000_Unique"));
    QVERIFY(prisma.value(QStringLiteral("unapplied")).toArray().isEmpty());
    QCOMPARE(json.value(QStringLiteral("exitCode")).toInt(), 1);
}

void TestCli::statusTextOnDemo() {
    // Without --workspace the current folder is used; without --url the .env DATABASE_URL.
    const Run r = mwb({QStringLiteral("status")}, m_demo);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.contains(QStringLiteral("2 migrations found in prisma/migrations\nFollowing "
                                          "migration have failed:\n20240102000000_Unique\n")));
    QVERIFY(r.out.contains(
        QStringLiteral("prisma migrate resolve --rolled-back \"20240102000000_Unique\"")));
    QVERIFY(r.out.contains(QStringLiteral("20240102000000_Unique  [failed]")));
}

void TestCli::badInputsChangeNothing_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown command")
        << QStringList{QStringLiteral("frobnicate")} << 2 << "Unknown command";
    QTest::newRow("not a workspace")
        << QStringList{QStringLiteral("status"), QStringLiteral("--workspace"), QStringLiteral("/")}
        << 2 << "not a Prisma workspace";
    QTest::newRow("bad url") << QStringList{QStringLiteral("status"), QStringLiteral("--url"),
                                            QStringLiteral("oracle://x/y")}
                             << 2 << "Unknown URL scheme";
    QTest::newRow("mongodb") << QStringList{QStringLiteral("status"), QStringLiteral("--url"),
                                            QStringLiteral("mongodb://h/db")}
                             << 2 << "MongoDB";
    QTest::newRow("missing sqlite file")
        << QStringList{QStringLiteral("status"), QStringLiteral("--url"),
                       QStringLiteral("file:./typo.db")}
        << 3 << "does not exist";
    QTest::newRow("refused port")
        << QStringList{QStringLiteral("status"), QStringLiteral("--url"),
                       QStringLiteral("postgresql://u:hunter2@127.0.0.1:1/db?connect_timeout=2")}
        << 3 << "Cannot connect";
}

void TestCli::badInputsChangeNothing() {
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QByteArray before = TestData::readFile(m_demo + QStringLiteral("/prisma/dev.db"));
    const Run r = mwb(args, m_demo);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(!r.err.contains(QStringLiteral("hunter2")) &&
            !r.out.contains(QStringLiteral("hunter2")));
    QVERIFY(!QFile::exists(m_demo + QStringLiteral("/prisma/typo.db")));
    QCOMPARE(TestData::readFile(m_demo + QStringLiteral("/prisma/dev.db")), before);
}

void TestCli::upToDateOnServers_data() {
    QTest::addColumn<int>("kind");
    QTest::newRow("postgresql") << static_cast<int>(TestServers::Kind::Postgres);
    QTest::newRow("mariadb") << static_cast<int>(TestServers::Kind::MySql);
}

void TestCli::upToDateOnServers() {
    QFETCH(int, kind);
    QString reason;
    const auto k = static_cast<TestServers::Kind>(kind);
    const ConnectionSpec spec = TestServers::freshDatabase(k, &reason);
    if (!spec.isValid())
        MWB_SKIP_OR_FAIL(reason);
    const QString provider =
        k == TestServers::Kind::Postgres ? QStringLiteral("postgresql") : QStringLiteral("mysql");
    const QString ws = m_tmp.filePath(QStringLiteral("ws-") + provider);
    const QByteArray sql = "CREATE TABLE t (id INT);\n";
    QVERIFY(TestData::writeMigration(ws + QStringLiteral("/prisma/migrations"),
                                     QStringLiteral("20240101000000_init"), sql));
    QVERIFY(TestData::writeFile(ws + QStringLiteral("/prisma/migrations/migration_lock.toml"),
                                "provider = \"" + provider.toUtf8() + "\"\n"));
    QCOMPARE(
        TestServers::execute(
            spec, {TestData::migrationsTableDdl(provider),
                   QStringLiteral(
                       "INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, "
                       "started_at, applied_steps_count) VALUES ('a', '%1', CURRENT_TIMESTAMP(3), "
                       "'20240101000000_init', CURRENT_TIMESTAMP(3), 1)")
                       .arg(Checksum::record(sql))}),
        QString());
    const QString url = TestServers::url(spec);
    const Run r = mwb({QStringLiteral("status"), QStringLiteral("--workspace"), ws,
                       QStringLiteral("--url"), url});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY(r.out.contains(QStringLiteral("Database schema is up to date!")));
    QVERIFY2(!r.out.contains(spec.password) && !r.err.contains(spec.password),
             "the password never reaches the output");
    QVERIFY(r.out.contains(QStringLiteral("****")));
    // The same database against a wrong lock file: Prisma's P3019.
    QVERIFY(TestData::writeFile(ws + QStringLiteral("/prisma/migrations/migration_lock.toml"),
                                "provider = \"sqlite\"\n"));
    const Run mismatch = mwb({QStringLiteral("status"), QStringLiteral("--workspace"), ws,
                              QStringLiteral("--url"), url, QStringLiteral("--json")});
    QCOMPARE(mismatch.exitCode, 1);
    const QJsonObject prisma = QJsonDocument::fromJson(mismatch.out.toUtf8())
                                   .object()
                                   .value(QStringLiteral("prisma"))
                                   .toObject();
    QCOMPARE(
        prisma.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
        QStringLiteral("P3019"));
}

void TestCli::helpAndVersion() {
    const Run version = mwb({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith(QStringLiteral("mwb ")));
    const Run help = mwb({QStringLiteral("status"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QStringLiteral("--json")));
}

void TestCli::writesAreJournaled() {
    const QString ws = m_tmp.filePath(QStringLiteral("journaled"));
    QCOMPARE(mwb({QStringLiteral("demo"), ws}).exitCode, 0);
    const QString journal = m_tmp.filePath(QStringLiteral("journal.jsonl"));
    const Run dry = mwb({QStringLiteral("resolve"), QStringLiteral("--rolled-back"),
                         QStringLiteral("20240102000000_Unique"), QStringLiteral("--dry-run"),
                         QStringLiteral("--journal"), journal},
                        ws);
    QCOMPARE(dry.exitCode, 0);
    QVERIFY(dry.out.contains(QStringLiteral("rolled_back_at")));
    QVERIFY(!QFile::exists(journal)); // a preview writes nothing, so nothing is journaled
    const Run resolved = mwb({QStringLiteral("resolve"), QStringLiteral("--rolled-back"),
                              QStringLiteral("20240102000000_Unique"), QStringLiteral("--journal"),
                              journal, QStringLiteral("--environment"), QStringLiteral("staging")},
                             ws);
    QVERIFY2(resolved.exitCode == 0, qPrintable(resolved.err));
    QVERIFY(resolved.out.contains(
        QStringLiteral("Migration 20240102000000_Unique marked as rolled back.")));
    const Run refused =
        mwb({QStringLiteral("resolve"), QStringLiteral("--rolled-back"),
             QStringLiteral("20240102000000_Unique"), QStringLiteral("--journal"), journal},
            ws);
    QCOMPARE(refused.exitCode, 0); // Prisma's silent no-op: every row already rolled back
    const Run verify = mwb({QStringLiteral("journal"), QStringLiteral("verify"),
                            QStringLiteral("--journal"), journal});
    QCOMPARE(verify.exitCode, 0);
    QVERIFY(verify.out.contains(QStringLiteral("2 entr")));
    const Run show = mwb({QStringLiteral("journal"), QStringLiteral("show"),
                          QStringLiteral("--journal"), journal, QStringLiteral("--json")});
    const QJsonArray entries = QJsonDocument::fromJson(show.out.toUtf8()).array();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).toObject().value(QStringLiteral("environment")).toString(),
             QStringLiteral("staging"));
    QVERIFY(entries.at(0)
                .toObject()
                .value(QStringLiteral("statements"))
                .toArray()
                .at(1)
                .toString()
                .contains(QStringLiteral("rolled_back_at")));
    // Tampering: change the first entry's result.
    QByteArray content = TestData::readFile(journal);
    content.replace("marked as rolled back", "marked as applied");
    QVERIFY(TestData::writeFile(journal, content));
    const Run tampered = mwb({QStringLiteral("journal"), QStringLiteral("verify"),
                              QStringLiteral("--journal"), journal});
    QCOMPARE(tampered.exitCode, 1);
    QVERIFY(tampered.err.contains(QStringLiteral("line 1")));
}

void TestCli::interruptCancelsTheRunningStatement() {
    const QString script = m_tmp.filePath(QStringLiteral("endless.sql"));
    QVERIFY(TestData::writeFile(
        script, "SELECT 1;\nWITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
                "SELECT count(*) FROM c;\nSELECT 2;\n"));
    QProcess p;
    p.setWorkingDirectory(m_demo);
    p.start(QStringLiteral(MWB_CLI_PATH),
            {QStringLiteral("execute"), QStringLiteral("--no-journal"), QStringLiteral("--file"),
             script});
    QVERIFY(p.waitForStarted());
    QTest::qWait(1000);
    p.terminate(); // SIGTERM, handled like Ctrl+C
    QVERIFY(p.waitForFinished(20000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit); // cancelled cleanly, not killed
    QCOMPARE(p.exitCode(), 1);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(err.contains(QStringLiteral("Statement 2 (line 2, column 1)")), qPrintable(err));
}

void TestCli::diffOnDemo() {
    // The demo is the seed's partially applied migration: Post and User.email were created
    // before the unique index failed. Backward: the live database against the migrations
    // without the failed one (Prisma: --from-url … --to-migrations … --script).
    const QString unique = QStringLiteral("20240102000000_Unique");
    Run r = mwb({QStringLiteral("diff"), QStringLiteral("--from"), QStringLiteral("database"),
                 QStringLiteral("--to"), QStringLiteral("without:") + unique,
                 QStringLiteral("--script"), QStringLiteral("--exit-code")},
                m_demo);
    QVERIFY2(r.exitCode == 2, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(QStringLiteral("-- DropTable\nPRAGMA foreign_keys=off;\nDROP TABLE "
                                           "\"Post\";\nPRAGMA foreign_keys=on;\n")),
             qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("-- RedefineTables\n"))); // SQLite drops `email` so
    // As `prisma migrate diff --script`: no warnings comment in the script; ours go to stderr.
    QVERIFY(r.out.startsWith(QStringLiteral("-- DropTable\n")));
    QVERIFY2(r.err.contains(QStringLiteral("Warning: You are about to drop the `Post` table")),
             qPrintable(r.err));

    // Forward: only the unique index is missing, in Prisma's summary form.
    r = mwb({QStringLiteral("diff"), QStringLiteral("--from"), QStringLiteral("database"),
             QStringLiteral("--to"), QStringLiteral("migrations"), QStringLiteral("--exit-code")},
            m_demo);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QStringLiteral("\n[*] Changed the `User` table\n  [+] Added unique index on "
                                   "columns (name)\n"));
    r = mwb({QStringLiteral("diff"), QStringLiteral("--from"), QStringLiteral("database"),
             QStringLiteral("--to"), QStringLiteral("database")},
            m_demo);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("No difference detected.\n"));

    // The same as JSON, and the script to a file; the live database was only read.
    const QString out = m_tmp.filePath(QStringLiteral("forward.sql"));
    r = mwb({QStringLiteral("diff"), QStringLiteral("--from"), QStringLiteral("database"),
             QStringLiteral("--to"), QStringLiteral("migrations@") + unique,
             QStringLiteral("--script"), QStringLiteral("--verify"), QStringLiteral("-o"), out},
            m_demo);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QVERIFY(r.err.contains(QStringLiteral("Verified")));
    const QByteArray script = TestData::readFile(out);
    QVERIFY2(script.contains("CREATE UNIQUE INDEX \"User_name_key\""), script.constData());
    QVERIFY(!script.contains("CREATE TABLE"));
    r = mwb({QStringLiteral("diff"), QStringLiteral("--from"), QStringLiteral("empty"),
             QStringLiteral("--to"), QStringLiteral("database"), QStringLiteral("--json")},
            m_demo);
    QCOMPARE(r.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("empty")).toBool(true), false);
    QCOMPARE(json.value(QStringLiteral("changes"))
                 .toObject()
                 .value(QStringLiteral("addedTables"))
                 .toArray()
                 .toVariantList(),
             (QVariantList{QStringLiteral("Post"), QStringLiteral("User")}));
    QVERIFY(
        json.value(QStringLiteral("script")).toString().contains(QStringLiteral("-- CreateTable")));
    const Run status = mwb({QStringLiteral("status")}, m_demo);
    QVERIFY(status.out.contains(QStringLiteral("20240102000000_Unique  [failed]")));
}

void TestCli::diffRefusesBadSources() {
    struct Case {
        QStringList args;
        int exitCode;
        const char *mentions;
    };
    const QList<Case> cases{
        {{QStringLiteral("--from"), QStringLiteral("empty")}, 2, "both --from and --to"},
        {{QStringLiteral("--from"), QStringLiteral("nonsense"), QStringLiteral("--to"),
          QStringLiteral("empty")},
         2,
         "Unknown schema source 'nonsense'"},
        {{QStringLiteral("--from"), QStringLiteral("nonsense"), QStringLiteral("--to"),
          QStringLiteral("empty"), QStringLiteral("--exit-code")},
         1,
         "Unknown schema source"},
        {{QStringLiteral("--from"), QStringLiteral("migrations:/nonexistent/dir"),
          QStringLiteral("--to"), QStringLiteral("database")},
         2,
         "does not exist"},
        {{QStringLiteral("--from"), QStringLiteral("migrations@20990101000000_nope"),
          QStringLiteral("--to"), QStringLiteral("database")},
         2,
         "no migration named 20990101000000_nope"},
        {{QStringLiteral("--from"), QStringLiteral("url:postgresql://u:pw@127.0.0.1:1/x"),
          QStringLiteral("--to"), QStringLiteral("empty")},
         3,
         ""},
    };
    for (const Case &c : cases) {
        const Run r = mwb(QStringList{QStringLiteral("diff")} + c.args, m_demo);
        QVERIFY2(r.exitCode == c.exitCode, qPrintable(c.args.join(u' ') + QLatin1String(": ") +
                                                      QString::number(r.exitCode) + r.err));
        QVERIFY2(r.err.contains(QString::fromUtf8(c.mentions)), qPrintable(r.err));
        QVERIFY(!r.err.contains(QStringLiteral(":pw@")));
        QVERIFY(r.out.isEmpty());
    }
}

void TestCli::driftOnDemo() {
    // Only the init migration is applied; the failed one left Post and User.email behind: drift,
    // exactly what Prisma's migrate dev would report before resetting.
    const QString copy = m_tmp.filePath(QStringLiteral("drift-demo"));
    QCOMPARE(mwb({QStringLiteral("demo"), copy}).exitCode, 0);
    Run r = mwb({QStringLiteral("drift")}, copy);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.startsWith(QStringLiteral("Drift detected: Your database schema is not in sync "
                                            "with your migration history.")));
    QVERIFY2(r.out.endsWith(QStringLiteral("\n[+] Added tables\n  - Post\n\n[*] Changed the "
                                           "`User` table\n  [+] Added column `email`\n")),
             qPrintable(r.out));

    // The seed's hotfix: an index created by hand on the database shows up too.
    ConnectionSpec sqlite;
    sqlite.driver = ConnectionSpec::Driver::Sqlite;
    sqlite.database = copy + QStringLiteral("/prisma/dev.db");
    QCOMPARE(TestServers::execute(sqlite, {QStringLiteral("CREATE INDEX \"User_name_idx\" ON "
                                                          "\"User\"(\"name\")")}),
             QString());
    r = mwb({QStringLiteral("drift")}, copy);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.endsWith(QStringLiteral("  [+] Added column `email`\n  [+] Added index on "
                                           "columns (name)\n")),
             qPrintable(r.out));
    r = mwb({QStringLiteral("drift"), QStringLiteral("--script")}, copy);
    QVERIFY2(r.out.contains(QStringLiteral("CREATE INDEX \"User_name_idx\" ON \"User\"")),
             qPrintable(r.out));
    r = mwb({QStringLiteral("drift"), QStringLiteral("--json")}, copy);
    QCOMPARE(
        QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("drift")).toBool(),
        true);

    // Moving backward (to the migrations without the failed one) undoes the leftovers of the
    // failed migration and the hand-made index: no drift afterwards.
    r = mwb({QStringLiteral("diff"), QStringLiteral("--from"), QStringLiteral("database"),
             QStringLiteral("--to"), QStringLiteral("without:20240102000000_Unique"),
             QStringLiteral("-o"), copy + QStringLiteral("/backward.sql"),
             QStringLiteral("--script")},
            copy);
    QCOMPARE(r.exitCode, 0);
    r = mwb({QStringLiteral("execute"), QStringLiteral("--file"),
             copy + QStringLiteral("/backward.sql")},
            copy);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    r = mwb({QStringLiteral("drift")}, copy);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("No drift detected")), qPrintable(r.out));
}

void TestCli::scenarioSolvedThroughTheCli() {
    // Progress goes to the user's data folder: keep it inside the test.
    qputenv("XDG_DATA_HOME", m_tmp.filePath(QStringLiteral("xdg")).toUtf8());
    const QString dir = m_tmp.filePath(QStringLiteral("training-baseline"));
    Run r = mwb({QStringLiteral("scenario"), QStringLiteral("start"), QStringLiteral("7"),
                 QStringLiteral("--dir"), dir});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("Goal: ")));
    QVERIFY(r.out.contains(QStringLiteral("$ npx prisma migrate resolve --applied 0_init")));
    r = mwb({QStringLiteral("scenario"), QStringLiteral("check"), QStringLiteral("baseline")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.startsWith(QStringLiteral("Not solved yet: ")));

    // Baseline with the CLI alone: migrate diff --from-empty … > 0_init, then resolve --applied.
    QVERIFY(QDir().mkpath(dir + QStringLiteral("/prisma/migrations/0_init")));
    r = mwb({QStringLiteral("diff"), QStringLiteral("--from"), QStringLiteral("empty"),
             QStringLiteral("--to"), QStringLiteral("database"), QStringLiteral("--script"),
             QStringLiteral("-o"), dir + QStringLiteral("/prisma/migrations/0_init/migration.sql")},
            dir);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = mwb({QStringLiteral("resolve"), QStringLiteral("--applied"), QStringLiteral("0_init")},
            dir);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    r = mwb({QStringLiteral("scenario"), QStringLiteral("check"), QStringLiteral("7")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY(r.out.startsWith(QStringLiteral("Solved: ")));
    r = mwb({QStringLiteral("scenario"), QStringLiteral("list"), QStringLiteral("--json")});
    bool solved = false;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
        if (v.toObject().value(QStringLiteral("id")).toString() == QLatin1String("baseline"))
            solved = v.toObject().value(QStringLiteral("solved")).toBool();
    }
    QVERIFY(solved);
    r = mwb({QStringLiteral("scenario"), QStringLiteral("start"), QStringLiteral("nope")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("unknown scenario 'nope'")));
}

void TestCli::executeLintsTheScript() {
    const QString script = m_tmp.filePath(QStringLiteral("drop.sql"));
    QVERIFY(TestData::writeFile(script, "DROP TABLE \"Post\";\n"));
    Run r = mwb(
        {QStringLiteral("execute"), QStringLiteral("--file"), script, QStringLiteral("--dry-run")},
        m_demo);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains(QStringLiteral("Lint warning: drop.sql, statement at line 1: Drops "
                                           "table Post")),
             qPrintable(r.err));
    r = mwb({QStringLiteral("execute"), QStringLiteral("--file"), script,
             QStringLiteral("--dry-run"), QStringLiteral("--json")},
            m_demo);
    const QJsonArray lint =
        QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("lint")).toArray();
    QCOMPARE(lint.size(), 1);
    QCOMPARE(lint.at(0).toObject().value(QStringLiteral("rule")).toString(),
             QStringLiteral("drop-table"));
}

void TestCli::readinessCheckAfterAWrite() {
    // A real HTTP server in its own process (mwb blocks this test while it runs): Python's.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    QTemporaryDir root;
    QVERIFY(TestData::writeFile(root.filePath(QStringLiteral("ready")), "ok\n"));
    QProcess http;
    http.setWorkingDirectory(root.path());
    http.start(QStringLiteral("python3"),
               {QStringLiteral("-m"), QStringLiteral("http.server"), QString::number(port),
                QStringLiteral("--bind"), QStringLiteral("127.0.0.1")});
    if (!http.waitForStarted(5000))
        MWB_SKIP_OR_FAIL(QStringLiteral("python3 is not available for the HTTP responder"));
    QTcpSocket socket;
    QTRY_VERIFY_WITH_TIMEOUT(
        (socket.connectToHost(QHostAddress::LocalHost, port), socket.waitForConnected(200)), 10000);
    socket.close();

    const QString script = m_tmp.filePath(QStringLiteral("noop.sql"));
    QVERIFY(TestData::writeFile(script, "SELECT 1;\n"));
    const QString journal = m_tmp.filePath(QStringLiteral("ready-journal.jsonl"));
    const QString base = QStringLiteral("http://127.0.0.1:%1/").arg(port);
    Run r = mwb({QStringLiteral("execute"), QStringLiteral("--file"), script,
                 QStringLiteral("--journal"), journal, QStringLiteral("--ready-url"),
                 base + QStringLiteral("ready")},
                m_demo);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Readiness check passed")), qPrintable(r.out));
    r = mwb({QStringLiteral("execute"), QStringLiteral("--file"), script,
             QStringLiteral("--journal"), journal, QStringLiteral("--ready-url"),
             base + QStringLiteral("health/ready")},
            m_demo);
    QCOMPARE(r.exitCode, 1); // 404: the write happened, the application is not ready
    QVERIFY2(r.err.contains(QStringLiteral("Readiness check FAILED")), qPrintable(r.err));
    r = mwb({QStringLiteral("journal"), QStringLiteral("show"), QStringLiteral("--journal"),
             journal, QStringLiteral("--json")});
    QVERIFY2(r.out.count(QStringLiteral("readiness-check")) == 2, qPrintable(r.out));
    http.kill();
    http.waitForFinished(5000);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
