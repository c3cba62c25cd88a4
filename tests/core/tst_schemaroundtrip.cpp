// SPDX-License-Identifier: GPL-3.0-or-later
// Round trips through real databases (SQLite, PostgreSQL, MariaDB): schema A is created in a
// fresh database and schema B in another; the script rendered from A's introspection to B's is
// run statement by statement on the first database, which must then read back as B (an empty
// diff). Every scenario runs in both directions (A -> B and B -> A), so each add has its drop.
// Scenarios with rows also check that the data survived (SQLite rebuilds tables to change them).
#include "db/connectionopener.h"
#include "schema/schemadiffer.h"
#include "schema/schemaintrospector.h"
#include "schema/schemascriptrenderer.h"
#include "schema/schemasummary.h"
#include "testdata.h"
#include "testservers.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace {
/// One schema pair, written once for all providers: `"` quotes become backticks on MySQL and
/// the placeholders {ID} (auto-increment primary key column), {TEXT}, {TS} and {NOW} take each
/// dialect's spelling.
struct Scenario {
    QStringList providers; ///< empty: all three
    QStringList a;
    QStringList b;
    QStringList seedA; ///< rows put into A before the forward script (forward direction only)
    QList<std::pair<QString, QString>> checks; ///< query -> first value, after the forward script
    QString sqliteCheck;                       ///< SQLite-only check query
    QString sqliteCheckValue;
};

QString dialect(const QString &provider, QString sql) {
    const bool pg = provider == QLatin1String("postgresql");
    const bool my = provider == QLatin1String("mysql");
    sql.replace(QStringLiteral("{ID}"),
                pg   ? QStringLiteral("\"id\" SERIAL NOT NULL PRIMARY KEY")
                : my ? QStringLiteral("\"id\" INTEGER NOT NULL AUTO_INCREMENT PRIMARY KEY")
                     : QStringLiteral("\"id\" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT"));
    sql.replace(QStringLiteral("{TEXT}"),
                my ? QStringLiteral("VARCHAR(191)") : QStringLiteral("TEXT"));
    sql.replace(QStringLiteral("{TS}"), pg   ? QStringLiteral("TIMESTAMP(3)")
                                        : my ? QStringLiteral("DATETIME(3)")
                                             : QStringLiteral("DATETIME"));
    sql.replace(QStringLiteral("{NOW}"),
                my ? QStringLiteral("CURRENT_TIMESTAMP(3)") : QStringLiteral("CURRENT_TIMESTAMP"));
    if (my)
        sql.replace(QLatin1Char('"'), QLatin1Char('`'));
    return sql;
}

QStringList dialect(const QString &provider, const QStringList &statements) {
    QStringList out;
    for (const QString &s : statements)
        out << dialect(provider, s);
    return out;
}

const QString kUser =
    QStringLiteral("CREATE TABLE \"User\" ({ID}, \"email\" {TEXT} NOT NULL, \"name\" {TEXT})");
const QString kUserEmail =
    QStringLiteral("CREATE UNIQUE INDEX \"User_email_key\" ON \"User\"(\"email\")");

QHash<QString, Scenario> scenarios() {
    QHash<QString, Scenario> s;
    s.insert(
        QStringLiteral("tables with foreign keys"),
        Scenario{{},
                 {kUser, kUserEmail},
                 {kUser, kUserEmail,
                  QStringLiteral(
                      "CREATE TABLE \"Post\" ({ID}, \"title\" {TEXT} NOT NULL, \"authorId\" "
                      "INTEGER NOT NULL, \"createdAt\" {TS} NOT NULL DEFAULT {NOW}, "
                      "CONSTRAINT \"Post_authorId_fkey\" FOREIGN KEY (\"authorId\") REFERENCES "
                      "\"User\"(\"id\") ON DELETE CASCADE ON UPDATE CASCADE)"),
                  QStringLiteral("CREATE INDEX \"Post_authorId_idx\" ON \"Post\"(\"authorId\")"),
                  QStringLiteral(
                      "CREATE TABLE \"Tag\" (\"name\" {TEXT} NOT NULL, \"postId\" INTEGER "
                      "NOT NULL, PRIMARY KEY (\"name\", \"postId\"), CONSTRAINT "
                      "\"Tag_postId_fkey\" FOREIGN KEY (\"postId\") REFERENCES \"Post\"(\"id\") "
                      "ON DELETE CASCADE ON UPDATE CASCADE)")},
                 {QStringLiteral("INSERT INTO \"User\" (\"email\") VALUES ('a@b')")},
                 {{QStringLiteral("SELECT COUNT(*) FROM \"User\""), QStringLiteral("1")}},
                 {},
                 {}});
    s.insert(
        QStringLiteral("columns: add, drop, nullability, type, default"),
        Scenario{{},
                 {QStringLiteral("CREATE TABLE \"T\" ({ID}, \"a\" {TEXT}, \"b\" INTEGER NOT NULL "
                                 "DEFAULT 1, \"c\" VARCHAR(10), \"f\" {TEXT}, \"h\" {TEXT})")},
                 {QStringLiteral("CREATE TABLE \"T\" ({ID}, \"a\" {TEXT} NOT NULL DEFAULT 'x', "
                                 "\"b\" INTEGER, \"c\" {TEXT}, \"d\" INTEGER, \"e\" {TEXT} NOT "
                                 "NULL DEFAULT 'it''s', \"h\" INTEGER)")},
                 {},
                 {},
                 {},
                 {}});
    s.insert(
        QStringLiteral("indexes and unique constraints"),
        Scenario{{},
                 {QStringLiteral("CREATE TABLE \"T\" ({ID}, \"a\" {TEXT} NOT NULL, \"b\" {TEXT} "
                                 "NOT NULL, \"c\" INTEGER, CONSTRAINT \"T_c_key\" UNIQUE (\"c\"))"),
                  QStringLiteral("CREATE UNIQUE INDEX \"T_a_key\" ON \"T\"(\"a\")"),
                  QStringLiteral("CREATE INDEX \"T_b_idx\" ON \"T\"(\"b\")")},
                 {QStringLiteral("CREATE TABLE \"T\" ({ID}, \"a\" {TEXT} NOT NULL, \"b\" {TEXT} "
                                 "NOT NULL, \"c\" INTEGER)"),
                  QStringLiteral("CREATE INDEX \"T_a_b_idx\" ON \"T\"(\"a\", \"b\" DESC)"),
                  QStringLiteral("CREATE UNIQUE INDEX \"T_b_c_key\" ON \"T\"(\"b\", \"c\")")},
                 {},
                 {},
                 {},
                 {}});
    s.insert(
        QStringLiteral("foreign key on a kept table"),
        Scenario{
            {},
            {kUser, QStringLiteral("CREATE TABLE \"Post\" ({ID}, \"authorId\" INTEGER)")},
            {kUser, QStringLiteral("CREATE TABLE \"Post\" ({ID}, \"authorId\" INTEGER, "
                                   "CONSTRAINT \"Post_authorId_fkey\" FOREIGN KEY "
                                   "(\"authorId\") REFERENCES \"User\"(\"id\") ON DELETE SET "
                                   "NULL ON UPDATE CASCADE)")},
            {QStringLiteral("INSERT INTO \"User\" (\"id\", \"email\") VALUES (7, 'a@b')"),
             QStringLiteral("INSERT INTO \"Post\" (\"authorId\") VALUES (7)"),
             QStringLiteral("INSERT INTO \"Post\" (\"authorId\") VALUES (NULL)")},
            {{QStringLiteral("SELECT COUNT(*) FROM \"Post\""), QStringLiteral("2")},
             {QStringLiteral("SELECT \"authorId\" FROM \"Post\" WHERE \"authorId\" IS NOT NULL"),
              QStringLiteral("7")}},
            {},
            {}});
    s.insert(
        QStringLiteral("primary key change"),
        Scenario{{},
                 {QStringLiteral("CREATE TABLE \"P\" (\"a\" INTEGER NOT NULL, \"b\" INTEGER NOT "
                                 "NULL, \"c\" {TEXT}, PRIMARY KEY (\"a\"))")},
                 {QStringLiteral("CREATE TABLE \"P\" (\"a\" INTEGER NOT NULL, \"b\" INTEGER NOT "
                                 "NULL, \"c\" {TEXT}, PRIMARY KEY (\"a\", \"b\"))")},
                 {QStringLiteral("INSERT INTO \"P\" (\"a\", \"b\", \"c\") VALUES (1, 2, 'x')")},
                 {{QStringLiteral("SELECT \"c\" FROM \"P\" WHERE \"a\" = 1 AND \"b\" = 2"),
                   QStringLiteral("x")}},
                 {},
                 {}});
    s.insert(
        QStringLiteral("rows kept through a rebuild"),
        Scenario{
            {},
            {QStringLiteral("CREATE TABLE \"D\" ({ID}, \"name\" {TEXT}, \"age\" INTEGER)"),
             QStringLiteral("CREATE INDEX \"D_name_idx\" ON \"D\"(\"name\")")},
            {QStringLiteral("CREATE TABLE \"D\" ({ID}, \"name\" {TEXT} NOT NULL DEFAULT 'anon', "
                            "\"extra\" INTEGER NOT NULL DEFAULT 0)"),
             QStringLiteral("CREATE INDEX \"D_name_idx\" ON \"D\"(\"name\")")},
            {QStringLiteral("INSERT INTO \"D\" (\"id\", \"name\", \"age\") VALUES (1, 'a', 10)"),
             QStringLiteral("INSERT INTO \"D\" (\"id\", \"name\", \"age\") VALUES (2, 'b', 20)")},
            {{QStringLiteral("SELECT COUNT(*) FROM \"D\" WHERE \"id\" < 3"), QStringLiteral("2")},
             {QStringLiteral("SELECT \"name\" FROM \"D\" WHERE \"id\" = 2"), QStringLiteral("b")},
             {QStringLiteral("SELECT \"extra\" FROM \"D\" WHERE \"id\" = 1"), QStringLiteral("0")}},
            // SQLite copies NULLs with the new default (coalesce), as Prisma does.
            QStringLiteral("INSERT INTO \"D\" (\"id\") VALUES (3)"),
            {}});
    s.insert(
        QStringLiteral("enums (PostgreSQL types)"),
        Scenario{{QStringLiteral("postgresql")},
                 {QStringLiteral("CREATE TYPE \"Role\" AS ENUM ('USER', 'ADMIN')"),
                  QStringLiteral("CREATE TYPE \"Mood\" AS ENUM ('ok')"),
                  QStringLiteral("CREATE TABLE \"E\" ({ID}, \"role\" \"Role\" NOT NULL DEFAULT "
                                 "'USER', \"mood\" \"Mood\")")},
                 {QStringLiteral("CREATE TYPE \"Role\" AS ENUM ('USER', 'MOD')"),
                  QStringLiteral("CREATE TYPE \"Kind\" AS ENUM ('a', 'b')"),
                  QStringLiteral("CREATE TABLE \"E\" ({ID}, \"role\" \"Role\" NOT NULL DEFAULT "
                                 "'USER', \"kind\" \"Kind\" NOT NULL DEFAULT 'a')")},
                 {QStringLiteral("INSERT INTO \"E\" (\"role\") VALUES ('USER')")},
                 {{QStringLiteral("SELECT \"role\"::text || \"kind\"::text FROM \"E\""),
                   QStringLiteral("USERa")}},
                 {},
                 {}});
    s.insert(
        QStringLiteral("enums (MySQL columns)"),
        Scenario{{QStringLiteral("mysql")},
                 {QStringLiteral("CREATE TABLE \"E\" ({ID}, \"role\" ENUM('USER', 'ADMIN') NOT "
                                 "NULL DEFAULT 'USER')")},
                 {QStringLiteral("CREATE TABLE \"E\" ({ID}, \"role\" ENUM('USER', 'MOD') NOT "
                                 "NULL DEFAULT 'USER', \"kind\" ENUM('a', 'b'))")},
                 {},
                 {},
                 {},
                 {}});
    return s;
}
} // namespace

class TestSchemaRoundTrip : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();

private:
    ConnectionSpec freshSpec(const QString &provider, QString *reason);
    Schema read(const ConnectionSpec &spec);
    QString value(const ConnectionSpec &spec, const QString &query);

    QTemporaryDir m_tmp;
};

void TestSchemaRoundTrip::initTestCase() {
    QVERIFY(m_tmp.isValid());
}

ConnectionSpec TestSchemaRoundTrip::freshSpec(const QString &provider, QString *reason) {
    if (provider == QLatin1String("postgresql"))
        return TestServers::freshDatabase(TestServers::Kind::Postgres, reason);
    if (provider == QLatin1String("mysql"))
        return TestServers::freshDatabase(TestServers::Kind::MySql, reason);
    ConnectionSpec spec;
    spec.driver = ConnectionSpec::Driver::Sqlite;
    spec.database =
        m_tmp.filePath(QUuid::createUuid().toString(QUuid::Id128) + QStringLiteral(".db"));
    if (!TestData::writeFile(spec.database, QByteArray())) {
        *reason = QStringLiteral("cannot create ") + spec.database;
        return {};
    }
    return spec;
}

Schema TestSchemaRoundTrip::read(const ConnectionSpec &spec) {
    const QString name = QStringLiteral("roundtrip-") + QUuid::createUuid().toString();
    Schema schema;
    DbError error = ConnectionOpener::open(spec, name, nullptr);
    if (!error.isError()) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        schema = SchemaIntrospector::read(db, spec, &error);
    }
    ConnectionOpener::close(name);
    if (error.isError())
        qWarning("introspection failed: %s", qPrintable(error.message));
    return schema;
}

QString TestSchemaRoundTrip::value(const ConnectionSpec &spec, const QString &query) {
    const QString name = QStringLiteral("roundtrip-") + QUuid::createUuid().toString();
    QString out = QStringLiteral("<error>");
    if (!ConnectionOpener::open(spec, name, nullptr).isError()) {
        QSqlQuery q(QSqlDatabase::database(name, false));
        if (q.exec(query) && q.next())
            out = q.value(0).toString();
        else
            out = QStringLiteral("<error> ") + q.lastError().text();
    }
    ConnectionOpener::close(name);
    return out;
}

void TestSchemaRoundTrip::roundTrip_data() {
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<bool>("forward");
    const QHash<QString, Scenario> all = scenarios();
    QStringList names = all.keys();
    names.sort();
    for (const QString &provider :
         {QStringLiteral("sqlite"), QStringLiteral("postgresql"), QStringLiteral("mysql")}) {
        for (const QString &name : std::as_const(names)) {
            const Scenario &s = all.value(name);
            if (!s.providers.isEmpty() && !s.providers.contains(provider))
                continue;
            for (const bool forward : {true, false})
                QTest::addRow("%s: %s (%s)", qPrintable(provider), qPrintable(name),
                              forward ? "A to B" : "B to A")
                    << provider << name << forward;
        }
    }
}

void TestSchemaRoundTrip::roundTrip() {
    QFETCH(QString, provider);
    QFETCH(QString, scenario);
    QFETCH(bool, forward);
    const Scenario s = scenarios().value(scenario);
    QString reason;
    const ConnectionSpec first = freshSpec(provider, &reason);
    if (!first.isValid())
        MWB_SKIP_OR_FAIL(reason);
    const ConnectionSpec second = freshSpec(provider, &reason);
    QVERIFY2(second.isValid(), qPrintable(reason));

    const QStringList fromDdl = dialect(provider, forward ? s.a : s.b);
    const QStringList toDdl = dialect(provider, forward ? s.b : s.a);
    QCOMPARE(TestServers::execute(first, fromDdl), QString());
    QCOMPARE(TestServers::execute(second, toDdl), QString());
    if (forward) {
        QCOMPARE(TestServers::execute(first, dialect(provider, s.seedA)), QString());
        if (provider == QLatin1String("sqlite") && !s.sqliteCheck.isEmpty())
            QCOMPARE(TestServers::execute(first, {s.sqliteCheck}), QString());
    }

    const Schema from = read(first);
    const Schema to = read(second);
    QVERIFY(!to.tables.isEmpty());
    const SchemaDiff diff = SchemaDiffer::diff(from, to);
    QVERIFY2(!diff.isEmpty(), "the scenario has no difference");
    const SchemaScript script = SchemaScriptRenderer::render(from, to, diff);
    QVERIFY(!script.isEmpty());
    const QString failed = TestServers::execute(first, script.statements());
    QVERIFY2(failed.isEmpty(), qPrintable(failed + QStringLiteral("\n") + script.text()));

    const SchemaDiff remaining = SchemaDiffer::diff(read(first), to);
    QVERIFY2(remaining.isEmpty(),
             qPrintable(QStringLiteral("still different after\n") + script.text() +
                        QStringLiteral("\n") + SchemaSummary::render(remaining)));
    if (!forward)
        return;
    for (const auto &check : s.checks)
        QCOMPARE(value(first, dialect(provider, check.first)), check.second);
    if (provider == QLatin1String("sqlite") && !s.sqliteCheck.isEmpty())
        QCOMPARE(value(first, QStringLiteral("SELECT \"name\" FROM \"D\" WHERE \"id\" = 3")),
                 QStringLiteral("anon"));
}

QTEST_GUILESS_MAIN(TestSchemaRoundTrip)
#include "tst_schemaroundtrip.moc"
