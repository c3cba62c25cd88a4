// SPDX-License-Identifier: GPL-3.0-or-later
#include "testdata.h"
#include "workspace/prismaconfig.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

namespace {
/// `env:X` for a variable, the literal otherwise, empty when unset.
QString show(const PrismaConfig::Value &value) {
    return value.envVar.isEmpty() ? value.literal : QStringLiteral("env:") + value.envVar;
}

/// Writes `<root>/<relative>`, creating folders (a plain function: moc's preprocessor cannot
/// follow raw string literals inside QVERIFY's arguments).
void write(const QString &root, const QString &relative, const QByteArray &content) {
    const QString path = QDir(root).filePath(relative);
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QVERIFY2(TestData::writeFile(path, content), qPrintable(path));
}

const QByteArray Schema = R"(datasource db {
  provider = "postgresql"
  url      = env("DATABASE_URL")
}
)";
} // namespace

class TestPrismaConfig : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void parse_data();
    void parse();
    void find();
    void readMissingFile();
    void multiFileSchemaFolder();
    void locateHonoursConfig();
    void locateFromPrismaFolderAndExplicitSchema();
    void locateWithoutConfigUnchanged();
    void datasourceUrlFromConfig();
    void shadowDatabaseUrl();
};

void TestPrismaConfig::initTestCase() {
    // The URL lookups fall back to the process environment: keep it out of the way.
    qunsetenv("DATABASE_URL");
    qunsetenv("SHADOW_DATABASE_URL");
    qunsetenv("MWB_TEST_CONFIG_URL");
    qunsetenv("MWB_TEST_SHADOW");
}

void TestPrismaConfig::parse_data() {
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QString>("migrations");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("shadow");
    QTest::addColumn<QString>("notUnderstood"); // empty: everything understood

    QTest::newRow("documented form") << R"(import "dotenv/config";
import { defineConfig, env } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: {
    path: "prisma/migrations",
    seed: "tsx prisma/seed.ts",
  },
  datasource: {
    url: env("DATABASE_URL"),
    shadowDatabaseUrl: env("SHADOW_DATABASE_URL"),
  },
});
)"
                                     << "prisma/schema.prisma"
                                     << "prisma/migrations"
                                     << "env:DATABASE_URL"
                                     << "env:SHADOW_DATABASE_URL"
                                     << "";
    QTest::newRow("single quotes, process.env, no trailing commas")
        << R"(import { defineConfig } from 'prisma/config'
export default defineConfig({ schema: 'db/schema.prisma', migrations: { path: 'db/migrations' },
  datasource: { url: process.env.APP_DB_URL!, shadowDatabaseUrl: process.env['SHADOW'] as string } })
)"
        << "db/schema.prisma"
        << "db/migrations"
        << "env:APP_DB_URL"
        << "env:SHADOW"
        << "";
    QTest::newRow("literals and comments") << R"(export default defineConfig({
  // schema: "commented/out.prisma",
  /* migrations: { path: "nope" }, */
  schema: "prisma/schema.prisma", // the real one
  datasource: {
    url: "postgresql://app@localhost:5432/shop?schema=public", // "//" in a string stays
    shadowDatabaseUrl: `postgresql://app@localhost:5432/shop_shadow`,
  },
})
)"
                                           << "prisma/schema.prisma"
                                           << ""
                                           << "postgresql://app@localhost:5432/shop?schema=public"
                                           << "postgresql://app@localhost:5432/shop_shadow"
                                           << "";
    QTest::newRow("env with a type argument") << R"(export default defineConfig({
  datasource: { url: env<Env>("DATABASE_URL") },
}))"
                                              << ""
                                              << ""
                                              << "env:DATABASE_URL"
                                              << ""
                                              << "";
    QTest::newRow("variables and shorthand") << R"(const schema = "custom/schema.prisma";
const migrationsPath: string = 'custom/migrations';
const datasource = { url: env("CUSTOM_URL") };
export default defineConfig({
  schema,
  migrations: { path: migrationsPath },
  datasource,
});
)"
                                             << "custom/schema.prisma"
                                             << "custom/migrations"
                                             << "env:CUSTOM_URL"
                                             << ""
                                             << "";
    QTest::newRow("object exported by name") << R"(import type { PrismaConfig } from "prisma";
const config: PrismaConfig = {
  schema: "a/schema.prisma",
} satisfies PrismaConfig;
export default config;
)"
                                             << "a/schema.prisma"
                                             << ""
                                             << ""
                                             << ""
                                             << "";
    QTest::newRow("commonjs") << R"(module.exports = { schema: "cjs/schema.prisma" };)"
                              << "cjs/schema.prisma"
                              << ""
                              << ""
                              << ""
                              << "";
    QTest::newRow("computed schema path")
        << R"(import path from "node:path";
export default defineConfig({
  schema: path.join(__dirname, "prisma", "schema.prisma"),
  migrations: { path: "prisma/migrations" },
}))"
        << ""
        << "prisma/migrations"
        << ""
        << ""
        << "schema: path.join(__dirname, \"prisma\", \"schema.prisma\")";
    QTest::newRow("template with interpolation")
        << R"(export default defineConfig({
  datasource: { url: `postgresql://${process.env.USER}@localhost/db` },
}))"
        << ""
        << ""
        << ""
        << ""
        << "datasource.url: `postgresql://${process.env.USER}@localhost/db`";
    QTest::newRow("fallback expression") << R"(export default defineConfig({
  datasource: { url: process.env.DATABASE_URL ?? "file:./dev.db" },
}))"
                                         << ""
                                         << ""
                                         << ""
                                         << ""
                                         << "datasource.url: process.env.DATABASE_URL ?? ";
    QTest::newRow("spread") << R"(export default defineConfig({ ...base, schema: "s.prisma" }))"
                            << "s.prisma"
                            << ""
                            << ""
                            << ""
                            << "...base";
    QTest::newRow("driver adapter method") << R"(export default defineConfig({
  schema: "prisma/schema.prisma",
  migrate: {
    async adapter(env) {
      const { PrismaPg } = await import("@prisma/adapter-pg");
      return new PrismaPg({ connectionString: env.DATABASE_URL });
    },
  },
}))"
                                           << "prisma/schema.prisma"
                                           << ""
                                           << ""
                                           << ""
                                           << "migrate.adapter";
    QTest::newRow("top-level adapter") << R"(export default defineConfig({
  engine: "js",
  adapter: async () => new PrismaLibSQL({ url: "file:./dev.db" }),
}))"
                                       << ""
                                       << ""
                                       << ""
                                       << ""
                                       << "adapter: a driver adapter";
    QTest::newRow("unrelated keys ignored") << R"(export default defineConfig({
  earlyAccess: true,
  views: { path: "prisma/views" },
  typedSql: { path: "prisma/sql" },
  experimental: { externalTables: true },
  migrations: { path: "m", initShadowDb: "CREATE TABLE x (id int);" },
}))"
                                            << ""
                                            << "m"
                                            << ""
                                            << ""
                                            << "";
    QTest::newRow("no config object") << R"(console.log("hello"))"
                                      << ""
                                      << ""
                                      << ""
                                      << ""
                                      << "no configuration object";
}

void TestPrismaConfig::parse() {
    QFETCH(QString, source);
    QFETCH(QString, schema);
    QFETCH(QString, migrations);
    QFETCH(QString, url);
    QFETCH(QString, shadow);
    QFETCH(QString, notUnderstood);
    const PrismaConfig c = PrismaConfig::parse(source);
    QCOMPARE(c.schema, schema);
    QCOMPARE(c.migrationsPath, migrations);
    QCOMPARE(show(c.datasourceUrl), url);
    QCOMPARE(show(c.shadowDatabaseUrl), shadow);
    const QString notes = c.notUnderstood.join(QLatin1Char('\n'));
    if (notUnderstood.isEmpty())
        QVERIFY2(notes.isEmpty(), qPrintable(notes));
    else
        QVERIFY2(notes.contains(notUnderstood), qPrintable(notes));
    QVERIFY(!c.found());
}

void TestPrismaConfig::find() {
    QTemporaryDir dir;
    QCOMPARE(PrismaConfig::find(dir.path()), QString());
    write(dir.path(), QStringLiteral(".config/prisma.ts"), "export default {}");
    QCOMPARE(PrismaConfig::find(dir.path()), dir.filePath(QStringLiteral(".config/prisma.ts")));
    write(dir.path(), QStringLiteral("prisma.config.mjs"), "export default {}");
    QCOMPARE(PrismaConfig::find(dir.path()), dir.filePath(QStringLiteral("prisma.config.mjs")));
    write(dir.path(), QStringLiteral("prisma.config.ts"), "export default {}");
    QCOMPARE(PrismaConfig::find(dir.path()), dir.filePath(QStringLiteral("prisma.config.ts")));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("prisma.config.js"))); // a folder is no file
    QCOMPARE(PrismaConfig::find(dir.path()), dir.filePath(QStringLiteral("prisma.config.ts")));
}

void TestPrismaConfig::readMissingFile() {
    const PrismaConfig c = PrismaConfig::read(QStringLiteral("/nonexistent/prisma.config.ts"));
    QVERIFY(c.found());
    QCOMPARE(c.notUnderstood.size(), 1);
    QVERIFY(c.schema.isEmpty());
}

void TestPrismaConfig::multiFileSchemaFolder() {
    QTemporaryDir dir;
    write(dir.path(), QStringLiteral("prisma/schema/a_models.prisma"), "model A { id Int @id }");
    write(dir.path(), QStringLiteral("prisma/schema/main.prisma"), Schema);
    write(dir.path(), QStringLiteral("prisma.config.ts"),
          R"(export default defineConfig({ schema: "prisma/schema" }))");
    const PrismaConfig c = PrismaConfig::read(dir.filePath(QStringLiteral("prisma.config.ts")));
    QCOMPARE(c.schemaFile(), dir.filePath(QStringLiteral("prisma/schema/main.prisma")));

    Workspace ws;
    QString error;
    QVERIFY2(Workspace::locate(dir.path(), &ws, &error), qPrintable(error));
    QCOMPARE(ws.schemaPath, dir.filePath(QStringLiteral("prisma/schema/main.prisma")));
    QCOMPARE(ws.migrationsDir, dir.filePath(QStringLiteral("prisma/schema/migrations")));
}

void TestPrismaConfig::locateHonoursConfig() {
    QTemporaryDir dir;
    write(dir.path(), QStringLiteral("db/schema.prisma"), Schema);
    write(dir.path(), QStringLiteral("prisma.config.ts"), R"(
import { defineConfig } from "prisma/config";
export default defineConfig({
  schema: "db/schema.prisma",
  migrations: { path: "db/history" },
});
)");
    Workspace ws;
    QString error;
    // No prisma/ folder at all: the config alone makes it a workspace.
    QVERIFY2(Workspace::locate(dir.path(), &ws, &error), qPrintable(error));
    QCOMPARE(ws.root, QDir(dir.path()).absolutePath());
    QCOMPARE(ws.configPath, dir.filePath(QStringLiteral("prisma.config.ts")));
    QCOMPARE(ws.schemaPath, dir.filePath(QStringLiteral("db/schema.prisma")));
    QCOMPARE(ws.migrationsDir, dir.filePath(QStringLiteral("db/history")));
    QCOMPARE(ws.migrationsLabel(), QStringLiteral("db/history"));
    QCOMPARE(ws.envPath, dir.filePath(QStringLiteral(".env")));
}

void TestPrismaConfig::locateFromPrismaFolderAndExplicitSchema() {
    QTemporaryDir dir;
    write(dir.path(), QStringLiteral("prisma/schema.prisma"), Schema);
    write(dir.path(), QStringLiteral("prisma/other.prisma"), Schema);
    write(dir.path(), QStringLiteral("prisma.config.ts"),
          R"(export default defineConfig({ migrations: { path: "prisma/applied" } }))");
    Workspace ws;
    QString error;
    QVERIFY2(Workspace::locate(dir.filePath(QStringLiteral("prisma")), &ws, &error),
             qPrintable(error));
    QCOMPARE(ws.root, QDir(dir.path()).absolutePath());
    QCOMPARE(ws.schemaPath, dir.filePath(QStringLiteral("prisma/schema.prisma")));
    QCOMPARE(ws.migrationsDir, dir.filePath(QStringLiteral("prisma/applied")));

    // A schema file named explicitly wins over the config's schema.
    write(dir.path(), QStringLiteral("prisma.config.ts"),
          R"(export default defineConfig({ schema: "prisma/schema.prisma" }))");
    QVERIFY2(Workspace::locate(dir.filePath(QStringLiteral("prisma/other.prisma")), &ws, &error),
             qPrintable(error));
    QCOMPARE(ws.schemaPath, dir.filePath(QStringLiteral("prisma/other.prisma")));
    QCOMPARE(ws.migrationsDir, dir.filePath(QStringLiteral("prisma/migrations")));
}

void TestPrismaConfig::locateWithoutConfigUnchanged() {
    QTemporaryDir dir;
    write(dir.path(), QStringLiteral("prisma/schema.prisma"), Schema);
    Workspace ws;
    QString error;
    QVERIFY2(Workspace::locate(dir.path(), &ws, &error), qPrintable(error));
    QVERIFY(ws.configPath.isEmpty());
    QCOMPARE(ws.schemaPath, dir.filePath(QStringLiteral("prisma/schema.prisma")));
    QCOMPARE(ws.migrationsDir, dir.filePath(QStringLiteral("prisma/migrations")));

    QTemporaryDir empty;
    QVERIFY(!Workspace::locate(empty.path(), &ws, &error));
    QVERIFY2(error.contains(QStringLiteral("not a Prisma workspace")), qPrintable(error));
}

void TestPrismaConfig::datasourceUrlFromConfig() {
    QTemporaryDir dir;
    write(dir.path(), QStringLiteral("prisma/schema.prisma"), Schema);
    write(dir.path(), QStringLiteral(".env"),
          "DATABASE_URL=postgresql://from-schema-variable@h/db\n"
          "MWB_TEST_CONFIG_URL=postgresql://from-config-variable@h/db\n");
    Workspace ws;
    QString error;
    QString source;
    QVERIFY(Workspace::locate(dir.path(), &ws, &error));
    QCOMPARE(ws.datasourceUrl(&source), QStringLiteral("postgresql://from-schema-variable@h/db"));
    QCOMPARE(source, QStringLiteral("DATABASE_URL in %1").arg(ws.envPath));

    // The config's datasource replaces the schema's.
    write(dir.path(), QStringLiteral("prisma.config.ts"),
          R"(export default defineConfig({ datasource: { url: env("MWB_TEST_CONFIG_URL") } }))");
    QVERIFY(Workspace::locate(dir.path(), &ws, &error));
    QCOMPARE(ws.datasourceUrl(&source), QStringLiteral("postgresql://from-config-variable@h/db"));
    QCOMPARE(source, QStringLiteral("MWB_TEST_CONFIG_URL in %1").arg(ws.envPath));
    qputenv("MWB_TEST_CONFIG_URL", "postgresql://from-process@h/db");
    QCOMPARE(ws.datasourceUrl(&source), QStringLiteral("postgresql://from-process@h/db"));
    QCOMPARE(source, QStringLiteral("the environment variable MWB_TEST_CONFIG_URL"));
    qunsetenv("MWB_TEST_CONFIG_URL");

    write(dir.path(), QStringLiteral("prisma.config.ts"),
          R"(export default defineConfig({ datasource: { url: "file:./literal.db" } }))");
    QCOMPARE(ws.datasourceUrl(&source), QStringLiteral("file:./literal.db"));
    QCOMPARE(source, QStringLiteral("the datasource url in prisma.config.ts"));

    // A config without a datasource leaves the schema in charge.
    write(dir.path(), QStringLiteral("prisma.config.ts"),
          R"(export default defineConfig({ schema: "prisma/schema.prisma" }))");
    QCOMPARE(ws.datasourceUrl(&source), QStringLiteral("postgresql://from-schema-variable@h/db"));
}

void TestPrismaConfig::shadowDatabaseUrl() {
    QTemporaryDir dir;
    write(dir.path(), QStringLiteral("prisma/schema.prisma"), Schema);
    Workspace ws;
    QString error;
    QString source;
    QVERIFY(Workspace::locate(dir.path(), &ws, &error));
    QCOMPARE(ws.shadowDatabaseUrl(&source), QString()); // nothing anywhere

    // Default variable, from .env.
    write(dir.path(), QStringLiteral(".env"),
          "SHADOW_DATABASE_URL=postgresql://default-shadow@h/s\n"
          "MWB_TEST_SHADOW=postgresql://named-shadow@h/s\n");
    QCOMPARE(ws.shadowDatabaseUrl(&source), QStringLiteral("postgresql://default-shadow@h/s"));
    QCOMPARE(source, QStringLiteral("SHADOW_DATABASE_URL in %1").arg(ws.envPath));

    // schema.prisma names the variable.
    write(dir.path(), QStringLiteral("prisma/schema.prisma"), R"(datasource db {
  provider          = "postgresql"
  url               = env("DATABASE_URL")
  shadowDatabaseUrl = env("MWB_TEST_SHADOW")
}
)");
    QCOMPARE(ws.shadowDatabaseUrl(&source), QStringLiteral("postgresql://named-shadow@h/s"));
    qputenv("MWB_TEST_SHADOW", "postgresql://process-shadow@h/s");
    QCOMPARE(ws.shadowDatabaseUrl(&source), QStringLiteral("postgresql://process-shadow@h/s"));
    QCOMPARE(source, QStringLiteral("the environment variable MWB_TEST_SHADOW"));
    qunsetenv("MWB_TEST_SHADOW");

    // A literal in schema.prisma; the url itself is unaffected.
    write(dir.path(), QStringLiteral("prisma/schema.prisma"), R"(datasource db {
  provider          = "postgresql"
  url               = "postgresql://main@h/db"
  shadowDatabaseUrl = "postgresql://literal-shadow@h/s"
}
)");
    QCOMPARE(ws.shadowDatabaseUrl(&source), QStringLiteral("postgresql://literal-shadow@h/s"));
    QCOMPARE(source, QStringLiteral("the shadowDatabaseUrl in schema.prisma"));
    QCOMPARE(ws.datasourceUrl(&source), QStringLiteral("postgresql://main@h/db"));

    // prisma.config.ts wins.
    write(dir.path(), QStringLiteral("prisma.config.ts"), R"(export default defineConfig({
  datasource: { url: env("DATABASE_URL"), shadowDatabaseUrl: env("MWB_TEST_SHADOW") },
}))");
    QVERIFY(Workspace::locate(dir.path(), &ws, &error));
    QCOMPARE(ws.shadowDatabaseUrl(&source), QStringLiteral("postgresql://named-shadow@h/s"));
    QCOMPARE(source, QStringLiteral("MWB_TEST_SHADOW in %1").arg(ws.envPath));
}

QTEST_GUILESS_MAIN(TestPrismaConfig)
#include "tst_prismaconfig.moc"
