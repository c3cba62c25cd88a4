// SPDX-License-Identifier: GPL-3.0-or-later
#include "testops.h"

#include "db/dbsession.h"
#include "schema/diffengine.h"
#include "testdata.h"
#include "testservers.h"

#include <QTest>
#include <QUuid>

void TestOps::dialectRows() {
    QTest::addColumn<int>("driver");
    QTest::newRow("sqlite") << static_cast<int>(ConnectionSpec::Driver::Sqlite);
    QTest::newRow("postgresql") << static_cast<int>(ConnectionSpec::Driver::Postgres);
    QTest::newRow("mariadb") << static_cast<int>(ConnectionSpec::Driver::MySql);
}

ConnectionSpec TestOps::freshDatabase(ConnectionSpec::Driver driver, const QString &sqliteDir) {
    if (driver == ConnectionSpec::Driver::Sqlite) {
        ConnectionSpec spec;
        spec.driver = driver;
        spec.database = sqliteDir + QLatin1Char('/') + QUuid::createUuid().toString(QUuid::Id128) +
                        QStringLiteral(".db");
        spec.createIfMissing = true;
        return spec;
    }
    QString reason;
    const ConnectionSpec spec = TestServers::freshDatabase(
        driver == ConnectionSpec::Driver::Postgres ? TestServers::Kind::Postgres
                                                   : TestServers::Kind::MySql,
        &reason);
    if (!spec.isValid())
        qWarning("%s", qPrintable(reason));
    return spec;
}

OperationResult TestOps::run(const ConnectionSpec &db, const OperationRequest &request) {
    DbSession session(db, nullptr, /*cancellable=*/true);
    if (const OpenResult opened = session.openAndWait(); opened.error.isError()) {
        OperationResult failed;
        failed.errorMessage = opened.error.message;
        return failed;
    }
    return session.runOperationAndWait(request);
}

OperationResult TestOps::deploy(const ConnectionSpec &db, const QString &migrationsDir,
                                bool atomic) {
    OperationRequest r;
    r.kind = OperationRequest::Kind::Deploy;
    r.migrationsDir = migrationsDir;
    r.atomic = atomic;
    return run(db, r);
}

OperationResult TestOps::resolve(const ConnectionSpec &db, const QString &migrationsDir,
                                 const QString &name, bool applied) {
    OperationRequest r;
    r.kind = applied ? OperationRequest::Kind::ResolveApplied
                     : OperationRequest::Kind::ResolveRolledBack;
    r.migrationsDir = migrationsDir;
    r.migrationName = name;
    return run(db, r);
}

OperationResult TestOps::execute(const ConnectionSpec &db, const QString &script) {
    OperationRequest r;
    r.kind = OperationRequest::Kind::Execute;
    r.script = script;
    r.scriptName = QStringLiteral("test.sql");
    return run(db, r);
}

HistoryReport TestOps::history(const ConnectionSpec &db, const QString &migrationsDir) {
    DbSession session(db);
    session.openAndWait();
    return session.loadHistoryAndWait(migrationsDir).report;
}

Schema TestOps::liveSchema(const ConnectionSpec &db) {
    DiffRequest request;
    request.from.kind = SchemaSource::Kind::Database;
    request.from.database = db;
    request.from.database.createIfMissing = false;
    request.renderScript = false;
    return DiffEngine::run(request).from;
}

DiffOutcome TestOps::diffToMigrations(const ConnectionSpec &db, const QString &migrationsDir,
                                      const QString &without) {
    DiffRequest request;
    request.from.kind = SchemaSource::Kind::Database;
    request.from.database = db;
    request.from.database.createIfMissing = false;
    request.to.kind = SchemaSource::Kind::Migrations;
    request.to.migrationsDir = migrationsDir;
    request.to.without = without;
    return DiffEngine::run(request);
}

QByteArray TestOps::dialectSql(const char *text, bool mysql) {
    QByteArray s(text);
    if (mysql) {
        s.replace('"', '`');
        s.replace("TEXT NOT NULL", "VARCHAR(191) NOT NULL");
    }
    return s;
}

QString TestOps::writeSeedMigrations(const QString &dir, bool withUnique, bool mysql) {
    TestData::writeMigration(
        dir, InitName,
        dialectSql("CREATE TABLE \"User\" (\n    \"id\" INTEGER NOT NULL,\n    "
                   "\"name\" TEXT NOT NULL,\n    PRIMARY KEY (\"id\")\n);\n",
                   mysql));
    if (withUnique)
        TestData::writeMigration(
            dir, UniqueName,
            dialectSql("CREATE TABLE \"Post\" (\n    \"id\" INTEGER NOT NULL,\n    \"title\" TEXT "
                       "NOT NULL,\n    PRIMARY KEY (\"id\")\n);\nALTER TABLE \"User\" ADD COLUMN "
                       "\"email\" TEXT;\nCREATE UNIQUE INDEX \"User_name_key\" ON "
                       "\"User\"(\"name\");\n",
                       mysql));
    return dir;
}
