// SPDX-License-Identifier: GPL-3.0-or-later
// The keychain round trip, run twice by ctest: inside a private Secret Service session
// (scripts/with-keyring.sh; MWB_EXPECT_KEYCHAIN=1) and without any D-Bus session
// (MWB_EXPECT_KEYCHAIN=0), where the store must say so and keep passwords in memory only.
#include "connections/secretstore.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

class TestSecretStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void probeReportsTheBackend();
    void roundTrip();
    void sessionOnlyWithoutKeychain();

private:
    bool expectKeychain() const { return qEnvironmentVariableIntValue("MWB_EXPECT_KEYCHAIN") == 1; }
};

void TestSecretStore::probeReportsTheBackend() {
    SecretStore store;
    QSignalSpy spy(&store, &SecretStore::availabilityChanged);
    store.probe();
    QVERIFY(spy.wait(20000));
    if (expectKeychain()) {
        QVERIFY2(store.availability() == SecretStore::Availability::Available,
                 qPrintable(store.unavailableReason()));
    } else {
        QCOMPARE(store.availability(), SecretStore::Availability::Unavailable);
        QVERIFY(store.unavailableReason().contains(QStringLiteral("No system keychain")));
    }
}

void TestSecretStore::roundTrip() {
    if (!expectKeychain())
        QSKIP("runs in the keyring variant of this test");
    SecretStore store;
    QSignalSpy probed(&store, &SecretStore::availabilityChanged);
    store.probe();
    QVERIFY(probed.wait(20000));
    const QString key = QStringLiteral("migration-workbench/test-profile");
    const QString secret =
        QStringLiteral("s3cr3t-\u00fc-%1").arg(QCoreApplication::applicationPid());
    bool wrote = false;
    QString error;
    store.write(key, secret, [&](bool ok, const QString &e) {
        wrote = ok;
        error = e;
    });
    QTRY_VERIFY2_WITH_TIMEOUT(wrote, qPrintable(error), 20000);

    std::optional<QString> read;
    bool done = false;
    SecretStore fresh; // a new instance: the value comes from the keychain, not from memory
    fresh.read(key, [&](std::optional<QString> pw, const QString &) {
        read = pw;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    QCOMPARE(read.value_or(QString()), secret);

    // The keyring keeps it encrypted: the secret is not in any file below HOME in clear text.
    QDirIterator files(QDir::homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile f(files.next());
        if (f.open(QIODevice::ReadOnly))
            QVERIFY2(!f.readAll().contains(secret.toUtf8()), qPrintable(f.fileName()));
    }

    bool removed = false;
    fresh.remove(key, [&](bool ok, const QString &) { removed = ok; });
    QTRY_VERIFY_WITH_TIMEOUT(removed, 20000);
    done = false;
    fresh.read(key, [&](std::optional<QString> pw, const QString &) {
        read = pw;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    QVERIFY(!read.has_value());
}

void TestSecretStore::sessionOnlyWithoutKeychain() {
    if (expectKeychain())
        QSKIP("runs in the no-keychain variant of this test");
    SecretStore store;
    QSignalSpy probed(&store, &SecretStore::availabilityChanged);
    store.probe();
    QVERIFY(probed.wait(20000));
    const QString key = QStringLiteral("migration-workbench/session-only");
    std::optional<QString> read;
    QString error;
    bool done = false;
    store.read(key, [&](std::optional<QString> pw, const QString &e) {
        read = pw;
        error = e;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    QVERIFY(!read.has_value());
    QVERIFY(!error.isEmpty()); // the UI shows why it has to ask
    store.rememberForSession(key, QStringLiteral("typed-once"));
    done = false;
    store.read(key, [&](std::optional<QString> pw, const QString &) {
        read = pw;
        done = true;
    });
    QVERIFY(done); // answered from memory, synchronously
    QCOMPARE(read.value_or(QString()), QStringLiteral("typed-once"));
    store.forgetSession();
    done = false;
    store.read(key, [&](std::optional<QString> pw, const QString &) {
        read = pw;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    QVERIFY(!read.has_value());
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
