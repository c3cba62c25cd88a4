// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyreader.h"

#include "mwbtr.h"
#include "timestamp.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace {
QString quotePg(const QString &identifier) {
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

DbError queryError(const QSqlQuery &query, const QString &what) {
    const QSqlError e = query.lastError();
    return DbError{MwbTr::tr("%1: %2").arg(what, e.text()), e.nativeErrorCode(), query.lastQuery()};
}

std::optional<qint64> microsOrNull(const QVariant &v) {
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}
} // namespace

QString HistoryReader::qualifiedTable(const ConnectionSpec &spec) {
    switch (spec.driver) {
    case ConnectionSpec::Driver::Postgres:
        return quotePg(spec.schema.isEmpty() ? QStringLiteral("public") : spec.schema) +
               QStringLiteral(".\"_prisma_migrations\"");
    case ConnectionSpec::Driver::MySql:
        return QStringLiteral("`_prisma_migrations`");
    default:
        return QStringLiteral("\"_prisma_migrations\"");
    }
}

HistoryReadResult HistoryReader::read(QSqlDatabase &db, const ConnectionSpec &spec,
                                      const std::atomic_bool *cancel) {
    HistoryReadResult result;
    QSqlQuery exists(db);
    switch (spec.driver) {
    case ConnectionSpec::Driver::Sqlite:
        exists.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = "
                                      "'_prisma_migrations'"));
        break;
    case ConnectionSpec::Driver::Postgres:
        exists.prepare(QStringLiteral(
            "SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = "
            "c.relnamespace WHERE n.nspname = ? AND c.relname = '_prisma_migrations' AND c.relkind "
            "IN ('r', 'p')"));
        exists.addBindValue(spec.schema.isEmpty() ? QStringLiteral("public") : spec.schema);
        break;
    case ConnectionSpec::Driver::MySql:
        exists.prepare(QStringLiteral("SELECT 1 FROM information_schema.tables WHERE table_schema "
                                      "= DATABASE() AND table_name = '_prisma_migrations'"));
        break;
    case ConnectionSpec::Driver::None:
        result.error = DbError::fromMessage(MwbTr::tr("No database connection."));
        return result;
    }
    if (!exists.exec()) {
        result.error = queryError(exists, MwbTr::tr("Cannot look up _prisma_migrations"));
        return result;
    }
    result.tableExists = exists.next();
    exists.finish();
    if (!result.tableExists)
        return result;

    QString columns;
    switch (spec.driver) {
    case ConnectionSpec::Driver::Postgres:
        columns =
            QStringLiteral("id, checksum, (extract(epoch from finished_at) * 1000000)::int8, "
                           "migration_name, logs, "
                           "(extract(epoch from rolled_back_at) * 1000000)::int8, "
                           "(extract(epoch from started_at) * 1000000)::int8, applied_steps_count");
        break;
    case ConnectionSpec::Driver::MySql:
        // DATETIME(3) holds UTC wall time (Prisma writes UTC); count from the epoch without zones.
        columns = QStringLiteral(
            "id, checksum, TIMESTAMPDIFF(MICROSECOND, '1970-01-01 00:00:00', finished_at), "
            "migration_name, logs, TIMESTAMPDIFF(MICROSECOND, '1970-01-01 00:00:00', "
            "rolled_back_at), TIMESTAMPDIFF(MICROSECOND, '1970-01-01 00:00:00', started_at), "
            "applied_steps_count");
        break;
    default:
        columns = QStringLiteral("id, checksum, finished_at, migration_name, logs, rolled_back_at, "
                                 "started_at, applied_steps_count");
        break;
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM ") +
                    qualifiedTable(spec) + QStringLiteral(" ORDER BY started_at ASC"))) {
        result.error = queryError(query, MwbTr::tr("Cannot read _prisma_migrations"));
        return result;
    }
    const bool sqlite = spec.driver == ConnectionSpec::Driver::Sqlite;
    while (query.next()) {
        if (cancel && cancel->load()) {
            result.error = DbError::fromMessage(MwbTr::tr("Cancelled."));
            return result;
        }
        MigrationRow row;
        row.id = query.value(0).toString();
        row.checksum = query.value(1).toString();
        row.migrationName = query.value(3).toString();
        const QVariant logs = query.value(4);
        if (!logs.isNull())
            row.logs = logs.toString();
        row.appliedStepsCount = query.value(7).toLongLong();
        if (sqlite) {
            int integers = 0;
            int texts = 0;
            auto convert = [&](int column) {
                const QVariant v = query.value(column);
                bool wasInteger = false;
                const auto micros = Timestamp::fromSqliteValue(v, &wasInteger);
                if (!v.isNull())
                    (wasInteger ? integers : texts)++;
                return micros;
            };
            row.finishedAt = convert(2);
            row.rolledBackAt = convert(5);
            row.startedAt = convert(6);
            row.timestampStorage = texts == 0      ? QStringLiteral("integer")
                                   : integers == 0 ? QStringLiteral("text")
                                                   : QStringLiteral("mixed");
        } else {
            row.finishedAt = microsOrNull(query.value(2));
            row.rolledBackAt = microsOrNull(query.value(5));
            row.startedAt = microsOrNull(query.value(6));
        }
        result.rows.append(std::move(row));
    }
    if (query.lastError().isValid())
        result.error = queryError(query, MwbTr::tr("Cannot read _prisma_migrations"));
    return result;
}
