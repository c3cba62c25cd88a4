// SPDX-License-Identifier: GPL-3.0-or-later
// The SQL editor's engine on a large result (issue: SQL editor). Two modes, each its own process
// so that peak memory belongs to one of them:
//   query_bench engine URL [ROWS]   time to the first rows (from a table and straight from
//                                   generate_series), scrolling 100,000 rows in chunks, export of
//                                   the whole result to CSV, peak RSS
//   query_bench gui URL [ROWS]      the real editor window (offscreen): a 10 ms timer measures how
//                                   late the GUI thread is while the query runs, the grid scrolls
//                                   and the result is exported; time until the first rows show
// The database must be PostgreSQL; the engine mode creates the table `bench_rows` with ROWS rows.
#include "db/databaseurl.h"
#include "db/dbsession.h"
#include "db/sqlsplitter.h"
#include "editor/resulttablemodel.h"
#include "editor/resultview.h"
#include "editor/sqleditorwindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

namespace {
/// A line of /proc/self/status in MiB (VmHWM: peak resident set, VmRSS: current).
double statusMiB(const char *key) {
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(qstrlen(key) + 1).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

QueryRunRequest request(const QString &sql, int firstRows = 200) {
    QueryRunRequest r;
    r.statements = SqlSplitter::split(sql, SqlDialect::PostgreSQL).statements;
    r.options.firstChunkRows = firstRows;
    return r;
}

int engine(const ConnectionSpec &spec, int rows) {
    DbSession session(spec, nullptr, true);
    if (const OpenResult r = session.openAndWait(); r.error.isError()) {
        std::fprintf(stderr, "%s\n", qPrintable(r.error.message));
        return 1;
    }
    const QueryRunResult setup = session.runQueryAndWait(request(
        QStringLiteral("DROP TABLE IF EXISTS bench_rows;\n"
                       "CREATE TABLE bench_rows AS SELECT g AS id, md5(g::text) AS label, "
                       "now() - g * interval '1 second' AS created, (g % 1000) / 7.0 AS amount "
                       "FROM generate_series(1, %1) g;\nANALYZE bench_rows")
            .arg(rows)));
    if (setup.failedIndex >= 0) {
        std::fprintf(stderr, "setup failed\n");
        return 1;
    }
    std::printf("rows: %d (4 columns: integer, text, timestamptz, numeric)\n", rows);
    const double baseline = statusMiB("VmRSS:");

    qint64 worstDrain = 0;
    auto firstRows = [&](const QString &sql, const char *label) {
        // The previous result's cursor is closed first (PostgreSQL reads and drops its rest):
        // measured on its own, not as part of the next query.
        QElapsedTimer drain;
        drain.start();
        session.runQueryAndWait(request(QStringLiteral("SELECT 1")));
        worstDrain = qMax(worstDrain, drain.elapsed());
        QElapsedTimer timer;
        timer.start();
        qint64 firstMs = -1;
        quint64 cursor = 0;
        int received = 0;
        const auto c = QObject::connect(&session, &DbSession::statementFinished, &session,
                                        [&](const StatementOutcome &o) {
                                            firstMs = timer.elapsed();
                                            cursor = o.cursorId;
                                            received = static_cast<int>(o.rows.size());
                                        });
        session.runQueryAndWait(request(sql));
        QObject::disconnect(c);
        std::printf("  %-44s first %d rows after %lld ms\n", label, received,
                    static_cast<long long>(firstMs));
        return cursor;
    };
    std::printf("time to first rows (runQuery → first rows on the caller's thread):\n");
    firstRows(QStringLiteral("SELECT * FROM bench_rows"), "SELECT * FROM bench_rows");
    const quint64 cursor =
        firstRows(QStringLiteral("SELECT id, label, created, amount FROM bench_rows ORDER BY id"),
                  "… ORDER BY id (index-less sort)");
    firstRows(QStringLiteral("SELECT g, md5(g::text) FROM generate_series(1, %1) g").arg(rows),
              "generate_series in FROM (server materializes)");
    const quint64 streaming = firstRows(
        QStringLiteral("SELECT g, md5(g::text) FROM (SELECT generate_series(1, %1) AS g) s")
            .arg(rows),
        "generate_series in the select list (streams)");
    Q_UNUSED(cursor)
    std::printf("  (closing a result that still had ~1,000,000 unread rows took up to %lld ms: "
                "the driver reads the rest)\n",
                static_cast<long long>(worstDrain));

    // Scrolling: 100,000 rows in chunks of 2,000, as the grid asks for them.
    QElapsedTimer scroll;
    scroll.start();
    int fetched = 0;
    while (fetched < 100000) {
        const RowChunk chunk = session.fetchRowsAndWait(streaming, 2000);
        fetched += static_cast<int>(chunk.rows.size());
        if (chunk.atEnd || chunk.error.isError())
            break;
    }
    std::printf("scrolling: %d more rows in chunks of 2,000 in %lld ms (%.2f ms per chunk)\n",
                fetched, static_cast<long long>(scroll.elapsed()),
                scroll.elapsed() / (fetched / 2000.0));
    std::printf("memory: RSS %.1f MiB before the queries, %.1f MiB now, peak %.1f MiB\n", baseline,
                statusMiB("VmRSS:"), statusMiB("VmHWM:"));

    QTemporaryDir dir;
    ExportRequest csv;
    csv.sql = QStringLiteral("SELECT * FROM bench_rows");
    csv.path = dir.filePath(QStringLiteral("bench.csv"));
    const ExportResult exported = session.exportResultAndWait(csv);
    if (exported.error.isError()) {
        std::fprintf(stderr, "export failed: %s\n", qPrintable(exported.error.message));
        return 1;
    }
    std::printf("export to CSV: %lld rows, %.1f MiB in %lld ms (%.0f rows/s)\n",
                static_cast<long long>(exported.rows), exported.bytes / 1048576.0,
                static_cast<long long>(exported.elapsedMs),
                exported.rows * 1000.0 / qMax<qint64>(1, exported.elapsedMs));
    std::printf("peak RSS of the whole run: %.1f MiB (the exported file is %.1f MiB: rows are "
                "streamed, not held)\n",
                statusMiB("VmHWM:"), QFileInfo(csv.path).size() / 1048576.0);
    return 0;
}

int gui(const ConnectionSpec &spec, int rows) {
    SqlEditorWindow window(spec, Environment::Local, nullptr,
                           QDir::temp().filePath(QStringLiteral("mwb-query-bench-history")));
    window.resize(1200, 800);
    window.show();
    QEventLoop wait;
    QObject::connect(&window, &SqlEditorWindow::connectionOpened, &wait, &QEventLoop::quit);
    wait.exec();
    if (!window.isConnected()) {
        std::fprintf(stderr, "cannot connect\n");
        return 1;
    }
    // The stall probe: a 10 ms timer; lateness is how much later than due a tick runs.
    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.elapsed();
    qint64 worst = 0;
    qint64 ticks = 0;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(10);
    QObject::connect(&probe, &QTimer::timeout, &probe, [&] {
        const qint64 now = clock.elapsed();
        worst = qMax(worst, now - last - 10);
        last = now;
        ++ticks;
    });
    auto settle = [](int ms) {
        QEventLoop loop;
        QTimer::singleShot(ms, &loop, &QEventLoop::quit);
        loop.exec();
    };
    settle(300); // the catalog read at connect is not part of the measurement
    probe.start();
    last = clock.elapsed();

    window.setSql(QStringLiteral("SELECT g AS id, md5(g::text) AS label FROM "
                                 "(SELECT generate_series(1, %1) AS g) s;")
                      .arg(rows));
    QElapsedTimer timer;
    timer.start();
    QObject::connect(&window, &SqlEditorWindow::runFinished, &wait, &QEventLoop::quit);
    window.runScript();
    wait.exec();
    const qint64 firstVisible = timer.elapsed();
    ResultView *view = window.resultViews().value(0);
    if (!view) {
        std::fprintf(stderr, "no result\n");
        return 1;
    }
    // Scroll to the bottom repeatedly: each time the grid asks for the next chunk.
    QElapsedTimer scrolling;
    scrolling.start();
    while (view->model()->rowCount() < 100000 && scrolling.elapsed() < 60000) {
        view->table()->scrollToBottom();
        settle(5);
    }
    const int scrolled = view->model()->rowCount();
    const qint64 scrollMs = scrolling.elapsed();
    const qint64 worstQueryAndScroll = worst;

    QTemporaryDir dir;
    QObject::connect(&window, &SqlEditorWindow::exportDone, &wait, &QEventLoop::quit);
    timer.restart();
    window.exportResult(view, ExportFormat::Csv, dir.filePath(QStringLiteral("gui.csv")));
    wait.exec();
    const qint64 exportMs = timer.elapsed();
    probe.stop();
    std::printf("GUI (offscreen, real editor window, %d-row result):\n", rows);
    std::printf("  first rows visible in the grid %lld ms after Run\n",
                static_cast<long long>(firstVisible));
    std::printf("  scrolled to %d rows in %lld ms (chunks fetched on the worker)\n", scrolled,
                static_cast<long long>(scrollMs));
    std::printf("  export of all rows to CSV while the window stays live: %lld ms\n",
                static_cast<long long>(exportMs));
    std::printf("  stall probe: %lld ticks of 10 ms; worst lateness %lld ms during run and "
                "scroll, %lld ms overall (target < 50 ms)\n",
                static_cast<long long>(ticks), static_cast<long long>(worstQueryAndScroll),
                static_cast<long long>(worst));
    std::printf("  peak RSS of the GUI process: %.1f MiB\n", statusMiB("VmHWM:"));
    return worst < 50 ? 0 : 3;
}
} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3 ||
        (args.at(1) != QLatin1String("engine") && args.at(1) != QLatin1String("gui"))) {
        std::fprintf(stderr, "usage: query_bench engine|gui POSTGRES_URL [ROWS]\n");
        return 2;
    }
    const int rows = args.value(3, QStringLiteral("1000000")).toInt();
    const auto parsed = DatabaseUrl::parse(args.at(2), QDir::currentPath());
    if (!parsed.ok() || parsed.spec.driver != ConnectionSpec::Driver::Postgres) {
        std::fprintf(stderr, "a postgresql:// URL is needed: %s\n", qPrintable(parsed.error));
        return 2;
    }
    return args.at(1) == QLatin1String("engine") ? engine(parsed.spec, rows)
                                                 : gui(parsed.spec, rows);
}
