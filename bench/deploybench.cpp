// SPDX-License-Identifier: GPL-3.0-or-later
// Deploy of N small migrations (one CREATE TABLE and one CREATE INDEX each) on an empty database,
// through the real engine and worker, with Prisma's bookkeeping writes; prints the time per
// migration, atomic (one transaction per migration) and statement by statement.
//   deploy_bench URL [N]
#include "db/databaseurl.h"
#include "db/dbsession.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

namespace {
bool writeWorkspace(const QString &dir, int count, const QString &provider) {
    const QString migrations = dir + QStringLiteral("/prisma/migrations");
    for (int i = 0; i < count; ++i) {
        const QString sub =
            migrations + QStringLiteral("/2024%1_m%2").arg(i, 10, 10, QLatin1Char('0')).arg(i);
        if (!QDir().mkpath(sub))
            return false;
        QFile f(sub + QStringLiteral("/migration.sql"));
        if (!f.open(QIODevice::WriteOnly))
            return false;
        f.write(QStringLiteral(
                    "-- CreateTable\nCREATE TABLE t%1 (id INTEGER NOT NULL PRIMARY KEY, name "
                    "VARCHAR(100) NOT NULL);\n\n-- CreateIndex\nCREATE INDEX t%1_name_idx ON "
                    "t%1(name);\n")
                    .arg(i)
                    .toUtf8());
    }
    QFile lock(migrations + QStringLiteral("/migration_lock.toml"));
    return lock.open(QIODevice::WriteOnly) &&
           lock.write("provider = \"" + provider.toUtf8() + "\"\n") > 0;
}
} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: deploy_bench URL [N]\n  (PostgreSQL/MySQL: an empty database; "
                             "SQLite: a file: URL in a scratch folder)\n");
        return 2;
    }
    const int count = args.value(2, QStringLiteral("1000")).toInt();
    for (const bool atomic : {true, false}) {
        QTemporaryDir tmp;
        auto parsed = DatabaseUrl::parse(args.at(1), tmp.path());
        if (!parsed.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(parsed.error));
            return 2;
        }
        ConnectionSpec spec = parsed.spec;
        spec.createIfMissing = true;
        if (!writeWorkspace(tmp.path(), count, spec.provider()))
            return 1;
        DbSession session(spec, nullptr, true);
        if (const OpenResult o = session.openAndWait(); o.error.isError()) {
            std::fprintf(stderr, "%s\n", qPrintable(o.error.message));
            return 1;
        }
        OperationRequest request;
        request.kind = OperationRequest::Kind::Deploy;
        request.migrationsDir = tmp.path() + QStringLiteral("/prisma/migrations");
        request.atomic = atomic;
        QElapsedTimer timer;
        timer.start();
        const OperationResult result = session.runOperationAndWait(request);
        const qint64 ms = timer.elapsed();
        if (!result.success) {
            std::fprintf(stderr, "deploy failed: %s\n", qPrintable(result.errorMessage));
            return 1;
        }
        std::printf("provider=%s migrations=%d mode=%s: %.2f s total, %.2f ms per migration\n",
                    qPrintable(spec.provider()), static_cast<int>(result.applied.size()),
                    atomic ? "atomic" : "statement-by-statement", ms / 1000.0, double(ms) / count);
        if (spec.driver != ConnectionSpec::Driver::Sqlite) {
            // Second round needs an empty database again: drop what the first one created.
            OperationRequest cleanup;
            cleanup.kind = OperationRequest::Kind::Execute;
            cleanup.scriptName = QStringLiteral("cleanup");
            QString script = QStringLiteral("DROP TABLE _prisma_migrations;\n");
            for (int i = 0; i < count; ++i)
                script += QStringLiteral("DROP TABLE t%1;\n").arg(i);
            cleanup.script = script;
            cleanup.atomic = false;
            session.runOperationAndWait(cleanup);
        }
    }
    return 0;
}
