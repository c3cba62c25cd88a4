// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrationstable.h"

#include "mwbtr.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <chrono>

MigrationsTable::MigrationsTable(const ConnectionSpec &spec)
    : m_driver(spec.driver)
    , m_schema(spec.schema.isEmpty() ? QStringLiteral("public") : spec.schema) {
}

QString MigrationsTable::table() const {
    switch (m_driver) {
    case ConnectionSpec::Driver::MySql:
        return QStringLiteral("`_prisma_migrations`");
    default:
        return QStringLiteral("\"_prisma_migrations\"");
    }
}

QString MigrationsTable::column(const char *name) const {
    const QString n = QString::fromLatin1(name);
    return m_driver == ConnectionSpec::Driver::MySql ? QLatin1Char('`') + n + QLatin1Char('`')
                                                     : QLatin1Char('"') + n + QLatin1Char('"');
}

QString MigrationsTable::timestampPlaceholder() const {
    // QPSQL sends bound strings as text; the cast keeps the full microsecond precision.
    return m_driver == ConnectionSpec::Driver::Postgres ? QStringLiteral("CAST(? AS timestamptz)")
                                                        : QStringLiteral("?");
}

QString MigrationsTable::createTableSql() const {
    switch (m_driver) {
    case ConnectionSpec::Driver::Postgres:
        return QStringLiteral(
            "CREATE TABLE _prisma_migrations (\n    id                      VARCHAR(36) PRIMARY "
            "KEY "
            "NOT NULL,\n    checksum                VARCHAR(64) NOT NULL,\n    finished_at         "
            "    "
            "TIMESTAMPTZ,\n    migration_name          VARCHAR(255) NOT NULL,\n    logs            "
            "        "
            "TEXT,\n    rolled_back_at          TIMESTAMPTZ,\n    started_at              "
            "TIMESTAMPTZ "
            "NOT NULL DEFAULT now(),\n    applied_steps_count     INTEGER NOT NULL DEFAULT 0\n);");
    case ConnectionSpec::Driver::MySql:
        return QStringLiteral(
            "CREATE TABLE _prisma_migrations (\n    id                      VARCHAR(36) PRIMARY "
            "KEY "
            "NOT NULL,\n    checksum                VARCHAR(64) NOT NULL,\n    finished_at         "
            "    "
            "DATETIME(3),\n    migration_name          VARCHAR(255) NOT NULL,\n    logs            "
            "        "
            "TEXT,\n    rolled_back_at          DATETIME(3),\n    started_at              "
            "DATETIME(3) "
            "NOT NULL DEFAULT CURRENT_TIMESTAMP(3),\n    applied_steps_count     INTEGER UNSIGNED "
            "NOT "
            "NULL DEFAULT 0\n) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;");
    default:
        return QStringLiteral(
            "CREATE TABLE \"_prisma_migrations\" (\n    \"id\"                    TEXT PRIMARY KEY "
            "NOT "
            "NULL,\n    \"checksum\"              TEXT NOT NULL,\n    \"finished_at\"           "
            "DATETIME,\n    \"migration_name\"        TEXT NOT NULL,\n    \"logs\"                 "
            " "
            "TEXT,\n    \"rolled_back_at\"        DATETIME,\n    \"started_at\"            "
            "DATETIME NOT "
            "NULL DEFAULT current_timestamp,\n    \"applied_steps_count\"   INTEGER UNSIGNED NOT "
            "NULL "
            "DEFAULT 0\n)");
    }
}

namespace {
QStringList baseTables(QSqlDatabase &db, ConnectionSpec::Driver driver, const QString &schema,
                       DbError *error) {
    QSqlQuery q(db);
    switch (driver) {
    case ConnectionSpec::Driver::Postgres:
        q.prepare(
            QStringLiteral("SELECT tbl.relname FROM pg_class AS tbl INNER JOIN pg_namespace AS "
                           "namespace ON namespace.oid = tbl.relnamespace WHERE tbl.relkind = 'r' "
                           "AND namespace.nspname = ?"));
        q.addBindValue(schema);
        break;
    case ConnectionSpec::Driver::MySql:
        q.prepare(
            QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                           "DATABASE() AND table_type = 'BASE TABLE'"));
        break;
    default:
        q.prepare(
            QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                           "'sqlite_%'"));
        break;
    }
    QStringList names;
    if (!q.exec()) {
        *error = DbError{MwbTr::tr("Cannot list the tables: %1").arg(q.lastError().text()),
                         q.lastError().nativeErrorCode(), q.lastQuery()};
        return names;
    }
    while (q.next())
        names << q.value(0).toString();
    return names;
}
} // namespace

bool MigrationsTable::hasOtherTables(QSqlDatabase &db, DbError *error) const {
    const QStringList tables = baseTables(db, m_driver, m_schema, error);
    return std::any_of(tables.cbegin(), tables.cend(),
                       [](const QString &t) { return t != QLatin1String("_prisma_migrations"); });
}

bool MigrationsTable::tableExists(QSqlDatabase &db, DbError *error) const {
    return baseTables(db, m_driver, m_schema, error).contains(QStringLiteral("_prisma_migrations"));
}

QVariant MigrationsTable::now() const {
    using namespace std::chrono;
    const qint64 micros =
        duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
    const QDateTime dt = QDateTime::fromMSecsSinceEpoch(micros / 1000, Qt::UTC);
    switch (m_driver) {
    case ConnectionSpec::Driver::Sqlite:
        return micros / 1000; // quaint binds DateTime as INTEGER milliseconds on SQLite
    case ConnectionSpec::Driver::Postgres:
        return QString(dt.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.")) +
                       QStringLiteral("%1+00:00").arg(micros % 1000000, 6, 10, QLatin1Char('0')));
    default:
        return dt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    }
}

QString MigrationsTable::newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

MigrationsTable::Write MigrationsTable::insertStarted(const QString &id, const QString &checksum,
                                                      const QVariant &startedAt,
                                                      const QString &name) const {
    return {QStringLiteral("INSERT INTO %1 (%2, %3, %4, %5) VALUES (?, ?, %6, ?)")
                .arg(table(), column("id"), column("checksum"), column("started_at"),
                     column("migration_name"), timestampPlaceholder()),
            {id, checksum, startedAt, name}};
}

MigrationsTable::Write MigrationsTable::incrementAppliedSteps(const QString &id) const {
    return {QStringLiteral("UPDATE %1 SET %2 = (%2 + 1) WHERE %3 = ?")
                .arg(table(), column("applied_steps_count"), column("id")),
            {id}};
}

MigrationsTable::Write MigrationsTable::setFinished(const QString &id, const QVariant &at) const {
    return {QStringLiteral("UPDATE %1 SET %2 = %3 WHERE %4 = ?")
                .arg(table(), column("finished_at"), timestampPlaceholder(), column("id")),
            {at, id}};
}

MigrationsTable::Write MigrationsTable::setLogs(const QString &id, const QString &logs) const {
    return {QStringLiteral("UPDATE %1 SET %2 = ? WHERE %3 = ?")
                .arg(table(), column("logs"), column("id")),
            {logs, id}};
}

MigrationsTable::Write MigrationsTable::setRolledBack(const QString &id, const QVariant &at) const {
    return {QStringLiteral("UPDATE %1 SET %2 = %3 WHERE %4 = ?")
                .arg(table(), column("rolled_back_at"), timestampPlaceholder(), column("id")),
            {at, id}};
}

MigrationsTable::Write MigrationsTable::insertApplied(const QString &id, const QString &checksum,
                                                      const QVariant &at,
                                                      const QString &name) const {
    return {QStringLiteral("INSERT INTO %1 (%2, %3, %4, %5, %6, %7) VALUES (?, ?, ?, %8, %8, ?)")
                .arg(table(), column("id"), column("checksum"), column("logs"),
                     column("started_at"), column("finished_at"), column("migration_name"),
                     timestampPlaceholder()),
            {id, checksum, QStringLiteral(""), at, at, name}}; // logs = '', not NULL
}

QString MigrationsTable::Write::display() const {
    QString out;
    qsizetype next = 0;
    for (const QChar c : sql) {
        if (c == QLatin1Char('?') && next < values.size()) {
            const QVariant &v = values.at(next++);
            if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
                out += v.toString();
            else
                out += QLatin1Char('\'') +
                       v.toString().replace(QLatin1Char('\''), QLatin1String("''")) +
                       QLatin1Char('\'');
        } else {
            out += c;
        }
    }
    return out;
}

DbError MigrationsTable::exec(QSqlDatabase &db, const Write &write) {
    QSqlQuery q(db);
    if (write.values.isEmpty()) {
        // DDL cannot be prepared on PostgreSQL (PREPARE … AS CREATE TABLE is not valid).
        if (!q.exec(write.sql))
            return DbError{
                MwbTr::tr("Writing to _prisma_migrations failed: %1").arg(q.lastError().text()),
                q.lastError().nativeErrorCode(), write.sql};
        return {};
    }
    if (!q.prepare(write.sql)) {
        return DbError{
            MwbTr::tr("Cannot prepare a write to _prisma_migrations: %1").arg(q.lastError().text()),
            q.lastError().nativeErrorCode(), write.display()};
    }
    for (const QVariant &v : write.values)
        q.addBindValue(v);
    if (!q.exec()) {
        return DbError{
            MwbTr::tr("Writing to _prisma_migrations failed: %1").arg(q.lastError().text()),
            q.lastError().nativeErrorCode(), write.display()};
    }
    return {};
}
