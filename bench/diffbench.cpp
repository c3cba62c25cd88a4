// SPDX-License-Identifier: GPL-3.0-or-later
// Schema diff benchmark: two databases with N tables each (BenchSchema, the second one changed in
// every 10th/50th table). Prints the median of 5 in-memory diffs (differ + Prisma summary + SQL
// script) of the two introspected schemas (target: under 100 ms for 1,000 tables), and the
// median of 3 end-to-end DiffEngine runs (introspect both + diff).
//   diff_bench URL_A URL_B [N]        (empty databases; SQLite: file: URLs)
//   diff_bench ddl N PROVIDER [changed]   prints the DDL as a migration.sql
#include "benchschema.h"
#include "db/connectionopener.h"
#include "db/databaseurl.h"
#include "schema/diffengine.h"
#include "schema/schemadiffer.h"
#include "schema/schemaintrospector.h"
#include "schema/schemascriptrenderer.h"
#include "schema/schemasummary.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>

namespace {
ConnectionSpec::Driver driverOf(const QString &provider) {
    if (provider == QLatin1String("postgresql"))
        return ConnectionSpec::Driver::Postgres;
    if (provider == QLatin1String("mysql"))
        return ConnectionSpec::Driver::MySql;
    return ConnectionSpec::Driver::Sqlite;
}

/// Creates the schema in the database and introspects it; false on error (printed).
bool build(const ConnectionSpec &spec, int count, bool changed, Schema *schema) {
    const QString name = QStringLiteral("diff-bench-%1").arg(changed);
    if (const DbError e = ConnectionOpener::open(spec, name, nullptr); e.isError()) {
        std::fprintf(stderr, "%s\n", qPrintable(e.message));
        return false;
    }
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        const bool transactional = spec.driver != ConnectionSpec::Driver::MySql;
        if (transactional)
            db.transaction();
        for (const QString &sql : BenchSchema::ddl(count, spec.driver, changed)) {
            QSqlQuery q(db);
            if (!q.exec(sql)) {
                std::fprintf(stderr, "%s\n  in: %s\n", qPrintable(q.lastError().text()),
                             qPrintable(sql));
                ok = false;
                break;
            }
        }
        if (transactional)
            ok ? db.commit() : db.rollback();
        DbError error;
        if (ok)
            *schema = SchemaIntrospector::read(db, spec, &error);
        if (error.isError()) {
            std::fprintf(stderr, "%s\n", qPrintable(error.message));
            ok = false;
        }
    }
    ConnectionOpener::close(name);
    return ok;
}

qint64 median(QList<qint64> times) {
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}
} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.value(1) == QLatin1String("ddl") && args.size() >= 4) {
        const QStringList ddl = BenchSchema::ddl(args.at(2).toInt(), driverOf(args.at(3)),
                                                 args.value(4) == QLatin1String("changed"));
        std::printf("%s;\n", qPrintable(ddl.join(QStringLiteral(";\n"))));
        return 0;
    }
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: diff_bench URL_A URL_B [N] | diff_bench ddl N PROVIDER "
                             "[changed]\n");
        return 2;
    }
    const int count = args.value(3, QStringLiteral("1000")).toInt();
    ConnectionSpec specs[2];
    for (int i = 0; i < 2; ++i) {
        const DatabaseUrl::Result parsed = DatabaseUrl::parse(args.at(1 + i), QDir::currentPath());
        if (!parsed.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(parsed.error));
            return 2;
        }
        specs[i] = parsed.spec;
        specs[i].createIfMissing = true;
    }
    Schema a;
    Schema b;
    if (!build(specs[0], count, false, &a) || !build(specs[1], count, true, &b))
        return 1;
    const QString provider = specs[0].provider();

    QList<qint64> diffTimes;
    QList<qint64> allTimes;
    SchemaDiff diff;
    QString summary;
    SchemaScript script;
    QElapsedTimer timer;
    for (int round = 0; round < 5; ++round) {
        timer.start();
        diff = SchemaDiffer::diff(a, b);
        diffTimes << timer.nsecsElapsed() / 1000;
        summary = SchemaSummary::render(diff);
        script = SchemaScriptRenderer::render(a, b, diff);
        allTimes << timer.nsecsElapsed() / 1000;
    }
    std::printf("provider=%s: %d tables; differ median %.1f ms, differ+summary+script median %.1f "
                "ms (target < 100 ms); %lld changed tables, %lld script statements\n",
                qPrintable(provider), count, median(diffTimes) / 1000.0, median(allTimes) / 1000.0,
                static_cast<long long>(diff.changedTables.size()),
                static_cast<long long>(script.statements().size()));

    DiffRequest request;
    request.from.kind = SchemaSource::Kind::Database;
    request.from.database = specs[0];
    request.to.kind = SchemaSource::Kind::Database;
    request.to.database = specs[1];
    QList<qint64> endToEnd;
    for (int round = 0; round < 3; ++round) {
        timer.start();
        const DiffOutcome outcome = DiffEngine::run(request);
        endToEnd << timer.elapsed();
        if (!outcome.ok() || outcome.diff.changedTables.size() != diff.changedTables.size()) {
            std::fprintf(stderr, "end-to-end diff failed: %s\n", qPrintable(outcome.error.message));
            return 1;
        }
    }
    std::printf("provider=%s: end to end (introspect both + diff + script) median %.3f s of 3\n",
                qPrintable(provider), median(endToEnd) / 1000.0);
    return 0;
}
