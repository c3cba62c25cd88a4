// SPDX-License-Identifier: GPL-3.0-or-later
// Schema introspection of N tables (10 columns, 2 indexes and 1 foreign key to the previous table
// each) created in an empty database; prints the median of 5 reads and what they found.
//   introspect_bench URL [N]
#include "benchschema.h"
#include "db/connectionopener.h"
#include "db/databaseurl.h"
#include "schema/schemaintrospector.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>

namespace {
bool exec(QSqlDatabase &db, const QString &sql) {
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    std::fprintf(stderr, "%s\n  in: %s\n", qPrintable(q.lastError().text()), qPrintable(sql));
    return false;
}
} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: introspect_bench URL [N]\n  (an empty database; SQLite: a "
                             "file: URL, created relative to the current folder)\n");
        return 2;
    }
    const int count = args.value(2, QStringLiteral("1000")).toInt();
    auto parsed = DatabaseUrl::parse(args.at(1), QDir::currentPath());
    if (!parsed.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(parsed.error));
        return 2;
    }
    ConnectionSpec spec = parsed.spec;
    spec.createIfMissing = true;
    const QString name = QStringLiteral("introspect-bench");
    if (const DbError e = ConnectionOpener::open(spec, name, nullptr); e.isError()) {
        std::fprintf(stderr, "%s\n", qPrintable(e.message));
        return 1;
    }
    int rc = 0;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        QElapsedTimer timer;
        timer.start();
        const bool transactional = spec.driver != ConnectionSpec::Driver::MySql;
        if (transactional)
            db.transaction();
        for (const QString &sql : BenchSchema::ddl(count, spec.driver)) {
            if (!exec(db, sql)) {
                rc = 1;
                break;
            }
        }
        if (transactional && rc == 0)
            db.commit();
        if (rc == 0) {
            std::printf("provider=%s: created %d tables in %.1f s\n", qPrintable(spec.provider()),
                        count, timer.elapsed() / 1000.0);
            QList<qint64> times;
            Schema schema;
            for (int round = 0; round < 5 && rc == 0; ++round) {
                DbError error;
                timer.restart();
                schema = SchemaIntrospector::read(db, spec, &error);
                times.append(timer.elapsed());
                if (error.isError()) {
                    std::fprintf(stderr, "introspection failed: %s\n", qPrintable(error.message));
                    rc = 1;
                }
            }
            if (rc == 0) {
                std::sort(times.begin(), times.end());
                qsizetype columns = 0;
                qsizetype indexes = 0;
                qsizetype foreignKeys = 0;
                for (const SchemaTable &t : schema.tables) {
                    columns += t.columns.size();
                    indexes += t.indexes.size();
                    foreignKeys += t.foreignKeys.size();
                }
                std::printf("provider=%s: introspection median %.3f s (min %.3f, max %.3f) of 5; "
                            "found %lld tables, %lld columns, %lld indexes, %lld foreign keys\n",
                            qPrintable(spec.provider()), times.at(2) / 1000.0,
                            times.first() / 1000.0, times.last() / 1000.0,
                            static_cast<long long>(schema.tables.size()),
                            static_cast<long long>(columns), static_cast<long long>(indexes),
                            static_cast<long long>(foreignKeys));
            }
        }
    }
    ConnectionOpener::close(name);
    return rc;
}
