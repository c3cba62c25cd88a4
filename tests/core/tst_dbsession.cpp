// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/dbsession.h"
#include "testdata.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

class TestDbSession : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void folderOnlySession();
    void staleResultsAreDropped();
    void cancelStopsTheScan();
    void busyFollowsRequests();

private:
    QTemporaryDir m_tmp;
    QString m_migrations;
};

void TestDbSession::initTestCase() {
    m_migrations = m_tmp.filePath(QStringLiteral("migrations"));
    for (int i = 0; i < 3000; ++i)
        QVERIFY(TestData::writeMigration(
            m_migrations, QStringLiteral("%1_m").arg(i, 6, 10, QLatin1Char('0')), "SELECT 1;\n"));
}

void TestDbSession::folderOnlySession() {
    DbSession session{ConnectionSpec{}};
    QVERIFY(!session.hasDatabase());
    const HistoryResult r = session.loadHistoryAndWait(m_migrations);
    QVERIFY(!r.error.isError());
    QVERIFY(!r.report.databaseRead);
    QCOMPARE(r.report.migrations.size(), 3000);
}

void TestDbSession::staleResultsAreDropped() {
    DbSession session{ConnectionSpec{}};
    QSignalSpy spy(&session, &DbSession::historyLoaded);
    session.loadHistory(m_migrations);
    const quint64 second = session.loadHistory(m_migrations);
    QVERIFY(spy.wait(20000));
    QTest::qWait(0); // deliver anything still queued
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<HistoryResult>().requestId, second);
}

void TestDbSession::cancelStopsTheScan() {
    DbSession session{ConnectionSpec{}};
    QSignalSpy spy(&session, &DbSession::historyLoaded);
    session.loadHistory(m_migrations);
    session.cancel();
    QVERIFY(spy.wait(20000));
    const HistoryResult r = spy.at(0).at(0).value<HistoryResult>();
    QVERIFY(r.error.isError());
    QCOMPARE(r.error.message, QStringLiteral("Cancelled."));
}

void TestDbSession::busyFollowsRequests() {
    DbSession session{ConnectionSpec{}};
    QSignalSpy busy(&session, &DbSession::busyChanged);
    session.loadHistoryAndWait(m_migrations);
    QCOMPARE(busy.count(), 2);
    QCOMPARE(busy.at(0).at(0).toBool(), true);
    QCOMPARE(busy.at(1).at(0).toBool(), false);
    QVERIFY(!session.isBusy());
}

QTEST_GUILESS_MAIN(TestDbSession)
#include "tst_dbsession.moc"
