// SPDX-License-Identifier: GPL-3.0-or-later
// The SQL script renderer on schemas built by hand. Every SQLite and PostgreSQL expectation is
// what the real Prisma 6.19.3 CLI printed for the same schema pair: either its transcripts in
// ../shared/fixtures/prisma-6.19.3/transcripts/{sqlite,pg}-diff.md, or runs of
// scripts/prisma-oracle.sh (`migrate diff --script` between two datamodels, from a migrations
// folder to a live database, and `migrate dev --create-only` for the warnings). Each test says
// which. Schemas that stand for Prisma datamodels have no namespace and no index orders; those
// that stand for introspected databases are written the way SchemaIntrospector reads them
// (format_type spellings, catalog defaults, ASC/DESC per column, namespace "public").
#include "schema/schemadiffer.h"
#include "schema/schemascriptrenderer.h"
#include "schema/schemasummary.h"

#include <QTest>

namespace {
SchemaColumn col(const QString &name, const QString &type, bool nullable = false,
                 const QString &def = {}, bool autoIncrement = false,
                 const QString &enumName = {}) {
    SchemaColumn c;
    c.name = name;
    c.type = type;
    c.nullable = nullable;
    c.defaultValue = def;
    c.autoIncrement = autoIncrement;
    c.enumName = enumName;
    return c;
}

SchemaIndex idx(const QString &name, const QStringList &columns, bool unique = false,
                const QStringList &orders = {}) {
    SchemaIndex i;
    i.name = name;
    i.columns = columns;
    i.unique = unique;
    i.orders = orders;
    return i;
}

SchemaForeignKey fk(const QString &name, const QStringList &columns, const QString &table,
                    const QStringList &referenced, const QString &onDelete,
                    const QString &onUpdate) {
    return SchemaForeignKey{name, columns, table, referenced, onDelete, onUpdate};
}

SchemaTable table(const QString &name, const QList<SchemaColumn> &columns,
                  const QStringList &primaryKey, const QString &primaryKeyName = {},
                  const QList<SchemaIndex> &indexes = {},
                  const QList<SchemaForeignKey> &foreignKeys = {}) {
    SchemaTable t;
    t.name = name;
    t.columns = columns;
    t.primaryKey = primaryKey;
    t.primaryKeyName = primaryKeyName;
    t.indexes = indexes;
    t.foreignKeys = foreignKeys;
    return t;
}

Schema schema(const QString &provider, const QList<SchemaTable> &tables,
              const QList<SchemaEnum> &enums = {}, const QString &ns = {}) {
    Schema s;
    s.provider = provider;
    s.namespaceName = ns;
    s.tables = tables;
    s.enums = enums;
    return s;
}

const QString kSqlite = QStringLiteral("sqlite");
const QString kPg = QStringLiteral("postgresql");
const QString kMy = QStringLiteral("mysql");

QString script(const Schema &from, const Schema &to, bool withWarnings = false) {
    return SchemaScriptRenderer::render(from, to, SchemaDiffer::diff(from, to)).text(withWarnings);
}

/// The transcripts' User: `id Int @id @default(autoincrement())`, unique name, optional email.
SchemaTable transcriptUser(const QString &provider, const QList<SchemaColumn> &extra = {},
                           const QStringList &orders = {}) {
    const bool pg = provider == QLatin1String("postgresql");
    QList<SchemaColumn> columns{
        col(QStringLiteral("id"), QStringLiteral("INTEGER"), false, {}, !pg),
        col(QStringLiteral("name"), QStringLiteral("TEXT")),
        col(QStringLiteral("email"), QStringLiteral("TEXT"), true)};
    return table(QStringLiteral("User"), columns + extra, {QStringLiteral("id")},
                 pg ? QStringLiteral("User_pkey") : QString(),
                 {idx(QStringLiteral("User_name_key"), {QStringLiteral("name")}, true, orders)});
}

/// The transcripts' Post with an index and a foreign key to User.
SchemaTable transcriptPost(bool pg) {
    return table(QStringLiteral("Post"),
                 {col(QStringLiteral("id"), QStringLiteral("INTEGER"), false, {}, true),
                  col(QStringLiteral("title"), QStringLiteral("TEXT")),
                  col(QStringLiteral("authorId"), QStringLiteral("INTEGER"))},
                 {QStringLiteral("id")}, pg ? QStringLiteral("Post_pkey") : QString(),
                 {idx(QStringLiteral("Post_authorId_idx"), {QStringLiteral("authorId")})},
                 {fk(QStringLiteral("Post_authorId_fkey"), {QStringLiteral("authorId")},
                     QStringLiteral("User"), {QStringLiteral("id")}, QStringLiteral("RESTRICT"),
                     QStringLiteral("CASCADE"))});
}

// The datamodels s1a / s1b of the oracle runs (SQLite): four models, every kind of rebuild.
Schema oracleSqliteA() {
    return schema(kSqlite,
                  {table(QStringLiteral("User"),
                         {col(QStringLiteral("id"), QStringLiteral("INTEGER"), false, {}, true),
                          col(QStringLiteral("email"), QStringLiteral("TEXT")),
                          col(QStringLiteral("name"), QStringLiteral("TEXT"), true),
                          col(QStringLiteral("age"), QStringLiteral("INTEGER"), true)},
                         {QStringLiteral("id")}, {},
                         {idx(QStringLiteral("User_email_key"), {QStringLiteral("email")}, true)}),
                   table(QStringLiteral("Post"),
                         {col(QStringLiteral("id"), QStringLiteral("INTEGER"), false, {}, true),
                          col(QStringLiteral("title"), QStringLiteral("TEXT")),
                          col(QStringLiteral("authorId"), QStringLiteral("INTEGER"))},
                         {QStringLiteral("id")}, {},
                         {idx(QStringLiteral("Post_title_idx"), {QStringLiteral("title")})},
                         {fk(QStringLiteral("Post_authorId_fkey"), {QStringLiteral("authorId")},
                             QStringLiteral("User"), {QStringLiteral("id")},
                             QStringLiteral("RESTRICT"), QStringLiteral("CASCADE"))}),
                   table(QStringLiteral("Gone"),
                         {col(QStringLiteral("id"), QStringLiteral("INTEGER"), false, {}, true),
                          col(QStringLiteral("userId"), QStringLiteral("INTEGER"))},
                         {QStringLiteral("id")}, {},
                         {idx(QStringLiteral("Gone_userId_idx"), {QStringLiteral("userId")})},
                         {fk(QStringLiteral("Gone_userId_fkey"), {QStringLiteral("userId")},
                             QStringLiteral("User"), {QStringLiteral("id")},
                             QStringLiteral("RESTRICT"), QStringLiteral("CASCADE"))}),
                   table(QStringLiteral("Keep"),
                         {col(QStringLiteral("a"), QStringLiteral("TEXT")),
                          col(QStringLiteral("b"), QStringLiteral("TEXT"))},
                         {QStringLiteral("a"), QStringLiteral("b")})});
}

Schema oracleSqliteB() {
    return schema(
        kSqlite,
        {table(
             QStringLiteral("User"),
             {col(QStringLiteral("id"), QStringLiteral("INTEGER"), false, {}, true),
              col(QStringLiteral("email"), QStringLiteral("TEXT")),
              col(QStringLiteral("name"), QStringLiteral("TEXT"), false, QStringLiteral("'anon'")),
              col(QStringLiteral("nick"), QStringLiteral("TEXT"), true)},
             {QStringLiteral("id")}, {},
             {idx(QStringLiteral("User_email_key"), {QStringLiteral("email")}, true)}),
         table(QStringLiteral("Post"),
               {col(QStringLiteral("id"), QStringLiteral("INTEGER"), false, {}, true),
                col(QStringLiteral("title"), QStringLiteral("TEXT")),
                col(QStringLiteral("authorId"), QStringLiteral("INTEGER"), true)},
               {QStringLiteral("id")}, {},
               {idx(QStringLiteral("Post_title_idx"), {QStringLiteral("title")}, false,
                    {QStringLiteral("DESC")})},
               {fk(QStringLiteral("Post_authorId_fkey"), {QStringLiteral("authorId")},
                   QStringLiteral("User"), {QStringLiteral("id")}, QStringLiteral("SET NULL"),
                   QStringLiteral("CASCADE"))}),
         table(QStringLiteral("Tag"),
               {col(QStringLiteral("name"), QStringLiteral("TEXT")),
                col(QStringLiteral("userId"), QStringLiteral("INTEGER"))},
               {QStringLiteral("name"), QStringLiteral("userId")}, {},
               {idx(QStringLiteral("Tag_userId_name_key"),
                    {QStringLiteral("userId"), QStringLiteral("name")}, true)},
               {fk(QStringLiteral("Tag_userId_fkey"), {QStringLiteral("userId")},
                   QStringLiteral("User"), {QStringLiteral("id")}, QStringLiteral("CASCADE"),
                   QStringLiteral("CASCADE"))}),
         table(QStringLiteral("Keep"),
               {col(QStringLiteral("a"), QStringLiteral("TEXT")),
                col(QStringLiteral("b"), QStringLiteral("TEXT")),
                col(QStringLiteral("c"), QStringLiteral("REAL"), false, QStringLiteral("1.5"))},
               {QStringLiteral("a"), QStringLiteral("b")})});
}

// PostgreSQL as SchemaIntrospector reads it: the oracle's migrations folder migsA (state A)
// and its live database t2.sql (state B), both in schema "public".
Schema oraclePgA() {
    const QString serial = QStringLiteral("nextval('\"%1_id_seq\"'::regclass)");
    return schema(
        kPg,
        {table(QStringLiteral("Gone"),
               {col(QStringLiteral("id"), QStringLiteral("integer")),
                col(QStringLiteral("userId"), QStringLiteral("integer"), true)},
               {QStringLiteral("id")}, QStringLiteral("Gone_pkey"), {},
               {fk(QStringLiteral("Gone_userId_fkey"), {QStringLiteral("userId")},
                   QStringLiteral("User"), {QStringLiteral("id")}, QStringLiteral("SET NULL"),
                   QStringLiteral("CASCADE"))}),
         table(QStringLiteral("Post"),
               {col(QStringLiteral("id"), QStringLiteral("integer"), false, serial.arg(u"Post"),
                    true),
                col(QStringLiteral("title"), QStringLiteral("text")),
                col(QStringLiteral("authorId"), QStringLiteral("integer"))},
               {QStringLiteral("id")}, QStringLiteral("Post_pkey"),
               {idx(QStringLiteral("Post_title_idx"), {QStringLiteral("title")}, false,
                    {QStringLiteral("ASC")})},
               {fk(QStringLiteral("Post_authorId_fkey"), {QStringLiteral("authorId")},
                   QStringLiteral("User"), {QStringLiteral("id")}, QStringLiteral("CASCADE"),
                   QStringLiteral("CASCADE"))}),
         table(QStringLiteral("User"),
               {col(QStringLiteral("id"), QStringLiteral("integer"), false, serial.arg(u"User"),
                    true),
                col(QStringLiteral("email"), QStringLiteral("text")),
                col(QStringLiteral("name"), QStringLiteral("character varying(100)"), true),
                col(QStringLiteral("age"), QStringLiteral("integer"), true),
                col(QStringLiteral("role"), QStringLiteral("\"Role\""), false,
                    QStringLiteral("'USER'::\"Role\""), false, QStringLiteral("Role")),
                col(QStringLiteral("old"), QStringLiteral("\"Old\""), true, {}, false,
                    QStringLiteral("Old"))},
               {QStringLiteral("id")}, QStringLiteral("User_pkey"),
               {idx(QStringLiteral("User_email_key"), {QStringLiteral("email")}, true,
                    {QStringLiteral("ASC")})})},
        {SchemaEnum{QStringLiteral("Old"), {QStringLiteral("X")}},
         SchemaEnum{QStringLiteral("Role"), {QStringLiteral("USER"), QStringLiteral("ADMIN")}}},
        QStringLiteral("public"));
}

Schema oraclePgB() {
    const QString serial = QStringLiteral("nextval('\"%1_id_seq\"'::regclass)");
    return schema(
        kPg,
        {table(QStringLiteral("Post"),
               {col(QStringLiteral("id"), QStringLiteral("integer"), false, serial.arg(u"Post"),
                    true),
                col(QStringLiteral("title"), QStringLiteral("text")),
                col(QStringLiteral("authorId"), QStringLiteral("integer")),
                col(QStringLiteral("editorId"), QStringLiteral("integer"), true)},
               {QStringLiteral("id"), QStringLiteral("title")}, QStringLiteral("Post_pkey"),
               {idx(QStringLiteral("Post_title_idx"), {QStringLiteral("title")}, false,
                    {QStringLiteral("ASC")})},
               {fk(QStringLiteral("Post_editorId_fkey"), {QStringLiteral("editorId")},
                   QStringLiteral("User"), {QStringLiteral("id")}, QStringLiteral("SET NULL"),
                   QStringLiteral("CASCADE"))}),
         table(
             QStringLiteral("Tag"),
             {col(QStringLiteral("id"), QStringLiteral("bigint"), false, serial.arg(u"Tag"), true),
              col(QStringLiteral("postId"), QStringLiteral("integer")),
              col(QStringLiteral("postTitle"), QStringLiteral("text")),
              col(QStringLiteral("label"), QStringLiteral("text"), false,
                  QStringLiteral("'it''s'::text"))},
             {QStringLiteral("id")}, QStringLiteral("Tag_pkey"),
             {idx(QStringLiteral("Tag_postId_label_key"),
                  {QStringLiteral("postId"), QStringLiteral("label")}, true,
                  {QStringLiteral("ASC"), QStringLiteral("ASC")})},
             {fk(QStringLiteral("Tag_postId_postTitle_fkey"),
                 {QStringLiteral("postId"), QStringLiteral("postTitle")}, QStringLiteral("Post"),
                 {QStringLiteral("id"), QStringLiteral("title")}, QStringLiteral("RESTRICT"),
                 QStringLiteral("CASCADE"))}),
         table(QStringLiteral("User"),
               {col(QStringLiteral("id"), QStringLiteral("integer"), false, serial.arg(u"User"),
                    true),
                col(QStringLiteral("email"), QStringLiteral("text"), false,
                    QStringLiteral("'x'::text")),
                col(QStringLiteral("name"), QStringLiteral("text")),
                col(QStringLiteral("role"), QStringLiteral("\"Role\""), false,
                    QStringLiteral("'USER'::\"Role\""), false, QStringLiteral("Role")),
                col(QStringLiteral("nickname"), QStringLiteral("text"), true),
                col(QStringLiteral("level"), QStringLiteral("integer")),
                col(QStringLiteral("kind"), QStringLiteral("\"New\""), true, {}, false,
                    QStringLiteral("New"))},
               {QStringLiteral("id")}, QStringLiteral("User_pkey"),
               {idx(QStringLiteral("User_name_idx"), {QStringLiteral("name")}, false,
                    {QStringLiteral("ASC")})})},
        {SchemaEnum{QStringLiteral("New"), {QStringLiteral("A"), QStringLiteral("B")}},
         SchemaEnum{QStringLiteral("Role"),
                    {QStringLiteral("USER"), QStringLiteral("ADMIN"), QStringLiteral("MOD")}}},
        QStringLiteral("public"));
}
} // namespace

class TestSchemaScript : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void emptyDiff();
    void sqliteFromEmptyLikePrisma();
    void sqliteRedefineLikePrisma();
    void sqliteAddNullableColumnLikePrisma();
    void sqliteDropColumnOfIntrospectedTableLikePrisma();
    void sqliteDropTableLikePrisma();
    void sqliteRebuildsLikePrisma();
    void sqliteWarningsLikePrismaMigrateDev();
    void sqliteCreateAndDropAllLikePrisma();
    void postgresFromEmptyLikePrisma();
    void postgresAddTableAndColumnLikePrisma();
    void postgresQualifiedNamesLikePrisma();
    void postgresFromEmptyToDatabaseLikePrisma();
    void postgresChangesLikePrisma();
    void postgresEnumChangesLikePrisma();
    void postgresConversionsPrismaWouldNotCast();
    void mysqlLikePrismaRenderer();
    void ddlBlocks();
};

void TestSchemaScript::emptyDiff() {
    const Schema a = schema(kSqlite, {transcriptUser(kSqlite)});
    const SchemaScript s = SchemaScriptRenderer::render(a, a, SchemaDiffer::diff(a, a));
    QVERIFY(s.isEmpty());
    QCOMPARE(s.statements(), QStringList());
    QCOMPARE(s.text(), QStringLiteral("-- This is an empty migration.\n"));
}

// sqlite-diff.md §1: --from-empty --to-schema-datamodel --script.
void TestSchemaScript::sqliteFromEmptyLikePrisma() {
    QCOMPARE(script(schema(kSqlite, {}), schema(kSqlite, {transcriptUser(kSqlite)})),
             QStringLiteral(R"(-- CreateTable
CREATE TABLE "User" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "email" TEXT
);

-- CreateIndex
CREATE UNIQUE INDEX "User_name_key" ON "User"("name");
)"));
}

// sqlite-diff.md §3: a new model with a relation and a required field with a default.
void TestSchemaScript::sqliteRedefineLikePrisma() {
    const Schema from = schema(kSqlite, {transcriptUser(kSqlite)});
    const Schema to = schema(
        kSqlite, {transcriptPost(false),
                  transcriptUser(kSqlite, {col(QStringLiteral("age"), QStringLiteral("INTEGER"),
                                               false, QStringLiteral("0"))})});
    const SchemaDiff diff = SchemaDiffer::diff(from, to);
    QCOMPARE(diff.redefinedTables, QStringList{QStringLiteral("User")});
    QCOMPARE(SchemaScriptRenderer::render(from, to, diff).text(false),
             QStringLiteral(R"(-- CreateTable
CREATE TABLE "Post" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "title" TEXT NOT NULL,
    "authorId" INTEGER NOT NULL,
    CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_User" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "email" TEXT,
    "age" INTEGER NOT NULL DEFAULT 0
);
INSERT INTO "new_User" ("email", "id", "name") SELECT "email", "id", "name" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_name_key" ON "User"("name");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Post_authorId_idx" ON "Post"("authorId");
)"));
    // The summary of the same diff: the redefined table is not also a changed table, and the
    // new table's inline foreign key is not listed.
    QCOMPARE(SchemaSummary::render(diff), QStringLiteral(R"(
[+] Added tables
  - Post

[*] Redefined table `User`

[*] Changed the `Post` table
  [+] Added index on columns (authorId)
)"));
}

// sqlite-diff.md §4: a nullable column added by hand (drift), migrations -> live database.
void TestSchemaScript::sqliteAddNullableColumnLikePrisma() {
    const QStringList asc{QStringLiteral("ASC")};
    const Schema from = schema(kSqlite, {transcriptUser(kSqlite, {}, asc)});
    const Schema to =
        schema(kSqlite,
               {transcriptUser(
                   kSqlite, {col(QStringLiteral("nickname"), QStringLiteral("TEXT"), true)}, asc)});
    QCOMPARE(script(from, to),
             QStringLiteral("-- AlterTable\nALTER TABLE \"User\" ADD COLUMN \"nickname\" TEXT;\n"));
    QVERIFY(SchemaDiffer::diff(from, to).redefinedTables.isEmpty());
}

// sqlite-diff.md §4, the other direction: an introspected index keeps its ASC.
void TestSchemaScript::sqliteDropColumnOfIntrospectedTableLikePrisma() {
    const QStringList asc{QStringLiteral("ASC")};
    const Schema from =
        schema(kSqlite,
               {transcriptUser(
                   kSqlite, {col(QStringLiteral("nickname"), QStringLiteral("TEXT"), true)}, asc)});
    const Schema to = schema(kSqlite, {transcriptUser(kSqlite, {}, asc)});
    QCOMPARE(script(from, to), QStringLiteral(R"(-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_User" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "email" TEXT
);
INSERT INTO "new_User" ("email", "id", "name") SELECT "email", "id", "name" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_name_key" ON "User"("name" ASC);
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
)"));
}

// sqlite-diff.md §5: --to-empty.
void TestSchemaScript::sqliteDropTableLikePrisma() {
    QCOMPARE(script(schema(kSqlite, {transcriptUser(kSqlite)}), schema(kSqlite, {})),
             QStringLiteral("-- DropTable\nPRAGMA foreign_keys=off;\nDROP TABLE \"User\";\nPRAGMA "
                            "foreign_keys=on;\n"));
}

// Oracle: migrate diff --from-schema-datamodel s1a --to-schema-datamodel s1b --script.
void TestSchemaScript::sqliteRebuildsLikePrisma() {
    const SchemaDiff diff = SchemaDiffer::diff(oracleSqliteA(), oracleSqliteB());
    QCOMPARE(diff.redefinedTables,
             (QStringList{QStringLiteral("Keep"), QStringLiteral("Post"), QStringLiteral("User")}));
    const SchemaScript s = SchemaScriptRenderer::render(oracleSqliteA(), oracleSqliteB(), diff);
    QCOMPARE(s.text(false), QStringLiteral(R"(-- DropIndex
DROP INDEX "Gone_userId_idx";

-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "Gone";
PRAGMA foreign_keys=on;

-- CreateTable
CREATE TABLE "Tag" (
    "name" TEXT NOT NULL,
    "userId" INTEGER NOT NULL,

    PRIMARY KEY ("name", "userId"),
    CONSTRAINT "Tag_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_User" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL DEFAULT 'anon',
    "nick" TEXT
);
INSERT INTO "new_User" ("email", "id", "name") SELECT "email", "id", coalesce("name", 'anon') AS "name" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
CREATE TABLE "new_Post" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "title" TEXT NOT NULL,
    "authorId" INTEGER,
    CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Post" ("authorId", "id", "title") SELECT "authorId", "id", "title" FROM "Post";
DROP TABLE "Post";
ALTER TABLE "new_Post" RENAME TO "Post";
CREATE INDEX "Post_title_idx" ON "Post"("title" DESC);
CREATE TABLE "new_Keep" (
    "a" TEXT NOT NULL,
    "b" TEXT NOT NULL,
    "c" REAL NOT NULL DEFAULT 1.5,

    PRIMARY KEY ("a", "b")
);
INSERT INTO "new_Keep" ("a", "b") SELECT "a", "b" FROM "Keep";
DROP TABLE "Keep";
ALTER TABLE "new_Keep" RENAME TO "Keep";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Tag_userId_name_key" ON "Tag"("userId", "name");
)"));
    // What an executor runs: the statements without the step comments.
    QCOMPARE(s.statements().first(), QStringLiteral("DROP INDEX \"Gone_userId_idx\""));
    QCOMPARE(s.statements().size(), 1 + 3 + 1 + (2 + 5 + 5 + 4 + 2) + 1);
}

// Oracle: migrate dev --create-only after deploying s1a, with schema s1b: its migration.sql
// starts with this comment (warnings in step order; a column made required *with* a default
// is copied with coalesce, so it has no warning).
void TestSchemaScript::sqliteWarningsLikePrismaMigrateDev() {
    const QString text = script(oracleSqliteA(), oracleSqliteB(), true);
    QVERIFY2(text.startsWith(QStringLiteral(R"(/*
  Warnings:

  - You are about to drop the `Gone` table. If the table is not empty, all the data it contains will be lost.
  - You are about to drop the column `age` on the `User` table. All the data in the column will be lost.

*/
-- DropIndex
)")),
             qPrintable(text));
}

// Oracle: --from-schema-datamodel s1a --to-empty, and --from-empty --to-schema-datamodel s1b.
void TestSchemaScript::sqliteCreateAndDropAllLikePrisma() {
    QString drops;
    for (const QString &t : {QStringLiteral("User"), QStringLiteral("Post"), QStringLiteral("Gone"),
                             QStringLiteral("Keep")})
        drops += QStringLiteral("%1-- DropTable\nPRAGMA foreign_keys=off;\nDROP TABLE \"%2\";\n"
                                "PRAGMA foreign_keys=on;\n")
                     .arg(drops.isEmpty() ? QString() : QStringLiteral("\n"), t);
    QCOMPARE(script(oracleSqliteA(), schema(kSqlite, {})), drops);
    QCOMPARE(script(schema(kSqlite, {}), oracleSqliteB()), QStringLiteral(R"(-- CreateTable
CREATE TABLE "User" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL DEFAULT 'anon',
    "nick" TEXT
);

-- CreateTable
CREATE TABLE "Post" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "title" TEXT NOT NULL,
    "authorId" INTEGER,
    CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Tag" (
    "name" TEXT NOT NULL,
    "userId" INTEGER NOT NULL,

    PRIMARY KEY ("name", "userId"),
    CONSTRAINT "Tag_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Keep" (
    "a" TEXT NOT NULL,
    "b" TEXT NOT NULL,
    "c" REAL NOT NULL DEFAULT 1.5,

    PRIMARY KEY ("a", "b")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Post_title_idx" ON "Post"("title" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Tag_userId_name_key" ON "Tag"("userId", "name");
)"));
}

// pg-diff.md §1: --from-empty --to-schema-datamodel. Prisma creates the schema but does not
// qualify datamodel names; our sides always come from databases (qualified, see
// postgresFromEmptyToDatabaseLikePrisma), so the schema step is added to the diff by hand here.
void TestSchemaScript::postgresFromEmptyLikePrisma() {
    const Schema from = schema(kPg, {});
    const Schema to = schema(kPg, {transcriptUser(kPg)});
    SchemaDiff diff = SchemaDiffer::diff(from, to);
    diff.addedSchemas << QStringLiteral("public");
    QCOMPARE(SchemaScriptRenderer::render(from, to, diff).text(), QStringLiteral(R"(-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "User" (
    "id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_name_key" ON "User"("name");
)"));
    QCOMPARE(SchemaSummary::render(diff), QStringLiteral(R"(
[+] Added Schemas
  - public

[+] Added tables
  - User

[*] Changed the `User` table
  [+] Added unique index on columns (name)
)"));
}

// pg-diff.md §3 (and §4's migrations -> datamodel, the same text).
void TestSchemaScript::postgresAddTableAndColumnLikePrisma() {
    const Schema from = schema(kPg, {transcriptUser(kPg)});
    const Schema to =
        schema(kPg, {transcriptUser(kPg, {col(QStringLiteral("age"), QStringLiteral("INTEGER"),
                                              false, QStringLiteral("0"))}),
                     transcriptPost(true)});
    QCOMPARE(script(from, to), QStringLiteral(R"(-- AlterTable
ALTER TABLE "User" ADD COLUMN     "age" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "Post" (
    "id" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "authorId" INTEGER NOT NULL,

    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Post_authorId_idx" ON "Post"("authorId");

-- AddForeignKey
ALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
)"));
}

// pg-diff.md §4 and §5: between databases (migrations replayed, live database) Prisma
// qualifies names with the schema.
void TestSchemaScript::postgresQualifiedNamesLikePrisma() {
    Schema from = schema(kPg, {transcriptUser(kPg, {}, {QStringLiteral("ASC")})}, {},
                         QStringLiteral("public"));
    Schema to = from;
    to.tables[0].columns << col(QStringLiteral("nickname"), QStringLiteral("text"), true);
    QCOMPARE(script(from, to), QStringLiteral("-- AlterTable\nALTER TABLE \"public\".\"User\" ADD "
                                              "COLUMN     \"nickname\" TEXT;\n"));
    QCOMPARE(script(to, from), QStringLiteral("-- AlterTable\nALTER TABLE \"public\".\"User\" DROP "
                                              "COLUMN \"nickname\";\n"));
    QCOMPARE(script(from, schema(kPg, {}, {}, QStringLiteral("public"))),
             QStringLiteral("-- DropTable\nDROP TABLE \"public\".\"User\";\n"));
}

// Oracle: t1.sql run on an empty database, then --from-empty --to-schema-datasource: the
// introspected spellings (format_type, casts in defaults, nextval) come out as Prisma writes.
void TestSchemaScript::postgresFromEmptyToDatabaseLikePrisma() {
    const Schema to = schema(
        kPg,
        {table(QStringLiteral("Post"),
               {col(QStringLiteral("id"), QStringLiteral("integer")),
                col(QStringLiteral("authorId"), QStringLiteral("integer")),
                col(QStringLiteral("createdAt"), QStringLiteral("timestamp(3) without time zone"),
                    false, QStringLiteral("CURRENT_TIMESTAMP"))},
               {QStringLiteral("id")}, QStringLiteral("Post_pkey"),
               {idx(QStringLiteral("Post_authorId_createdAt_idx"),
                    {QStringLiteral("authorId"), QStringLiteral("createdAt")}, false,
                    {QStringLiteral("ASC"), QStringLiteral("DESC")})},
               {fk(QStringLiteral("Post_authorId_fkey"), {QStringLiteral("authorId")},
                   QStringLiteral("User"), {QStringLiteral("id")}, QStringLiteral("CASCADE"),
                   QStringLiteral("CASCADE"))}),
         table(QStringLiteral("User"),
               {col(QStringLiteral("id"), QStringLiteral("integer"), false,
                    QStringLiteral("nextval('\"User_id_seq\"'::regclass)"), true),
                col(QStringLiteral("email"), QStringLiteral("text")),
                col(QStringLiteral("role"), QStringLiteral("\"Role\""), false,
                    QStringLiteral("'USER'::\"Role\""), false, QStringLiteral("Role")),
                col(QStringLiteral("score"), QStringLiteral("double precision"), true),
                col(QStringLiteral("name"), QStringLiteral("character varying(100)"), true)},
               {QStringLiteral("id")}, QStringLiteral("User_pkey"),
               {idx(QStringLiteral("User_email_key"), {QStringLiteral("email")}, true,
                    {QStringLiteral("ASC")})})},
        {SchemaEnum{QStringLiteral("Role"), {QStringLiteral("USER"), QStringLiteral("ADMIN")}}},
        QStringLiteral("public"));
    const Schema from = schema(kPg, {});
    const SchemaDiff diff = SchemaDiffer::diff(from, to);
    QCOMPARE(diff.addedSchemas, QStringList{QStringLiteral("public")});
    QCOMPARE(SchemaScriptRenderer::render(from, to, diff).text(), QStringLiteral(R"(-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "public"."Role" AS ENUM ('USER', 'ADMIN');

-- CreateTable
CREATE TABLE "public"."Post" (
    "id" INTEGER NOT NULL,
    "authorId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."User" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "role" "public"."Role" NOT NULL DEFAULT 'USER',
    "score" DOUBLE PRECISION,
    "name" VARCHAR(100),

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Post_authorId_createdAt_idx" ON "public"."Post"("authorId" ASC, "createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "public"."User"("email" ASC);

-- AddForeignKey
ALTER TABLE "public"."Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "public"."User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
)"));
    QCOMPARE(SchemaSummary::render(diff), QStringLiteral(R"(
[+] Added Schemas
  - public

[+] Added enums
  - Role

[+] Added tables
  - Post
  - User

[*] Changed the `Post` table
  [+] Added index on columns (authorId, createdAt)
  [+] Added foreign key on columns (authorId)

[*] Changed the `User` table
  [+] Added unique index on columns (email)
)"));
}

// Oracle: migrations folder migsA -> live database t2.sql (--from-migrations
// --to-schema-datasource): every kind of step in Prisma's order.
void TestSchemaScript::postgresChangesLikePrisma() {
    const SchemaDiff diff = SchemaDiffer::diff(oraclePgA(), oraclePgB());
    QCOMPARE(SchemaScriptRenderer::render(oraclePgA(), oraclePgB(), diff).text(false),
             QStringLiteral(R"(-- CreateEnum
CREATE TYPE "public"."New" AS ENUM ('A', 'B');

-- AlterEnum
ALTER TYPE "public"."Role" ADD VALUE 'MOD';

-- DropForeignKey
ALTER TABLE "public"."Gone" DROP CONSTRAINT "Gone_userId_fkey";

-- DropForeignKey
ALTER TABLE "public"."Post" DROP CONSTRAINT "Post_authorId_fkey";

-- DropIndex
DROP INDEX "public"."User_email_key";

-- AlterTable
ALTER TABLE "public"."Post" DROP CONSTRAINT "Post_pkey",
ADD COLUMN     "editorId" INTEGER,
ADD CONSTRAINT "Post_pkey" PRIMARY KEY ("id", "title");

-- AlterTable
ALTER TABLE "public"."User" DROP COLUMN "age",
DROP COLUMN "old",
ADD COLUMN     "kind" "public"."New",
ADD COLUMN     "level" INTEGER NOT NULL,
ADD COLUMN     "nickname" TEXT,
ALTER COLUMN "email" SET DEFAULT 'x',
ALTER COLUMN "name" SET NOT NULL,
ALTER COLUMN "name" SET DATA TYPE TEXT;

-- DropTable
DROP TABLE "public"."Gone";

-- DropEnum
DROP TYPE "public"."Old";

-- CreateTable
CREATE TABLE "public"."Tag" (
    "id" BIGSERIAL NOT NULL,
    "postId" INTEGER NOT NULL,
    "postTitle" TEXT NOT NULL,
    "label" TEXT NOT NULL DEFAULT 'it''s',

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Tag_postId_label_key" ON "public"."Tag"("postId" ASC, "label" ASC);

-- CreateIndex
CREATE INDEX "User_name_idx" ON "public"."User"("name" ASC);

-- AddForeignKey
ALTER TABLE "public"."Post" ADD CONSTRAINT "Post_editorId_fkey" FOREIGN KEY ("editorId") REFERENCES "public"."User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."Tag" ADD CONSTRAINT "Tag_postId_postTitle_fkey" FOREIGN KEY ("postId", "postTitle") REFERENCES "public"."Post"("id", "title") ON DELETE RESTRICT ON UPDATE CASCADE;
)"));
    // The summary lists the dropped table's foreign key and the added columns by name, as
    // Prisma did for the same pair.
    const QString summary = SchemaSummary::render(diff);
    QVERIFY2(
        summary.contains(QStringLiteral("\n[*] Changed the `Gone` table\n  [-] Removed foreign "
                                        "key on columns (userId)\n")),
        qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("  [+] Added column `kind`\n  [+] Added column "
                                             "`level`\n  [+] Added column `nickname`\n")),
             qPrintable(summary));
    QVERIFY2(
        summary.contains(QStringLiteral(
            "  [*] Altered column `name` (changed from Nullable to Required, type changed)\n")),
        qPrintable(summary));
    // Our warnings, Prisma's texts (the checker's wording; migrate diff prints none).
    const SchemaScript s = SchemaScriptRenderer::render(oraclePgA(), oraclePgB(), diff);
    QCOMPARE(s.warnings,
             (QStringList{
                 QStringLiteral("The primary key for the `Post` table will be changed. If it "
                                "partially fails, the table could be left without primary key "
                                "constraint."),
                 QStringLiteral("You are about to drop the column `age` on the `User` table. All "
                                "the data in the column will be lost."),
                 QStringLiteral("You are about to drop the column `old` on the `User` table. All "
                                "the data in the column will be lost."),
                 QStringLiteral("You are about to drop the `Gone` table. If the table is not "
                                "empty, all the data it contains will be lost."),
                 QStringLiteral("Added the required column `level` to the `User` table without a "
                                "default value. This is not possible if the table is not empty."),
                 QStringLiteral("Made the column `name` on table `User` required. This step will "
                                "fail if there are existing NULL values in that column."),
             }));
}

// Oracle: migrations folder migsE -> live database t3.sql: two values added (Prisma's comment
// for PostgreSQL 11), one removed (new type, columns moved through text, defaults restored).
void TestSchemaScript::postgresEnumChangesLikePrisma() {
    auto doc = [](const QStringList &status, const QStringList &many) {
        return schema(
            kPg,
            {table(QStringLiteral("Doc"),
                   {col(QStringLiteral("id"), QStringLiteral("integer")),
                    col(QStringLiteral("status"), QStringLiteral("\"Status\""), false,
                        QStringLiteral("'DRAFT'::\"Status\""), false, QStringLiteral("Status")),
                    col(QStringLiteral("prev"), QStringLiteral("\"Status\""), true, {}, false,
                        QStringLiteral("Status")),
                    col(QStringLiteral("many"), QStringLiteral("\"Many\""), true, {}, false,
                        QStringLiteral("Many"))},
                   {QStringLiteral("id")}, QStringLiteral("Doc_pkey"))},
            {SchemaEnum{QStringLiteral("Many"), many},
             SchemaEnum{QStringLiteral("Status"), status}},
            QStringLiteral("public"));
    };
    const Schema from =
        doc({QStringLiteral("DRAFT"), QStringLiteral("LIVE"), QStringLiteral("GONE")},
            {QStringLiteral("A")});
    const Schema to = doc({QStringLiteral("DRAFT"), QStringLiteral("LIVE")},
                          {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")});
    const SchemaScript s = SchemaScriptRenderer::render(from, to, SchemaDiffer::diff(from, to));
    QCOMPARE(s.text(false), QStringLiteral(R"(-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "public"."Many" ADD VALUE 'B';
ALTER TYPE "public"."Many" ADD VALUE 'C';

-- AlterEnum
BEGIN;
CREATE TYPE "public"."Status_new" AS ENUM ('DRAFT', 'LIVE');
ALTER TABLE "public"."Doc" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "public"."Doc" ALTER COLUMN "status" TYPE "public"."Status_new" USING ("status"::text::"public"."Status_new");
ALTER TABLE "public"."Doc" ALTER COLUMN "prev" TYPE "public"."Status_new" USING ("prev"::text::"public"."Status_new");
ALTER TYPE "public"."Status" RENAME TO "Status_old";
ALTER TYPE "public"."Status_new" RENAME TO "Status";
DROP TYPE "public"."Status_old";
ALTER TABLE "public"."Doc" ALTER COLUMN "status" SET DEFAULT 'DRAFT';
COMMIT;
)"));
    QCOMPARE(s.warnings, QStringList{QStringLiteral(
                             "The values [GONE] on the enum `Status` will be removed. If these "
                             "variants are still used in the database, this will fail.")});
}

// Not Prisma's text: where PostgreSQL has no assignment cast, a USING cast is added (Prisma
// would drop and recreate the column), and auto-increment changes get Prisma's sequence steps.
void TestSchemaScript::postgresConversionsPrismaWouldNotCast() {
    const Schema from = schema(kPg, {table(QStringLiteral("T"),
                                           {col(QStringLiteral("id"), QStringLiteral("integer")),
                                            col(QStringLiteral("n"), QStringLiteral("text"), true),
                                            col(QStringLiteral("s"), QStringLiteral("integer"),
                                                false, QStringLiteral("'-1'::integer"))},
                                           {QStringLiteral("id")}, QStringLiteral("T_pkey"))});
    Schema to = from;
    to.tables[0].columns[0].autoIncrement = true;
    to.tables[0].columns[1].type = QStringLiteral("integer");
    to.tables[0].columns[2].type = QStringLiteral("text");
    QCOMPARE(script(from, to), QStringLiteral(R"(-- AlterTable
CREATE SEQUENCE t_id_seq;
ALTER TABLE "T" ALTER COLUMN "id" SET DEFAULT nextval('t_id_seq'),
ALTER COLUMN "n" SET DATA TYPE INTEGER USING ("n"::INTEGER),
ALTER COLUMN "s" SET DATA TYPE TEXT;
ALTER SEQUENCE t_id_seq OWNED BY "T"."id";
)"));
    // The catalog's '-1'::integer is the number -1 again.
    QVERIFY(script(schema(kPg, {}), from)
                .contains(QStringLiteral("\"s\" INTEGER NOT NULL DEFAULT -1,")));
}

// No oracle for MySQL (Prisma's Wasm engine has no MySQL connector): the expectation follows
// mysql_renderer.rs and Prisma-generated migration files (backticks, explicit NULL, indexes
// inside CREATE TABLE after a blank line, utf8mb4 suffix, MODIFY with the database's type,
// clauses joined with ",\n    ").
void TestSchemaScript::mysqlLikePrismaRenderer() {
    const Schema from =
        schema(kMy, {table(QStringLiteral("User"),
                           {col(QStringLiteral("id"), QStringLiteral("int(11)"), false, {}, true),
                            col(QStringLiteral("email"), QStringLiteral("varchar(191)")),
                            col(QStringLiteral("name"), QStringLiteral("varchar(191)"), true)},
                           {QStringLiteral("id")}, QStringLiteral("PRIMARY"),
                           {idx(QStringLiteral("User_email_key"), {QStringLiteral("email")}, true,
                                {QStringLiteral("ASC")})})});
    const Schema to =
        schema(kMy,
               {table(QStringLiteral("Post"),
                      {col(QStringLiteral("id"), QStringLiteral("int(11)"), false, {}, true),
                       col(QStringLiteral("authorId"), QStringLiteral("int(11)")),
                       col(QStringLiteral("published"), QStringLiteral("tinyint(1)"), false,
                           QStringLiteral("0")),
                       col(QStringLiteral("createdAt"), QStringLiteral("datetime(3)"), false,
                           QStringLiteral("current_timestamp(3)"))},
                      {QStringLiteral("id")}, QStringLiteral("PRIMARY"),
                      {idx(QStringLiteral("Post_authorId_idx"), {QStringLiteral("authorId")}, false,
                           {QStringLiteral("ASC")})},
                      {fk(QStringLiteral("Post_authorId_fkey"), {QStringLiteral("authorId")},
                          QStringLiteral("User"), {QStringLiteral("id")},
                          QStringLiteral("RESTRICT"), QStringLiteral("CASCADE"))}),
                table(QStringLiteral("User"),
                      {col(QStringLiteral("id"), QStringLiteral("int(11)"), false, {}, true),
                       col(QStringLiteral("email"), QStringLiteral("varchar(191)")),
                       col(QStringLiteral("name"), QStringLiteral("varchar(191)"), false,
                           QStringLiteral("'anon'")),
                       col(QStringLiteral("role"), QStringLiteral("enum('USER','ADMIN')"), false,
                           QStringLiteral("'USER'"), false, QStringLiteral("User_role"))},
                      {QStringLiteral("id")}, QStringLiteral("PRIMARY"))},
               {SchemaEnum{QStringLiteral("User_role"),
                           {QStringLiteral("USER"), QStringLiteral("ADMIN")}}});
    QCOMPARE(script(from, to), QStringLiteral(R"(-- DropIndex
DROP INDEX `User_email_key` ON `User`;

-- AlterTable
ALTER TABLE `User` ADD COLUMN `role` ENUM('USER', 'ADMIN') NOT NULL DEFAULT 'USER',
    MODIFY `name` varchar(191) NOT NULL DEFAULT 'anon';

-- CreateTable
CREATE TABLE `Post` (
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `authorId` INTEGER NOT NULL,
    `published` BOOLEAN NOT NULL DEFAULT 0,
    `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),

    INDEX `Post_authorId_idx`(`authorId` ASC),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- AddForeignKey
ALTER TABLE `Post` ADD CONSTRAINT `Post_authorId_fkey` FOREIGN KEY (`authorId`) REFERENCES `User`(`id`) ON DELETE RESTRICT ON UPDATE CASCADE;
)"));
    QCOMPARE(script(to, from), QStringLiteral(R"(-- DropForeignKey
ALTER TABLE `Post` DROP FOREIGN KEY `Post_authorId_fkey`;

-- AlterTable
ALTER TABLE `User` DROP COLUMN `role`,
    MODIFY `name` varchar(191) NULL;

-- DropTable
DROP TABLE `Post`;

-- CreateIndex
CREATE UNIQUE INDEX `User_email_key` ON `User`(`email` ASC);
)"));
}

void TestSchemaScript::ddlBlocks() {
    const QList<DdlBlock> pg = SchemaScriptRenderer::ddl(oraclePgB());
    QStringList names;
    for (const DdlBlock &b : pg)
        names << b.kind + QLatin1Char(' ') + b.object;
    QCOMPARE(names, (QStringList{QStringLiteral("enum New"), QStringLiteral("enum Role"),
                                 QStringLiteral("table Post"), QStringLiteral("table Tag"),
                                 QStringLiteral("table User")}));
    QCOMPARE(pg.at(0).sql, QStringLiteral("CREATE TYPE \"New\" AS ENUM ('A', 'B');"));
    // The table's own statements, unqualified (both sides align whatever their namespace).
    QCOMPARE(pg.at(3).sql, QStringLiteral(R"(CREATE TABLE "Tag" (
    "id" BIGSERIAL NOT NULL,
    "postId" INTEGER NOT NULL,
    "postTitle" TEXT NOT NULL,
    "label" TEXT NOT NULL DEFAULT 'it''s',

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "Tag_postId_label_key" ON "Tag"("postId" ASC, "label" ASC);
ALTER TABLE "Tag" ADD CONSTRAINT "Tag_postId_postTitle_fkey" FOREIGN KEY ("postId", "postTitle") REFERENCES "Post"("id", "title") ON DELETE RESTRICT ON UPDATE CASCADE;)"));
    // The same text as the CREATE steps of a script from empty (one renderer for both).
    Schema b = oracleSqliteB();
    const QList<DdlBlock> lite = SchemaScriptRenderer::ddl(b);
    const QString fromEmpty = script(schema(kSqlite, {}), b);
    for (const DdlBlock &block : lite) {
        for (const QString &statement : block.sql.split(QStringLiteral(";\n")))
            QVERIFY2(fromEmpty.contains(statement), qPrintable(statement));
    }
}

QTEST_GUILESS_MAIN(TestSchemaScript)
#include "tst_schemascript.moc"
