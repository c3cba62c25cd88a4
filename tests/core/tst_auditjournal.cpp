// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/auditjournal.h"
#include "testdata.h"

#include <QTemporaryDir>
#include <QTest>

class TestAuditJournal : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void osUserWithoutEnvironment();
    void appendAndVerify();
    void tamperingIsDetected_data();
    void tamperingIsDetected();

private:
    QString writeThree(const QTemporaryDir &dir);
};

QString TestAuditJournal::writeThree(const QTemporaryDir &dir) {
    const QString path = dir.filePath(QStringLiteral("journal.jsonl"));
    AuditJournal journal(path);
    for (int i = 0; i < 3; ++i) {
        AuditEntry e;
        e.time = QDateTime::currentDateTimeUtc();
        e.osUser = QStringLiteral("alice");
        e.connection = QStringLiteral("postgresql://app:****@db:5432/shop?schema=public");
        e.environment = QStringLiteral("production");
        e.operation = QStringLiteral("resolve-rolled-back");
        e.target = QStringLiteral("m%1").arg(i);
        e.elevated = true;
        e.statements
            << QStringLiteral(
                   "UPDATE \"_prisma_migrations\" SET \"rolled_back_at\" = now() WHERE id = '%1'")
                   .arg(i);
        e.success = true;
        e.result = QStringLiteral("Migration marked as rolled back.");
        e.durationMs = 12;
        if (const QString error = journal.append(e); !error.isEmpty())
            qWarning("%s", qPrintable(error));
    }
    return path;
}

void TestAuditJournal::appendAndVerify() {
    QTemporaryDir dir;
    const QString path = writeThree(dir);
    const AuditJournal journal(path);
    const auto v = journal.verify();
    QVERIFY2(v.intact, qPrintable(v.problem));
    QCOMPARE(v.entries, 3);
    const QList<AuditEntry> entries = journal.entries();
    QCOMPARE(entries.size(), 3);
    QVERIFY(entries.at(0).previousHash.isEmpty());
    QCOMPARE(entries.at(1).previousHash, entries.at(0).hash);
    QCOMPARE(entries.at(2).target, QStringLiteral("m2"));
    QVERIFY(entries.at(2).elevated);
    QCOMPARE(entries.at(2).hash.size(), 64);
    QVERIFY(QFile(path).permissions().testFlag(QFileDevice::ReadOwner));
    QVERIFY(
        !QFile(path).permissions().testFlag(QFileDevice::ReadOther)); // only its owner can read it
}

void TestAuditJournal::tamperingIsDetected_data() {
    QTest::addColumn<QString>("how");
    QTest::addColumn<int>("badLine");
    QTest::newRow("edited result") << QStringLiteral("edit") << 2;
    QTest::newRow("removed entry") << QStringLiteral("remove") << 2;
    QTest::newRow("reordered entries") << QStringLiteral("swap") << 1;
    QTest::newRow("garbage line") << QStringLiteral("garbage") << 2;
}

void TestAuditJournal::tamperingIsDetected() {
    QFETCH(QString, how);
    QFETCH(int, badLine);
    QTemporaryDir dir;
    const QString path = writeThree(dir);
    QList<QByteArray> lines = TestData::readFile(path).split('\n');
    lines.removeAll(QByteArray());
    if (how == QLatin1String("edit"))
        lines[1].replace("marked as rolled back", "marked as applied");
    else if (how == QLatin1String("remove"))
        lines.removeAt(1);
    else if (how == QLatin1String("swap"))
        std::swap(lines[0], lines[1]);
    else
        lines[1] = "{not json";
    QVERIFY(TestData::writeFile(path, lines.join('\n') + '\n'));
    const auto v = AuditJournal(path).verify();
    QVERIFY(!v.intact);
    QCOMPARE(v.firstBadLine, badLine);
    QVERIFY(!v.problem.isEmpty());
}

void TestAuditJournal::osUserWithoutEnvironment() {
    // Containers run without USER: the journal still names the user (password database).
    const QByteArray saved[] = {qgetenv("USER"), qgetenv("LOGNAME"), qgetenv("USERNAME")};
    for (const char *v : {"USER", "LOGNAME", "USERNAME"})
        qunsetenv(v);
    const QString user = AuditJournal::currentOsUser();
    int i = 0;
    for (const char *v : {"USER", "LOGNAME", "USERNAME"}) {
        if (!saved[i].isEmpty())
            qputenv(v, saved[i]);
        ++i;
    }
    QVERIFY(!user.isEmpty());
    qputenv("USER", "reviewer-x");
    QCOMPARE(AuditJournal::currentOsUser(), QStringLiteral("reviewer-x"));
    if (saved[0].isEmpty())
        qunsetenv("USER");
    else
        qputenv("USER", saved[0]);
}

QTEST_GUILESS_MAIN(TestAuditJournal)
#include "tst_auditjournal.moc"
