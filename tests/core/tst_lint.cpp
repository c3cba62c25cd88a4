// SPDX-License-Identifier: GPL-3.0-or-later
// The migration linter: exact findings per dialect (rule, severity, statement, position, subject).
#include "history/historyclassifier.h"
#include "review/migrationlinter.h"
#include "review/sqltokenizer.h"

#include <QTest>

using Severity = LintFinding::Severity;

namespace {
/// "rule severity #statement line:column table(columns)" per finding, for compact comparisons.
QStringList describe(const LintFindings &findings) {
    QStringList out;
    for (const LintFinding &f : findings) {
        QString d = QStringLiteral("%1 %2 #%3 %4:%5")
                        .arg(f.ruleId, LintFinding::severityKey(f.severity))
                        .arg(f.statementIndex)
                        .arg(f.line)
                        .arg(f.column);
        if (!f.table.isEmpty())
            d += QLatin1Char(' ') + f.table;
        if (!f.columns.isEmpty())
            d += QLatin1Char('(') + f.columns.join(QLatin1Char(',')) + QLatin1Char(')');
        if (!f.referencedTable.isEmpty())
            d += QStringLiteral("->") + f.referencedTable + QLatin1Char('(') +
                 f.referencedColumns.join(QLatin1Char(',')) + QLatin1Char(')');
        if (!f.newType.isEmpty())
            d += QStringLiteral(" type=") + f.newType;
        out << d;
    }
    return out;
}

QStringList lint(const char *sql, SqlDialect dialect) {
    return describe(
        MigrationLinter::lintScript(QString::fromUtf8(sql), dialect, QStringLiteral("test.sql")));
}
} // namespace

class TestLint : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void tokenizerQuoting();
    void seedUniqueMigration_data();
    void seedUniqueMigration();
    void postgresRules();
    void mysqlRules();
    void sqliteRules();
    void sqliteRedefinitionIsNotALoss();
    void newTablesAreEmpty();
    void quotedIdentifiersAreNotKeywords();
    void transactionControl();
    void malformedScript();
    void pendingMigrationsOfAReport();
    void findingJsonRoundTrip();
};

void TestLint::tokenizerQuoting() {
    const SqlTokens pg = SqlTokenizer::tokenize(
        QStringLiteral("ALTER TABLE \"my \"\"t\"\" \" /* DROP TABLE x /* nested */ */ ADD "
                       "CHECK (a <> E'it\\'s') -- DROP\n$f$ DROP $f$::text"),
        SqlDialect::PostgreSQL);
    QStringList texts;
    for (const SqlToken &t : pg)
        texts << t.text;
    QCOMPARE(texts,
             (QStringList{QStringLiteral("ALTER"), QStringLiteral("TABLE"),
                          QStringLiteral("my \"t\" "), QStringLiteral("ADD"),
                          QStringLiteral("CHECK"), QStringLiteral("("), QStringLiteral("a"),
                          QStringLiteral("<"), QStringLiteral(">"), QStringLiteral("E'it\\'s'"),
                          QStringLiteral(")"), QStringLiteral("$f$ DROP $f$"), QStringLiteral("::"),
                          QStringLiteral("text")}));
    QCOMPARE(pg.at(2).type, SqlToken::Type::QuotedIdentifier);
    const SqlTokens my = SqlTokenizer::tokenize(
        QStringLiteral("DROP TABLE `a``b` # comment\n, \"str\\\"ing\""), SqlDialect::MySQL);
    QCOMPARE(my.size(), 5);
    QCOMPARE(my.at(2).text, QStringLiteral("a`b"));
    QCOMPARE(my.at(4).type, SqlToken::Type::String);
    const SqlTokens lite =
        SqlTokenizer::tokenize(QStringLiteral("SELECT [a b], `c`"), SqlDialect::SQLite);
    QCOMPARE(lite.at(1).text, QStringLiteral("a b"));
    QCOMPARE(lite.at(3).text, QStringLiteral("c"));
}

void TestLint::seedUniqueMigration_data() {
    QTest::addColumn<int>("dialect");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("sqlite")
        << static_cast<int>(SqlDialect::SQLite)
        << QStringLiteral("-- AlterTable\nALTER TABLE \"User\" ADD COLUMN \"email\" TEXT;\n\n"
                          "-- CreateTable\nCREATE TABLE \"Post\" (\n    \"id\" INTEGER NOT "
                          "NULL PRIMARY KEY,\n    \"title\" TEXT NOT NULL\n);\n\n"
                          "-- CreateIndex\nCREATE UNIQUE INDEX \"User_name_key\" ON "
                          "\"User\"(\"name\");\n")
        << QStringList{QStringLiteral("unique-on-existing-data warning #2 11:1 User(name)")};
    QTest::newRow("postgresql")
        << static_cast<int>(SqlDialect::PostgreSQL)
        << QStringLiteral("-- AlterTable\nALTER TABLE \"User\" ADD COLUMN     \"email\" TEXT;\n\n"
                          "-- CreateTable\nCREATE TABLE \"Post\" (\n    \"id\" INTEGER NOT NULL,\n"
                          "    \"title\" TEXT NOT NULL,\n\n    CONSTRAINT \"Post_pkey\" PRIMARY "
                          "KEY (\"id\")\n);\n\n-- CreateIndex\nCREATE UNIQUE INDEX "
                          "\"User_name_key\" ON \"User\"(\"name\");\n")
        << QStringList{QStringLiteral("unique-on-existing-data warning #2 13:1 User(name)")};
    QTest::newRow("mysql")
        << static_cast<int>(SqlDialect::MySQL)
        << QStringLiteral(
               "-- AlterTable\nALTER TABLE `User` ADD COLUMN `email` VARCHAR(191) NULL;\n"
               "\n-- CreateTable\nCREATE TABLE `Post` (\n    `id` INTEGER NOT NULL,\n"
               "    `title` VARCHAR(191) NOT NULL,\n\n    PRIMARY KEY (`id`)\n) DEFAULT "
               "CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;\n\n-- CreateIndex\n"
               "CREATE UNIQUE INDEX `User_name_key` ON `User`(`name`);\n")
        << QStringList{QStringLiteral("implicit-commit info #0 2:1"),
                       QStringLiteral("unique-on-existing-data warning #2 13:1 User(name)")};
}

void TestLint::seedUniqueMigration() {
    QFETCH(int, dialect);
    QFETCH(QString, sql);
    QFETCH(QStringList, expected);
    const LintFindings findings = MigrationLinter::lintScript(
        sql, static_cast<SqlDialect>(dialect), QStringLiteral("20240102000000_Unique"));
    QCOMPARE(describe(findings), expected);
    QCOMPARE(findings.last().source, QStringLiteral("20240102000000_Unique"));
    QVERIFY(findings.last().statement.startsWith(QStringLiteral("CREATE UNIQUE INDEX")));
    QVERIFY(!findings.last().message.isEmpty());
}

void TestLint::postgresRules() {
    const char *sql = "DROP TABLE IF EXISTS \"Old\", legacy CASCADE;\n"
                      "ALTER TABLE \"User\" DROP COLUMN \"age\", ALTER COLUMN \"score\" TYPE "
                      "INTEGER USING score::integer, ALTER COLUMN name SET NOT NULL;\n"
                      "ALTER TABLE \"User\" ADD COLUMN \"role\" TEXT NOT NULL;\n"
                      "ALTER TABLE \"User\" ADD COLUMN \"kind\" TEXT NOT NULL DEFAULT 'a', ADD "
                      "COLUMN id2 SERIAL NOT NULL;\n"
                      "DROP INDEX CONCURRENTLY \"User_email_idx\";\n"
                      "CREATE INDEX CONCURRENTLY \"i\" ON \"User\"(\"kind\");\n"
                      "ALTER TABLE \"Post\" ADD CONSTRAINT \"Post_authorId_fkey\" FOREIGN KEY "
                      "(\"authorId\") REFERENCES \"User\"(\"id\") ON DELETE RESTRICT;\n"
                      "ALTER TABLE public.\"Post\" ADD CONSTRAINT \"u\" UNIQUE (\"title\", "
                      "\"slug\");\n"
                      "ALTER TYPE \"Role\" ADD VALUE 'ADMIN';\n"
                      "ALTER TABLE \"Post\" RENAME COLUMN \"title\" TO \"heading\";\n"
                      "TRUNCATE \"Log\";\n"
                      "DELETE FROM \"Session\";\n"
                      "UPDATE \"User\" SET name = 'x' WHERE id = 1;\n";
    QCOMPARE(
        lint(sql, SqlDialect::PostgreSQL),
        (QStringList{
            QStringLiteral("drop-table warning #0 1:1 Old"),
            QStringLiteral("drop-table warning #0 1:1 legacy"),
            QStringLiteral("drop-column warning #1 2:1 User(age)"),
            QStringLiteral("alter-column-type warning #1 2:1 User(score) type=INTEGER"),
            QStringLiteral("set-not-null warning #1 2:1 User(name)"),
            QStringLiteral("not-null-without-default warning #2 3:1 User(role)"),
            QStringLiteral("non-transactional warning #4 5:1"),
            QStringLiteral("drop-index info #4 5:1"),
            QStringLiteral("non-transactional warning #5 6:1"),
            QStringLiteral("foreign-key-on-existing-data warning #6 7:1 Post(authorId)->User(id)"),
            QStringLiteral("unique-on-existing-data warning #7 8:1 Post(title,slug)"),
            QStringLiteral("non-transactional warning #8 9:1"),
            QStringLiteral("rename warning #9 10:1 Post"),
            QStringLiteral("truncate warning #10 11:1 Log"),
            QStringLiteral("delete-without-where warning #11 12:1 Session"),
        }));
    const LintFindings findings =
        MigrationLinter::lintScript(QString::fromUtf8(sql), SqlDialect::PostgreSQL, {});
    QCOMPARE(findings.at(10).schema, QStringLiteral("public"));
    QVERIFY(findings.at(6).message.contains(QStringLiteral("CONCURRENTLY")));
    QVERIFY(MigrationLinter::hasAtLeast(findings, Severity::Warning));
    QVERIFY(!MigrationLinter::hasAtLeast(findings, Severity::Error));
}

void TestLint::mysqlRules() {
    const char *sql = "ALTER TABLE `User` MODIFY `score` INTEGER NOT NULL;\n"
                      "ALTER TABLE `User` CHANGE `nick` `nickname` VARCHAR(50) NULL;\n"
                      "ALTER TABLE `User` DROP INDEX `User_email_key`, DROP FOREIGN KEY `fk`, "
                      "DROP `age`;\n"
                      "ALTER TABLE `User` ADD UNIQUE INDEX `User_email_key`(`email`);\n"
                      "ALTER TABLE `Post` ADD CONSTRAINT `Post_authorId_fkey` FOREIGN KEY "
                      "(`authorId`) REFERENCES `User`(`id`) ON DELETE RESTRICT ON UPDATE CASCADE;\n"
                      "ALTER TABLE `User` ADD COLUMN `role` ENUM('A', 'B') NOT NULL;\n";
    QCOMPARE(
        lint(sql, SqlDialect::MySQL),
        (QStringList{
            QStringLiteral("implicit-commit info #0 1:1"),
            QStringLiteral("alter-column-type warning #0 1:1 User(score) type=INTEGER"),
            QStringLiteral("set-not-null warning #0 1:1 User(score)"),
            QStringLiteral("rename warning #1 2:1 User"),
            QStringLiteral("alter-column-type warning #1 2:1 User(nick) type=VARCHAR(50)"),
            QStringLiteral("drop-index info #2 3:1 User"),
            QStringLiteral("drop-constraint info #2 3:1 User"),
            QStringLiteral("drop-column warning #2 3:1 User(age)"),
            QStringLiteral("unique-on-existing-data warning #3 4:1 User(email)"),
            QStringLiteral("foreign-key-on-existing-data warning #4 5:1 Post(authorId)->User(id)"),
            QStringLiteral("not-null-without-default warning #5 6:1 User(role)"),
        }));
}

void TestLint::sqliteRules() {
    const char *sql = "ALTER TABLE \"User\" DROP COLUMN \"age\";\n"
                      "DROP INDEX \"User_email_key\";\n"
                      "VACUUM;\n"
                      "ALTER TABLE [User] ADD COLUMN [flag] BOOLEAN NOT NULL;\n"
                      "ALTER TABLE `User` RENAME TO `Person`;\n";
    QCOMPARE(lint(sql, SqlDialect::SQLite),
             (QStringList{
                 QStringLiteral("drop-column warning #0 1:1 User(age)"),
                 QStringLiteral("drop-index info #1 2:1"),
                 QStringLiteral("non-transactional warning #2 3:1"),
                 QStringLiteral("not-null-without-default warning #3 4:1 User(flag)"),
                 QStringLiteral("rename warning #4 5:1 User"),
             }));
}

void TestLint::sqliteRedefinitionIsNotALoss() {
    // Prisma's SQLite redefinition of a table, then a unique index on the (filled) result.
    const char *sql =
        "-- RedefineTables\nPRAGMA defer_foreign_keys=ON;\nPRAGMA foreign_keys=OFF;\n"
        "CREATE TABLE \"new_User\" (\n    \"id\" INTEGER NOT NULL PRIMARY KEY,\n    \"name\" "
        "TEXT NOT NULL\n);\n"
        "INSERT INTO \"new_User\" (\"id\", \"name\") SELECT \"id\", \"name\" FROM \"User\";\n"
        "DROP TABLE \"User\";\nALTER TABLE \"new_User\" RENAME TO \"User\";\n"
        "CREATE UNIQUE INDEX \"User_name_key\" ON \"User\"(\"name\");\n"
        "PRAGMA foreign_keys=ON;\nPRAGMA defer_foreign_keys=OFF;\n";
    QCOMPARE(lint(sql, SqlDialect::SQLite),
             (QStringList{
                 QStringLiteral("non-transactional warning #1 3:1"),
                 QStringLiteral("redefine-table info #4 9:1 User"),
                 QStringLiteral("unique-on-existing-data warning #6 11:1 User(name)"),
                 QStringLiteral("non-transactional warning #7 12:1"),
             }));
}

void TestLint::newTablesAreEmpty() {
    // Constraints on tables and columns created by the same run cannot meet existing rows.
    const char *first = "CREATE TABLE \"A\" (\"id\" INT NOT NULL, \"x\" TEXT);\n";
    const char *second = "ALTER TABLE \"A\" ADD COLUMN \"y\" TEXT NOT NULL;\n"
                         "CREATE UNIQUE INDEX \"A_x\" ON \"A\"(\"x\");\n"
                         "ALTER TABLE \"B\" ADD COLUMN \"e\" TEXT;\n"
                         "CREATE UNIQUE INDEX \"B_e\" ON \"B\"(\"e\");\n"
                         "DROP TABLE \"A\";\n";
    MigrationLinter::State state;
    QVERIFY(MigrationLinter::lintScript(QString::fromUtf8(first), SqlDialect::PostgreSQL,
                                        QStringLiteral("m1"), &state)
                .isEmpty());
    QVERIFY(describe(MigrationLinter::lintScript(QString::fromUtf8(second), SqlDialect::PostgreSQL,
                                                 QStringLiteral("m2"), &state))
                .isEmpty());
}

void TestLint::quotedIdentifiersAreNotKeywords() {
    // A table called "DROP", strings and comments that look like statements.
    const char *sql = "INSERT INTO \"DROP\" VALUES ('DROP TABLE x; ALTER TABLE y DROP COLUMN z');\n"
                      "-- DROP TABLE \"User\";\n/* ALTER TABLE t DROP COLUMN c; */\n"
                      "ALTER TABLE \"drop\" DROP COLUMN \"table\";\n";
    QCOMPARE(lint(sql, SqlDialect::PostgreSQL),
             (QStringList{QStringLiteral("drop-column warning #1 4:1 drop(table)")}));
    QCOMPARE(lint("ALTER TABLE `select` DROP `from`;", SqlDialect::MySQL),
             (QStringList{QStringLiteral("drop-column warning #0 1:1 select(from)")}));
}

void TestLint::transactionControl() {
    const char *sql = "BEGIN;\nALTER TABLE t ADD COLUMN c INT;\nCOMMIT;\n";
    QCOMPARE(lint(sql, SqlDialect::PostgreSQL),
             (QStringList{QStringLiteral("transaction-control warning #0 1:1"),
                          QStringLiteral("transaction-control warning #2 3:1")}));
    QCOMPARE(lint("START TRANSACTION;\nROLLBACK;", SqlDialect::MySQL),
             (QStringList{QStringLiteral("transaction-control warning #0 1:1"),
                          QStringLiteral("transaction-control warning #1 2:1")}));
}

void TestLint::malformedScript() {
    const LintFindings findings = MigrationLinter::lintScript(
        QStringLiteral("DROP TABLE a;\nSELECT 'unterminated"), SqlDialect::PostgreSQL, {});
    QCOMPARE(describe(findings), (QStringList{QStringLiteral("drop-table warning #0 1:1 a"),
                                              QStringLiteral("syntax-error error #1 2:8")}));
}

void TestLint::pendingMigrationsOfAReport() {
    HistoryReport report;
    report.provider = QStringLiteral("postgresql");
    auto local = [](const QString &name, const QByteArray &sql) {
        LocalMigration m;
        m.name = name;
        m.script = sql;
        return m;
    };
    report.folder.migrations = {local(QStringLiteral("1_init"), "DROP TABLE a;"),
                                local(QStringLiteral("2_next"), "CREATE TABLE b (id INT);"),
                                local(QStringLiteral("3_more"), "ALTER TABLE b ADD c INT NOT NULL;"
                                                                "ALTER TABLE d DROP COLUMN e;")};
    auto status = [](const QString &name, int index, MigrationStatus::State state) {
        MigrationStatus s;
        s.name = name;
        s.localIndex = index;
        s.state = state;
        return s;
    };
    report.migrations = {status(QStringLiteral("1_init"), 0, MigrationStatus::State::Applied),
                         status(QStringLiteral("2_next"), 1, MigrationStatus::State::Pending),
                         status(QStringLiteral("3_more"), 2, MigrationStatus::State::RolledBack)};
    const LintFindings findings = MigrationLinter::lintPending(report);
    QCOMPARE(describe(findings), (QStringList{QStringLiteral("drop-column warning #1 1:34 d(e)")}));
    QCOMPARE(findings.at(0).source, QStringLiteral("3_more"));
}

void TestLint::findingJsonRoundTrip() {
    const LintFindings findings = MigrationLinter::lintScript(
        QStringLiteral("ALTER TABLE p ADD FOREIGN KEY (a, b) REFERENCES q (x, y);"),
        SqlDialect::PostgreSQL, QStringLiteral("s"));
    QCOMPARE(findings.size(), 1);
    const LintFinding back = LintFinding::fromJson(findings.at(0).toJson());
    QCOMPARE(describe({back}), describe(findings));
    QCOMPARE(back.message, findings.at(0).message);
    QCOMPARE(back.statement, findings.at(0).statement);
}

QTEST_GUILESS_MAIN(TestLint)
#include "tst_lint.moc"
