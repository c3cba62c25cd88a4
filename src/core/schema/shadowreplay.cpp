// SPDX-License-Identifier: GPL-3.0-or-later
#include "shadowreplay.h"

#include "db/sqlsplitter.h"
#include "mwbtr.h"
#include "schemaintrospector.h"
#include "shadowdatabase.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace {
QString p3006(const QString &migration, const QString &error) {
    // Prisma's wording for a failed shadow replay.
    return QStringLiteral("Migration `%1` failed to apply cleanly to the shadow database. \n%2")
        .arg(migration, error);
}

bool selected(const LocalMigration &m, const ShadowReplay::Options &options) {
    if (m.name == options.without)
        return false;
    return !options.onlyIsSet || options.only.contains(m.name);
}
} // namespace

ShadowReplay::Result ShadowReplay::replay(const ConnectionSpec &server,
                                          const MigrationsFolderScan &folder,
                                          const Options &options, const std::atomic_bool *cancel) {
    ShadowDatabase shadow;
    Result result;
    result.error = shadow.create(server, options.configuredShadow, options.mainDatabase);
    if (!result.error.isError())
        result = replayInto(shadow, folder, options, cancel);
    result.shadowDatabase = shadow.temporaryName();
    shadow.drop();
    result.cleanupError = shadow.cleanupError();
    return result;
}

ShadowReplay::Result ShadowReplay::replayInto(ShadowDatabase &shadow,
                                              const MigrationsFolderScan &folder,
                                              const Options &options,
                                              const std::atomic_bool *cancel) {
    Result result;
    result.shadowDatabase = shadow.temporaryName();
    QSqlDatabase db = shadow.database();
    const SqlDialect dialect = sqlDialectForProvider(shadow.spec().provider());
    for (const LocalMigration &m : folder.migrations) {
        if (cancel && cancel->load()) {
            result.error = DbError::fromMessage(MwbTr::tr("Cancelled."));
            return result;
        }
        if (!selected(m, options))
            continue;
        if (!m.hasScript()) {
            result.failedMigration = m.name;
            result.error =
                DbError::fromMessage(p3006(m.name, m.problemText), QStringLiteral("P3006"));
            return result;
        }
        const SqlSplitResult split = SqlSplitter::split(QString::fromUtf8(m.script), dialect);
        if (!split.ok()) {
            result.failedMigration = m.name;
            result.error =
                DbError::fromMessage(p3006(m.name, split.error), QStringLiteral("P3006"));
            return result;
        }
        for (const SqlStatement &s : split.statements) {
            QSqlQuery q(db);
            if (!q.exec(s.text)) {
                result.failedMigration = m.name;
                result.error = DbError{
                    p3006(m.name,
                          MwbTr::tr("Statement at line %1, column %2: %3 (database error %4)")
                              .arg(s.line)
                              .arg(s.column)
                              .arg(q.lastError().databaseText(), q.lastError().nativeErrorCode())),
                    QStringLiteral("P3006"), s.text};
                return result;
            }
        }
        result.replayed << m.name;
        if (m.name == options.upTo)
            break;
    }
    DbError e;
    result.schema = SchemaIntrospector::read(db, shadow.spec(), &e, cancel);
    if (e.isError())
        result.error = e;
    return result;
}
