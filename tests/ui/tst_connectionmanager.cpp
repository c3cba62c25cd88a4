// SPDX-License-Identifier: GPL-3.0-or-later
// The connection manager and the migration × connection matrix, offscreen, against the real test
// servers: import a URL, save without the password on disk, test (right and wrong password),
// connect, and read several connections at once.
#include "connections/connectioneditor.h"
#include "connections/connectionmanagerdialog.h"
#include "connections/connectionmatrixdialog.h"
#include "connections/connectionstore.h"
#include "connections/secretstore.h"
#include "testdata.h"
#include "testservers.h"
#include "workspace/demoworkspace.h"

#include <QCheckBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

class TestConnectionManager : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void importSaveTestConnect();
    void matrixReadsEveryConnection();

private:
    QPushButton *button(QDialog &dialog, const QString &text);

    QTemporaryDir m_tmp;
    ConnectionSpec m_pg;
};

void TestConnectionManager::initTestCase() {
    QString reason;
    m_pg = TestServers::freshDatabase(TestServers::Kind::Postgres, &reason);
    if (!m_pg.isValid())
        MWB_SKIP_OR_FAIL(reason);
}

QPushButton *TestConnectionManager::button(QDialog &dialog, const QString &text) {
    for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
        if (b->text().remove(QLatin1Char('&')) == text)
            return b;
    }
    return nullptr;
}

void TestConnectionManager::importSaveTestConnect() {
    const QString ini = m_tmp.filePath(QStringLiteral("settings.ini"));
    QSettings settings(ini, QSettings::IniFormat);
    ConnectionStore store(settings);
    SecretStore secrets; // no Secret Service in this test: passwords stay in memory
    QSignalSpy probed(&secrets, &SecretStore::availabilityChanged);
    secrets.probe();
    QVERIFY(probed.wait(20000));
    const QString ws = m_tmp.filePath(QStringLiteral("ws"));
    ConnectionManagerDialog dialog(store, secrets, ws, ws + QStringLiteral("/prisma"));
    dialog.show();
    QSignalSpy requested(&dialog, &ConnectionManagerDialog::connectRequested);
    QSignalSpy tested(&dialog, &ConnectionManagerDialog::testFinished);

    // The workspace's DATABASE_URL, with its password, becomes a profile.
    ConnectionSpec shadowSpec = m_pg;
    shadowSpec.database = QStringLiteral("shadow_db");
    dialog.importFromWorkspace(TestServers::url(m_pg), QStringLiteral("DATABASE_URL in .env"),
                               TestServers::url(shadowSpec));
    ConnectionProfile p = dialog.editor()->profile();
    QCOMPARE(p.driver, ConnectionSpec::Driver::Postgres);
    QCOMPARE(p.port, m_pg.port);
    QCOMPARE(p.database, m_pg.database);
    QCOMPARE(dialog.editor()->typedPassword(), m_pg.password);
    QVERIFY(p.shadowUrl.contains(QStringLiteral("shadow_db")));
    QVERIFY(!p.shadowUrl.contains(m_pg.password)); // SHADOW_DATABASE_URL without its password
    QVERIFY(
        dialog.grab().save(QDir::temp().filePath(QStringLiteral("mwb-connection-manager.png"))));

    // The URL had a password, so "remember" is on; without a keychain that means this session only.
    auto *remember = dialog.editor()->findChild<QCheckBox *>(QStringLiteral("rememberCheck"));
    QVERIFY(remember->isChecked());
    QVERIFY(remember->text().contains(QStringLiteral("session")));
    button(dialog, QStringLiteral("Save"))->click();
    settings.sync();
    QCOMPARE(store.profiles(ws).size(), 1);
    QVERIFY2(!TestData::readFile(ini).contains(m_pg.password.toUtf8()),
             "the password never reaches the settings file");
    QVERIFY(TestData::readFile(ini).contains(m_pg.database.toUtf8()));

    // Test: the password comes from the session memory now.
    button(dialog, QStringLiteral("Test"))->click();
    QVERIFY(tested.wait(20000));
    QCOMPARE(tested.takeFirst().at(0).toBool(), true);
    QVERIFY2(dialog.lastTestResult().contains(QStringLiteral("Connected")),
             qPrintable(dialog.lastTestResult()));

    // A wrong password gets a precise diagnosis.
    auto *password = dialog.editor()->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    password->setText(QStringLiteral("not-the-password"));
    button(dialog, QStringLiteral("Test"))->click();
    QVERIFY(tested.wait(20000));
    QCOMPARE(tested.takeFirst().at(0).toBool(), false);
    QVERIFY2(dialog.lastTestResult().contains(QStringLiteral("uthentication")),
             qPrintable(dialog.lastTestResult()));
    QVERIFY(!dialog.lastTestResult().contains(QStringLiteral("not-the-password")));

    password->clear();
    button(dialog, QStringLiteral("Connect"))->click();
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(1).toString(), m_pg.password);
}

void TestConnectionManager::matrixReadsEveryConnection() {
    const QString ws = m_tmp.filePath(QStringLiteral("demo"));
    QCOMPARE(DemoWorkspace::create(ws), QString());
    // The PostgreSQL database has the demo's init applied and nothing else.
    QCOMPARE(
        TestServers::execute(
            m_pg, {TestData::migrationsTableDdl(QStringLiteral("postgresql")),
                   QStringLiteral("INSERT INTO _prisma_migrations (id, checksum, finished_at, "
                                  "migration_name, applied_steps_count) VALUES ('a', 'x', now(), "
                                  "'20240101000000_init', 1)")}),
        QString());
    ConnectionProfile sqlite;
    sqlite.id = QStringLiteral("sqlite");
    sqlite.name = QStringLiteral("demo (SQLite)");
    sqlite.driver = ConnectionSpec::Driver::Sqlite;
    sqlite.database = ws + QStringLiteral("/prisma/dev.db");
    ConnectionProfile pg = ConnectionProfile::fromSpec(m_pg);
    pg.id = QStringLiteral("pg");
    pg.name = QStringLiteral("staging (PostgreSQL)");
    ConnectionProfile dead = pg;
    dead.id = QStringLiteral("dead");
    dead.name = QStringLiteral("unreachable");
    dead.port = 1;
    SecretStore secrets;
    secrets.rememberForSession(pg.secretKey(), m_pg.password);
    secrets.rememberForSession(dead.secretKey(), m_pg.password);
    ConnectionMatrixDialog dialog({sqlite, pg, dead}, ws + QStringLiteral("/prisma/migrations"),
                                  secrets);
    QSignalSpy complete(&dialog, &ConnectionMatrixDialog::complete);
    QVERIFY(complete.wait(30000));
    const HistoryMatrix &m = dialog.matrix();
    QCOMPARE(m.connections().size(), 3);
    const int sqliteCol =
        static_cast<int>(m.connections().indexOf(QStringLiteral("demo (SQLite)")));
    const int pgCol =
        static_cast<int>(m.connections().indexOf(QStringLiteral("staging (PostgreSQL)")));
    const int deadCol = static_cast<int>(m.connections().indexOf(QStringLiteral("unreachable")));
    const int unique =
        static_cast<int>(m.migrations().indexOf(QStringLiteral("20240102000000_Unique")));
    QCOMPARE(m.cell(unique, sqliteCol).state, MigrationStatus::State::Failed);
    QCOMPARE(m.cell(unique, pgCol).state, MigrationStatus::State::Pending);
    QVERIFY(!m.cell(unique, deadCol).state.has_value());
    QVERIFY(!m.error(deadCol).isEmpty());
    QCOMPARE(dialog.table()->rowCount(), 2);
    QVERIFY(dialog.grab().save(QDir::temp().filePath(QStringLiteral("mwb-connection-matrix.png"))));
}

QTEST_MAIN(TestConnectionManager)
#include "tst_connectionmanager.moc"
