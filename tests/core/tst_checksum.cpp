// SPDX-License-Identifier: GPL-3.0-or-later
#include "testdata.h"
#include "workspace/checksum.h"

#include <QTest>

class TestChecksum : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void recordsLowercaseSha256();
    void compare_data();
    void compare();
    void legacyHexDropsLeadingZeros();
    void fixtureFilesMatchRecordedChecksums();
};

void TestChecksum::recordsLowercaseSha256() {
    // The test vector in Prisma's checksum.rs.
    QCOMPARE(Checksum::record("hello"),
             QStringLiteral("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824"));
    QCOMPARE(Checksum::record(QByteArray()),
             QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    QCOMPARE(Checksum::record("x").size(), 64);
}

void TestChecksum::compare_data() {
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("stored");
    QTest::addColumn<int>("expected");
    const QByteArray lf = "CREATE TABLE a (id INT);\nCREATE TABLE b (id INT);\n";
    QByteArray crlf = lf;
    crlf.replace("\n", "\r\n");
    const int exact = static_cast<int>(Checksum::Match::Exact);
    const int eol = static_cast<int>(Checksum::Match::LineEndings);
    const int none = static_cast<int>(Checksum::Match::None);
    QTest::newRow("same LF") << lf << Checksum::record(lf) << exact;
    QTest::newRow("file now CRLF, recorded LF") << crlf << Checksum::record(lf) << eol;
    QTest::newRow("file now LF, recorded CRLF") << lf << Checksum::record(crlf) << eol;
    QTest::newRow("edited") << lf + "-- comment\n" << Checksum::record(lf) << none;
    QTest::newRow("empty stored never matches") << QByteArray() << QString() << none;
    QTest::newRow("uppercase stored never matches") << lf << Checksum::record(lf).toUpper() << none;
    // Prisma converts LF->CRLF on the original text: an existing CRLF becomes CR CR LF.
    QByteArray mixed = "a\r\nb\n";
    QTest::newRow("mixed file vs all-CRLF record")
        << mixed << Checksum::record("a\r\nb\r\n") << none;
    QTest::newRow("mixed file vs all-LF record") << mixed << Checksum::record("a\nb\n") << eol;
    QTest::newRow("lone CR is not normalised")
        << QByteArray("a\rb") << Checksum::record("a\nb") << none;
    QByteArray bom = "\xEF\xBB\xBFSELECT 1;\n";
    QTest::newRow("BOM is hashed as is") << bom << Checksum::record("SELECT 1;\n") << none;
}

void TestChecksum::compare() {
    QFETCH(QByteArray, file);
    QFETCH(QString, stored);
    QFETCH(int, expected);
    QCOMPARE(static_cast<int>(Checksum::compare(file, stored)), expected);
}

void TestChecksum::legacyHexDropsLeadingZeros() {
    // Values recorded with the real Prisma CLI (fixtures sqlite-checksum.md §5).
    const QByteArray digest =
        QByteArray::fromHex("5a04d1654a8ebfc6cd8145c9910fff4db06b7fe101769e723a055b32ef371678");
    const QString legacy =
        QStringLiteral("5a4d1654a8ebfc6cd8145c991fff4db06b7fe11769e723a55b32ef371678");
    QCOMPARE(Checksum::legacyHex(digest), legacy);
    QCOMPARE(legacy.size(), 60);
    // A file whose digest has zero-led bytes matches its legacy form, and not a zero string.
    for (int i = 0; i < 1000; ++i) {
        const QByteArray script = "SELECT " + QByteArray::number(i) + ";\n";
        const QString normal = Checksum::record(script);
        const QString old = Checksum::legacyHex(QByteArray::fromHex(normal.toLatin1()));
        if (old.size() == 64)
            continue;
        QVERIFY(Checksum::matches(script, old));
        QVERIFY(!Checksum::matches(script, QString(old.size(), QLatin1Char('0'))));
        return;
    }
    QFAIL("no digest with a zero-led byte among 1000 scripts");
}

void TestChecksum::fixtureFilesMatchRecordedChecksums() {
    const QString fixtures = TestData::prismaFixturesDir();
    if (fixtures.isEmpty())
        QSKIP("the Prisma fixtures (../shared/fixtures) are not present");
    // Checksums Prisma 6.19.3 wrote for these files (fixtures README).
    const QString dir =
        fixtures + QStringLiteral("/states/sqlite/failed-02-deploy-failed/prisma/migrations/");
    QCOMPARE(Checksum::record(
                 TestData::readFile(dir + QStringLiteral("20240101000000_init/migration.sql"))),
             QStringLiteral("853c73028b1c4990fe0b6f373bcf5861cc3031f4c5ece681aa9044917354c919"));
    QCOMPARE(Checksum::record(
                 TestData::readFile(dir + QStringLiteral("20240102000000_Unique/migration.sql"))),
             QStringLiteral("6fc3258092fe38b20fc6b1b1940c71a8502dbef0058f06c1386c32fefcf01b03"));
}

QTEST_GUILESS_MAIN(TestChecksum)
#include "tst_checksum.moc"
