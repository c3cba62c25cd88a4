// SPDX-License-Identifier: GPL-3.0-or-later
#include "diffcontext.h"

#include "history/historyreport.h"

#include <QSet>

SchemaSource DiffContext::databaseSource() const {
    SchemaSource source;
    source.kind = SchemaSource::Kind::Database;
    source.database = database;
    return source;
}

SchemaSource DiffContext::migrationsSource(const QString &upTo, const QString &without) const {
    SchemaSource source;
    source.kind = SchemaSource::Kind::Migrations;
    source.migrationsDir = migrationsDir;
    source.upTo = upTo;
    source.without = without;
    return source;
}

SchemaSource DiffContext::appliedSource() const {
    SchemaSource source = migrationsSource();
    source.only = applied;
    source.onlyIsSet = true;
    return source;
}

DiffRequest DiffContext::request(const SchemaSource &from, const SchemaSource &to) const {
    DiffRequest request;
    request.from = from;
    request.to = to;
    if (database.isValid() && database.driver != ConnectionSpec::Driver::Sqlite) {
        request.shadowServer = database;
        // The shadow database is a separate, temporary database: reading production read-only
        // does not forbid creating it (the server refuses with P3014 when the user may not).
        request.shadowServer.readOnly = false;
        request.shadowServer.createIfMissing = false;
    }
    request.shadowDatabase = shadowDatabase;
    return request;
}

bool DiffContext::canCheckDrift() const {
    return hasDatabase() && hasMigrations() && !provider().isEmpty();
}

QStringList DiffContext::appliedMigrations(const HistoryReport &report) {
    QSet<QString> applied;
    for (const MigrationRow &row : report.rows) {
        if (row.isApplied())
            applied.insert(row.migrationName);
    }
    QStringList names;
    for (const LocalMigration &migration : report.folder.migrations) {
        if (applied.contains(migration.name))
            names.append(migration.name);
    }
    return names;
}

void DiffContext::wipe(ConnectionSpec &spec) {
    spec.password.fill(QChar(u'\0'));
    spec.password.clear();
}

void DiffContext::wipe(DiffRequest &request) {
    wipe(request.from.database);
    wipe(request.to.database);
    wipe(request.shadowServer);
    wipe(request.shadowDatabase);
}

void DiffContext::wipe() {
    wipe(database);
    database = ConnectionSpec{};
    wipe(shadowDatabase);
    shadowDatabase = ConnectionSpec{};
    migrationsDir.clear();
    migrations.clear();
    applied.clear();
}
