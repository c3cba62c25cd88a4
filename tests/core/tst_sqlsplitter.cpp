// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/sqlsplitter.h"
#include "testdata.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QTest>

class TestSqlSplitter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void dialectForProvider();
    void splits_data();
    void splits();
    void positions_data();
    void positions();
    void errors_data();
    void errors();
    void errorMessageIsSpecific();
    void prismaScripts_data();
    void prismaScripts();
    void prismaFixtureMigrations();
    void nonTransactional_data();
    void nonTransactional();
    void largeScriptsSplitInLinearTime_data();
    void largeScriptsSplitInLinearTime();
};

namespace {

QStringList texts(const SqlSplitResult &result) {
    QStringList out;
    for (const SqlStatement &statement : result.statements)
        out << statement.text;
    return out;
}

// Migration scripts in the shape Prisma 6 writes them.
const char *const prismaPostgresInit = R"(-- CreateEnum
CREATE TYPE "Role" AS ENUM ('USER', 'ADMIN');

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "role" "Role" NOT NULL DEFAULT 'USER',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Post" (
    "id" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "authorId" INTEGER NOT NULL,

    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- AddForeignKey
ALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
)";

const char *const prismaPostgresEnums = R"(-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "Role" ADD VALUE 'MODERATOR';
ALTER TYPE "Role" ADD VALUE 'GUEST';

-- AlterEnum
BEGIN;
CREATE TYPE "Status_new" AS ENUM ('ACTIVE', 'ARCHIVED');
ALTER TABLE "Post" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Post" ALTER COLUMN "status" TYPE "Status_new" USING ("status"::text::"Status_new");
ALTER TYPE "Status" RENAME TO "Status_old";
ALTER TYPE "Status_new" RENAME TO "Status";
DROP TYPE "public"."Status_old";
ALTER TABLE "Post" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
COMMIT;

-- CreateIndex
CREATE INDEX CONCURRENTLY "Post_title_idx" ON "Post"("title");
)";

const char *const prismaMysqlInit = R"(-- CreateTable
CREATE TABLE `User` (
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `email` VARCHAR(191) NOT NULL,
    `name` VARCHAR(191) NULL,
    `role` ENUM('USER', 'ADMIN') NOT NULL DEFAULT 'USER',
    `bio` VARCHAR(191) NOT NULL DEFAULT 'it\'s -- not a comment; really',

    UNIQUE INDEX `User_email_key`(`email`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- AddForeignKey
ALTER TABLE `Post` ADD CONSTRAINT `Post_authorId_fkey` FOREIGN KEY (`authorId`) REFERENCES `User`(`id`) ON DELETE RESTRICT ON UPDATE CASCADE;
)";

const char *const prismaSqliteRedefine = R"(-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Post" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "title" TEXT NOT NULL,
    "authorId" INTEGER NOT NULL,
    CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Post" ("authorId", "id", "title") SELECT "authorId", "id", "title" FROM "Post";
DROP TABLE "Post";
ALTER TABLE "new_Post" RENAME TO "Post";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
)";

QString lone(char16_t surrogate) {
    return QString(QChar(surrogate));
}

} // namespace

void TestSqlSplitter::dialectForProvider() {
    QCOMPARE(sqlDialectForProvider(QStringLiteral("postgresql")), SqlDialect::PostgreSQL);
    QCOMPARE(sqlDialectForProvider(QStringLiteral("postgres")), SqlDialect::PostgreSQL);
    QCOMPARE(sqlDialectForProvider(QStringLiteral("cockroachdb")), SqlDialect::PostgreSQL);
    QCOMPARE(sqlDialectForProvider(QStringLiteral("mysql")), SqlDialect::MySQL);
    QCOMPARE(sqlDialectForProvider(QStringLiteral("sqlite")), SqlDialect::SQLite);
    QCOMPARE(sqlDialectForProvider(QString()), SqlDialect::SQLite);
}

void TestSqlSplitter::splits_data() {
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("expected");
    const QString pg = QStringLiteral("postgresql");
    const QString my = QStringLiteral("mysql");
    const QString lite = QStringLiteral("sqlite");
    auto row = [](const char *name, const QString &provider, const QString &script,
                  const QStringList &expected) {
        QTest::newRow(name) << provider << script << expected;
    };

    // Common rules.
    for (const QString &provider : {pg, my, lite}) {
        const QByteArray p = provider.toLatin1();
        QTest::addRow("%s: two statements", p.constData())
            << provider << QStringLiteral("SELECT 1; SELECT 2;")
            << QStringList{QStringLiteral("SELECT 1"), QStringLiteral("SELECT 2")};
        QTest::addRow("%s: last without terminator", p.constData())
            << provider << QStringLiteral("SELECT 1;\nSELECT 2\n")
            << QStringList{QStringLiteral("SELECT 1"), QStringLiteral("SELECT 2")};
        QTest::addRow("%s: empty statements dropped", p.constData())
            << provider << QStringLiteral(";;  ;\n-- only a comment\n;/* block */;\n\t")
            << QStringList{};
        QTest::addRow("%s: empty script", p.constData()) << provider << QString() << QStringList{};
        QTest::addRow("%s: comments: leading and trailing out, inner kept", p.constData())
            << provider
            << QStringLiteral("-- head\n/* block */ SELECT /* in */ 1 -- tail\n; -- after\n")
            << QStringList{QStringLiteral("SELECT /* in */ 1")};
        QTest::addRow("%s: CRLF", p.constData())
            << provider << QStringLiteral("SELECT 1;\r\nSELECT\r\n  2;\r\n")
            << QStringList{QStringLiteral("SELECT 1"), QStringLiteral("SELECT\r\n  2")};
        QTest::addRow("%s: string with semicolon and doubled quote", p.constData())
            << provider << QStringLiteral("SELECT 'a;b''c;'; SELECT 2")
            << QStringList{QStringLiteral("SELECT 'a;b''c;'"), QStringLiteral("SELECT 2")};
        QTest::addRow("%s: non-ASCII identifiers", p.constData())
            << provider << QStringLiteral("SELECT größe, 名前 FROM café;SELECT 2")
            << QStringList{QStringLiteral("SELECT größe, 名前 FROM café"),
                           QStringLiteral("SELECT 2")};
    }

    // PostgreSQL.
    row("pg: backslash is literal in a standard string", pg,
        QStringLiteral("SELECT 'a\\'; SELECT 2"),
        {QStringLiteral("SELECT 'a\\'"), QStringLiteral("SELECT 2")});
    row("pg: E string escapes", pg, QStringLiteral("SELECT E'a\\';b'; SELECT e'\\\\'; SELECT 3"),
        {QStringLiteral("SELECT E'a\\';b'"), QStringLiteral("SELECT e'\\\\'"),
         QStringLiteral("SELECT 3")});
    row("pg: a word ending in e is no E prefix", pg, QStringLiteral("SELECT some'x\\'; SELECT 2"),
        {QStringLiteral("SELECT some'x\\'"), QStringLiteral("SELECT 2")});
    row("pg: U&, B and X strings", pg,
        QStringLiteral("SELECT U&'d\\0061t;', B'10;1', X'1F;', U&\"d;\"; SELECT 2"),
        {QStringLiteral("SELECT U&'d\\0061t;', B'10;1', X'1F;', U&\"d;\""),
         QStringLiteral("SELECT 2")});
    row("pg: quoted identifier", pg, QStringLiteral("SELECT 1 AS \"a;\"\"b\"; SELECT 2"),
        {QStringLiteral("SELECT 1 AS \"a;\"\"b\""), QStringLiteral("SELECT 2")});
    row("pg: backquote and brackets are not quotes", pg,
        QStringLiteral("SELECT a[1]; SELECT `x; SELECT 2"),
        {QStringLiteral("SELECT a[1]"), QStringLiteral("SELECT `x"), QStringLiteral("SELECT 2")});
    row("pg: # is not a comment", pg, QStringLiteral("SELECT 1 # 2; SELECT 3"),
        {QStringLiteral("SELECT 1 # 2"), QStringLiteral("SELECT 3")});
    row("pg: dollar quote", pg,
        QStringLiteral("CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;\n"
                       "SELECT 2"),
        {QStringLiteral("CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql"),
         QStringLiteral("SELECT 2")});
    row("pg: tagged dollar quote around $$ and quotes", pg,
        QStringLiteral("DO $body$ BEGIN RAISE NOTICE '$$;'; END $body$; SELECT 2"),
        {QStringLiteral("DO $body$ BEGIN RAISE NOTICE '$$;'; END $body$"),
         QStringLiteral("SELECT 2")});
    row("pg: dollar quotes nest by tag", pg,
        QStringLiteral("SELECT $a$ $b$ ; $b$ ; $a$; SELECT $_1$;$_1$; SELECT $é$;$é$"),
        {QStringLiteral("SELECT $a$ $b$ ; $b$ ; $a$"), QStringLiteral("SELECT $_1$;$_1$"),
         QStringLiteral("SELECT $é$;$é$")});
    row("pg: dollar tags are case-sensitive", pg,
        QStringLiteral("SELECT $A$ ; $a$ ; $A$; SELECT 2"),
        {QStringLiteral("SELECT $A$ ; $a$ ; $A$"), QStringLiteral("SELECT 2")});
    row("pg: close inside a longer tag", pg, QStringLiteral("SELECT $a$ x$ba$a$; SELECT 2"),
        {QStringLiteral("SELECT $a$ x$ba$a$"), QStringLiteral("SELECT 2")});
    row("pg: positional parameters are not dollar quotes", pg,
        QStringLiteral("PREPARE p AS SELECT $1, $2; SELECT $1$; EXECUTE p(1, 2)"),
        {QStringLiteral("PREPARE p AS SELECT $1, $2"), QStringLiteral("SELECT $1$"),
         QStringLiteral("EXECUTE p(1, 2)")});
    row("pg: $ inside identifiers", pg, QStringLiteral("SELECT a$b$c, x$$; SELECT 2"),
        {QStringLiteral("SELECT a$b$c, x$$"), QStringLiteral("SELECT 2")});
    row("pg: $ without a tag end is an operator", pg, QStringLiteral("SELECT $abc ; SELECT 2"),
        {QStringLiteral("SELECT $abc"), QStringLiteral("SELECT 2")});
    row("pg: number then dollar quote", pg, QStringLiteral("SELECT 1$a$;$a$; SELECT 2"),
        {QStringLiteral("SELECT 1$a$;$a$"), QStringLiteral("SELECT 2")});
    row("pg: a CR ends a line comment", pg, QStringLiteral("SELECT 1 -- c\rSELECT 2;\nSELECT 3"),
        {QStringLiteral("SELECT 1 -- c\rSELECT 2"), QStringLiteral("SELECT 3")});
    row("pg: nested block comments", pg,
        QStringLiteral("SELECT 1 /* a /* b; */ still ; */; /*/**/;*/ SELECT 2"),
        {QStringLiteral("SELECT 1"), QStringLiteral("SELECT 2")});
    row("pg: comment markers inside strings", pg,
        QStringLiteral("SELECT '--', '/*', \"--\"; -- it's\nSELECT 2"),
        {QStringLiteral("SELECT '--', '/*', \"--\""), QStringLiteral("SELECT 2")});
    row("pg: BEGIN ATOMIC body", pg,
        QStringLiteral("CREATE FUNCTION f(a int) RETURNS int LANGUAGE sql\n"
                       "BEGIN ATOMIC\n  SELECT 1;\n  SELECT CASE WHEN a > 0 THEN 2 END;\nEND;\n"
                       "SELECT f(1);"),
        {QStringLiteral("CREATE FUNCTION f(a int) RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n"
                        "  SELECT 1;\n  SELECT CASE WHEN a > 0 THEN 2 END;\nEND"),
         QStringLiteral("SELECT f(1)")});
    row("pg: CREATE OR REPLACE PROCEDURE BEGIN ATOMIC", pg,
        QStringLiteral("create or replace procedure p() language sql begin atomic insert into t "
                       "values (1); insert into t values (2); end; call p();"),
        {QStringLiteral("create or replace procedure p() language sql begin atomic insert into "
                        "t values (1); insert into t values (2); end"),
         QStringLiteral("call p()")});
    row("pg: plain BEGIN is a transaction", pg,
        QStringLiteral("BEGIN;\nCREATE TABLE t (id int);\nCOMMIT;"),
        {QStringLiteral("BEGIN"), QStringLiteral("CREATE TABLE t (id int)"),
         QStringLiteral("COMMIT")});
    row("pg: BEGIN outside routines is no body", pg,
        QStringLiteral("CREATE TABLE \"begin\" (id int); SELECT 1 AS begin; SELECT 2"),
        {QStringLiteral("CREATE TABLE \"begin\" (id int)"), QStringLiteral("SELECT 1 AS begin"),
         QStringLiteral("SELECT 2")});
    row("pg: CASE outside a body", pg,
        QStringLiteral("CREATE FUNCTION f() RETURNS int LANGUAGE sql RETURN CASE WHEN true THEN 1 "
                       "END; SELECT 2"),
        {QStringLiteral("CREATE FUNCTION f() RETURNS int LANGUAGE sql RETURN CASE WHEN true THEN "
                        "1 END"),
         QStringLiteral("SELECT 2")});
    row("pg: semicolons inside parentheses (CREATE RULE)", pg,
        QStringLiteral("CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO a VALUES (1); "
                       "INSERT INTO b VALUES (2)); SELECT 1"),
        {QStringLiteral("CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO a VALUES (1); "
                        "INSERT INTO b VALUES (2))"),
         QStringLiteral("SELECT 1")});
    row("pg: stray closing parenthesis", pg, QStringLiteral("SELECT 1); SELECT 2"),
        {QStringLiteral("SELECT 1)"), QStringLiteral("SELECT 2")});

    // MySQL / MariaDB.
    row("mysql: backslash escapes in both quotes", my,
        QStringLiteral("SELECT 'a\\';b', \"c\\\";d\", '\\\\'; SELECT 2"),
        {QStringLiteral("SELECT 'a\\';b', \"c\\\";d\", '\\\\'"), QStringLiteral("SELECT 2")});
    row("mysql: doubled quotes", my,
        QStringLiteral("SELECT 'it''s;', \"say \"\"hi;\"\"\"; SELECT 2"),
        {QStringLiteral("SELECT 'it''s;', \"say \"\"hi;\"\"\""), QStringLiteral("SELECT 2")});
    row("mysql: backquoted identifier", my, QStringLiteral("SELECT `a;``b\\`; SELECT 2"),
        {QStringLiteral("SELECT `a;``b\\`"), QStringLiteral("SELECT 2")});
    row("mysql: -- needs whitespace after it", my,
        QStringLiteral("SELECT 1--1;\nSELECT 2 -- c;\n;SELECT 3;--\tc;\nSELECT 4;--"),
        {QStringLiteral("SELECT 1--1"), QStringLiteral("SELECT 2"), QStringLiteral("SELECT 3"),
         QStringLiteral("SELECT 4")});
    row("mysql: -- followed by a control character", my,
        QStringLiteral("SELECT 1 --\u0001 c;\n; SELECT 2"),
        {QStringLiteral("SELECT 1"), QStringLiteral("SELECT 2")});
    row("mysql: # comment", my, QStringLiteral("SELECT 1; # c; d\nSELECT 2 #;\n;"),
        {QStringLiteral("SELECT 1"), QStringLiteral("SELECT 2")});
    row("mysql: block comments do not nest", my, QStringLiteral("SELECT 1 /* a /* b */; SELECT 2"),
        {QStringLiteral("SELECT 1"), QStringLiteral("SELECT 2")});
    row("mysql: executable comments are statement text", my,
        QStringLiteral("/*!40101 SET NAMES utf8mb4 */;\n/*M!100100 SET @a=1; */;\n"
                       "SELECT /*! STRAIGHT_JOIN */ 1 /*!*/;"),
        {QStringLiteral("/*!40101 SET NAMES utf8mb4 */"), QStringLiteral("/*M!100100 SET @a=1; */"),
         QStringLiteral("SELECT /*! STRAIGHT_JOIN */ 1 /*!*/")});
    row("mysql: procedure with control flow", my,
        QStringLiteral("CREATE PROCEDURE p(x INT)\nBEGIN\n  DECLARE i INT DEFAULT 0;\n"
                       "  IF x > 0 THEN SELECT 1; ELSEIF x < 0 THEN SELECT 2; END IF;\n"
                       "  l: LOOP SET i = i + 1; IF i > 3 THEN LEAVE l; END IF; END LOOP l;\n"
                       "  WHILE i > 0 DO SET i = i - 1; END WHILE;\n"
                       "  REPEAT SET i = i + 1; UNTIL i > 2 END REPEAT;\n"
                       "  CASE x WHEN 1 THEN SELECT 1; ELSE BEGIN END; END CASE;\n"
                       "  SELECT CASE WHEN x THEN 1 END INTO i;\nEND;\nCALL p(1);"),
        {QStringLiteral("CREATE PROCEDURE p(x INT)\nBEGIN\n  DECLARE i INT DEFAULT 0;\n"
                        "  IF x > 0 THEN SELECT 1; ELSEIF x < 0 THEN SELECT 2; END IF;\n"
                        "  l: LOOP SET i = i + 1; IF i > 3 THEN LEAVE l; END IF; END LOOP l;\n"
                        "  WHILE i > 0 DO SET i = i - 1; END WHILE;\n"
                        "  REPEAT SET i = i + 1; UNTIL i > 2 END REPEAT;\n"
                        "  CASE x WHEN 1 THEN SELECT 1; ELSE BEGIN END; END CASE;\n"
                        "  SELECT CASE WHEN x THEN 1 END INTO i;\nEND"),
         QStringLiteral("CALL p(1)")});
    row("mysql: DEFINER trigger", my,
        QStringLiteral("CREATE DEFINER=`root`@`localhost` TRIGGER trg BEFORE INSERT ON t FOR EACH "
                       "ROW BEGIN SET NEW.a = 1; SET NEW.b = 2; END; INSERT INTO t VALUES (1)"),
        {QStringLiteral("CREATE DEFINER=`root`@`localhost` TRIGGER trg BEFORE INSERT ON t FOR "
                        "EACH ROW BEGIN SET NEW.a = 1; SET NEW.b = 2; END"),
         QStringLiteral("INSERT INTO t VALUES (1)")});
    row("mysql: unquoted DEFINER, labelled block", my,
        QStringLiteral("CREATE OR REPLACE DEFINER=root@localhost PROCEDURE p() lbl: BEGIN LEAVE "
                       "lbl; END lbl; SELECT 2"),
        {QStringLiteral("CREATE OR REPLACE DEFINER=root@localhost PROCEDURE p() lbl: BEGIN LEAVE "
                        "lbl; END lbl"),
         QStringLiteral("SELECT 2")});
    row("mysql: DEFINER = CURRENT_USER() function with CASE", my,
        QStringLiteral(
            "CREATE DEFINER = CURRENT_USER() FUNCTION f(x INT) RETURNS INT DETERMINISTIC "
            "BEGIN RETURN CASE WHEN x > 0 THEN 1 ELSE 0 END; END; SELECT f(1)"),
        {QStringLiteral("CREATE DEFINER = CURRENT_USER() FUNCTION f(x INT) RETURNS INT "
                        "DETERMINISTIC BEGIN RETURN CASE WHEN x > 0 THEN 1 ELSE 0 END; END"),
         QStringLiteral("SELECT f(1)")});
    row("mysql: function without a body", my,
        QStringLiteral("CREATE FUNCTION f() RETURNS INT RETURN CASE 1 WHEN 1 THEN 1 END; SELECT 2"),
        {QStringLiteral("CREATE FUNCTION f() RETURNS INT RETURN CASE 1 WHEN 1 THEN 1 END"),
         QStringLiteral("SELECT 2")});
    row("mysql: event", my,
        QStringLiteral("CREATE EVENT e ON SCHEDULE EVERY 1 DAY DO BEGIN DELETE FROM t; DELETE "
                       "FROM u; END; SELECT 1"),
        {QStringLiteral("CREATE EVENT e ON SCHEDULE EVERY 1 DAY DO BEGIN DELETE FROM t; DELETE "
                        "FROM u; END"),
         QStringLiteral("SELECT 1")});
    row("mysql: trigger without BEGIN", my,
        QStringLiteral("CREATE TRIGGER t BEFORE INSERT ON x FOR EACH ROW SET NEW.a = 1; SELECT 1"),
        {QStringLiteral("CREATE TRIGGER t BEFORE INSERT ON x FOR EACH ROW SET NEW.a = 1"),
         QStringLiteral("SELECT 1")});
    row("mysql: BEGIN is a transaction outside definitions", my,
        QStringLiteral("BEGIN; INSERT INTO t VALUES (1); COMMIT; BEGIN WORK; ROLLBACK"),
        {QStringLiteral("BEGIN"), QStringLiteral("INSERT INTO t VALUES (1)"),
         QStringLiteral("COMMIT"), QStringLiteral("BEGIN WORK"), QStringLiteral("ROLLBACK")});
    row("mysql: CASE outside definitions", my,
        QStringLiteral("UPDATE t SET a = CASE WHEN b THEN 1 END; SELECT 2"),
        {QStringLiteral("UPDATE t SET a = CASE WHEN b THEN 1 END"), QStringLiteral("SELECT 2")});
    row("mysql: MariaDB BEGIN NOT ATOMIC", my,
        QStringLiteral("BEGIN NOT ATOMIC SELECT 1; SELECT 2; END; SELECT 3"),
        {QStringLiteral("BEGIN NOT ATOMIC SELECT 1; SELECT 2; END"), QStringLiteral("SELECT 3")});
    row("mysql: DELIMITER //", my,
        QStringLiteral("DELIMITER //\nCREATE PROCEDURE p()\nBEGIN\n  SELECT 1;\nEND//\n"
                       "DELIMITER ;\nSELECT 2;"),
        {QStringLiteral("CREATE PROCEDURE p()\nBEGIN\n  SELECT 1;\nEND"),
         QStringLiteral("SELECT 2")});
    row("mysql: DELIMITER $$ right after a word", my,
        QStringLiteral("DELIMITER $$\nCREATE FUNCTION f() RETURNS INT BEGIN RETURN 1; END$$\n"
                       "DELIMITER ;\n"),
        {QStringLiteral("CREATE FUNCTION f() RETURNS INT BEGIN RETURN 1; END")});
    row("mysql: mysqldump trigger with ;;", my,
        QStringLiteral("DELIMITER ;;\n/*!50003 CREATE*/ /*!50017 DEFINER=`root`@`localhost`*/ "
                       "/*!50003 TRIGGER trg BEFORE INSERT ON t FOR EACH ROW BEGIN SET NEW.a = 1; "
                       "END */;;\nDELIMITER ;\nSELECT 1;"),
        {QStringLiteral("/*!50003 CREATE*/ /*!50017 DEFINER=`root`@`localhost`*/ /*!50003 TRIGGER "
                        "trg BEFORE INSERT ON t FOR EACH ROW BEGIN SET NEW.a = 1; END */"),
         QStringLiteral("SELECT 1")});
    row("mysql: DELIMITER lowercase, indented, quoted, trailing text", my,
        QStringLiteral("  delimiter '//' ignored\nSELECT 1; SELECT 2//\n\tdelimiter ;\nSELECT 3"),
        {QStringLiteral("SELECT 1; SELECT 2"), QStringLiteral("SELECT 3")});
    row("mysql: delimiter inside quotes and comments", my,
        QStringLiteral("DELIMITER //\nSELECT '//', \"//\", `//` /* // */ -- //\n// SELECT 2//"),
        {QStringLiteral("SELECT '//', \"//\", `//`"), QStringLiteral("SELECT 2")});
    row("mysql: under DELIMITER, trailing semicolons go, like in the client", my,
        QStringLiteral("DELIMITER //\nCREATE PROCEDURE p() BEGIN SELECT 1; END;\n//\n;;//\n"
                       "; SELECT 2 ; -- c\n ;//\nDELIMITER ;\n"),
        {QStringLiteral("CREATE PROCEDURE p() BEGIN SELECT 1; END"), QStringLiteral("; SELECT 2")});
    row("mysql: a line comment runs over a CR", my,
        QStringLiteral("SELECT 1; -- c\rSELECT 2;\nSELECT 3; # c\rSELECT 4;\n"),
        {QStringLiteral("SELECT 1"), QStringLiteral("SELECT 3")});
    row("mysql: DELIMITER inside a statement is SQL", my,
        QStringLiteral("SELECT 1\nDELIMITER //\n;"), {QStringLiteral("SELECT 1\nDELIMITER //")});
    row("mysql: DELIMITER( is not the command", my, QStringLiteral("DELIMITER(1); SELECT 2"),
        {QStringLiteral("DELIMITER(1)"), QStringLiteral("SELECT 2")});

    // SQLite.
    row("sqlite: all quote kinds", lite,
        QStringLiteral("SELECT 'a;''b', \"c;\"\"d\", `e;``f`, [g;h\"]; SELECT 2"),
        {QStringLiteral("SELECT 'a;''b', \"c;\"\"d\", `e;``f`, [g;h\"]"),
         QStringLiteral("SELECT 2")});
    row("sqlite: backslash is literal", lite, QStringLiteral("SELECT 'a\\'; SELECT 2"),
        {QStringLiteral("SELECT 'a\\'"), QStringLiteral("SELECT 2")});
    row("sqlite: a line comment runs over a CR", lite,
        QStringLiteral("SELECT 1; -- c\rSELECT 2;\nSELECT 3"),
        {QStringLiteral("SELECT 1"), QStringLiteral("SELECT 3")});
    row("sqlite: block comments do not nest", lite, QStringLiteral("SELECT 1 /* /* */; SELECT 2"),
        {QStringLiteral("SELECT 1"), QStringLiteral("SELECT 2")});
    row("sqlite: unterminated comment at the end", lite,
        QStringLiteral("SELECT 1; SELECT 2 /* open; SELECT 3"),
        {QStringLiteral("SELECT 1"), QStringLiteral("SELECT 2")});
    row("sqlite: $ and # are not special", lite, QStringLiteral("SELECT $a$; SELECT 1 # 2;"),
        {QStringLiteral("SELECT $a$"), QStringLiteral("SELECT 1 # 2")});
    row("sqlite: trigger", lite,
        QStringLiteral("CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  INSERT INTO b VALUES "
                       "(new.id);\n  UPDATE c SET n = n + 1;\nEND;\nSELECT 1"),
        {QStringLiteral("CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  INSERT INTO b VALUES "
                        "(new.id);\n  UPDATE c SET n = n + 1;\nEND"),
         QStringLiteral("SELECT 1")});
    row("sqlite: temp trigger with CASE in WHEN and body", lite,
        QStringLiteral("CREATE TEMP TRIGGER IF NOT EXISTS t BEFORE UPDATE ON a WHEN CASE WHEN "
                       "new.x THEN 1 END BEGIN SELECT CASE WHEN new.y THEN RAISE(ABORT, 'no;') "
                       "END; END;\nSELECT 2"),
        {QStringLiteral("CREATE TEMP TRIGGER IF NOT EXISTS t BEFORE UPDATE ON a WHEN CASE WHEN "
                        "new.x THEN 1 END BEGIN SELECT CASE WHEN new.y THEN RAISE(ABORT, 'no;') "
                        "END; END"),
         QStringLiteral("SELECT 2")});
    row("sqlite: transactions", lite,
        QStringLiteral("BEGIN TRANSACTION; CREATE TABLE t (a); END TRANSACTION;"),
        {QStringLiteral("BEGIN TRANSACTION"), QStringLiteral("CREATE TABLE t (a)"),
         QStringLiteral("END TRANSACTION")});
    row("sqlite: semicolons in parentheses split", lite, QStringLiteral("SELECT (1; SELECT 2)"),
        {QStringLiteral("SELECT (1"), QStringLiteral("SELECT 2)")});
}

void TestSqlSplitter::splits() {
    QFETCH(QString, provider);
    QFETCH(QString, script);
    QFETCH(QStringList, expected);
    const SqlSplitResult result = SqlSplitter::split(script, sqlDialectForProvider(provider));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.errorOffset, -1);
    QCOMPARE(texts(result), expected);
    for (const SqlStatement &statement : result.statements) {
        QCOMPARE(statement.length, statement.text.size());
        QCOMPARE(script.mid(statement.offset, statement.length), statement.text);
    }
}

void TestSqlSplitter::positions_data() {
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("index");
    QTest::addColumn<qsizetype>("offset");
    QTest::addColumn<qsizetype>("byteOffset");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("first") << QStringLiteral("SELECT 1") << 0 << qsizetype(0) << qsizetype(0) << 1
                           << 1;
    QTest::newRow("second line, indented") << QStringLiteral("SELECT 1;\n  SELECT 2;") << 1
                                           << qsizetype(12) << qsizetype(12) << 2 << 3;
    QTest::newRow("tab is one column")
        << QStringLiteral("\tSELECT 1") << 0 << qsizetype(1) << qsizetype(1) << 1 << 2;
    QTest::newRow("two-byte characters in a comment")
        << QStringLiteral("-- café\nSELECT 1;") << 0 << qsizetype(8) << qsizetype(9) << 2 << 1;
    QTest::newRow("three-byte characters before, same line")
        << QStringLiteral("/* 日本語 */ SELECT 1") << 0 << qsizetype(10) << qsizetype(16) << 1
        << 11;
    // 😀 is two UTF-16 units, four UTF-8 bytes and one column.
    QTest::newRow("emoji in a string before") << QStringLiteral("SELECT '😀'; SELECT 2;") << 1
                                              << qsizetype(13) << qsizetype(15) << 1 << 13;
    QTest::newRow("emoji lines before") << QStringLiteral("-- 😀😀\n-- ü\n  SELECT 2;") << 0
                                        << qsizetype(15) << qsizetype(20) << 3 << 3;
    QTest::newRow("CRLF") << QStringLiteral("SELECT 1;\r\nSELECT 2;") << 1 << qsizetype(11)
                          << qsizetype(11) << 2 << 1;
    QTest::newRow("lone CR ends a line")
        << QStringLiteral("SELECT 1;\rSELECT 2;") << 1 << qsizetype(10) << qsizetype(10) << 2 << 1;
    QTest::newRow("lone surrogates are one column, '?' in UTF-8")
        << QString(QStringLiteral("-- ") + lone(0xDC00) + lone(0xD800) +
                   QStringLiteral(" x\nSELECT 1"))
        << 0 << qsizetype(8) << qsizetype(8) << 2 << 1;
    QTest::newRow("high then low surrogate is a pair")
        << QString(QStringLiteral("-- ") + lone(0xD800) + lone(0xDFFF) +
                   QStringLiteral(" x\nSELECT 1"))
        << 0 << qsizetype(8) << qsizetype(10) << 2 << 1;
    QTest::newRow("lone surrogate on the same line")
        << QString(QStringLiteral("SELECT '") + lone(0xDC00) + QStringLiteral("'; SELECT 2")) << 1
        << qsizetype(12) << qsizetype(12) << 1 << 13;
    QTest::newRow("BOM at the start is skipped")
        << QString(QChar(0xFEFF) + QStringLiteral("SELECT 1")) << 0 << qsizetype(1) << qsizetype(3)
        << 1 << 2;
}

void TestSqlSplitter::positions() {
    QFETCH(QString, script);
    QFETCH(int, index);
    QFETCH(qsizetype, offset);
    QFETCH(qsizetype, byteOffset);
    QFETCH(int, line);
    QFETCH(int, column);
    for (const SqlDialect dialect :
         {SqlDialect::PostgreSQL, SqlDialect::MySQL, SqlDialect::SQLite}) {
        const SqlSplitResult result = SqlSplitter::split(script, dialect);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(index < result.statements.size());
        const SqlStatement &statement = result.statements.at(index);
        QCOMPARE(statement.offset, offset);
        QCOMPARE(statement.byteOffset, byteOffset);
        QCOMPARE(statement.byteOffset, script.left(statement.offset).toUtf8().size());
        QCOMPARE(statement.line, line);
        QCOMPARE(statement.column, column);
        QCOMPARE(script.mid(statement.offset, statement.length), statement.text);
    }
}

void TestSqlSplitter::errors_data() {
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("message"); ///< the start of the error
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<qsizetype>("offset");
    QTest::addColumn<QStringList>("before");
    const QString pg = QStringLiteral("postgresql");
    const QString my = QStringLiteral("mysql");
    const QString lite = QStringLiteral("sqlite");
    const QString string = QStringLiteral("Unterminated string literal");
    const QString identifier = QStringLiteral("Unterminated quoted identifier");
    const QString comment = QStringLiteral("Unterminated block comment");
    const QString block = QStringLiteral("Unterminated BEGIN ... END block");
    const QStringList one{QStringLiteral("SELECT 1")};

    for (const QString &provider : {pg, my, lite}) {
        QTest::addRow("%s: string", qPrintable(provider))
            << provider << QStringLiteral("SELECT 1;\nSELECT 'abc;\nSELECT 2;") << string << 2 << 8
            << qsizetype(17) << one;
        QTest::addRow("%s: string after non-ASCII text", qPrintable(provider))
            << provider << QStringLiteral("SELECT 1;\nSELECT '😀', 'x") << string << 2 << 13
            << qsizetype(23) << one;
    }
    QTest::newRow("pg: E string ending in an escaped quote")
        << pg << QStringLiteral("SELECT 1; SELECT E'abc\\';") << string << 1 << 18 << qsizetype(17)
        << one;
    QTest::newRow("pg: identifier") << pg << QStringLiteral("SELECT 1; SELECT \"abc;") << identifier
                                    << 1 << 18 << qsizetype(17) << one;
    QTest::newRow("pg: dollar quote") << pg << QStringLiteral("SELECT 1; SELECT $a$; SELECT 2")
                                      << QStringLiteral("Unterminated dollar-quoted string $a$")
                                      << 1 << 18 << qsizetype(17) << one;
    QTest::newRow("pg: empty-tag dollar quote")
        << pg << QStringLiteral("SELECT 1;\n\nDO $$ BEGIN; END $")
        << QStringLiteral("Unterminated dollar-quoted string $$") << 3 << 4 << qsizetype(14) << one;
    QTest::newRow("pg: nested comment") << pg << QStringLiteral("SELECT 1; /* a /* b */ SELECT 2;")
                                        << comment << 1 << 11 << qsizetype(10) << one;
    QTest::newRow("pg: BEGIN ATOMIC without END")
        << pg
        << QStringLiteral("SELECT 1;\nCREATE FUNCTION f() RETURNS int LANGUAGE sql\n"
                          "BEGIN ATOMIC\n  SELECT 1;\n")
        << block << 3 << 1 << qsizetype(55) << one;
    QTest::newRow("mysql: string ending in an escaped quote")
        << my << QStringLiteral("SELECT 1; SELECT 'it\\'s;") << string << 1 << 18 << qsizetype(17)
        << one;
    QTest::newRow("mysql: double-quoted string") << my << QStringLiteral("SELECT 1; SELECT \"a\\\"")
                                                 << string << 1 << 18 << qsizetype(17) << one;
    QTest::newRow("mysql: backquoted identifier") << my << QStringLiteral("SELECT 1; SELECT `a``")
                                                  << identifier << 1 << 18 << qsizetype(17) << one;
    QTest::newRow("mysql: block comment") << my << QStringLiteral("SELECT 1; /* x /* y") << comment
                                          << 1 << 11 << qsizetype(10) << one;
    QTest::newRow("mysql: executable comment")
        << my << QStringLiteral("SELECT 1; /*!40101 SET x = 1;") << comment << 1 << 11
        << qsizetype(10) << one;
    QTest::newRow("mysql: procedure without END")
        << my
        << QStringLiteral("SELECT 1; CREATE PROCEDURE p() BEGIN SELECT 1; IF 1 THEN SELECT 2; "
                          "END IF;")
        << block << 1 << 32 << qsizetype(31) << one;
    QTest::newRow("mysql: END CASE leaves the BEGIN open")
        << my
        << QStringLiteral("SELECT 1; CREATE PROCEDURE p(x INT) BEGIN CASE x WHEN 1 THEN SELECT 1; "
                          "END CASE;")
        << block << 1 << 37 << qsizetype(36) << one;
    QTest::newRow("mysql: DELIMITER without a delimiter")
        << my << QStringLiteral("SELECT 1;\nDELIMITER   \nSELECT 2;")
        << QStringLiteral("DELIMITER at line 2, column 1 is not followed by a delimiter") << 2 << 1
        << qsizetype(10) << one;
    QTest::newRow("mysql: DELIMITER at the end")
        << my << QStringLiteral("SELECT 1;\n  delimiter")
        << QStringLiteral("DELIMITER at line 2, column 3") << 2 << 3 << qsizetype(12) << one;
    QTest::newRow("mysql: delimiter with a backslash")
        << my << QStringLiteral("SELECT 1;\nDELIMITER \\\\\n")
        << QStringLiteral("The delimiter set at line 2, column 1 contains a backslash") << 2 << 1
        << qsizetype(10) << one;
    QTest::newRow("mysql: delimiter too long")
        << my << QStringLiteral("SELECT 1;\nDELIMITER 0123456789abcdef\n")
        << QStringLiteral("The delimiter set at line 2, column 1 is longer than 15 characters") << 2
        << 1 << qsizetype(10) << one;
    QTest::newRow("mysql: statement before the error under a custom delimiter")
        << my << QStringLiteral("DELIMITER //\nSELECT 1 //\nSELECT 'x //") << string << 3 << 8
        << qsizetype(32) << one;
    QTest::newRow("sqlite: bracket identifier")
        << lite << QStringLiteral("SELECT 1; SELECT [a; SELECT 2") << identifier << 1 << 18
        << qsizetype(17) << one;
    QTest::newRow("sqlite: double-quoted identifier")
        << lite << QStringLiteral("SELECT 1; SELECT \"a") << identifier << 1 << 18 << qsizetype(17)
        << one;
    QTest::newRow("sqlite: trigger without END")
        << lite << QStringLiteral("SELECT 1;\nCREATE TRIGGER t AFTER INSERT ON a BEGIN SELECT 1;")
        << block << 2 << 36 << qsizetype(45) << one;
}

void TestSqlSplitter::errors() {
    QFETCH(QString, provider);
    QFETCH(QString, script);
    QFETCH(QString, message);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(qsizetype, offset);
    QFETCH(QStringList, before);
    const SqlSplitResult result = SqlSplitter::split(script, sqlDialectForProvider(provider));
    QVERIFY(!result.ok());
    QVERIFY2(result.error.startsWith(message), qPrintable(result.error));
    QCOMPARE(result.errorLine, line);
    QCOMPARE(result.errorColumn, column);
    QCOMPARE(result.errorOffset, offset);
    QCOMPARE(texts(result), before);
}

void TestSqlSplitter::errorMessageIsSpecific() {
    const SqlSplitResult result =
        SqlSplitter::split(QStringLiteral("SELECT 1;\n\n  SELECT 2, 'oops;\n"), SqlDialect::SQLite);
    QCOMPARE(result.error,
             QStringLiteral("Unterminated string literal starting at line 3, column 13"));
    const SqlSplitResult block =
        SqlSplitter::split(QStringLiteral("CREATE TRIGGER t AFTER INSERT ON a\nBEGIN\n  SELECT 1;"),
                           SqlDialect::SQLite);
    QCOMPARE(block.error, QStringLiteral("Unterminated BEGIN ... END block starting at line 2, "
                                         "column 1: END is missing"));
}

void TestSqlSplitter::prismaScripts_data() {
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("starts");          ///< each statement's first words
    QTest::addColumn<QList<int>>("nonTransactional"); ///< indexes of such statements
    QTest::newRow("postgresql init")
        << QStringLiteral("postgresql") << QString::fromUtf8(prismaPostgresInit)
        << QStringList{QStringLiteral("CREATE TYPE"), QStringLiteral("CREATE TABLE"),
                       QStringLiteral("CREATE TABLE"), QStringLiteral("CREATE UNIQUE"),
                       QStringLiteral("ALTER TABLE")}
        << QList<int>{};
    QTest::newRow("postgresql enum changes")
        << QStringLiteral("postgresql") << QString::fromUtf8(prismaPostgresEnums)
        << QStringList{QStringLiteral("ALTER TYPE"),  QStringLiteral("ALTER TYPE"),
                       QStringLiteral("BEGIN"),       QStringLiteral("CREATE TYPE"),
                       QStringLiteral("ALTER TABLE"), QStringLiteral("ALTER TABLE"),
                       QStringLiteral("ALTER TYPE"),  QStringLiteral("ALTER TYPE"),
                       QStringLiteral("DROP TYPE"),   QStringLiteral("ALTER TABLE"),
                       QStringLiteral("COMMIT"),      QStringLiteral("CREATE INDEX")}
        << QList<int>{0, 1, 2, 10, 11};
    QTest::newRow("mysql init") << QStringLiteral("mysql") << QString::fromUtf8(prismaMysqlInit)
                                << QStringList{QStringLiteral("CREATE TABLE"),
                                               QStringLiteral("ALTER TABLE")}
                                << QList<int>{0, 1};
    QTest::newRow("sqlite redefine tables")
        << QStringLiteral("sqlite") << QString::fromUtf8(prismaSqliteRedefine)
        << QStringList{QStringLiteral("PRAGMA defer_foreign_keys"),
                       QStringLiteral("PRAGMA foreign_keys"),
                       QStringLiteral("CREATE TABLE"),
                       QStringLiteral("INSERT INTO"),
                       QStringLiteral("DROP TABLE"),
                       QStringLiteral("ALTER TABLE"),
                       QStringLiteral("PRAGMA foreign_keys"),
                       QStringLiteral("PRAGMA defer_foreign_keys")}
        << QList<int>{1, 6};
}

void TestSqlSplitter::prismaScripts() {
    QFETCH(QString, provider);
    QFETCH(QString, script);
    QFETCH(QStringList, starts);
    QFETCH(QList<int>, nonTransactional);
    const SqlDialect dialect = sqlDialectForProvider(provider);
    const SqlSplitResult result = SqlSplitter::split(script, dialect);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.statements.size(), starts.size());
    for (int i = 0; i < starts.size(); ++i) {
        const SqlStatement &statement = result.statements.at(i);
        QVERIFY2(statement.text.startsWith(starts.at(i)), qPrintable(statement.text));
        QVERIFY(!statement.text.endsWith(u';'));
        QString reason;
        QCOMPARE(SqlSplitter::isNonTransactional(statement, dialect, &reason),
                 nonTransactional.contains(i));
        QCOMPARE(reason.isEmpty(), !nonTransactional.contains(i));
    }
}

void TestSqlSplitter::prismaFixtureMigrations() {
    const QString fixtures = TestData::prismaFixturesDir();
    if (fixtures.isEmpty())
        MWB_SKIP_OR_FAIL(
            QStringLiteral("the Prisma fixtures (../shared/fixtures) are not present"));
    int files = 0;
    QDirIterator it(fixtures + QStringLiteral("/states"), {QStringLiteral("migration.sql")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const SqlDialect dialect = path.contains(QLatin1String("/states/pg/"))
                                       ? SqlDialect::PostgreSQL
                                       : SqlDialect::SQLite;
        const QString script = QString::fromUtf8(TestData::readFile(path));
        const SqlSplitResult result = SqlSplitter::split(script, dialect);
        QVERIFY2(result.ok(), qPrintable(path + QLatin1Char(' ') + result.error));
        // Prisma ends every statement with ";" at the end of a line.
        const qsizetype terminators = script.count(QLatin1String(";\n"));
        QVERIFY(terminators > 0);
        QCOMPARE(result.statements.size(), terminators);
        for (const SqlStatement &statement : result.statements) {
            QVERIFY(!statement.text.startsWith(QLatin1String("--")));
            QCOMPARE(script.mid(statement.offset, statement.length), statement.text);
            QCOMPARE(script.at(statement.offset + statement.length), u';');
            QVERIFY(!SqlSplitter::isNonTransactional(statement, dialect));
        }
        ++files;
    }
    QVERIFY(files >= 10);
}

void TestSqlSplitter::nonTransactional_data() {
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("statement");
    QTest::addColumn<bool>("expected");
    const auto rows = [](const char *provider, bool expected,
                         std::initializer_list<const char *> list) {
        for (const char *text : list)
            QTest::addRow("%s: %s", provider, text)
                << QString::fromLatin1(provider) << QString::fromUtf8(text) << expected;
    };
    for (const char *provider : {"postgresql", "mysql", "sqlite"}) {
        rows(provider, true,
             {"BEGIN", "begin", "START TRANSACTION", "COMMIT", "END", "ROLLBACK",
              "ROLLBACK TO SAVEPOINT a", "SAVEPOINT a", "RELEASE SAVEPOINT a"});
        rows(
            provider, false,
            {"INSERT INTO t VALUES (1)", "SELECT 'VACUUM'", "START REPLICA", "UPDATE t SET a = 1"});
    }
    rows("postgresql", true,
         {"begin isolation level serializable",
          "ABORT",
          "PREPARE TRANSACTION 'x'",
          "COMMIT PREPARED 'x'",
          "CREATE INDEX CONCURRENTLY i ON t (a)",
          "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS i ON t (a)",
          "create index concurrently on t (a)",
          "DROP INDEX CONCURRENTLY IF EXISTS i",
          "REINDEX INDEX CONCURRENTLY i",
          "REINDEX (VERBOSE) TABLE CONCURRENTLY t",
          "REINDEX (CONCURRENTLY) TABLE t",
          "REINDEX DATABASE d",
          "REINDEX SCHEMA public",
          "REINDEX SYSTEM d",
          "VACUUM",
          "VACUUM (ANALYZE) t",
          "vacuum full",
          "CREATE DATABASE d",
          "DROP DATABASE IF EXISTS d",
          "ALTER DATABASE d SET TABLESPACE x",
          "ALTER SYSTEM SET work_mem = '64MB'",
          "CREATE TABLESPACE s LOCATION '/x'",
          "DROP TABLESPACE s",
          "ALTER TYPE \"Role\" ADD VALUE 'MODERATOR'",
          "ALTER TYPE public.\"Role\" ADD VALUE IF NOT EXISTS 'X' BEFORE 'Y'",
          "/* leading */ VACUUM"});
    rows("postgresql", false,
         {"CREATE INDEX i ON t (a)",
          "CREATE UNIQUE INDEX \"User_email_key\" ON \"User\"(\"email\")", "DROP INDEX i",
          "REINDEX TABLE t", "REINDEX TABLE \"concurrently\"",
          "ALTER TYPE \"Role\" RENAME VALUE 'a' TO 'b'", "ALTER DATABASE d SET work_mem = '1MB'",
          "CREATE TABLE \"vacuum\" (a int)", "DO $$ BEGIN COMMIT; END $$",
          "CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; END",
          "PRAGMA foreign_keys=OFF", "XA START 'x'", "PREPARE p AS SELECT 1",
          "CREATE TABLE t (a int)"});
    rows("mysql", true,
         {"CREATE TABLE `User` (id INT)", "ALTER TABLE t ADD COLUMN a INT", "DROP TABLE t",
          "RENAME TABLE a TO b", "TRUNCATE TABLE t", "CREATE INDEX i ON t (a)",
          "CREATE DEFINER=`root`@`%` PROCEDURE p() BEGIN SELECT 1; END",
          "/*!50003 CREATE*/ /*!50003 TRIGGER t BEFORE INSERT ON x FOR EACH ROW SET NEW.a = 1 */",
          "GRANT SELECT ON db.* TO u", "REVOKE ALL ON db.* FROM u", "LOCK TABLES t WRITE",
          "UNLOCK TABLES", "BEGIN WORK", "XA START 'x'", "OPTIMIZE TABLE t"});
    rows("mysql", false,
         {"CREATE TEMPORARY TABLE t (a INT)", "DROP TEMPORARY TABLE IF EXISTS t",
          "CREATE OR REPLACE TEMPORARY TABLE t (a INT)", "BEGIN NOT ATOMIC SELECT 1; END",
          "SET NAMES utf8mb4", "/*!40101 SET NAMES utf8mb4 */", "SELECT 'DROP'", "DELETE FROM t",
          "VACUUM"});
    rows("sqlite", true,
         {"VACUUM", "VACUUM INTO 'x.db'", "PRAGMA foreign_keys=OFF", "PRAGMA foreign_keys = ON",
          "pragma FOREIGN_KEYS(1)", "PRAGMA journal_mode=WAL", "PRAGMA main.journal_mode = DELETE",
          "ATTACH DATABASE 'x.db' AS x", "BEGIN IMMEDIATE TRANSACTION", "END TRANSACTION",
          "RELEASE s"});
    rows("sqlite", false,
         {"PRAGMA foreign_keys", "PRAGMA defer_foreign_keys=ON", "PRAGMA foreign_key_check",
          "CREATE TABLE t (a)", "DROP TABLE t", "ALTER TABLE t RENAME TO u",
          "CREATE TRIGGER t AFTER INSERT ON a BEGIN SELECT 1; END", "CREATE DATABASE d"});
}

void TestSqlSplitter::nonTransactional() {
    QFETCH(QString, provider);
    QFETCH(QString, statement);
    QFETCH(bool, expected);
    SqlStatement s;
    s.text = statement;
    s.length = statement.size();
    QString reason = QStringLiteral("stale");
    QCOMPARE(SqlSplitter::isNonTransactional(s, sqlDialectForProvider(provider), &reason),
             expected);
    QCOMPARE(reason.isEmpty(), !expected);
    QVERIFY(!reason.contains(u'\n'));
    QCOMPARE(SqlSplitter::isNonTransactional(s, sqlDialectForProvider(provider)), expected);
}

void TestSqlSplitter::largeScriptsSplitInLinearTime_data() {
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("script");
    QTest::addColumn<qsizetype>("statements");
    QTest::addColumn<bool>("ok");
    constexpr qsizetype mb = 1024 * 1024;
    const QString prisma = QStringLiteral(
        "-- CreateTable\nCREATE TABLE \"Tbl\" (\n    \"id\" SERIAL NOT NULL,\n    \"name\" TEXT "
        "NOT NULL DEFAULT 'it''s; ok', -- note\n    CONSTRAINT \"Tbl_pkey\" PRIMARY KEY (\"id\")\n"
        ");\n\n/* ünïcode 😀 */ INSERT INTO t VALUES ($$a;b$$, E'\\';');\n");
    const qsizetype copies = 10 * mb / prisma.size() + 1;
    QTest::newRow("pg 10 MB of statements")
        << QStringLiteral("postgresql") << prisma.repeated(copies) << 2 * copies << true;
    const QString trigger = QStringLiteral("CREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
                                           "  UPDATE c SET n = CASE WHEN n THEN 1 END;\nEND;\n");
    QTest::newRow("sqlite 10 MB of triggers")
        << QStringLiteral("sqlite") << trigger.repeated(10 * mb / trigger.size())
        << 10 * mb / trigger.size() << true;
    const QString procedure = QStringLiteral("DELIMITER $$\nCREATE PROCEDURE p() BEGIN IF 1 THEN "
                                             "SELECT 'a\\'$$'; END IF; END$$\nDELIMITER ;\n");
    QTest::newRow("mysql 10 MB of DELIMITER blocks")
        << QStringLiteral("mysql") << procedure.repeated(10 * mb / procedure.size())
        << 10 * mb / procedure.size() << true;
    // Shapes that would be quadratic with a naive rescan.
    QTest::newRow("pg one huge dollar quote")
        << QStringLiteral("postgresql")
        << QString(QStringLiteral("SELECT $x$") + QStringLiteral("$x;$ $").repeated(mb) +
                   QStringLiteral("$x$"))
        << qsizetype(1) << true;
    QTest::newRow("pg unterminated long-tag dollar quote")
        << QStringLiteral("postgresql")
        << QString(QStringLiteral("SELECT $") + QString(mb, u'a') + QStringLiteral("$ ") +
                   QString(mb, u'a'))
        << qsizetype(0) << false;
    QTest::newRow("pg deeply nested comment")
        << QStringLiteral("postgresql")
        << QString(QStringLiteral("/*").repeated(mb) + QStringLiteral("*/").repeated(mb) +
                   QStringLiteral("SELECT 1"))
        << qsizetype(1) << true;
    QTest::newRow("pg many dollars")
        << QStringLiteral("postgresql") << QStringLiteral("$a $1 $ ").repeated(mb) << qsizetype(1)
        << true;
    QTest::newRow("mysql many DELIMITER lines")
        << QStringLiteral("mysql") << QStringLiteral("DELIMITER aaaaaaaaaaaaaab\n").repeated(mb / 8)
        << qsizetype(0) << true;
    QTest::newRow("mysql long words against a long delimiter")
        << QStringLiteral("mysql")
        << QString(QStringLiteral("DELIMITER aaaaaaaaaaaaaab\n") + QString(4 * mb, u'a'))
        << qsizetype(1) << true;
    QTest::newRow("sqlite many nested BEGIN") << QStringLiteral("sqlite")
                                              << QString(QStringLiteral("CREATE TRIGGER t BEGIN ") +
                                                         QStringLiteral("BEGIN ; ").repeated(mb) +
                                                         QStringLiteral("END ; ").repeated(mb + 1))
                                              << qsizetype(1) << true;
    QTest::newRow("many empty statements")
        << QStringLiteral("sqlite") << QStringLiteral(";\n").repeated(4 * mb) << qsizetype(0)
        << true;
}

void TestSqlSplitter::largeScriptsSplitInLinearTime() {
    QFETCH(QString, provider);
    QFETCH(QString, script);
    QFETCH(qsizetype, statements);
    QFETCH(bool, ok);
    QElapsedTimer timer;
    timer.start();
    const SqlSplitResult result = SqlSplitter::split(script, sqlDialectForProvider(provider));
    const qint64 ms = timer.elapsed();
    qInfo("%lld UTF-16 units split in %lld ms", static_cast<long long>(script.size()),
          static_cast<long long>(ms));
    QCOMPARE(result.ok(), ok);
    QCOMPARE(result.statements.size(), statements);
    // Generous for unoptimized builds and busy machines; quadratic behaviour takes minutes here.
    QVERIFY2(ms < 5000, qPrintable(QString::number(ms)));
}

QTEST_GUILESS_MAIN(TestSqlSplitter)
#include "tst_sqlsplitter.moc"
