// SPDX-License-Identifier: GPL-3.0-or-later
// The differ and Prisma's summary format, on schemas built by hand; expected texts are what
// Prisma 6.19.3 printed for the same schema pairs (../shared/fixtures/…/transcripts/*-diff.md).
#include "schema/schemadiffer.h"
#include "schema/schemasummary.h"

#include <QTest>

#include <algorithm>

namespace {
SchemaColumn column(const QString &name, const QString &type, bool nullable = false,
                    const QString &def = {}) {
    SchemaColumn c;
    c.name = name;
    c.type = type;
    c.nullable = nullable;
    c.defaultValue = def;
    return c;
}

SchemaTable user(bool withEmail, bool withAge) {
    SchemaTable t;
    t.name = QStringLiteral("User");
    t.columns << column(QStringLiteral("id"), QStringLiteral("integer"))
              << column(QStringLiteral("name"), QStringLiteral("text"));
    if (withEmail)
        t.columns << column(QStringLiteral("email"), QStringLiteral("text"), true);
    if (withAge)
        t.columns << column(QStringLiteral("age"), QStringLiteral("integer"), true);
    t.primaryKeyName = QStringLiteral("User_pkey");
    t.primaryKey = {QStringLiteral("id")};
    SchemaIndex unique;
    unique.name = QStringLiteral("User_name_key");
    unique.columns = {QStringLiteral("name")};
    unique.unique = true;
    t.indexes << unique;
    return t;
}

SchemaTable post() {
    SchemaTable t;
    t.name = QStringLiteral("Post");
    t.columns << column(QStringLiteral("id"), QStringLiteral("integer"))
              << column(QStringLiteral("title"), QStringLiteral("text"))
              << column(QStringLiteral("authorId"), QStringLiteral("integer"));
    t.primaryKey = {QStringLiteral("id")};
    SchemaIndex index;
    index.name = QStringLiteral("Post_authorId_idx");
    index.columns = {QStringLiteral("authorId")};
    t.indexes << index;
    SchemaForeignKey fk;
    fk.name = QStringLiteral("Post_authorId_fkey");
    fk.columns = {QStringLiteral("authorId")};
    fk.referencedTable = QStringLiteral("User");
    fk.referencedColumns = {QStringLiteral("id")};
    fk.onDelete = QStringLiteral("RESTRICT");
    fk.onUpdate = QStringLiteral("CASCADE");
    t.foreignKeys << fk;
    return t;
}
} // namespace

class TestSchemaDiffer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fromEmptyLikePrisma();
    void addedTableAndColumnLikePrisma();
    void identicalAndRenamedIndexAreNoDifference();
    void alteredColumns();
    void enumsTablesViews();
    void sqliteRedefinitionKeepsItsDetails();
    void noiseIsNotADifference_data();
    void noiseIsNotADifference();
};

void TestSchemaDiffer::fromEmptyLikePrisma() {
    Schema to;
    to.tables << user(false, false);
    QCOMPARE(SchemaSummary::render(SchemaDiffer::diff(Schema{}, to)),
             QStringLiteral("\n[+] Added tables\n  - User\n\n[*] Changed the `User` table\n"
                            "  [+] Added unique index on columns (name)\n"));
}

void TestSchemaDiffer::addedTableAndColumnLikePrisma() {
    Schema from;
    from.tables << user(true, false);
    Schema to;
    to.tables << post() << user(true, true);
    QCOMPARE(SchemaSummary::render(SchemaDiffer::diff(from, to)),
             QStringLiteral("\n[+] Added tables\n  - Post\n\n[*] Changed the `Post` table\n"
                            "  [+] Added index on columns (authorId)\n  [+] Added foreign key on "
                            "columns (authorId)\n\n"
                            "[*] Changed the `User` table\n  [+] Added column `age`\n"));
}

void TestSchemaDiffer::identicalAndRenamedIndexAreNoDifference() {
    Schema a;
    a.tables << user(true, false) << post();
    QVERIFY(SchemaDiffer::diff(a, a).isEmpty());
    QCOMPARE(SchemaSummary::render(SchemaDiffer::diff(a, a)),
             QStringLiteral("No difference detected.\n"));
    Schema b = a;
    b.tables[0].indexes[0].name = QStringLiteral("renamed_by_hand");
    b.tables[0].columns[1].type = QStringLiteral("TEXT"); // spelling only
    QVERIFY(SchemaDiffer::diff(a, b).isEmpty());
}

void TestSchemaDiffer::alteredColumns() {
    Schema a;
    a.tables << user(true, false);
    Schema b = a;
    b.tables[0].columns[1].nullable = true;                       // name: Required -> Optional
    b.tables[0].columns[2].type = QStringLiteral("varchar(100)"); // email: type
    b.tables[0].columns[2].defaultValue = QStringLiteral("'x'::text");
    b.tables[0].indexes.clear(); // the unique index was dropped
    const SchemaDiff d = SchemaDiffer::diff(a, b);
    QCOMPARE(d.changedTables.size(), 1);
    QCOMPARE(SchemaSummary::render(d),
             QStringLiteral(
                 "\n[*] Changed the `User` table\n  [-] Removed unique index on columns (name)\n"
                 "  [*] Altered column `name` (changed from Required to Nullable)\n"
                 "  [*] Altered column `email` (default changed from `None` to `'x'::text`, type "
                 "changed)\n"));
    // The same default written differently is not a change.
    Schema c = a;
    c.tables[0].columns[2].defaultValue = QStringLiteral("'x'");
    Schema e = a;
    e.tables[0].columns[2].defaultValue = QStringLiteral("('x'::text)");
    QVERIFY(SchemaDiffer::diff(c, e).isEmpty());
}

void TestSchemaDiffer::enumsTablesViews() {
    Schema a;
    a.tables << user(false, false) << post();
    a.enums << SchemaEnum{QStringLiteral("Role"), {QStringLiteral("USER"), QStringLiteral("ADMIN")}}
            << SchemaEnum{QStringLiteral("Old"), {QStringLiteral("A")}};
    a.views << QStringLiteral("active_users");
    Schema b;
    b.tables << user(false, false);
    b.enums << SchemaEnum{QStringLiteral("Role"), {QStringLiteral("USER"), QStringLiteral("OWNER")}}
            << SchemaEnum{QStringLiteral("New"), {QStringLiteral("B")}};
    QCOMPARE(SchemaSummary::render(SchemaDiffer::diff(a, b)),
             QStringLiteral("\n[+] Added enums\n  - New\n\n[-] Removed enums\n  - Old\n\n[-] "
                            "Removed tables\n  - Post\n\n"
                            "[-] Removed views\n  - active_users\n\n[*] Changed the `Role` enum\n"
                            "  [+] Added variant `OWNER`\n  [-] Removed variant `ADMIN`\n"
                            // PostgreSQL/MySQL: the dropped table's foreign key is dropped first,
                            // and listed (Prisma 6.19.3, migrations -> live database).
                            "\n[*] Changed the `Post` table\n"
                            "  [-] Removed foreign key on columns (authorId)\n"));
}

void TestSchemaDiffer::sqliteRedefinitionKeepsItsDetails() {
    Schema from;
    from.provider = QStringLiteral("sqlite");
    from.tables << user(true, false);
    Schema to = from;
    to.tables.first().columns.removeLast(); // drop `email`: SQLite rebuilds the table
    const SchemaDiff d = SchemaDiffer::diff(from, to);
    QCOMPARE(SchemaSummary::render(d), QStringLiteral("\n[*] Redefined table `User`\n"));
    QCOMPARE(d.redefinedTables, QStringList{QStringLiteral("User")});
    QVERIFY(d.changedTables.isEmpty());
    QCOMPARE(d.redefinedDetails.size(), 1);
    QCOMPARE(d.redefinedDetails.first().removedColumns, QStringList{QStringLiteral("email")});
}

void TestSchemaDiffer::noiseIsNotADifference_data() {
    QTest::addColumn<QString>("typeA");
    QTest::addColumn<QString>("defaultA");
    QTest::addColumn<QString>("typeB");
    QTest::addColumn<QString>("defaultB");
    QTest::addColumn<bool>("differs");
    // Spellings of the same thing, as different servers and versions report them.
    QTest::newRow("pg cast") << "character varying(20)"
                             << "'x'::character varying"
                             << "character varying(20)"
                             << "'x'" << false;
    QTest::newRow("parentheses") << "integer"
                                 << "((0))"
                                 << "integer"
                                 << "0" << false;
    QTest::newRow("now synonyms") << "timestamp(3)"
                                  << "now()"
                                  << "timestamp(3)"
                                  << "CURRENT_TIMESTAMP" << false;
    QTest::newRow("mariadb now") << "datetime(3)"
                                 << "current_timestamp(3)"
                                 << "datetime(3)"
                                 << "CURRENT_TIMESTAMP(3)" << false;
    QTest::newRow("mysql display width") << "int(11)"
                                         << ""
                                         << "int"
                                         << "" << false;
    QTest::newRow("mysql unsigned width") << "bigint(20) unsigned"
                                          << ""
                                          << "bigint unsigned"
                                          << "" << false;
    QTest::newRow("type case") << "TEXT"
                               << ""
                               << "text"
                               << "" << false;
    // Real differences stay differences.
    QTest::newRow("string case") << "text"
                                 << "'Paul'"
                                 << "text"
                                 << "'paul'" << true;
    QTest::newRow("boolean width") << "tinyint(1)"
                                   << ""
                                   << "tinyint(4)"
                                   << "" << true;
    QTest::newRow("precision") << "timestamp(3)"
                               << ""
                               << "timestamp(6)"
                               << "" << true;
    QTest::newRow("default added") << "integer"
                                   << ""
                                   << "integer"
                                   << "0" << true;
}

void TestSchemaDiffer::noiseIsNotADifference() {
    QFETCH(QString, typeA);
    QFETCH(QString, defaultA);
    QFETCH(QString, typeB);
    QFETCH(QString, defaultB);
    QFETCH(bool, differs);
    auto schema = [](const QString &type, const QString &def) {
        Schema s;
        SchemaTable t;
        t.name = QStringLiteral("T");
        // Column order is noise too: the second schema lists its columns the other way round.
        t.columns << column(QStringLiteral("c"), type, true, def)
                  << column(QStringLiteral("id"), QStringLiteral("integer"));
        s.tables << t;
        return s;
    };
    Schema b = schema(typeB, defaultB);
    std::reverse(b.tables.first().columns.begin(), b.tables.first().columns.end());
    const SchemaDiff d = SchemaDiffer::diff(schema(typeA, defaultA), b);
    QCOMPARE(!d.isEmpty(), differs);
}

QTEST_GUILESS_MAIN(TestSchemaDiffer)
#include "tst_schemadiffer.moc"
