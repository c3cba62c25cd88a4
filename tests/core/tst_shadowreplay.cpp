// SPDX-License-Identifier: GPL-3.0-or-later
// Migrations replayed on a shadow database (in memory on SQLite, a temporary database on the
// PostgreSQL and MariaDB test servers), then introspected: all, without one, up to one, and a
// migration that fails (Prisma's P3006); the shadow database is gone afterwards.
#include "schema/schemadiffer.h"
#include "schema/schemasummary.h"
#include "schema/shadowreplay.h"
#include "testdata.h"
#include "testservers.h"

#include <QTemporaryDir>
#include <QTest>

class TestShadowReplay : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void replay_data();
    void replay();

private:
    QTemporaryDir m_tmp;
};

void TestShadowReplay::replay_data() {
    QTest::addColumn<int>("driver");
    QTest::newRow("sqlite") << static_cast<int>(ConnectionSpec::Driver::Sqlite);
    QTest::newRow("postgresql") << static_cast<int>(ConnectionSpec::Driver::Postgres);
    QTest::newRow("mariadb") << static_cast<int>(ConnectionSpec::Driver::MySql);
}

void TestShadowReplay::replay() {
    QFETCH(int, driver);
    const auto d = static_cast<ConnectionSpec::Driver>(driver);
    ConnectionSpec server;
    if (d == ConnectionSpec::Driver::Sqlite) {
        server.driver = d;
        server.database = m_tmp.filePath(QStringLiteral("unused.db"));
    } else {
        QString reason;
        server =
            TestServers::server(d == ConnectionSpec::Driver::Postgres ? TestServers::Kind::Postgres
                                                                      : TestServers::Kind::MySql,
                                &reason);
        if (!server.isValid())
            MWB_SKIP_OR_FAIL(reason);
    }
    const bool mysql = d == ConnectionSpec::Driver::MySql;
    auto q = [mysql](QByteArray sql) {
        if (mysql) {
            sql.replace('"', '`');
            sql.replace("`name` TEXT", "`name` VARCHAR(191)");
        }
        return sql;
    };
    const QString dir = m_tmp.filePath(QStringLiteral("migrations-%1").arg(driver));
    TestData::writeMigration(dir, QStringLiteral("20240101000000_init"),
                             q("CREATE TABLE \"User\" (\"id\" INTEGER NOT NULL PRIMARY KEY, "
                               "\"name\" TEXT NOT NULL);\n"));
    TestData::writeMigration(dir, QStringLiteral("20240102000000_Unique"),
                             q("ALTER TABLE \"User\" ADD COLUMN \"email\" TEXT;\nCREATE TABLE "
                               "\"Post\" (\"id\" INTEGER NOT NULL "
                               "PRIMARY KEY, \"title\" TEXT NOT NULL);\nCREATE UNIQUE INDEX "
                               "\"User_name_key\" ON \"User\"(\"name\");\n"));
    const MigrationsFolderScan folder = MigrationsFolder::scan(dir);

    const ShadowReplay::Result all = ShadowReplay::replay(server, folder, {});
    QVERIFY2(all.ok(), qPrintable(all.error.message));
    QCOMPARE(all.replayed.size(), 2);
    QVERIFY(all.schema.table(QStringLiteral("Post")));
    QVERIFY(all.schema.table(QStringLiteral("User"))->column(QStringLiteral("email")));

    // The seed 003 "move backward" target: the folder without the failed migration.
    ShadowReplay::Options withoutUnique;
    withoutUnique.without = QStringLiteral("20240102000000_Unique");
    ShadowReplay::Options upToInit;
    upToInit.upTo = QStringLiteral("20240101000000_init");
    const ShadowReplay::Result without = ShadowReplay::replay(server, folder, withoutUnique);
    QVERIFY2(without.ok(), qPrintable(without.error.message));
    QCOMPARE(without.replayed, QStringList{QStringLiteral("20240101000000_init")});
    const ShadowReplay::Result upTo = ShadowReplay::replay(server, folder, upToInit);
    QCOMPARE(upTo.replayed, QStringList{QStringLiteral("20240101000000_init")});
    // What moving backward would undo, in Prisma's words.
    // SQLite cannot drop the column in place, so Prisma rebuilds the table and says so.
    QCOMPARE(
        SchemaSummary::render(SchemaDiffer::diff(all.schema, without.schema)),
        d == ConnectionSpec::Driver::Sqlite
            ? QStringLiteral("\n[-] Removed tables\n  - Post\n\n[*] Redefined table `User`\n")
            : QStringLiteral("\n[-] Removed tables\n  - Post\n\n[*] Changed the `User` table\n"
                             "  [-] Removed unique index on columns (name)\n  [-] Removed column "
                             "`email`\n"));

    // A migration that cannot apply: P3006 naming it, and the statement.
    TestData::writeMigration(dir, QStringLiteral("20240103000000_broken"),
                             "ALTER TABLE nope ADD COLUMN x INTEGER;\n");
    const ShadowReplay::Result broken =
        ShadowReplay::replay(server, MigrationsFolder::scan(dir), {});
    QVERIFY(!broken.ok());
    QCOMPARE(broken.error.nativeCode, QStringLiteral("P3006"));
    QCOMPARE(broken.failedMigration, QStringLiteral("20240103000000_broken"));
    QVERIFY(broken.error.message.contains(
        QStringLiteral("failed to apply cleanly to the shadow database")));
    QVERIFY2(broken.cleanupError.isEmpty(), qPrintable(broken.cleanupError));
    QVERIFY2(all.cleanupError.isEmpty(), qPrintable(all.cleanupError));

    if (d == ConnectionSpec::Driver::Sqlite)
        return;
    // No shadow database is left behind on the server.
    QVERIFY(all.shadowDatabase.startsWith(QStringLiteral("prisma_migrate_shadow_db_")));
    if (mysql) // USE fails for a database that no longer exists
        QVERIFY(
            !TestServers::execute(server, {QStringLiteral("USE `%1`").arg(broken.shadowDatabase)})
                 .isEmpty());
    else { // raises only if the database still exists
        const QString left = TestServers::execute(
            server,
            {QStringLiteral(
                 "DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_database WHERE datname = '%1') THEN "
                 "RAISE EXCEPTION 'left behind'; END IF; END $$")
                 .arg(broken.shadowDatabase)});
        QVERIFY2(left.isEmpty(), qPrintable(left));
    }
}

QTEST_GUILESS_MAIN(TestShadowReplay)
#include "tst_shadowreplay.moc"
