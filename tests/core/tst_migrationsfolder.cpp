// SPDX-License-Identifier: GPL-3.0-or-later
#include "testdata.h"
#include "workspace/checksum.h"
#include "workspace/migrationsfolder.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

class TestMigrationsFolder : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void missingFolderIsEmpty();
    void fileInsteadOfFolderIsAnError();
    void everySubdirectoryInByteOrder();
    void problemsAreReportedPerMigration();
    void unreadableScript();
    void lockFileProvider_data();
    void lockFileProvider();
    void cancelStopsBetweenMigrations();
};

void TestMigrationsFolder::missingFolderIsEmpty() {
    QTemporaryDir tmp;
    const auto scan = MigrationsFolder::scan(tmp.filePath(QStringLiteral("nope")));
    QVERIFY(!scan.exists);
    QVERIFY(scan.error.isEmpty());
    QVERIFY(scan.migrations.isEmpty());
}

void TestMigrationsFolder::fileInsteadOfFolderIsAnError() {
    QTemporaryDir tmp;
    const QString file = tmp.filePath(QStringLiteral("migrations"));
    QVERIFY(TestData::writeFile(file, "x"));
    const auto scan = MigrationsFolder::scan(file);
    QVERIFY(scan.error.contains(QStringLiteral("not a directory")));
    QVERIFY(scan.migrations.isEmpty());
}

void TestMigrationsFolder::everySubdirectoryInByteOrder() {
    QTemporaryDir tmp;
    const QString dir = tmp.path();
    // Byte order: digits < uppercase < '_' < lowercase < non-ASCII (UTF-8 lead bytes).
    const QStringList names{QStringLiteral("20240102000000_b"),
                            QStringLiteral("0_init"),
                            QStringLiteral("20240101000000_a"),
                            QStringLiteral("Zeta"),
                            QStringLiteral("alpha"),
                            QStringLiteral("\u00e9t\u00e9"),
                            QStringLiteral(".hidden"),
                            QStringLiteral("20240101000000_B")};
    for (const QString &n : names)
        QVERIFY(TestData::writeMigration(dir, n, "SELECT 1;\n"));
    QVERIFY(TestData::writeFile(dir + QStringLiteral("/migration_lock.toml"),
                                "provider = \"sqlite\"\n"));
    QVERIFY(TestData::writeFile(dir + QStringLiteral("/README.md"), "not a migration"));
    QVERIFY(QFile::link(dir + QStringLiteral("/alpha"), dir + QStringLiteral("/linked")));

    const auto scan = MigrationsFolder::scan(dir);
    QStringList got;
    for (const auto &m : scan.migrations)
        got << m.name;
    const QStringList expected{QStringLiteral(".hidden"),
                               QStringLiteral("0_init"),
                               QStringLiteral("20240101000000_B"),
                               QStringLiteral("20240101000000_a"),
                               QStringLiteral("20240102000000_b"),
                               QStringLiteral("Zeta"),
                               QStringLiteral("alpha"),
                               QStringLiteral("\u00e9t\u00e9")};
    QCOMPARE(got, expected);
    QCOMPARE(scan.lock.provider, QStringLiteral("sqlite"));
    const auto &init = scan.migrations.at(1);
    QCOMPARE(init.checksum, Checksum::record("SELECT 1;\n"));
    QCOMPARE(init.problems, int(LocalMigration::NoProblem));
    QVERIFY(scan.migrations.at(0).problems & LocalMigration::UnusualName);
    QVERIFY(scan.migrations.at(7).problems & LocalMigration::UnusualName);
}

void TestMigrationsFolder::problemsAreReportedPerMigration() {
    QTemporaryDir tmp;
    const QString dir = tmp.path();
    QVERIFY(QDir(dir).mkpath(QStringLiteral("1_noscript")));
    QVERIFY(TestData::writeMigration(dir, QStringLiteral("2_empty"), QByteArray()));
    const QByteArray latin1 = "INSERT INTO t VALUES ('caf\xe9');\n";
    QVERIFY(TestData::writeMigration(dir, QStringLiteral("3_latin1"), latin1));
    QVERIFY(QDir(dir).mkpath(QStringLiteral("4_dirscript/migration.sql")));
    QVERIFY(TestData::writeMigration(dir, QStringLiteral("5_ok"), "SELECT 1;"));

    const auto scan = MigrationsFolder::scan(dir);
    QCOMPARE(scan.migrations.size(), 5);
    const auto &noScript = scan.migrations.at(0);
    QVERIFY(noScript.problems & LocalMigration::MissingScript);
    QVERIFY(!noScript.hasScript());
    QVERIFY(noScript.problemText.contains(QStringLiteral("P3015")));
    const auto &empty = scan.migrations.at(1);
    QVERIFY(empty.problems & LocalMigration::EmptyScript);
    QCOMPARE(empty.checksum, Checksum::record(QByteArray()));
    const auto &nonUtf8 = scan.migrations.at(2);
    QVERIFY(nonUtf8.problems & LocalMigration::NotUtf8);
    // Hashed like Prisma's Node reader: the invalid byte becomes U+FFFD.
    QCOMPARE(nonUtf8.checksum, Checksum::record("INSERT INTO t VALUES ('caf\xef\xbf\xbd');\n"));
    QVERIFY(scan.migrations.at(3).problems & LocalMigration::UnreadableScript);
    QCOMPARE(scan.migrations.at(4).problems, int(LocalMigration::NoProblem));
}

void TestMigrationsFolder::unreadableScript() {
    if (::geteuid() == 0)
        QSKIP("running as root: file permissions do not stop reads");
    QTemporaryDir tmp;
    QVERIFY(TestData::writeMigration(tmp.path(), QStringLiteral("1_secret"), "SELECT 1;"));
    QFile::setPermissions(tmp.filePath(QStringLiteral("1_secret/migration.sql")),
                          QFileDevice::Permissions());
    const auto scan = MigrationsFolder::scan(tmp.path());
    QVERIFY(scan.migrations.at(0).problems & LocalMigration::UnreadableScript);
}

void TestMigrationsFolder::lockFileProvider_data() {
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("provider");
    QTest::newRow("prisma's file")
        << QByteArray("# Please do not edit this file manually\n# It should be "
                      "added in your version-control system (e.g., Git)\n"
                      "provider = \"postgresql\"\n")
        << QStringLiteral("postgresql");
    QTest::newRow("no provider line") << QByteArray("# nothing\n") << LockFile::ProviderNotFound;
    QTest::newRow("unquoted") << QByteArray("provider = mysql\n") << QStringLiteral("mysql");
    QTest::newRow("CRLF") << QByteArray("provider = \"sqlite\"\r\n") << QStringLiteral("sqlite");
    QTest::newRow("first line wins")
        << QByteArray("provider = \"mysql\"\nprovider = \"sqlite\"\n") << QStringLiteral("mysql");
}

void TestMigrationsFolder::lockFileProvider() {
    QFETCH(QByteArray, content);
    QFETCH(QString, provider);
    const LockFile lock = LockFile::parse(content);
    QVERIFY(lock.present);
    QCOMPARE(lock.provider, provider);
    QCOMPARE(lock.allows(provider), true);
    QCOMPARE(lock.allows(QStringLiteral("cockroachdb")), false);
    QVERIFY(LockFile().allows(QStringLiteral("anything")));
}

void TestMigrationsFolder::cancelStopsBetweenMigrations() {
    QTemporaryDir tmp;
    for (int i = 0; i < 10; ++i)
        QVERIFY(TestData::writeMigration(tmp.path(), QStringLiteral("%1_m").arg(i), "SELECT 1;"));
    std::atomic_bool cancel{true};
    const auto scan = MigrationsFolder::scan(tmp.path(), &cancel);
    QVERIFY(scan.cancelled);
    QVERIFY(scan.migrations.isEmpty());
}

QTEST_GUILESS_MAIN(TestMigrationsFolder)
#include "tst_migrationsfolder.moc"
