// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/ansitext.h"
#include "history/timestamp.h"
#include "workspace/dotenv.h"

#include <QTest>

class TestTextUtils : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sqliteTimestamps();
    void textTimestamps_data();
    void textTimestamps();
    void prismaDisplay();
    void ansiIsStripped();
    void dotEnv();
};

void TestTextUtils::sqliteTimestamps() {
    bool integer = false;
    // Prisma binds INTEGER milliseconds on SQLite (fixture row: 1795306905790).
    const auto ms = Timestamp::fromSqliteValue(QVariant(qlonglong(1795306905790)), &integer);
    QVERIFY(integer);
    QCOMPARE(*ms, 1795306905790LL * 1000);
    QCOMPARE(Timestamp::toIso(*ms), QStringLiteral("2026-11-22T00:21:45.790Z"));
    const auto text =
        Timestamp::fromSqliteValue(QVariant(QStringLiteral("2024-01-01 12:00:00")), &integer);
    QVERIFY(!integer);
    QCOMPARE(Timestamp::toIso(*text), QStringLiteral("2024-01-01T12:00:00.000Z"));
    QVERIFY(!Timestamp::fromSqliteValue(QVariant()).has_value());
    QVERIFY(!Timestamp::fromSqliteValue(QVariant(QStringLiteral("yesterday"))).has_value());
}

void TestTextUtils::textTimestamps_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("iso");
    QTest::newRow("sqlite default") << "2024-01-01 12:00:00"
                                    << "2024-01-01T12:00:00.000Z";
    QTest::newRow("iso Z millis") << "2024-01-01T12:00:00.123Z"
                                  << "2024-01-01T12:00:00.123Z";
    QTest::newRow("micros") << "2024-01-01 12:00:00.123456"
                            << "2024-01-01T12:00:00.123456Z";
    QTest::newRow("offset") << "2024-01-01T14:00:00+02:00"
                            << "2024-01-01T12:00:00.000Z";
    QTest::newRow("negative offset") << "2024-01-01 07:30:00-0430"
                                     << "2024-01-01T12:00:00.000Z";
}

void TestTextUtils::textTimestamps() {
    QFETCH(QString, text);
    QFETCH(QString, iso);
    const auto parsed = Timestamp::parseText(text);
    QVERIFY(parsed.has_value());
    QCOMPARE(Timestamp::toIso(*parsed), iso);
}

void TestTextUtils::prismaDisplay() {
    const auto t = Timestamp::parseText(QStringLiteral("2025-12-19 10:55:50.794337"));
    QCOMPARE(Timestamp::toPrismaDisplay(*t), QStringLiteral("2025-12-19 10:55:50.794337 UTC"));
    const auto ms = Timestamp::parseText(QStringLiteral("2026-11-22 00:21:49.738"));
    QCOMPARE(Timestamp::toPrismaDisplay(*ms), QStringLiteral("2026-11-22 00:21:49.738 UTC"));
}

void TestTextUtils::ansiIsStripped() {
    const QString colored =
        QStringLiteral("\x1b[1;91mERROR\x1b[0m: duplicate key\n\x1b[2m  3 | \x1b[0mCREATE");
    QCOMPARE(AnsiText::strip(colored), QStringLiteral("ERROR: duplicate key\n  3 | CREATE"));
    QCOMPARE(AnsiText::strip(QStringLiteral("plain")), QStringLiteral("plain"));
    QCOMPARE(AnsiText::strip(QStringLiteral("a\x1b]8;;http://x\x07link\x1b]8;;\x07")),
             QStringLiteral("alink"));
}

void TestTextUtils::dotEnv() {
    const auto env = DotEnv::parse("# comment\nDATABASE_URL=\"postgresql://u:p@h/db?schema=s\"\n"
                                   "export SHADOW='mysql://x' \nPLAIN=value # trailing\n"
                                   "REF=${PLAIN}/more\nEMPTY=\n");
    QCOMPARE(env.value(QStringLiteral("DATABASE_URL")),
             QStringLiteral("postgresql://u:p@h/db?schema=s"));
    QCOMPARE(env.value(QStringLiteral("SHADOW")), QStringLiteral("mysql://x"));
    QCOMPARE(env.value(QStringLiteral("PLAIN")), QStringLiteral("value"));
    QCOMPARE(env.value(QStringLiteral("REF")), QStringLiteral("value/more"));
    QVERIFY(env.contains(QStringLiteral("EMPTY")));
}

QTEST_GUILESS_MAIN(TestTextUtils)
#include "tst_textutils.moc"
