// SPDX-License-Identifier: GPL-3.0-or-later
// Status of a large history: a folder of N migrations against a `_prisma_migrations` table of N
// rows, compared with the floor measured in the same process (hash the same files, one plain
// SELECT of the table).
//   status_bench generate DIR [N] [URL]   writes DIR/prisma/migrations and fills the database
//   status_bench measure DIR URL          prints wall times and peak RSS
#include "db/connectionopener.h"
#include "db/databaseurl.h"
#include "db/dbsession.h"
#include "history/historyreader.h"
#include "workspace/checksum.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

namespace {
long peakRssKiB() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

QByteArray migrationSql(int i) {
    return QStringLiteral(
               "-- CreateTable\nCREATE TABLE \"Table%1\" (\n    \"id\" SERIAL NOT NULL,\n"
               "    \"name\" TEXT NOT NULL,\n    \"createdAt\" TIMESTAMP(3) NOT NULL DEFAULT "
               "CURRENT_TIMESTAMP,\n\n    CONSTRAINT \"Table%1_pkey\" PRIMARY KEY (\"id\")\n);\n\n"
               "-- CreateIndex\nCREATE INDEX \"Table%1_name_idx\" ON \"Table%1\"(\"name\");\n")
        .arg(i)
        .toUtf8();
}

QString migrationName(int i) {
    return QStringLiteral("2024%1_migration_%2").arg(i, 10, 10, QLatin1Char('0')).arg(i);
}

ConnectionSpec specFor(const QString &url, const QString &dir) {
    const auto parsed = DatabaseUrl::parse(url, dir + QStringLiteral("/prisma"));
    if (!parsed.ok()) {
        std::fprintf(stderr, "bad URL: %s\n", qPrintable(parsed.error));
        std::exit(2);
    }
    return parsed.spec;
}

int generate(const QString &dir, int count, const QString &url) {
    const QString migrations = dir + QStringLiteral("/prisma/migrations");
    QDir().mkpath(migrations);
    QStringList checksums;
    for (int i = 0; i < count; ++i) {
        const QString sub = migrations + QLatin1Char('/') + migrationName(i);
        QDir().mkpath(sub);
        QFile f(sub + QStringLiteral("/migration.sql"));
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        f.write(migrationSql(i));
        checksums << Checksum::record(migrationSql(i));
    }
    ConnectionSpec spec = specFor(url, dir);
    if (spec.driver == ConnectionSpec::Driver::Sqlite && !QFile::exists(spec.database)) {
        QFile f(spec.database);
        f.open(QIODevice::WriteOnly);
    }
    const QString name = QStringLiteral("gen");
    const DbError error = ConnectionOpener::open(spec, name, nullptr);
    if (error.isError()) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message));
        return 1;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(name);
        QSqlQuery q(db);
        const bool pg = spec.driver == ConnectionSpec::Driver::Postgres;
        q.exec(QStringLiteral("DROP TABLE IF EXISTS _prisma_migrations"));
        q.exec(
            pg ? QStringLiteral(
                     "CREATE TABLE _prisma_migrations (id VARCHAR(36) PRIMARY KEY NOT NULL, "
                     "checksum VARCHAR(64) NOT NULL, finished_at TIMESTAMPTZ, migration_name "
                     "VARCHAR(255) NOT NULL, logs TEXT, rolled_back_at TIMESTAMPTZ, started_at "
                     "TIMESTAMPTZ NOT NULL DEFAULT now(), applied_steps_count INTEGER NOT NULL "
                     "DEFAULT 0)")
               : QStringLiteral(
                     "CREATE TABLE \"_prisma_migrations\" (\"id\" TEXT PRIMARY KEY NOT NULL, "
                     "\"checksum\" TEXT NOT NULL, \"finished_at\" DATETIME, \"migration_name\" "
                     "TEXT "
                     "NOT NULL, \"logs\" TEXT, \"rolled_back_at\" DATETIME, \"started_at\" "
                     "DATETIME "
                     "NOT NULL DEFAULT current_timestamp, \"applied_steps_count\" INTEGER UNSIGNED "
                     "NOT NULL DEFAULT 0)"));
        db.transaction();
        QSqlQuery insert(db);
        insert.prepare(
            pg ? QStringLiteral(
                     "INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, "
                     "started_at, applied_steps_count) VALUES (?, ?, to_timestamp(?::float8 / "
                     "1000), ?, "
                     "to_timestamp(?::float8 / 1000), 1)")
               : QStringLiteral(
                     "INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, "
                     "started_at, applied_steps_count) VALUES (?, ?, ?, ?, ?, 1)"));
        const qint64 base = 1704067200000; // 2024-01-01
        for (int i = 0; i < count; ++i) {
            insert.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
            insert.addBindValue(checksums.at(i));
            insert.addBindValue(base + i * 1000 + 40);
            insert.addBindValue(migrationName(i));
            insert.addBindValue(base + i * 1000);
            if (!insert.exec()) {
                std::fprintf(stderr, "%s\n", qPrintable(insert.lastError().text()));
                return 1;
            }
        }
        db.commit();
    }
    ConnectionOpener::close(name);
    std::printf("generated %d migrations and rows in %s\n", count, qPrintable(dir));
    return 0;
}

qint64 median(QList<qint64> values) {
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

int measure(const QString &dir, const QString &url, int repeats) {
    const ConnectionSpec spec = specFor(url, dir);
    const QString migrations = dir + QStringLiteral("/prisma/migrations");

    // Floor, part 1: read and SHA-256 every migration.sql.
    QList<qint64> floorHash;
    for (int r = 0; r < repeats; ++r) {
        QElapsedTimer t;
        t.start();
        QDirIterator it(migrations, QDir::Dirs | QDir::NoDotAndDotDot);
        int files = 0;
        while (it.hasNext()) {
            QFile f(it.next() + QStringLiteral("/migration.sql"));
            if (f.open(QIODevice::ReadOnly)) {
                QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
                ++files;
            }
        }
        floorHash << t.nsecsElapsed() / 1000;
        Q_UNUSED(files)
    }
    // Floor, part 2: one plain SELECT of the table, every value touched.
    QList<qint64> floorSelect;
    const QString name = QStringLiteral("floor");
    if (const DbError e = ConnectionOpener::open(spec, name, nullptr); e.isError()) {
        std::fprintf(stderr, "%s\n", qPrintable(e.message));
        return 1;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(name);
        for (int r = 0; r < repeats; ++r) {
            QElapsedTimer t;
            t.start();
            QSqlQuery q(db);
            q.setForwardOnly(true);
            q.exec(QStringLiteral("SELECT * FROM _prisma_migrations"));
            qint64 bytes = 0;
            while (q.next()) {
                for (int c = 0; c < 8; ++c)
                    bytes += q.value(c).toString().size();
            }
            floorSelect << t.nsecsElapsed() / 1000;
        }
    }
    ConnectionOpener::close(name);

    // The real thing: folder scan + checksums + table read + classification on the worker thread.
    DbSession session(spec);
    if (const OpenResult o = session.openAndWait(); o.error.isError()) {
        std::fprintf(stderr, "%s\n", qPrintable(o.error.message));
        return 1;
    }
    QList<qint64> status;
    int migrationsSeen = 0;
    for (int r = 0; r < repeats; ++r) {
        QElapsedTimer t;
        t.start();
        const HistoryResult result = session.loadHistoryAndWait(migrations);
        status << t.nsecsElapsed() / 1000;
        if (result.error.isError()) {
            std::fprintf(stderr, "%s\n", qPrintable(result.error.message));
            return 1;
        }
        migrationsSeen = static_cast<int>(result.report.migrations.size());
    }
    const qint64 floorUs = median(floorHash) + median(floorSelect);
    const qint64 statusUs = median(status);
    std::printf("provider=%s migrations=%d repeats=%d\n", qPrintable(spec.provider()),
                migrationsSeen, repeats);
    std::printf("  floor: hash files %.1f ms + plain SELECT %.1f ms = %.1f ms\n",
                median(floorHash) / 1000.0, median(floorSelect) / 1000.0, floorUs / 1000.0);
    std::printf("  status (scan + checksums + read + classify): median %.1f ms, min %.1f ms\n",
                statusUs / 1000.0, *std::min_element(status.cbegin(), status.cend()) / 1000.0);
    std::printf("  ratio to floor: %.2fx\n", double(statusUs) / double(floorUs));
    std::printf("  peak RSS of this process: %.1f MiB\n", peakRssKiB() / 1024.0);
    return 0;
}
} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 3 && args.at(1) == QLatin1String("generate"))
        return generate(args.at(2), args.value(3, QStringLiteral("10000")).toInt(),
                        args.value(4, QStringLiteral("file:./dev.db")));
    if (args.size() >= 4 && args.at(1) == QLatin1String("measure"))
        return measure(args.at(2), args.at(3), args.value(4, QStringLiteral("5")).toInt());
    std::fprintf(stderr,
                 "usage: status_bench generate DIR [N] [URL] | measure DIR URL [REPEATS]\n");
    return 2;
}
