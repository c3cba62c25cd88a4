// SPDX-License-Identifier: GPL-3.0-or-later
#include "diffengine.h"

#include "db/connectionopener.h"
#include "db/sqlsplitter.h"
#include "history/historyreport.h"
#include "mwbtr.h"
#include "schemadiffer.h"
#include "schemaintrospector.h"
#include "schemascriptrenderer.h"
#include "schemasummary.h"
#include "shadowdatabase.h"
#include "shadowreplay.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace {
bool cancelled(const std::atomic_bool *cancel) {
    return cancel && cancel->load();
}

DbError cancelError() {
    return DbError::fromMessage(MwbTr::tr("Cancelled."));
}

/// The provider a side declares by itself (empty: it takes the other side's).
QString ownProvider(const SchemaSource &source, DbError *error) {
    switch (source.kind) {
    case SchemaSource::Kind::Empty:
        return {};
    case SchemaSource::Kind::Database:
        return source.database.provider();
    case SchemaSource::Kind::Migrations: {
        const LockFile lock = LockFile::read(source.migrationsDir);
        if (!lock.error.isEmpty())
            *error = DbError::fromMessage(lock.error);
        if (lock.present && lock.provider != LockFile::ProviderNotFound)
            return lock.provider;
        return {};
    }
    }
    return {};
}

class SideReader {
public:
    SideReader(const DiffRequest &request, QString provider, const std::atomic_bool *cancel)
        : m_request(request)
        , m_provider(std::move(provider))
        , m_cancel(cancel) {}

    /// The server to create shadow databases on for a migrations side.
    ConnectionSpec shadowServer(const SchemaSource &other) const {
        if (m_request.shadowServer.isValid())
            return m_request.shadowServer;
        if (m_provider == QLatin1String("sqlite")) {
            ConnectionSpec memory;
            memory.driver = ConnectionSpec::Driver::Sqlite;
            return memory;
        }
        if (other.kind == SchemaSource::Kind::Database)
            return other.database;
        return {};
    }

    DbError missingShadowServer() const {
        return DbError::fromMessage(
            MwbTr::tr("Replaying migrations on %1 needs a server for the shadow database: "
                      "compare with a database on that server, or give a shadow server.")
                .arg(m_provider));
    }

    Schema read(const SchemaSource &side, const SchemaSource &other, DiffOutcome *outcome) {
        Schema schema;
        schema.provider = m_provider;
        switch (side.kind) {
        case SchemaSource::Kind::Empty:
            return schema;
        case SchemaSource::Kind::Database:
            return readDatabase(side.database, outcome);
        case SchemaSource::Kind::Migrations:
            return readMigrations(side, other, outcome);
        }
        return schema;
    }

    /// Scans a migrations side's folder; folders that are missing or broken are errors here
    /// (Prisma's diff needs migration_lock.toml to know the connector).
    MigrationsFolderScan scan(const SchemaSource &side, DbError *error) const {
        MigrationsFolderScan folder = MigrationsFolder::scan(side.migrationsDir, m_cancel);
        if (!folder.exists)
            *error = DbError::fromMessage(
                MwbTr::tr("The migrations folder %1 does not exist.").arg(side.migrationsDir));
        else if (!folder.error.isEmpty())
            *error = DbError::fromMessage(folder.error);
        else if (folder.cancelled)
            *error = cancelError();
        for (const QString &name : {side.upTo, side.without}) {
            if (!error->isError() && !name.isEmpty() && folder.indexOf(name) < 0)
                *error = DbError::fromMessage(MwbTr::tr("There is no migration named %1 in %2.")
                                                  .arg(name, side.migrationsDir));
        }
        return folder;
    }

    static ShadowReplay::Options replayOptions(const SchemaSource &side,
                                               const DiffRequest &request) {
        ShadowReplay::Options options;
        options.upTo = side.upTo;
        options.without = side.without;
        options.only = side.only;
        options.onlyIsSet = side.onlyIsSet;
        options.configuredShadow = request.shadowDatabase;
        for (const SchemaSource *s : {&request.from, &request.to}) {
            if (s->kind == SchemaSource::Kind::Database)
                options.mainDatabase = s->database;
        }
        return options;
    }

private:
    Schema readDatabase(ConnectionSpec spec, DiffOutcome *outcome) {
        spec.readOnly = true; // reading a schema never writes
        const QString name =
            QStringLiteral("mwb-diff-") + QUuid::createUuid().toString(QUuid::Id128);
        Schema schema;
        if (const DbError e = ConnectionOpener::open(spec, name, nullptr); e.isError()) {
            outcome->error = e;
            return schema;
        }
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            schema = SchemaIntrospector::read(db, spec, &outcome->error, m_cancel);
        }
        ConnectionOpener::close(name);
        spec.password.fill(QChar(u'\0'));
        return schema;
    }

    Schema readMigrations(const SchemaSource &side, const SchemaSource &other,
                          DiffOutcome *outcome) {
        const MigrationsFolderScan folder = scan(side, &outcome->error);
        if (outcome->error.isError()) {
            outcome->inputError = !folder.cancelled;
            return {};
        }
        const ConnectionSpec server = shadowServer(other);
        if (!server.isValid() && !m_request.shadowDatabase.isValid()) {
            outcome->error = missingShadowServer();
            return {};
        }
        ShadowReplay::Result replayed =
            ShadowReplay::replay(server, folder, replayOptions(side, m_request), m_cancel);
        if (!replayed.ok()) {
            outcome->error = replayed.error;
            outcome->failedMigration = replayed.failedMigration;
        }
        replayed.schema.provider = m_provider;
        return replayed.schema;
    }

    const DiffRequest &m_request;
    QString m_provider;
    const std::atomic_bool *m_cancel;
};

DbError runStatements(QSqlDatabase &db, const QStringList &statements,
                      const std::atomic_bool *cancel) {
    for (const QString &sql : statements) {
        if (cancelled(cancel))
            return cancelError();
        QSqlQuery q(db);
        if (!q.exec(sql))
            return DbError{q.lastError().databaseText(), q.lastError().nativeErrorCode(), sql};
    }
    return {};
}

/// Applies the script to a shadow copy of `from` (its migrations replayed, or its schema
/// recreated from our DDL) and diffs the result against `to`.
DiffVerification verify(const DiffRequest &request, const DiffOutcome &outcome,
                        const QString &provider, SideReader &reader,
                        const std::atomic_bool *cancel) {
    DiffVerification v;
    v.ran = true;
    const ConnectionSpec server = reader.shadowServer(
        request.from.kind == SchemaSource::Kind::Database ? request.from : request.to);
    if (!server.isValid() && !request.shadowDatabase.isValid()) {
        v.error = reader.missingShadowServer();
        return v;
    }
    ShadowDatabase shadow;
    const ShadowReplay::Options options = SideReader::replayOptions(request.from, request);
    v.error = shadow.create(server, options.configuredShadow, options.mainDatabase);
    if (v.error.isError())
        return v;
    QSqlDatabase db = shadow.database();
    Schema copy;
    if (request.from.kind == SchemaSource::Kind::Migrations) {
        const MigrationsFolderScan folder = reader.scan(request.from, &v.error);
        if (v.error.isError())
            return v;
        const ShadowReplay::Result r = ShadowReplay::replayInto(shadow, folder, options, cancel);
        v.error = r.error;
        copy = r.schema;
    } else {
        Schema empty;
        empty.provider = provider;
        const SchemaDiff create = SchemaDiffer::diff(empty, outcome.from);
        v.error = runStatements(
            db, SchemaScriptRenderer::render(empty, outcome.from, create).statements(), cancel);
        if (!v.error.isError())
            copy = SchemaIntrospector::read(db, shadow.spec(), &v.error, cancel);
    }
    if (v.error.isError()) {
        v.error.message =
            MwbTr::tr("The shadow copy of the source could not be built: %1").arg(v.error.message);
        return v;
    }
    copy.provider = provider;
    if (const SchemaDiff d = SchemaDiffer::diff(copy, outcome.from); !d.isEmpty()) {
        v.error = DbError::fromMessage(
            MwbTr::tr("The shadow copy of the source differs from the source itself:\n%1")
                .arg(SchemaSummary::render(d)));
        return v;
    }
    if (const DbError e = runStatements(db, outcome.script.statements(), cancel); e.isError()) {
        v.error = e;
        v.error.message = MwbTr::tr("The script failed on the shadow copy: %1").arg(e.message);
        return v;
    }
    Schema after = SchemaIntrospector::read(db, shadow.spec(), &v.error, cancel);
    if (v.error.isError())
        return v;
    after.provider = provider;
    const SchemaDiff remaining = SchemaDiffer::diff(after, outcome.to);
    v.passed = remaining.isEmpty();
    if (!v.passed)
        v.remainingSummary = SchemaSummary::render(remaining);
    return v;
}
} // namespace

DiffOutcome DiffEngine::run(const DiffRequest &request, const std::atomic_bool *cancel,
                            const ProgressCallback &progress) {
    auto report = [&](const QString &what) {
        if (progress)
            progress(what);
    };
    DiffOutcome outcome;
    outcome.requestId = request.requestId;
    outcome.fromLabel = request.from.label();
    outcome.toLabel = request.to.label();

    QString fromProvider = ownProvider(request.from, &outcome.error);
    QString toProvider = ownProvider(request.to, &outcome.error);
    if (outcome.error.isError()) {
        outcome.inputError = true;
        return outcome;
    }
    if (!fromProvider.isEmpty() && !toProvider.isEmpty() && fromProvider != toProvider) {
        outcome.inputError = true;
        outcome.error = DbError::fromMessage(
            MwbTr::tr("Both sides must use the same database: %1 is %2, %3 is %4.")
                .arg(outcome.fromLabel, fromProvider, outcome.toLabel, toProvider));
        return outcome;
    }
    QString provider = fromProvider.isEmpty() ? toProvider : fromProvider;
    if (provider.isEmpty())
        provider = request.shadowServer.isValid() ? request.shadowServer.provider()
                                                  : request.shadowDatabase.provider();
    if (provider.isEmpty() && request.from.kind == SchemaSource::Kind::Empty &&
        request.to.kind == SchemaSource::Kind::Empty)
        provider = QStringLiteral("sqlite"); // nothing to compare: any dialect says so
    if (provider.isEmpty()) {
        outcome.inputError = true;
        // Prisma's own wording for a migrations folder without migration_lock.toml.
        outcome.error = DbError::fromMessage(
            QStringLiteral("Could not determine the connector from the migrations directory "
                           "(missing migration_lock.toml)."));
        return outcome;
    }

    QElapsedTimer timer;
    timer.start();
    SideReader reader(request, provider, cancel);
    report(MwbTr::tr("Reading %1…").arg(outcome.fromLabel));
    outcome.from = reader.read(request.from, request.to, &outcome);
    if (outcome.error.isError()) {
        outcome.failedSide = QStringLiteral("from");
        return outcome;
    }
    if (cancelled(cancel)) {
        outcome.error = cancelError();
        return outcome;
    }
    report(MwbTr::tr("Reading %1…").arg(outcome.toLabel));
    outcome.to = reader.read(request.to, request.from, &outcome);
    if (outcome.error.isError()) {
        outcome.failedSide = QStringLiteral("to");
        return outcome;
    }
    outcome.readMs = timer.restart();

    report(MwbTr::tr("Comparing…"));
    outcome.diff = SchemaDiffer::diff(outcome.from, outcome.to);
    outcome.summary = SchemaSummary::render(outcome.diff);
    if (request.renderScript || request.verify)
        outcome.script = SchemaScriptRenderer::render(outcome.from, outcome.to, outcome.diff);
    outcome.diffMs = timer.restart();

    if (request.verify) {
        report(MwbTr::tr("Verifying the script on a shadow database…"));
        outcome.verification = verify(request, outcome, provider, reader, cancel);
        outcome.verifyMs = timer.elapsed();
    }
    return outcome;
}

DiffRequest DiffEngine::driftRequest(const ConnectionSpec &live, const HistoryReport &history,
                                     const ConnectionSpec &configuredShadow) {
    DiffRequest request;
    request.from.kind = SchemaSource::Kind::Migrations;
    request.from.migrationsDir = history.folder.path;
    request.from.onlyIsSet = true;
    for (const MigrationRow &row : history.rows) {
        if (row.isApplied() && !request.from.only.contains(row.migrationName))
            request.from.only << row.migrationName;
    }
    request.to.kind = SchemaSource::Kind::Database;
    request.to.database = live;
    request.shadowDatabase = configuredShadow;
    return request;
}
