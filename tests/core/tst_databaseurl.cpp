// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/databaseurl.h"

#include <QTest>

class TestDatabaseUrl : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void good_data();
    void good();
    void bad_data();
    void bad();
    void redactedUrlHidesPassword();
};

void TestDatabaseUrl::good_data() {
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("schema");
    QTest::newRow("postgres full")
        << "postgresql://app:s3cret@db.example.com:6543/shop?schema=sales&sslmode=require"
        << "postgresql"
        << "db.example.com" << 6543 << "shop"
        << "app"
        << "s3cret"
        << "sales";
    QTest::newRow("postgres default port and schema") << "postgres://u@localhost/db"
                                                      << "postgresql"
                                                      << "localhost" << 5432 << "db"
                                                      << "u"
                                                      << ""
                                                      << "public";
    QTest::newRow("percent-encoded credentials") << "postgresql://us%40er:p%40ss%2Fw%3Ard@h/db"
                                                 << "postgresql"
                                                 << "h" << 5432 << "db"
                                                 << "us@er"
                                                 << "p@ss/w:rd"
                                                 << "public";
    QTest::newRow("ipv6") << "postgresql://u:p@[::1]:5433/db"
                          << "postgresql"
                          << "::1" << 5433 << "db"
                          << "u"
                          << "p"
                          << "public";
    QTest::newRow("mysql") << "mysql://root:pw@127.0.0.1:3307/app"
                           << "mysql"
                           << "127.0.0.1" << 3307 << "app"
                           << "root"
                           << "pw"
                           << "";
    QTest::newRow("mysql default port") << "mysql://root@db/app?connection_limit=5"
                                        << "mysql"
                                        << "db" << 3306 << "app"
                                        << "root"
                                        << ""
                                        << "";
}

void TestDatabaseUrl::good() {
    QFETCH(QString, url);
    QFETCH(QString, provider);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, database);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, schema);
    const auto r = DatabaseUrl::parse(url, QStringLiteral("/ws/prisma"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.spec.provider(), provider);
    QCOMPARE(r.spec.host, host);
    QCOMPARE(r.spec.port, port);
    QCOMPARE(r.spec.database, database);
    QCOMPARE(r.spec.user, user);
    QCOMPARE(r.spec.password, password);
    QCOMPARE(r.spec.schema, schema);
}

void TestDatabaseUrl::bad_data() {
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty") << ""
                           << "empty";
    QTest::newRow("no scheme") << "localhost/db"
                               << "no scheme";
    QTest::newRow("unknown scheme") << "oracle://x/y"
                                    << "oracle";
    QTest::newRow("mongodb") << "mongodb+srv://u:p@cluster/db"
                             << "MongoDB";
    QTest::newRow("sqlserver") << "sqlserver://localhost:1433;database=x"
                               << "SQL Server";
    QTest::newRow("no database") << "postgresql://u@host"
                                 << "database name";
    QTest::newRow("no host") << "postgresql:///db"
                             << "no host";
    QTest::newRow("bad port") << "postgresql://u@host:99999/db"
                              << "";
    QTest::newRow("slash in db") << "mysql://u@h/a/b"
                                 << "slash";
    QTest::newRow("bad timeout") << "postgresql://u@h/db?connect_timeout=soon"
                                 << "connect_timeout";
    QTest::newRow("file without path") << "file:"
                                       << "no path";
}

void TestDatabaseUrl::bad() {
    QFETCH(QString, url);
    QFETCH(QString, mentions);
    const auto r = DatabaseUrl::parse(url, QString());
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(mentions), qPrintable(r.error));
    QVERIFY2(!r.error.contains(QStringLiteral("p@ss")), "errors never echo passwords");
}

void TestDatabaseUrl::redactedUrlHidesPassword() {
    auto r = DatabaseUrl::parse(QStringLiteral("postgresql://app:topsecret@h:5432/db?schema=s"),
                                QString());
    QVERIFY(r.ok());
    QVERIFY(!r.spec.redactedUrl().contains(QStringLiteral("topsecret")));
    QVERIFY(r.spec.redactedUrl().contains(QStringLiteral("****")));
    r.spec.password.clear(); // wiped after connecting: still shown as redacted, never as absent
    QVERIFY(r.spec.redactedUrl().contains(QStringLiteral("****")));
    QVERIFY(!r.spec.displayName().contains(QStringLiteral("topsecret")));

    const auto file =
        DatabaseUrl::parse(QStringLiteral("file:./dev.db"), QStringLiteral("/ws/prisma"));
    QVERIFY(file.ok());
    QCOMPARE(file.spec.provider(), QStringLiteral("sqlite"));
    QCOMPARE(file.spec.database,
             QStringLiteral("/ws/prisma/dev.db")); // relative to the schema file
    const auto abs = DatabaseUrl::parse(QStringLiteral("file:/data/app.db?connection_limit=1"),
                                        QStringLiteral("/ws"));
    QCOMPARE(abs.spec.database, QStringLiteral("/data/app.db"));
    const auto up =
        DatabaseUrl::parse(QStringLiteral("file:../dev.db"), QStringLiteral("/ws/prisma"));
    QCOMPARE(up.spec.database, QStringLiteral("/ws/dev.db"));
}

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "tst_databaseurl.moc"
