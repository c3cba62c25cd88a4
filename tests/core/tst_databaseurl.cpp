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
    void warnings_data();
    void warnings();
    void parameters();
    void errorsNeverEchoCredentials_data();
    void errorsNeverEchoCredentials();
    void recognisedButUnsupported();
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
    QTest::newRow("postgres unix socket, no host")
        << "postgresql://app@/shop?host=/var/run/postgresql"
        << "postgresql"
        << "" << 5432 << "shop"
        << "app"
        << ""
        << "public";
    QTest::newRow("postgres prisma pool parameters")
        << "postgres://app:pw@db:5432/shop?schema=s&connection_limit=5&pool_timeout=10"
           "&statement_cache_size=0&socket_timeout=30&application_name=web"
           "&options=-c%20search_path%3Ds&connect_timeout=3"
        << "postgresql"
        << "db" << 5432 << "shop"
        << "app"
        << "pw"
        << "s";
    QTest::newRow("postgres ssl parameters")
        << "postgresql://app:pw@db/shop?sslmode=require&sslcert=ca.pem&sslidentity=id.p12"
           "&sslpassword=idpw&sslaccept=strict"
        << "postgresql"
        << "db" << 5432 << "shop"
        << "app"
        << "pw"
        << "public";
    QTest::newRow("cockroachdb scheme") << "cockroachdb://root@crdb/defaultdb?sslmode=disable"
                                        << "postgresql"
                                        << "crdb" << 26257 << "defaultdb"
                                        << "root"
                                        << ""
                                        << "public";
    QTest::newRow("mysql socket, sslaccept, connection_limit")
        << "mysql://root:pw@localhost/app?socket=/run/mysqld/mysqld.sock&sslaccept=strict"
           "&connection_limit=3"
        << "mysql"
        << "localhost" << 3306 << "app"
        << "root"
        << "pw"
        << "";
    QTest::newRow("mysql ipv6") << "mysql://u:p@[::1]:3307/app"
                                << "mysql"
                                << "::1" << 3307 << "app"
                                << "u"
                                << "p"
                                << "";
    QTest::newRow("ipv6 default port") << "postgresql://u@[2001:db8::5]/db"
                                       << "postgresql"
                                       << "2001:db8::5" << 5432 << "db"
                                       << "u"
                                       << ""
                                       << "public";
    QTest::newRow("unencoded @ in password (last @ ends the user info)")
        << "postgresql://u:p@ss@h/db"
        << "postgresql"
        << "h" << 5432 << "db"
        << "u"
        << "p@ss"
        << "public";
    QTest::newRow("percent-encoded space and plus") << "mysql://a%20b:c%2Bd%25@h/db"
                                                    << "mysql"
                                                    << "h" << 3306 << "db"
                                                    << "a b"
                                                    << "c+d%"
                                                    << "";
    QTest::newRow("pgbouncer (warns, still parses)") << "postgresql://u:p@h:6432/db?pgbouncer=true"
                                                     << "postgresql"
                                                     << "h" << 6432 << "db"
                                                     << "u"
                                                     << "p"
                                                     << "public";
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
    QTest::newRow("port not a number") << "postgresql://u:p@ss@h:abc/db"
                                       << "port is not a number";
    QTest::newRow("port out of range") << "postgresql://u@h:70000/db"
                                       << "port is out of range";
    QTest::newRow("port zero") << "mysql://u@h:0/db"
                               << "port is out of range";
    QTest::newRow("port empty") << "postgresql://u@h:/db"
                                << "port is empty";
    QTest::newRow("empty host") << "postgresql://u:p@ss@:5432/db"
                                << "host is empty";
    QTest::newRow("empty host with user") << "mysql://root@/db"
                                          << "host is empty";
    QTest::newRow("missing //") << "postgresql:u@h/db"
                                << "Expected \"//\" after \"postgresql:\"";
    QTest::newRow("missing // mysql") << "mysql:/h/db"
                                      << "Expected \"//\"";
    QTest::newRow("bad percent-encoding in password") << "postgresql://u:p@ss%zz@h/db"
                                                      << "password has a malformed";
    QTest::newRow("bad percent-encoding at the end") << "postgresql://u:p@ss%4@h/db"
                                                     << "password has a malformed";
    QTest::newRow("bad percent-encoding in user") << "postgresql://u%g1:x@h/db"
                                                  << "user name has a malformed";
    QTest::newRow("percent-encoding that is not UTF-8") << "postgresql://u%ff:x@h/db"
                                                        << "user name has a malformed";
    QTest::newRow("bad percent-encoding in database") << "postgresql://u@h/d%b"
                                                      << "database name has a malformed";
    QTest::newRow("bad percent-encoding in query") << "postgresql://u@h/db?application_name=100%"
                                                   << "query";
    QTest::newRow("empty schema") << "postgresql://u@h/db?schema="
                                  << "schema parameter is empty";
    QTest::newRow("bad sslmode") << "postgresql://u@h/db?sslmode=always"
                                 << "sslmode must be one of";
    QTest::newRow("bad sslaccept") << "mysql://u@h/db?sslaccept=yes"
                                   << "sslaccept must be";
    QTest::newRow("unencoded slash in password") << "postgresql://u:p@ss/w@h/db"
                                                 << "percent-encode";
    QTest::newRow("unencoded question mark in password") << "postgresql://u:p@ss?w@h/db"
                                                         << "percent-encode";
    QTest::newRow("ipv6 without brackets") << "postgresql://u@::1:5432/db"
                                           << "brackets";
    QTest::newRow("ipv6 without closing bracket") << "postgresql://u@[::1:5432/db"
                                                  << "closing \"]\"";
    QTest::newRow("not an ipv6 address") << "postgresql://u@[db.local]:5432/db"
                                         << "not an IPv6 address";
    QTest::newRow("several hosts") << "postgresql://u@h1:5432,h2:5432/db"
                                   << "Several hosts";
    QTest::newRow("space in host") << "postgresql://u@my host/db"
                                   << "host name";
    QTest::newRow("mongodb") << "mongodb://u:p@ss@h:27017/db"
                             << "MongoDB is not supported by Prisma Migrate, which manages only "
                                "SQL databases; use prisma db push";
    QTest::newRow("mongodb+srv, Prisma's advice") << "mongodb+srv://u:p@ss@cluster0.x.net/db"
                                                  << "prisma db push";
    QTest::newRow("sqlserver with credentials")
        << "sqlserver://localhost:1433;database=shop;user=sa;password=p@ss;encrypt=true"
        << "not supported by Migration Workbench yet";
    QTest::newRow("prisma accelerate") << "prisma://accelerate.prisma-data.net/?api_key=p@ss"
                                       << "direct URL";
    QTest::newRow("prisma postgres") << "prisma+postgres://localhost:51213/?api_key=p@ss"
                                     << "Accelerate";
    QTest::newRow("sqlite scheme") << "sqlite://./dev.db"
                                   << "file:./dev.db";
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

void TestDatabaseUrl::warnings_data() {
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("mentions"); // empty: no warning at all
    QTest::newRow("plain postgres") << "postgresql://u:p@db.example.com/app"
                                    << "";
    QTest::newRow("plain mysql on a pooler-like port") << "mysql://u@h:6543/app"
                                                       << "";
    QTest::newRow("cockroachdb scheme") << "cockroachdb://root@crdb:26257/defaultdb"
                                        << "CockroachDB has no advisory locks";
    QTest::newRow("cockroachdb port") << "postgresql://root@crdb:26257/defaultdb"
                                      << "CockroachDB";
    QTest::newRow("pgbouncer parameter") << "postgresql://u@h/db?pgbouncer=true"
                                         << "pgbouncer=true";
    QTest::newRow("pgbouncer port") << "postgresql://u@h:6432/db"
                                    << "6432";
    QTest::newRow("supabase transaction pooler")
        << "postgresql://postgres.ref:pw@aws-0-eu-central-1.pooler.supabase.com:6543/postgres"
        << "Prisma Migrate needs a direct connection";
    QTest::newRow("supabase pooler host") << "postgresql://u@aws-0-eu.pooler.supabase.com/postgres"
                                          << "Supabase";
    QTest::newRow("neon pooler host")
        << "postgresql://u@ep-cool-darkness-123456-pooler.us-east-2.aws.neon.tech/neondb"
        << "Neon";
    QTest::newRow("sslidentity") << "postgresql://u@h/db?sslidentity=client.p12"
                                 << "sslidentity";
    QTest::newRow("sslpassword is dropped") << "mysql://u@h/db?sslpassword=secret"
                                            << "sslpassword was dropped";
}

void TestDatabaseUrl::warnings() {
    QFETCH(QString, url);
    QFETCH(QString, mentions);
    const auto r = DatabaseUrl::parse(url, QString());
    QVERIFY2(r.ok(), qPrintable(r.error));
    if (mentions.isEmpty()) {
        QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join(QLatin1Char('\n'))));
        return;
    }
    QVERIFY2(r.warnings.join(QLatin1Char('\n')).contains(mentions),
             qPrintable(r.warnings.join(QLatin1Char('\n'))));
}

void TestDatabaseUrl::parameters() {
    const auto pg = DatabaseUrl::parse(
        QStringLiteral("postgresql://app@db/shop?sslmode=verify-full&sslcert=certs/ca.pem"
                       "&host=/var/run/postgresql&connect_timeout=12&connection_limit=5"
                       "&pgbouncer=true&options=-c%20statement_timeout%3D0&sslaccept=strict"
                       "&sslidentity=id.p12&sslpassword=secret&application_name=a%26b"),
        QStringLiteral("/ws/prisma"));
    QVERIFY2(pg.ok(), qPrintable(pg.error));
    QCOMPARE(pg.spec.sslMode, QStringLiteral("verify-full"));
    QCOMPARE(pg.spec.sslRootCert, QStringLiteral("/ws/prisma/certs/ca.pem")); // like file:
    QCOMPARE(pg.spec.socketDir, QStringLiteral("/var/run/postgresql"));
    QCOMPARE(pg.spec.connectTimeoutSeconds, 12);
    const QUrlQuery &extra = pg.spec.extraParameters;
    QCOMPARE(extra.queryItemValue(QStringLiteral("connection_limit")), QStringLiteral("5"));
    QCOMPARE(extra.queryItemValue(QStringLiteral("pgbouncer")), QStringLiteral("true"));
    QCOMPARE(extra.queryItemValue(QStringLiteral("options"), QUrl::FullyDecoded),
             QStringLiteral("-c statement_timeout=0"));
    QCOMPARE(extra.queryItemValue(QStringLiteral("application_name"), QUrl::FullyDecoded),
             QStringLiteral("a&b"));
    // PostgreSQL's sslaccept is Prisma's, not libpq's sslmode: kept, not interpreted.
    QCOMPARE(extra.queryItemValue(QStringLiteral("sslaccept")), QStringLiteral("strict"));
    QCOMPARE(extra.queryItemValue(QStringLiteral("sslidentity")), QStringLiteral("id.p12"));
    QVERIFY(!extra.hasQueryItem(QStringLiteral("sslpassword")));
    QVERIFY(!pg.spec.redactedUrl().contains(QStringLiteral("secret")));
    QVERIFY(!extra.hasQueryItem(QStringLiteral("schema")));
    QVERIFY(!extra.hasQueryItem(QStringLiteral("host")));

    const auto my = DatabaseUrl::parse(
        QStringLiteral(
            "mysql://root@localhost/app?socket=/run/mysqld/mysqld.sock"
            "&sslaccept=accept_invalid_certs&sslcert=/etc/ssl/ca.pem&connection_limit=3"),
        QString());
    QVERIFY2(my.ok(), qPrintable(my.error));
    QCOMPARE(my.spec.socketDir, QStringLiteral("/run/mysqld/mysqld.sock"));
    QCOMPARE(my.spec.sslMode, QStringLiteral("accept_invalid_certs"));
    QCOMPARE(my.spec.sslRootCert, QStringLiteral("/etc/ssl/ca.pem"));
    QCOMPARE(my.spec.extraParameters.queryItemValue(QStringLiteral("connection_limit")),
             QStringLiteral("3"));
    QCOMPARE(my.spec.schema, QString());

    const auto upper = DatabaseUrl::parse(QStringLiteral("POSTGRESQL://u@DB.Example.COM/db"), {});
    QVERIFY2(upper.ok(), qPrintable(upper.error));
    QCOMPARE(upper.spec.host, QStringLiteral("db.example.com"));
}

void TestDatabaseUrl::errorsNeverEchoCredentials_data() {
    QTest::addColumn<QString>("url");
    QTest::newRow("port") << "postgresql://admin:hunter2@h:abc/db";
    QTest::newRow("port range") << "postgresql://admin:hunter2@h:99999/db";
    QTest::newRow("empty host") << "postgresql://admin:hunter2@/db";
    QTest::newRow("percent") << "postgresql://admin:hunter2%zz@h/db";
    QTest::newRow("slash") << "postgresql://admin:hunter2/x@h/db";
    QTest::newRow("colon") << "postgresql://admin:hunter2";
    QTest::newRow("schema") << "postgresql://admin:hunter2@h/db?schema=";
    QTest::newRow("ipv6") << "postgresql://admin:hunter2@[zz]/db";
    QTest::newRow("sqlserver") << "sqlserver://h:1433;database=d;user=admin;password=hunter2";
    QTest::newRow("mongodb") << "mongodb://admin:hunter2@h/db";
    QTest::newRow("accelerate") << "prisma://admin:hunter2@accelerate.prisma-data.net/";
    QTest::newRow("no database") << "mysql://admin:hunter2@h";
}

void TestDatabaseUrl::errorsNeverEchoCredentials() {
    QFETCH(QString, url);
    const auto r = DatabaseUrl::parse(url, QString());
    QVERIFY(!r.ok());
    QVERIFY2(!r.error.contains(QStringLiteral("hunter2")), qPrintable(r.error));
    QVERIFY2(!r.error.contains(QStringLiteral("admin")), qPrintable(r.error));
}

void TestDatabaseUrl::recognisedButUnsupported() {
    const auto sqlServer = DatabaseUrl::parse(
        QStringLiteral("sqlserver://db.example.com:1433;database=shop;user=sa;password=x"), {});
    QVERIFY(!sqlServer.ok());
    QVERIFY2(sqlServer.error.contains(QStringLiteral("SQL Server")), qPrintable(sqlServer.error));
    QVERIFY2(sqlServer.error.contains(QStringLiteral("shop")), qPrintable(sqlServer.error));
    QVERIFY2(sqlServer.error.contains(QStringLiteral("db.example.com:1433")),
             qPrintable(sqlServer.error));

    const auto cockroach = DatabaseUrl::parse(QStringLiteral("cockroachdb://root@crdb/app"), {});
    QVERIFY2(cockroach.ok(), qPrintable(cockroach.error));
    QCOMPARE(cockroach.spec.driver, ConnectionSpec::Driver::Postgres);
    QCOMPARE(cockroach.warnings.size(), 1);
}

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "tst_databaseurl.moc"
