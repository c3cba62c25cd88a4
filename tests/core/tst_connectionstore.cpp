// SPDX-License-Identifier: GPL-3.0-or-later
#include "connections/connectionstore.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {
ConnectionProfile profile(const QString &name, const QString &workspaceRoot = {}) {
    ConnectionProfile p;
    p.name = name;
    p.driver = ConnectionSpec::Driver::Postgres;
    p.host = QStringLiteral("db.example.com");
    p.port = 5433;
    p.database = QStringLiteral("shop");
    p.user = QStringLiteral("app");
    p.workspaceRoot = workspaceRoot;
    return p;
}
} // namespace

class TestConnectionStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void roundTripEveryField_data();
    void roundTripEveryField();
    void globalAndWorkspaceScopes();
    void canonicalWorkspaceRoot();
    void saveReplacesAndMovesScope();
    void removeAndDuplicate();
    void passwordNeverOnDisk();
    void layoutOnDisk();

private:
    QString iniText() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_ini;
    std::unique_ptr<QSettings> m_settings;
};

void TestConnectionStore::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_ini = m_dir->filePath(QStringLiteral("settings.ini"));
    m_settings = std::make_unique<QSettings>(m_ini, QSettings::IniFormat);
}

void TestConnectionStore::cleanup() {
    m_settings.reset();
    m_dir.reset();
}

QString TestConnectionStore::iniText() const {
    m_settings->sync();
    QFile file(m_ini);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

void TestConnectionStore::roundTripEveryField_data() {
    QTest::addColumn<ConnectionProfile>("original");
    ConnectionProfile full;
    full.id = QStringLiteral("5b0e3f3c-58a4-4d7d-9a43-7f1f0f1c2d3e");
    full.name = QStringLiteral("Prod shop, \"EU\" / main");
    full.driver = ConnectionSpec::Driver::Postgres;
    full.host = QStringLiteral("db.example.com");
    full.port = 6543;
    full.database = QStringLiteral("shop");
    full.user = QStringLiteral("app@corp");
    full.schema = QStringLiteral("sales");
    full.sslMode = QStringLiteral("verify-full");
    full.sslRootCert = QStringLiteral("/etc/ssl/ca.pem");
    full.sslCert = QStringLiteral("/etc/ssl/client.crt");
    full.sslKey = QStringLiteral("/etc/ssl/client.key");
    full.socket = QStringLiteral("/var/run/postgresql");
    full.options = QStringLiteral("connection_limit=5&options=-c%20x%3Dy&pgbouncer=true");
    full.environment = Environment::Production;
    full.color = QStringLiteral("#ab12cd");
    full.readOnly = true;
    full.shadowUrl = QStringLiteral("postgresql://app@db.example.com:6543/shop_shadow");
    full.rememberPassword = true;
    QTest::newRow("postgres, every field") << full;

    ConnectionProfile lite;
    lite.id = QStringLiteral("a5f0b7c2-1111-4222-8333-944455556666");
    lite.name = QStringLiteral("Dev");
    lite.driver = ConnectionSpec::Driver::Sqlite;
    lite.port = 0;
    lite.database = QStringLiteral("/ws/prisma/dev.db");
    lite.environment = Environment::Staging;
    QTest::newRow("sqlite, defaults") << lite;

    ConnectionProfile my;
    my.id = QStringLiteral("c0ffee00-1234-4abc-8def-0123456789ab");
    my.name = QStringLiteral("MariaDB");
    my.driver = ConnectionSpec::Driver::MySql;
    my.host = QStringLiteral("::1");
    my.port = 3307;
    my.database = QStringLiteral("app");
    my.user = QStringLiteral("root");
    my.sslMode = QStringLiteral("strict");
    QTest::newRow("mysql") << my;
}

void TestConnectionStore::roundTripEveryField() {
    QFETCH(ConnectionProfile, original);
    {
        ConnectionStore store(*m_settings);
        ConnectionProfile copy = original;
        QVERIFY(store.save(copy));
        QCOMPARE(copy, original); // nothing to clean up in this profile
    }
    // A new QSettings on the same file: what is on disk, not what is cached.
    m_settings = std::make_unique<QSettings>(m_ini, QSettings::IniFormat);
    ConnectionStore store(*m_settings);
    QVERIFY(store.contains(original.id));
    QCOMPARE(store.profile(original.id), original);
    const QList<ConnectionProfile> all = store.profiles();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.constFirst(), original);
}

void TestConnectionStore::globalAndWorkspaceScopes() {
    QTemporaryDir a;
    QTemporaryDir b;
    ConnectionStore store(*m_settings);
    ConnectionProfile g1 = profile(QStringLiteral("zeta global"));
    ConnectionProfile g2 = profile(QStringLiteral("Alpha global"));
    ConnectionProfile wa = profile(QStringLiteral("beta in A"), a.path());
    ConnectionProfile wb = profile(QStringLiteral("gamma in B"), b.path());
    for (ConnectionProfile *p : {&g1, &g2, &wa, &wb})
        QVERIFY(store.save(*p));
    for (const ConnectionProfile *p : {&g1, &g2, &wa, &wb}) {
        QCOMPARE(p->id.size(), 36); // a UUID was given
        QVERIFY(!p->id.contains(QLatin1Char('{')));
    }

    const auto names = [](const QList<ConnectionProfile> &list) {
        QStringList out;
        for (const ConnectionProfile &p : list)
            out << p.name;
        return out;
    };
    QCOMPARE(names(store.profiles()),
             (QStringList{QStringLiteral("Alpha global"), QStringLiteral("zeta global")}));
    QCOMPARE(names(store.profiles(a.path())),
             (QStringList{QStringLiteral("Alpha global"), QStringLiteral("beta in A"),
                          QStringLiteral("zeta global")}));
    QCOMPARE(names(store.profiles(b.path())),
             (QStringList{QStringLiteral("Alpha global"), QStringLiteral("gamma in B"),
                          QStringLiteral("zeta global")}));
    QTemporaryDir none;
    QCOMPARE(store.profiles(none.path()).size(), 2);

    const ConnectionProfile readBack = store.profile(wa.id);
    QCOMPARE(readBack.workspaceRoot, ConnectionStore::canonicalRoot(a.path()));
    QVERIFY(store.profile(g1.id).workspaceRoot.isEmpty());
}

void TestConnectionStore::canonicalWorkspaceRoot() {
    QTemporaryDir dir;
    const QString real = dir.filePath(QStringLiteral("project"));
    QVERIFY(QDir().mkpath(real));
    const QString link = dir.filePath(QStringLiteral("link"));
    QVERIFY(QFile::link(real, link));

    ConnectionStore store(*m_settings);
    ConnectionProfile p = profile(QStringLiteral("linked"), link + QStringLiteral("/"));
    QVERIFY(store.save(p));
    QCOMPARE(p.workspaceRoot, ConnectionStore::canonicalRoot(real));
    // The same folder through another spelling finds the same profiles.
    QCOMPARE(store.profiles(real).size(), 1);
    QCOMPARE(store.profiles(dir.filePath(QStringLiteral("project/../project"))).size(), 1);
    QCOMPARE(store.profiles(link).size(), 1);
    QCOMPARE(ConnectionStore::workspaceGroup(link), ConnectionStore::workspaceGroup(real));
    QVERIFY(ConnectionStore::workspaceGroup(real).startsWith(
        QStringLiteral("connections/workspaces/")));
    QCOMPARE(ConnectionStore::workspaceGroup(real).section(QLatin1Char('/'), 2).size(), 40);
}

void TestConnectionStore::saveReplacesAndMovesScope() {
    QTemporaryDir ws;
    ConnectionStore store(*m_settings);
    ConnectionProfile p = profile(QStringLiteral("movable"));
    QVERIFY(store.save(p));
    p.name = QStringLiteral("renamed");
    QVERIFY(store.save(p));
    QCOMPARE(store.profiles().size(), 1);
    QCOMPARE(store.profile(p.id).name, QStringLiteral("renamed"));

    p.workspaceRoot = ws.path(); // global -> workspace
    QVERIFY(store.save(p));
    QCOMPARE(store.profiles().size(), 0);
    QCOMPARE(store.profiles(ws.path()).size(), 1);
    p.workspaceRoot.clear(); // and back
    QVERIFY(store.save(p));
    QCOMPARE(store.profiles(ws.path()).size(), 1);
    QVERIFY2(!iniText().contains(QStringLiteral("workspaces")), qPrintable(iniText()));
}

void TestConnectionStore::removeAndDuplicate() {
    QTemporaryDir ws;
    ConnectionStore store(*m_settings);
    ConnectionProfile p = profile(QStringLiteral("Main"), ws.path());
    p.environment = Environment::Staging;
    QVERIFY(store.save(p));

    const ConnectionProfile copy = store.duplicate(p.id);
    QVERIFY(!copy.id.isEmpty());
    QVERIFY(copy.id != p.id);
    QCOMPARE(copy.name, QStringLiteral("Main (copy)"));
    QCOMPARE(copy.workspaceRoot, p.workspaceRoot);
    QCOMPARE(copy.environment, Environment::Staging);
    QCOMPARE(store.profiles(ws.path()).size(), 2);
    QVERIFY(store.duplicate(QStringLiteral("no-such-id")).id.isEmpty());
    QVERIFY(store.profile(QStringLiteral("no-such-id")).id.isEmpty());

    QVERIFY(store.remove(p.id));
    QVERIFY(!store.remove(p.id));
    QVERIFY(!store.contains(p.id));
    QCOMPARE(store.profiles(ws.path()).size(), 1);
    QVERIFY(store.remove(copy.id));
    QCOMPARE(store.profiles(ws.path()).size(), 0);
    // The emptied workspace group (with its root path) is gone too.
    QVERIFY2(!iniText().contains(QStringLiteral("workspaces")), qPrintable(iniText()));
}

void TestConnectionStore::passwordNeverOnDisk() {
    const QString secret = QStringLiteral("Hunter2-Secret");
    ConnectionStore store(*m_settings);
    ConnectionProfile p = profile(QStringLiteral("secretive"));
    p.rememberPassword = true;
    // A careless caller: secrets in the shadow URL and in the options.
    p.shadowUrl = QStringLiteral("postgresql://app:Hunter2-Secret@db.example.com/shadow");
    p.options =
        QStringLiteral("password=Hunter2-Secret&connection_limit=2&sslpassword=Hunter2-Secret");
    QVERIFY(store.save(p));
    ConnectionProfile raw = profile(QStringLiteral("raw @ and / in password"));
    raw.shadowUrl = QStringLiteral("postgresql://app:Hunter2/Secret@x@db.example.com/shadow");
    QVERIFY(store.save(raw));
    ConnectionProfile spec = ConnectionProfile::fromSpec(p.toSpec(secret)); // from a spec with one
    QVERIFY(store.save(spec));

    const QString text = iniText();
    QVERIFY(!text.isEmpty());
    QVERIFY2(!text.contains(QStringLiteral("Hunter2")), qPrintable(text));
    QVERIFY(!text.contains(secret));
    // No key is a password key (rememberPassword is a flag).
    static const QRegularExpression passwordKey(
        QStringLiteral(R"(^[^=]*(?:^|[/\\])(?:password|pass|pwd|secret)\s*=)"),
        QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
    QVERIFY2(!text.contains(passwordKey), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("rememberPassword=true")));

    // What was stored is still usable.
    const ConnectionProfile back = store.profile(p.id);
    QCOMPARE(back.shadowUrl, QStringLiteral("postgresql://app@db.example.com/shadow"));
    QCOMPARE(back.options, QStringLiteral("connection_limit=2"));
    QCOMPARE(store.profile(raw.id).shadowUrl,
             QStringLiteral("postgresql://app@db.example.com/shadow"));
    QVERIFY(back.validate().isEmpty());
}

void TestConnectionStore::layoutOnDisk() {
    QTemporaryDir ws;
    ConnectionStore store(*m_settings);
    ConnectionProfile g = profile(QStringLiteral("global one"));
    ConnectionProfile w = profile(QStringLiteral("workspace one"), ws.path());
    QVERIFY(store.save(g));
    QVERIFY(store.save(w));
    m_settings->sync();
    const QString wsGroup = ConnectionStore::workspaceGroup(ws.path());
    QCOMPARE(m_settings->value(QStringLiteral("connections/global/%1/name").arg(g.id)).toString(),
             QStringLiteral("global one"));
    QCOMPARE(m_settings->value(QStringLiteral("%1/%2/name").arg(wsGroup, w.id)).toString(),
             QStringLiteral("workspace one"));
    QCOMPARE(m_settings->value(wsGroup + QStringLiteral("/root")).toString(),
             ConnectionStore::canonicalRoot(ws.path()));
    QCOMPARE(m_settings->value(QStringLiteral("connections/global/%1/driver").arg(g.id)).toString(),
             QStringLiteral("postgresql"));
    QCOMPARE(
        m_settings->value(QStringLiteral("connections/global/%1/environment").arg(g.id)).toString(),
        QStringLiteral("local"));
}

QTEST_GUILESS_MAIN(TestConnectionStore)
#include "tst_connectionstore.moc"
