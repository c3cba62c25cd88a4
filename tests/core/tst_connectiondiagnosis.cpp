// SPDX-License-Identifier: GPL-3.0-or-later
#include "connections/connectiondiagnosis.h"
#include "connections/poolerdetector.h"
#include "db/connectionopener.h"
#include "testdata.h"
#include "testservers.h"

#include <QFile>
#include <QSqlDatabase>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using Kind = ConnectionDiagnosis::Kind;
Q_DECLARE_METATYPE(TestServers::Kind)
Q_DECLARE_METATYPE(ConnectionDiagnosis::Kind)

namespace {
/// Opens `spec` like the application does and diagnoses the outcome.
ConnectionDiagnosis tryOpen(const ConnectionSpec &spec) {
    const QString name = QStringLiteral("diag-") + QUuid::createUuid().toString(QUuid::Id128);
    QString version;
    const DbError error = ConnectionOpener::open(spec, name, &version);
    ConnectionOpener::close(name);
    return ConnectionDiagnosis::diagnose(spec, error, version);
}

QString describe(const ConnectionDiagnosis &d) {
    return ConnectionDiagnosis::kindKey(d.kind) + QStringLiteral(": ") + d.message +
           QStringLiteral(" | hint: ") + d.hint + QStringLiteral(" | details: ") + d.details;
}

int freePort() {
    QTcpServer server;
    if (!server.listen(QHostAddress(QStringLiteral("127.0.0.1")), 0))
        return 0;
    const int port = server.serverPort();
    server.close();
    return port;
}

QString code(TestServers::Kind kind, const char *postgres, const char *mysql) {
    return QString::fromLatin1(kind == TestServers::Kind::Postgres ? postgres : mysql);
}
} // namespace

class TestConnectionDiagnosis : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void connects_data();
    void connects();
    void wrongPassword_data();
    void wrongPassword();
    void wrongPort_data();
    void wrongPort();
    void missingDatabase_data();
    void missingDatabase();
    void unknownHost_data();
    void unknownHost();
    void postgresTlsRequiredWithoutTls();
    void postgresMissingSocket();
    void mysqlTlsRequestedWithoutTls();
    void postgresCertificateOptionsReachLibpq();
    void sqliteMissingFile();
    void sqliteNotADatabase();
    void sqliteFolder();
    void driverMissing();
    void classifier_data();
    void classifier();
    void poolerWarning();
    void looksPooledOnDirectConnection();

private:
    static void addServerRows();
};

void TestConnectionDiagnosis::addServerRows() {
    QTest::addColumn<TestServers::Kind>("kind");
    QTest::newRow("postgres") << TestServers::Kind::Postgres;
    QTest::newRow("mariadb") << TestServers::Kind::MySql;
}

void TestConnectionDiagnosis::connects_data() {
    addServerRows();
}

void TestConnectionDiagnosis::connects() {
    QFETCH(TestServers::Kind, kind);
    QString reason;
    const ConnectionSpec spec = TestServers::server(kind, &reason);
    if (!spec.isValid())
        MWB_SKIP_OR_FAIL(reason);
    const ConnectionDiagnosis d = tryOpen(spec);
    QVERIFY2(d.ok(), qPrintable(describe(d)));
    QVERIFY(!d.serverVersion.isEmpty());
    QVERIFY2(d.message.contains(d.serverVersion), qPrintable(d.message));
    QVERIFY(d.poolerWarning.isEmpty());
}

void TestConnectionDiagnosis::wrongPassword_data() {
    addServerRows();
}

void TestConnectionDiagnosis::wrongPassword() {
    QFETCH(TestServers::Kind, kind);
    QString reason;
    ConnectionSpec spec = TestServers::server(kind, &reason);
    if (!spec.isValid())
        MWB_SKIP_OR_FAIL(reason);
    spec.password = QStringLiteral("definitely-Wrong-pw");
    const ConnectionDiagnosis d = tryOpen(spec);
    QCOMPARE(ConnectionDiagnosis::kindKey(d.kind),
             ConnectionDiagnosis::kindKey(Kind::AuthenticationFailed));
    QVERIFY2(d.message.contains(QStringLiteral("Authentication failed for user ") + spec.user),
             qPrintable(describe(d)));
    QVERIFY2(d.message.contains(code(kind, "PostgreSQL 28P01", "MySQL 1045")),
             qPrintable(describe(d)));
    QVERIFY(!d.hint.isEmpty());
    QVERIFY(!d.message.contains(spec.password));
    QVERIFY(!d.details.contains(spec.password));
}

void TestConnectionDiagnosis::wrongPort_data() {
    addServerRows();
}

void TestConnectionDiagnosis::wrongPort() {
    QFETCH(TestServers::Kind, kind);
    QString reason;
    ConnectionSpec spec = TestServers::server(kind, &reason);
    if (!spec.isValid())
        MWB_SKIP_OR_FAIL(reason);
    spec.host = QStringLiteral("127.0.0.1");
    spec.port = freePort();
    QVERIFY(spec.port > 0);
    const ConnectionDiagnosis d = tryOpen(spec);
    QCOMPARE(ConnectionDiagnosis::kindKey(d.kind),
             ConnectionDiagnosis::kindKey(Kind::ConnectionRefused));
    QVERIFY2(d.message.contains(QStringLiteral("127.0.0.1:%1").arg(spec.port)),
             qPrintable(describe(d)));
    QVERIFY(d.message.contains(QStringLiteral("connection refused")));
}

void TestConnectionDiagnosis::missingDatabase_data() {
    addServerRows();
}

void TestConnectionDiagnosis::missingDatabase() {
    QFETCH(TestServers::Kind, kind);
    QString reason;
    ConnectionSpec spec = TestServers::server(kind, &reason);
    if (!spec.isValid())
        MWB_SKIP_OR_FAIL(reason);
    spec.database = QStringLiteral("mwb_no_such_database");
    const ConnectionDiagnosis d = tryOpen(spec);
    QCOMPARE(ConnectionDiagnosis::kindKey(d.kind),
             ConnectionDiagnosis::kindKey(Kind::DatabaseMissing));
    QVERIFY2(d.message.contains(QStringLiteral("The database mwb_no_such_database does not exist")),
             qPrintable(describe(d)));
    QVERIFY2(d.message.contains(code(kind, "PostgreSQL 3D000", "MySQL 1049")),
             qPrintable(describe(d)));
}

void TestConnectionDiagnosis::unknownHost_data() {
    addServerRows();
}

void TestConnectionDiagnosis::unknownHost() {
    QFETCH(TestServers::Kind, kind);
    QString reason;
    ConnectionSpec spec = TestServers::server(kind, &reason);
    if (!spec.isValid())
        MWB_SKIP_OR_FAIL(reason);
    spec.host = QStringLiteral("no-such-host.invalid");
    const ConnectionDiagnosis d = tryOpen(spec);
    QCOMPARE(ConnectionDiagnosis::kindKey(d.kind), ConnectionDiagnosis::kindKey(Kind::HostUnknown));
    QVERIFY2(d.message.contains(QStringLiteral("no-such-host.invalid")), qPrintable(describe(d)));
}

void TestConnectionDiagnosis::postgresTlsRequiredWithoutTls() {
    QString reason;
    ConnectionSpec spec = TestServers::server(TestServers::Kind::Postgres, &reason);
    if (!spec.isValid())
        MWB_SKIP_OR_FAIL(reason);
    spec.sslMode = QStringLiteral("require"); // the test server has no TLS
    const ConnectionDiagnosis d = tryOpen(spec);
    QCOMPARE(ConnectionDiagnosis::kindKey(d.kind), ConnectionDiagnosis::kindKey(Kind::TlsError));
    QVERIFY2(d.message.contains(QStringLiteral("does not support TLS")), qPrintable(describe(d)));
    QVERIFY2(d.message.contains(QStringLiteral("sslmode=require")), qPrintable(describe(d)));
    QVERIFY(d.details.contains(QStringLiteral("server does not support SSL")));
}

void TestConnectionDiagnosis::postgresMissingSocket() {
    QString reason;
    ConnectionSpec spec = TestServers::server(TestServers::Kind::Postgres, &reason);
    if (!spec.isValid())
        MWB_SKIP_OR_FAIL(reason);
    QTemporaryDir empty;
    spec.socketDir = empty.path();
    const ConnectionDiagnosis d = tryOpen(spec);
    QCOMPARE(ConnectionDiagnosis::kindKey(d.kind),
             ConnectionDiagnosis::kindKey(Kind::ConnectionRefused));
    QVERIFY2(d.message.contains(empty.path()), qPrintable(describe(d)));
}

void TestConnectionDiagnosis::mysqlTlsRequestedWithoutTls() {
    QString reason;
    ConnectionSpec spec = TestServers::server(TestServers::Kind::MySql, &reason);
    if (!spec.isValid())
        MWB_SKIP_OR_FAIL(reason);
    QTemporaryDir dir;
    // With SSL_CA set, MariaDB's client falls back to plain text when the server has no TLS;
    // ConnectionOpener refuses that connection rather than pretending it is encrypted.
    spec.sslRootCert = dir.filePath(QStringLiteral("ca.pem"));
    QFile ca(spec.sslRootCert);
    QVERIFY(ca.open(QIODevice::WriteOnly));
    ca.write("-----BEGIN CERTIFICATE-----\nnot a certificate\n-----END CERTIFICATE-----\n");
    ca.close();
    const ConnectionDiagnosis d = tryOpen(spec);
    QCOMPARE(ConnectionDiagnosis::kindKey(d.kind), ConnectionDiagnosis::kindKey(Kind::TlsError));
    QVERIFY2(d.message.contains(QStringLiteral("does not support TLS")), qPrintable(describe(d)));
}

void TestConnectionDiagnosis::postgresCertificateOptionsReachLibpq() {
    QString reason;
    ConnectionSpec spec = TestServers::server(TestServers::Kind::Postgres, &reason);
    if (!spec.isValid())
        MWB_SKIP_OR_FAIL(reason);
    // Paths with blanks, quotes and backslashes must survive libpq's conninfo syntax; with
    // sslmode=prefer the files are not needed (the server has no TLS), so the connection opens.
    spec.sslMode = QStringLiteral("prefer");
    spec.sslRootCert = QStringLiteral("/nonexistent/dir with blanks/it's \\ca.pem");
    spec.sslCert = QStringLiteral("/nonexistent/client cert.pem");
    spec.sslKey = QStringLiteral("/nonexistent/client key.pem");
    const ConnectionDiagnosis ok = tryOpen(spec);
    QVERIFY2(ok.ok(), qPrintable(describe(ok)));
    // verify-full needs TLS: the options are honoured, not dropped.
    spec.sslMode = QStringLiteral("verify-full");
    const ConnectionDiagnosis d = tryOpen(spec);
    QCOMPARE(ConnectionDiagnosis::kindKey(d.kind), ConnectionDiagnosis::kindKey(Kind::TlsError));
}

void TestConnectionDiagnosis::sqliteMissingFile() {
    QTemporaryDir dir;
    ConnectionSpec spec;
    spec.driver = ConnectionSpec::Driver::Sqlite;
    spec.database = dir.filePath(QStringLiteral("typo.db"));
    const ConnectionDiagnosis d = tryOpen(spec);
    QCOMPARE(ConnectionDiagnosis::kindKey(d.kind), ConnectionDiagnosis::kindKey(Kind::FileMissing));
    QVERIFY2(d.message.contains(spec.database), qPrintable(describe(d)));
    QVERIFY(!QFile::exists(spec.database)); // diagnosing created nothing
}

void TestConnectionDiagnosis::sqliteNotADatabase() {
    QTemporaryDir dir;
    ConnectionSpec spec;
    spec.driver = ConnectionSpec::Driver::Sqlite;
    spec.database = dir.filePath(QStringLiteral("notes.db"));
    QFile file(spec.database);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    const ConnectionDiagnosis d = tryOpen(spec);
    QCOMPARE(ConnectionDiagnosis::kindKey(d.kind),
             ConnectionDiagnosis::kindKey(Kind::NotADatabase));
    QVERIFY2(d.message.contains(QStringLiteral("is not a SQLite database")),
             qPrintable(describe(d)));
}

void TestConnectionDiagnosis::sqliteFolder() {
    QTemporaryDir dir;
    ConnectionSpec spec;
    spec.driver = ConnectionSpec::Driver::Sqlite;
    spec.database = dir.path();
    const ConnectionDiagnosis d = tryOpen(spec);
    QCOMPARE(ConnectionDiagnosis::kindKey(d.kind),
             ConnectionDiagnosis::kindKey(Kind::NotADatabase));
    QVERIFY2(d.message.contains(QStringLiteral("is a folder")), qPrintable(describe(d)));
}

void TestConnectionDiagnosis::driverMissing() {
    // ConnectionSpec cannot name a driver that is not installed here: classify the message
    // ConnectionOpener gives when QSqlDatabase::isDriverAvailable() is false.
    ConnectionSpec spec;
    spec.driver = ConnectionSpec::Driver::MySql;
    spec.host = QStringLiteral("db");
    spec.database = QStringLiteral("app");
    const DbError error = DbError::fromMessage(
        QStringLiteral("The Qt SQL driver QMYSQL is not installed (Debian: libqt6sql6-mysql)."));
    const ConnectionDiagnosis d = ConnectionDiagnosis::diagnose(spec, error, {});
    QCOMPARE(ConnectionDiagnosis::kindKey(d.kind),
             ConnectionDiagnosis::kindKey(Kind::DriverMissing));
    QVERIFY2(d.message.contains(QStringLiteral("QMYSQL")), qPrintable(describe(d)));
    QVERIFY2(d.hint.contains(QStringLiteral("libqt6sql6-mysql")), qPrintable(describe(d)));
    // QSqlDatabase's own wording when a plugin fails to load.
    const ConnectionDiagnosis notLoaded = ConnectionDiagnosis::diagnose(
        spec, DbError::fromMessage(QStringLiteral("Driver not loaded Driver not loaded")), {});
    QCOMPARE(notLoaded.kind, Kind::DriverMissing);
}

void TestConnectionDiagnosis::classifier_data() {
    QTest::addColumn<int>("driver"); // ConnectionSpec::Driver
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("nativeCode");
    QTest::addColumn<ConnectionDiagnosis::Kind>("kind");
    QTest::addColumn<QString>("mentions");
    const int pg = static_cast<int>(ConnectionSpec::Driver::Postgres);
    const int my = static_cast<int>(ConnectionSpec::Driver::MySql);
    QTest::newRow("pg timeout") << pg << "timeout expired"
                                << "" << Kind::Timeout << "No answer from db.example.com:5432";
    QTest::newRow("pg name resolution")
        << pg
        << "could not translate host name \"db.example.com\" to address: Temporary failure in "
           "name resolution"
        << "" << Kind::HostUnknown << "db.example.com cannot be resolved";
    QTest::newRow("pg refused")
        << pg
        << "connection to server at \"10.0.0.1\", port 5432 failed: Connection refused\n\tIs the "
           "server running on that host and accepting TCP/IP connections?"
        << "" << Kind::ConnectionRefused << "connection refused";
    QTest::newRow("pg no route") << pg
                                 << "connection to server at \"10.0.0.1\", port 5432 failed: No "
                                    "route to host"
                                 << "" << Kind::ConnectionRefused << "cannot be reached";
    QTest::newRow("pg password") << pg << "FATAL:  password authentication failed for user \"app\""
                                 << "" << Kind::AuthenticationFailed
                                 << "Authentication failed for user app";
    QTest::newRow("pg no password") << pg << "fe_sendauth: no password supplied"
                                    << "" << Kind::AuthenticationFailed << "none was given";
    QTest::newRow("pg role") << pg << "FATAL:  role \"ghost\" does not exist"
                             << "" << Kind::AuthenticationFailed << "ghost";
    QTest::newRow("pg hba") << pg
                            << "FATAL:  no pg_hba.conf entry for host \"10.1.1.1\", user \"app\", "
                               "database \"shop\", SSL off"
                            << "" << Kind::AuthenticationFailed << "pg_hba.conf";
    QTest::newRow("pg hba needs tls") << pg
                                      << "FATAL:  no pg_hba.conf entry for host \"10.1.1.1\", "
                                         "user \"app\", database \"shop\", no encryption"
                                      << "" << Kind::TlsError << "only over TLS";
    QTest::newRow("pg database") << pg << "FATAL:  database \"shop\" does not exist"
                                 << "" << Kind::DatabaseMissing << "PostgreSQL 3D000";
    QTest::newRow("pg ssl required") << pg << "server does not support SSL, but SSL was required"
                                     << "" << Kind::TlsError << "does not support TLS";
    QTest::newRow("pg certificate") << pg
                                    << "root certificate file \"/x/ca.pem\" does not exist\n"
                                       "Either provide the file or change sslmode"
                                    << "" << Kind::TlsError << "TLS failed";
    QTest::newRow("pg verify") << pg << "SSL error: certificate verify failed"
                               << "" << Kind::TlsError << "TLS failed";
    QTest::newRow("pg too many") << pg << "FATAL:  sorry, too many clients already"
                                 << "" << Kind::Other << "53300";
    QTest::newRow("pg unknown") << pg << "something odd happened"
                                << "" << Kind::Other << "something odd happened";
    QTest::newRow("my unknown host")
        << my << "Unknown server host 'db.example.com' (-2)"
        << "2005" << Kind::HostUnknown << "db.example.com cannot be resolved";
    QTest::newRow("my refused") << my << "Can't connect to server on 'db.example.com' (111)"
                                << "2002" << Kind::ConnectionRefused << "connection refused";
    QTest::newRow("my refused 2003")
        << my << "Can't connect to MySQL server on 'db.example.com' (111)"
        << "2003" << Kind::ConnectionRefused << "connection refused";
    QTest::newRow("my timeout") << my << "Can't connect to server on 'db.example.com' (110)"
                                << "2002" << Kind::Timeout << "No answer";
    QTest::newRow("my handshake timeout")
        << my
        << "Lost connection to server at 'handshake: reading initial communication packet', "
           "system error: 110"
        << "2013" << Kind::Timeout << "No answer";
    QTest::newRow("my access") << my
                               << "Access denied for user 'app'@'10.0.0.2' (using password: YES)"
                               << "1045" << Kind::AuthenticationFailed << "MySQL 1045";
    QTest::newRow("my db access") << my << "Access denied for user 'app'@'%' to database 'shop'"
                                  << "1044" << Kind::AuthenticationFailed << "MySQL 1044";
    QTest::newRow("my database") << my << "Unknown database 'shop'"
                                 << "1049" << Kind::DatabaseMissing << "MySQL 1049";
    QTest::newRow("my tls") << my
                            << "SSL connection error: SSL is required but the server "
                               "doesn't support it"
                            << "2026" << Kind::TlsError << "MySQL 2026";
    QTest::newRow("my too many") << my << "Too many connections"
                                 << "1040" << Kind::Other << "MySQL 1040";
}

void TestConnectionDiagnosis::classifier() {
    QFETCH(int, driver);
    QFETCH(QString, message);
    QFETCH(QString, nativeCode);
    QFETCH(ConnectionDiagnosis::Kind, kind);
    QFETCH(QString, mentions);
    ConnectionSpec spec;
    spec.driver = static_cast<ConnectionSpec::Driver>(driver);
    spec.host = QStringLiteral("db.example.com");
    spec.port = spec.driver == ConnectionSpec::Driver::Postgres ? 5432 : 3306;
    spec.database = QStringLiteral("shop");
    spec.user = QStringLiteral("app");
    spec.password = QStringLiteral("pw-Never-Shown");
    // As ConnectionOpener words it.
    const DbError error{QStringLiteral("Cannot connect to %1: %2").arg(spec.displayName(), message),
                        nativeCode,
                        {}};
    const ConnectionDiagnosis d = ConnectionDiagnosis::diagnose(spec, error, {});
    QCOMPARE(ConnectionDiagnosis::kindKey(d.kind), ConnectionDiagnosis::kindKey(kind));
    QVERIFY2(d.message.contains(mentions), qPrintable(describe(d)));
    QVERIFY(!d.message.contains(spec.password));
}

void TestConnectionDiagnosis::poolerWarning() {
    ConnectionSpec spec;
    spec.driver = ConnectionSpec::Driver::Postgres;
    spec.host = QStringLiteral("127.0.0.1");
    spec.port = 6432;
    spec.database = QStringLiteral("app");
    const ConnectionDiagnosis refused = ConnectionDiagnosis::diagnose(
        spec, DbError::fromMessage(QStringLiteral("Connection refused")), {});
    QVERIFY2(refused.poolerWarning.contains(QStringLiteral("direct connection")),
             qPrintable(refused.poolerWarning));
    spec.port = 5432;
    spec.extraParameters.addQueryItem(QStringLiteral("pgbouncer"), QStringLiteral("true"));
    QVERIFY(
        !ConnectionDiagnosis::diagnose(spec, {}, QStringLiteral("16.1")).poolerWarning.isEmpty());
    spec.extraParameters.clear();
    QVERIFY(
        ConnectionDiagnosis::diagnose(spec, {}, QStringLiteral("16.1")).poolerWarning.isEmpty());

    ConnectionSpec my = spec;
    my.driver = ConnectionSpec::Driver::MySql;
    my.port = 6432;
    QVERIFY(PoolerDetector::warningFor(my, {}).isEmpty()); // PgBouncer speaks PostgreSQL only
}

void TestConnectionDiagnosis::looksPooledOnDirectConnection() {
    QString reason;
    const ConnectionSpec spec = TestServers::server(TestServers::Kind::Postgres, &reason);
    if (!spec.isValid())
        MWB_SKIP_OR_FAIL(reason);
    const QString name = QStringLiteral("pooled-") + QUuid::createUuid().toString(QUuid::Id128);
    const DbError error = ConnectionOpener::open(spec, name, nullptr);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        QVERIFY(!PoolerDetector::looksPooled(db)); // a direct connection keeps its backend
        QVERIFY(db.isOpen());
    }
    ConnectionOpener::close(name);

    QSqlDatabase closed;
    QVERIFY(!PoolerDetector::looksPooled(closed));
}

QTEST_GUILESS_MAIN(TestConnectionDiagnosis)
#include "tst_connectiondiagnosis.moc"
