// SPDX-License-Identifier: GPL-3.0-or-later
#include "connections/connectionprofile.h"
#include "db/databaseurl.h"

#include <QTest>
#include <QUuid>

namespace {
ConnectionProfile postgresProfile() {
    ConnectionProfile p;
    p.id = QStringLiteral("7c1d0a52-3d8e-4d5c-9a55-0c3f4b1d2e6f");
    p.name = QStringLiteral("Shop");
    p.driver = ConnectionSpec::Driver::Postgres;
    p.host = QStringLiteral("db.example.com");
    p.port = 5432;
    p.database = QStringLiteral("shop");
    p.user = QStringLiteral("app");
    p.schema = QStringLiteral("sales");
    p.sslMode = QStringLiteral("require");
    p.rememberPassword = true;
    return p;
}

ConnectionProfile mysqlProfile() {
    ConnectionProfile p;
    p.id = QStringLiteral("0d6f4c1e-8b7a-4f59-a1f3-5d2c9e7b4a10");
    p.name = QStringLiteral("Legacy");
    p.driver = ConnectionSpec::Driver::MySql;
    p.host = QStringLiteral("localhost");
    p.port = 3306;
    p.database = QStringLiteral("app");
    p.user = QStringLiteral("root");
    return p;
}

ConnectionProfile sqliteProfile() {
    ConnectionProfile p;
    p.id = QStringLiteral("1a2b3c4d-0000-4000-8000-000000000001");
    p.name = QStringLiteral("Dev");
    p.driver = ConnectionSpec::Driver::Sqlite;
    p.port = 0;
    p.database = QStringLiteral("/data/dev.db");
    return p;
}

/// The fields a URL carries, as one comparable string.
QString urlFields(const ConnectionSpec &s) {
    return QStringList{s.provider(),
                       s.host,
                       QString::number(s.port),
                       s.database,
                       s.user,
                       s.schema,
                       s.socketDir,
                       s.sslMode,
                       s.sslRootCert,
                       QString::number(s.connectTimeoutSeconds),
                       s.extraParameters.toString(QUrl::FullyDecoded)}
        .join(QLatin1Char('|'));
}
} // namespace

class TestConnectionProfile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void toSpec();
    void toSpecSqliteAndOptions();
    void roundTripThroughUrl_data();
    void roundTripThroughUrl();
    void exportUrl_data();
    void exportUrl();
    void exportNeverContainsThePassword();
    void fromSpec();
    void environmentRules();
    void environmentKeys();
    void secretKeys();
    void shadowSpec();
    void validate_data();
    void validate();
};

void TestConnectionProfile::toSpec() {
    ConnectionProfile p = postgresProfile();
    p.socket = QStringLiteral("/var/run/postgresql");
    p.sslRootCert = QStringLiteral("/etc/ssl/ca.pem");
    p.sslCert = QStringLiteral("/etc/ssl/client.crt");
    p.sslKey = QStringLiteral("/etc/ssl/client.key");
    p.options = QStringLiteral("connection_limit=5&connect_timeout=9&options=-c%20x%3Dy");
    const ConnectionSpec s = p.toSpec(QStringLiteral("pw"));
    QCOMPARE(s.driver, ConnectionSpec::Driver::Postgres);
    QCOMPARE(s.host, QStringLiteral("db.example.com"));
    QCOMPARE(s.port, 5432);
    QCOMPARE(s.database, QStringLiteral("shop"));
    QCOMPARE(s.user, QStringLiteral("app"));
    QCOMPARE(s.password, QStringLiteral("pw"));
    QVERIFY(s.hasPassword);
    QCOMPARE(s.schema, QStringLiteral("sales"));
    QCOMPARE(s.socketDir, QStringLiteral("/var/run/postgresql"));
    QCOMPARE(s.sslMode, QStringLiteral("require"));
    QCOMPARE(s.sslRootCert, QStringLiteral("/etc/ssl/ca.pem"));
    QCOMPARE(s.sslCert, QStringLiteral("/etc/ssl/client.crt"));
    QCOMPARE(s.sslKey, QStringLiteral("/etc/ssl/client.key"));
    QCOMPARE(s.connectTimeoutSeconds, 9);
    QVERIFY(!s.extraParameters.hasQueryItem(QStringLiteral("connect_timeout")));
    QCOMPARE(s.extraParameters.queryItemValue(QStringLiteral("connection_limit")),
             QStringLiteral("5"));
    QCOMPARE(s.extraParameters.queryItemValue(QStringLiteral("options"), QUrl::FullyDecoded),
             QStringLiteral("-c x=y"));
    QVERIFY(!s.readOnly);

    p.schema.clear();
    QCOMPARE(p.toSpec({}).schema, QStringLiteral("public"));
    QVERIFY(!p.toSpec({}).hasPassword);
    QCOMPARE(mysqlProfile().toSpec({}).schema, QString());
}

void TestConnectionProfile::toSpecSqliteAndOptions() {
    const ConnectionSpec s = sqliteProfile().toSpec(QStringLiteral("ignored"));
    QCOMPARE(s.driver, ConnectionSpec::Driver::Sqlite);
    QCOMPARE(s.database, QStringLiteral("/data/dev.db"));
    QVERIFY(s.password.isEmpty());
    QCOMPARE(s.redactedUrl(), QStringLiteral("file:/data/dev.db"));

    ConnectionProfile p = postgresProfile();
    p.options = QStringLiteral("password=leak&sslpassword=leak2&pool_timeout=3");
    const ConnectionSpec withBadOptions = p.toSpec(QStringLiteral("pw"));
    QVERIFY(!withBadOptions.extraParameters.toString().contains(QStringLiteral("leak")));
    QCOMPARE(withBadOptions.extraParameters.queryItemValue(QStringLiteral("pool_timeout")),
             QStringLiteral("3"));
}

void TestConnectionProfile::roundTripThroughUrl_data() {
    QTest::addColumn<QString>("url");
    QTest::newRow("postgres full") << "postgresql://app:pw@db.example.com:5433/shop?schema=sales"
                                      "&sslmode=require";
    QTest::newRow("postgres socket") << "postgresql://app@localhost/shop?host=/var/run/postgresql";
    QTest::newRow("encoded credentials, ipv6") << "postgresql://us%40er:p%40ss@[::1]:5432/db";
    QTest::newRow("pool settings kept")
        << "postgresql://u:p@h/db?connection_limit=5&pgbouncer=true&options=-c%20search_path%3Dx"
           "&connect_timeout=12&application_name=a%26b";
    QTest::newRow("server certificate") << "postgresql://u@h/db?sslmode=verify-full"
                                           "&sslcert=/etc/ssl/ca.pem";
    QTest::newRow("database with a space") << "postgresql://u@h/d%20b";
    QTest::newRow("cockroachdb") << "cockroachdb://root@crdb/app";
    QTest::newRow("mysql socket and tls")
        << "mysql://root:pw@localhost:3307/app?socket=/run/mysqld/mysqld.sock&sslaccept=strict"
           "&sslcert=/etc/ca.pem&connection_limit=2";
    QTest::newRow("mysql minimal") << "mysql://u@h/app";
    QTest::newRow("sqlite") << "file:/data/app.db";
}

void TestConnectionProfile::roundTripThroughUrl() {
    QFETCH(QString, url);
    const DatabaseUrl::Result first = DatabaseUrl::parse(url, QStringLiteral("/ws/prisma"));
    QVERIFY2(first.ok(), qPrintable(first.error));
    const ConnectionProfile profile = ConnectionProfile::fromSpec(first.spec);
    QVERIFY2(profile.validate().isEmpty(), qPrintable(profile.validate()));

    // profile -> spec keeps everything the URL said
    QCOMPARE(urlFields(profile.toSpec(first.spec.password)), urlFields(first.spec));
    QCOMPARE(profile.toSpec(first.spec.password).password, first.spec.password);

    // profile -> exported URL -> spec: the same connection, without the password
    const QString exported = profile.toPrismaUrl(false);
    const DatabaseUrl::Result second = DatabaseUrl::parse(exported, QStringLiteral("/elsewhere"));
    QVERIFY2(second.ok(), qPrintable(second.error + QStringLiteral(" in ") + exported));
    QCOMPARE(urlFields(second.spec), urlFields(first.spec));
    QVERIFY(second.spec.password.isEmpty());

    // spec -> profile again: equal apart from the new id and name
    ConnectionProfile again = ConnectionProfile::fromSpec(second.spec);
    again.id = profile.id;
    again.rememberPassword = profile.rememberPassword;
    QCOMPARE(again, profile);
}

void TestConnectionProfile::exportUrl_data() {
    QTest::addColumn<ConnectionProfile>("profile");
    QTest::addColumn<bool>("placeholder");
    QTest::addColumn<QString>("expected");
    QTest::newRow("postgres with placeholder")
        << postgresProfile() << true
        << "postgresql://app:****@db.example.com:5432/shop?schema=sales&sslmode=require";
    QTest::newRow("postgres without placeholder")
        << postgresProfile() << false
        << "postgresql://app@db.example.com:5432/shop?schema=sales&sslmode=require";
    ConnectionProfile noPassword = postgresProfile();
    noPassword.rememberPassword = false;
    QTest::newRow("no remembered password") << noPassword << true
                                            << "postgresql://app@db.example.com:5432/shop?"
                                               "schema=sales&sslmode=require";
    QTest::newRow("sqlite") << sqliteProfile() << true << "file:/data/dev.db";
    ConnectionProfile socket = mysqlProfile();
    socket.socket = QStringLiteral("/run/mysqld/mysqld.sock");
    socket.sslMode = QStringLiteral("strict");
    socket.sslRootCert = QStringLiteral("/etc/ca.pem");
    socket.options = QStringLiteral("connection_limit=3");
    QTest::newRow("mysql socket") << socket << true
                                  << "mysql://root@localhost:3306/app?socket=/run/mysqld/"
                                     "mysqld.sock&sslaccept=strict&sslcert=/etc/ca.pem"
                                     "&connection_limit=3";
    ConnectionProfile socketOnly = postgresProfile();
    socketOnly.host.clear();
    socketOnly.socket = QStringLiteral("/var/run/postgresql");
    socketOnly.schema.clear();
    socketOnly.sslMode.clear();
    QTest::newRow("socket without host") << socketOnly << false
                                         << "postgresql://app@localhost:5432/shop?host=/var/run/"
                                            "postgresql";
    ConnectionProfile encoded = postgresProfile();
    encoded.user = QStringLiteral("us@er");
    encoded.host = QStringLiteral("::1");
    encoded.schema.clear();
    encoded.sslMode.clear();
    encoded.rememberPassword = false;
    QTest::newRow("encoded user, ipv6")
        << encoded << true << "postgresql://us%40er@[::1]:5432/shop";
}

void TestConnectionProfile::exportUrl() {
    QFETCH(ConnectionProfile, profile);
    QFETCH(bool, placeholder);
    QFETCH(QString, expected);
    QCOMPARE(profile.toPrismaUrl(placeholder), expected);
}

void TestConnectionProfile::exportNeverContainsThePassword() {
    const QString secret = QStringLiteral("s3cr3t-Pw");
    const auto parsed = DatabaseUrl::parse(
        QStringLiteral("postgresql://app:s3cr3t-Pw@db/shop?sslpassword=s3cr3t-Pw"), {});
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    ConnectionProfile p = ConnectionProfile::fromSpec(parsed.spec);
    QVERIFY(p.rememberPassword);
    QVERIFY(!p.options.contains(secret));
    QVERIFY(!p.toPrismaUrl(true).contains(secret));
    QVERIFY(!p.toPrismaUrl(false).contains(secret));
    QVERIFY(p.toPrismaUrl(true).contains(QStringLiteral("app:****@")));
    QVERIFY(!p.toPrismaUrl(false).contains(QStringLiteral("****")));
    // Whatever ends up in the options, no password-like item is exported.
    p.options = QStringLiteral("password=s3cr3t-Pw&pool_timeout=2");
    QVERIFY(!p.toPrismaUrl(true).contains(secret));
    QVERIFY(p.toPrismaUrl(true).contains(QStringLiteral("pool_timeout=2")));
    const ConnectionSpec spec = p.toSpec(secret);
    QCOMPARE(spec.password, secret); // the spec carries it to the worker, the URL never does
    QVERIFY(!spec.redactedUrl().contains(secret));
}

void TestConnectionProfile::fromSpec() {
    const auto pg = DatabaseUrl::parse(QStringLiteral("postgresql://app@db/shop"), {});
    const ConnectionProfile p = ConnectionProfile::fromSpec(pg.spec);
    QCOMPARE(p.id.size(), 36);
    QVERIFY(!p.id.contains(QLatin1Char('{')));
    QVERIFY(!QUuid::fromString(p.id).isNull());
    QCOMPARE(p.name, QStringLiteral("shop on db"));
    QCOMPARE(p.environment, Environment::Local);
    QVERIFY(!p.rememberPassword);
    QVERIFY(p.workspaceRoot.isEmpty());
    QVERIFY(ConnectionProfile::fromSpec(pg.spec).id != p.id);

    const auto lite = DatabaseUrl::parse(QStringLiteral("file:./dev.db"), QStringLiteral("/ws"));
    const ConnectionProfile l = ConnectionProfile::fromSpec(lite.spec);
    QCOMPARE(l.name, QStringLiteral("dev.db"));
    QCOMPARE(l.database, QStringLiteral("/ws/dev.db"));
    QCOMPARE(l.port, 0);
}

void TestConnectionProfile::environmentRules() {
    ConnectionProfile p = postgresProfile();
    QVERIFY(!p.effectiveReadOnly());
    QVERIFY(!p.toSpec({}).readOnly);
    p.readOnly = true;
    QVERIFY(p.effectiveReadOnly());
    QVERIFY(p.toSpec({}).readOnly);

    p.readOnly = false;
    p.environment = Environment::Staging;
    QVERIFY(!p.effectiveReadOnly());
    p.environment = Environment::Production;
    QVERIFY(p.effectiveReadOnly()); // forced, whatever readOnly says
    QVERIFY(p.toSpec(QStringLiteral("pw")).readOnly);
    QVERIFY(!p.readOnly); // the stored flag is not rewritten

    QCOMPARE(p.effectiveColor(), environmentDefaultColor(Environment::Production));
    p.color = QStringLiteral("#123456");
    QCOMPARE(p.effectiveColor(), QStringLiteral("#123456"));
    QVERIFY(environmentDefaultColor(Environment::Local) !=
            environmentDefaultColor(Environment::Production));
    QVERIFY(environmentDefaultColor(Environment::Staging) !=
            environmentDefaultColor(Environment::Production));

    // The shadow database is rebuilt by Prisma: never read-only, even for production.
    p.shadowUrl = QStringLiteral("postgresql://app@db/shop_shadow");
    QString error;
    QVERIFY(!p.shadowSpec(QStringLiteral("x"), {}, &error).readOnly);
}

void TestConnectionProfile::environmentKeys() {
    for (const Environment e :
         {Environment::Local, Environment::Staging, Environment::Production}) {
        bool ok = false;
        QCOMPARE(environmentFromKey(environmentKey(e), &ok), e);
        QVERIFY(ok);
    }
    QCOMPARE(environmentKey(Environment::Local), QStringLiteral("local"));
    QCOMPARE(environmentKey(Environment::Staging), QStringLiteral("staging"));
    QCOMPARE(environmentKey(Environment::Production), QStringLiteral("production"));
    QCOMPARE(environmentFromKey(QStringLiteral(" Production ")), Environment::Production);
    bool ok = true;
    QCOMPARE(environmentFromKey(QStringLiteral("prod"), &ok), Environment::Local);
    QVERIFY(!ok);
    QCOMPARE(environmentLabel(Environment::Staging), QStringLiteral("Staging"));
}

void TestConnectionProfile::secretKeys() {
    const ConnectionProfile p = postgresProfile();
    QCOMPARE(p.secretKey(),
             QStringLiteral("migration-workbench/7c1d0a52-3d8e-4d5c-9a55-0c3f4b1d2e6f"));
    QCOMPARE(p.shadowSecretKey(),
             QStringLiteral("migration-workbench/7c1d0a52-3d8e-4d5c-9a55-0c3f4b1d2e6f/shadow"));
    QVERIFY(p.secretKey() != mysqlProfile().secretKey());
}

void TestConnectionProfile::shadowSpec() {
    ConnectionProfile p = postgresProfile();
    QString error;
    QVERIFY(!p.shadowSpec(QStringLiteral("x"), {}, &error).isValid());
    QVERIFY2(error.contains(QStringLiteral("no shadow database URL")), qPrintable(error));

    p.shadowUrl = QStringLiteral("postgresql://app@db.example.com/shop_shadow?schema=sales");
    error.clear();
    const ConnectionSpec s = p.shadowSpec(QStringLiteral("shadow-pw"), {}, &error);
    QVERIFY2(s.isValid(), qPrintable(error));
    QCOMPARE(s.database, QStringLiteral("shop_shadow"));
    QCOMPARE(s.password, QStringLiteral("shadow-pw"));
    QVERIFY(s.hasPassword);

    ConnectionProfile lite = sqliteProfile();
    lite.shadowUrl = QStringLiteral("file:./shadow.db");
    const ConnectionSpec relative = lite.shadowSpec({}, QStringLiteral("/ws/prisma"), &error);
    QCOMPARE(relative.database, QStringLiteral("/ws/prisma/shadow.db"));
}

void TestConnectionProfile::validate_data() {
    QTest::addColumn<ConnectionProfile>("profile");
    QTest::addColumn<QString>("mentions"); // empty: valid

    QTest::newRow("postgres") << postgresProfile() << "";
    QTest::newRow("mysql") << mysqlProfile() << "";
    QTest::newRow("sqlite") << sqliteProfile() << "";

    auto with = [](ConnectionProfile p, const std::function<void(ConnectionProfile &)> &change) {
        change(p);
        return p;
    };
    const ConnectionProfile pg = postgresProfile();
    const ConnectionProfile my = mysqlProfile();
    const ConnectionProfile lite = sqliteProfile();
    QTest::newRow("no name") << with(pg, [](auto &p) { p.name = QStringLiteral("  "); })
                             << "needs a name";
    QTest::newRow("no driver") << with(pg, [](auto &p) { p.driver = ConnectionSpec::Driver::None; })
                               << "Choose a database type";
    QTest::newRow("port 0") << with(pg, [](auto &p) { p.port = 0; })
                            << "The port must be between 1 and 65535";
    QTest::newRow("port 65536") << with(my, [](auto &p) { p.port = 65536; })
                                << "The port must be between 1 and 65535";
    QTest::newRow("postgres without host") << with(pg, [](auto &p) { p.host.clear(); })
                                           << "A PostgreSQL profile needs a host or a socket";
    QTest::newRow("postgres socket only") << with(pg, [](auto &p) {
        p.host.clear();
        p.socket = QStringLiteral("/tmp");
    }) << "";
    QTest::newRow("mysql without host")
        << with(my, [](auto &p) { p.host.clear(); }) << "A MySQL profile needs a host or a socket";
    QTest::newRow("host with a slash") << with(pg, [](auto &p) { p.host = QStringLiteral("/tmp"); })
                                       << "host name must not contain";
    QTest::newRow("no database") << with(pg, [](auto &p) { p.database.clear(); })
                                 << "database name is empty";
    QTest::newRow("sqlite without path")
        << with(lite, [](auto &p) { p.database.clear(); }) << "The SQLite file path is empty";
    QTest::newRow("sqlite relative path")
        << with(lite, [](auto &p) { p.database = QStringLiteral("dev.db"); }) << "must be absolute";
    QTest::newRow("mysql with schema")
        << with(my, [](auto &p) { p.schema = QStringLiteral("s"); }) << "MySQL has no schemas";
    QTest::newRow("bad sslmode") << with(pg, [](auto &p) { p.sslMode = QStringLiteral("strict"); })
                                 << "SSL mode must be one of";
    QTest::newRow("mysql sslaccept")
        << with(my, [](auto &p) { p.sslMode = QStringLiteral("require"); }) << "sslaccept";
    QTest::newRow("certificate without key")
        << with(pg, [](auto &p) { p.sslCert = QStringLiteral("/c.crt"); }) << "needs its key";
    QTest::newRow("bad colour") << with(pg, [](auto &p) { p.color = QStringLiteral("red"); })
                                << "#rrggbb";
    QTest::newRow("short colour") << with(pg, [](auto &p) { p.color = QStringLiteral("#fff"); })
                                  << "#rrggbb";
    QTest::newRow("good colour") << with(pg, [](auto &p) { p.color = QStringLiteral("#A1b2C3"); })
                                 << "";
    QTest::newRow("password in options")
        << with(pg, [](auto &p) { p.options = QStringLiteral("a=1&password=x"); })
        << "must not contain a password";
    QTest::newRow("sslpassword in options")
        << with(pg, [](auto &p) { p.options = QStringLiteral("sslpassword=x"); })
        << "must not contain a password";
    QTest::newRow("field in options")
        << with(pg, [](auto &p) { p.options = QStringLiteral("schema=x"); }) << "has its own field";
    QTest::newRow("malformed options")
        << with(pg, [](auto &p) { p.options = QStringLiteral("a=100%"); }) << "malformed";
    QTest::newRow("option without name")
        << with(pg, [](auto &p) { p.options = QStringLiteral("=x"); }) << "without a name";
    QTest::newRow("bad connect_timeout")
        << with(pg, [](auto &p) { p.options = QStringLiteral("connect_timeout=soon"); })
        << "connect_timeout";
    QTest::newRow("pool options") << with(pg, [](auto &p) {
        p.options = QStringLiteral("connection_limit=1&pgbouncer=true&sslaccept="
                                   "strict&connect_timeout=3");
    }) << "";
    QTest::newRow("shadow with password")
        << with(pg, [](auto &p) { p.shadowUrl = QStringLiteral("postgresql://app:pw@db/shadow"); })
        << "Remove the password from the shadow database URL";
    QTest::newRow("shadow invalid")
        << with(pg, [](auto &p) { p.shadowUrl = QStringLiteral("postgresql://db:abc/x"); })
        << "shadow database URL is invalid";
    QTest::newRow("shadow of another kind")
        << with(pg, [](auto &p) { p.shadowUrl = QStringLiteral("mysql://root@db/shadow"); })
        << "same kind";
    QTest::newRow("shadow is the main database") << with(pg, [](auto &p) {
        p.shadowUrl = QStringLiteral("postgresql://other@DB.example.com:5432/shop");
    }) << "must not be the main database";
    QTest::newRow("sqlite shadow is the main file")
        << with(lite, [](auto &p) { p.shadowUrl = QStringLiteral("file:/data/./dev.db"); })
        << "must not be the main database";
    QTest::newRow("good shadow") << with(pg, [](auto &p) {
        p.shadowUrl = QStringLiteral("postgresql://app@db/shadow");
    }) << "";
}

void TestConnectionProfile::validate() {
    QFETCH(ConnectionProfile, profile);
    QFETCH(QString, mentions);
    const QString error = profile.validate();
    if (mentions.isEmpty())
        QVERIFY2(error.isEmpty(), qPrintable(error));
    else
        QVERIFY2(error.contains(mentions), qPrintable(QStringLiteral("got: ") + error));
}

QTEST_GUILESS_MAIN(TestConnectionProfile)
#include "tst_connectionprofile.moc"
