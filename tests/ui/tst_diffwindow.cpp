// SPDX-License-Identifier: GPL-3.0-or-later
// The schema diff window and the drift indicator, offscreen, on real SQLite databases.
#include "diff/diffsourcepicker.h"
#include "diff/diffsqlview.h"
#include "diff/diffsummarytree.h"
#include "diff/diffwindow.h"
#include "diff/driftindicator.h"
#include "diff/sidebysidedocument.h"
#include "editor/sqleditorwindow.h"
#include "history/historytablemodel.h"
#include "mainwindow/mainwindow.h"
#include "testdata.h"
#include "testservers.h"
#include "viewers/readonlysqlview.h"
#include "workspace/checksum.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace {
/// Runs `statements` on a SQLite file (test thread only: the app itself never does this).
/// Runs statements on a SQLite file; with `tables`, lists its tables afterwards.
bool runSql(const QString &path, const QStringList &statements, QString *error,
            QStringList *tables = nullptr) {
    const QString name = QUuid::createUuid().toString();
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        if (!ok)
            *error = db.lastError().text();
        for (const QString &statement : statements) {
            if (!ok)
                break;
            QSqlQuery q(db);
            ok = q.exec(statement);
            if (!ok)
                *error = statement + QStringLiteral(": ") + q.lastError().text();
        }
        if (ok && tables) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name "
                                  "NOT LIKE 'sqlite_%' ORDER BY name"));
            while (q.next())
                tables->append(q.value(0).toString());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QString tableDdl(const QString &name, const QStringList &extraColumns = {}) {
    QStringList columns{QStringLiteral("\"id\" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT"),
                        QStringLiteral("\"name\" TEXT NOT NULL"),
                        QStringLiteral("\"createdAt\" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP"),
                        QStringLiteral("\"score\" INTEGER")};
    columns << extraColumns;
    return QStringLiteral("CREATE TABLE \"%1\" (\n    %2\n)")
        .arg(name, columns.join(QStringLiteral(",\n    ")));
}

/// Lays out what changed since the last event loop pass, then saves a screenshot to the temp dir.
bool saveShot(QWidget *widget, const QString &name) {
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    return widget->grab().save(QDir::temp().filePath(name));
}

ConnectionSpec sqliteSpec(const QString &path) {
    ConnectionSpec spec;
    spec.driver = ConnectionSpec::Driver::Sqlite;
    spec.database = path;
    return spec;
}

SchemaSource databaseSource(const QString &path) {
    SchemaSource source;
    source.kind = SchemaSource::Kind::Database;
    source.database = sqliteSpec(path);
    return source;
}

const QByteArray InitSql = "-- CreateTable\n"
                           "CREATE TABLE \"User\" (\n"
                           "    \"id\" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,\n"
                           "    \"name\" TEXT NOT NULL\n"
                           ");\n"
                           "\n"
                           "-- CreateTable\n"
                           "CREATE TABLE \"Post\" (\n"
                           "    \"id\" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,\n"
                           "    \"title\" TEXT NOT NULL,\n"
                           "    \"authorId\" INTEGER NOT NULL,\n"
                           "    CONSTRAINT \"Post_authorId_fkey\" FOREIGN KEY (\"authorId\") "
                           "REFERENCES \"User\" (\"id\") ON DELETE RESTRICT ON UPDATE CASCADE\n"
                           ");\n";

const QByteArray PgInitSql = "-- CreateTable\n"
                             "CREATE TABLE \"User\" (\n"
                             "    \"id\" SERIAL NOT NULL,\n"
                             "    \"name\" TEXT NOT NULL,\n"
                             "\n"
                             "    CONSTRAINT \"User_pkey\" PRIMARY KEY (\"id\")\n"
                             ");\n";

/// A PostgreSQL workspace (no URL in it) and a fresh database with `init` applied as deploy
/// leaves it; with `handIndex`, an index added by hand. Returns the database's spec (with
/// password), invalid with `reason` when there is no server.
ConnectionSpec makePgWorkspace(const QString &root, bool handIndex, QString *reason) {
    const ConnectionSpec spec = TestServers::freshDatabase(TestServers::Kind::Postgres, reason);
    if (!spec.isValid())
        return {};
    const QString migrations = root + QStringLiteral("/prisma/migrations");
    if (!TestData::writeFile(root + QStringLiteral("/prisma/schema.prisma"),
                             "datasource db {\n  provider = \"postgresql\"\n  url      = "
                             "env(\"MWB_TEST_UNSET_DATABASE_URL\")\n}\n") ||
        !TestData::writeFile(migrations + QStringLiteral("/migration_lock.toml"),
                             "provider = \"postgresql\"\n") ||
        !TestData::writeMigration(migrations, QStringLiteral("20240101000000_init"), PgInitSql)) {
        *reason = QStringLiteral("cannot write the workspace");
        return {};
    }
    QStringList statements{
        TestData::migrationsTableDdl(QStringLiteral("postgresql")),
        QString::fromUtf8(PgInitSql).remove(QLatin1Char(';')),
        QStringLiteral("INSERT INTO _prisma_migrations (id, checksum, "
                       "finished_at, migration_name, started_at, "
                       "applied_steps_count) VALUES ('%1', '%2', now(), "
                       "'20240101000000_init', now(), 1)")
            .arg(QUuid::createUuid().toString(QUuid::WithoutBraces), Checksum::record(PgInitSql))};
    if (handIndex)
        statements << QStringLiteral("CREATE INDEX \"User_name_idx\" ON \"User\"(\"name\")");
    *reason = TestServers::execute(spec, statements);
    return reason->isEmpty() ? spec : ConnectionSpec{};
}

/// A Prisma workspace whose database has `init` applied as deploy leaves it; with `handIndex`,
/// somebody then added an index by hand (drift).
QString makeWorkspace(const QString &root, bool handIndex, QString *error) {
    const QString prisma = root + QStringLiteral("/prisma");
    const QString migrations = prisma + QStringLiteral("/migrations");
    if (!TestData::writeFile(prisma + QStringLiteral("/schema.prisma"),
                             "datasource db {\n  provider = \"sqlite\"\n  url      = "
                             "\"file:./dev.db\"\n}\n") ||
        !TestData::writeFile(migrations + QStringLiteral("/migration_lock.toml"),
                             "provider = \"sqlite\"\n") ||
        !TestData::writeMigration(migrations, QStringLiteral("20240101000000_init"), InitSql)) {
        *error = QStringLiteral("cannot write the workspace");
        return {};
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QStringList statements{TestData::migrationsTableDdl(QStringLiteral("sqlite"))};
    for (const QString &part : QString::fromUtf8(InitSql).split(QLatin1Char(';'))) {
        if (!part.trimmed().isEmpty())
            statements << part.trimmed();
    }
    statements << QStringLiteral("INSERT INTO \"_prisma_migrations\" (\"id\", \"checksum\", "
                                 "\"finished_at\", \"migration_name\", \"started_at\", "
                                 "\"applied_steps_count\") VALUES ('%1', '%2', %3, "
                                 "'20240101000000_init', %4, 1)")
                      .arg(QUuid::createUuid().toString(QUuid::WithoutBraces),
                           Checksum::record(InitSql))
                      .arg(now)
                      .arg(now - 5);
    if (handIndex)
        statements << QStringLiteral("CREATE INDEX \"Post_title_idx\" ON \"Post\"(\"title\")");
    if (!runSql(prisma + QStringLiteral("/dev.db"), statements, error))
        return {};
    return root;
}
} // namespace

class TestDiffWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void alignsBlocksAndLines();
    void showsTwoDifferentDatabases();
    void showsTheReplayError();
    void driftIndicatorOnACleanWorkspace();
    void driftIndicatorFindsAHandAddedIndex();
    void driftUsesTheConfiguredShadowDatabase();
    void demoWorkspaceShowsDrift();
    void driftOnPostgresNeedsThePassword();
    void driftWithoutCreateDatabaseSaysP3014();
};

void TestDiffWindow::alignsBlocksAndLines() {
    using RowKind = SideBySideDocument::RowKind;
    const QList<DdlBlock> left{
        {QStringLiteral("table"), QStringLiteral("A"), QStringLiteral("CREATE A (\n  x,\n  y\n);")},
        {QStringLiteral("table"), QStringLiteral("B"), QStringLiteral("CREATE B (\n  z\n);")},
    };
    const QList<DdlBlock> right{
        {QStringLiteral("table"), QStringLiteral("A"),
         QStringLiteral("CREATE A (\n  x,\n  y2,\n  w\n);")},
        {QStringLiteral("table"), QStringLiteral("C"), QStringLiteral("CREATE C (\n  q\n);")},
    };
    const SideBySideDocument doc = SideBySideDocument::build(left, right);
    QCOMPARE(doc.leftLines().size(), doc.rightLines().size());
    QCOMPARE(doc.rowOf(QStringLiteral("table"), QStringLiteral("A")), 0);
    // A: "  y" vs "  y2," + "  w": one changed line, one added.
    QCOMPARE(doc.kind(0), RowKind::Same);
    QCOMPARE(doc.kind(1), RowKind::Same);
    QCOMPARE(doc.kind(2), RowKind::Changed);
    QCOMPARE(doc.leftLines().at(2), QStringLiteral("  y"));
    QCOMPARE(doc.rightLines().at(2), QStringLiteral("  y2,"));
    QCOMPARE(doc.kind(3), RowKind::Added);
    QVERIFY(!doc.leftPresent(3));
    QCOMPARE(doc.kind(4), RowKind::Same);
    // B only on the left, C only on the right, each with fillers on the other side.
    const int b = doc.rowOf(QStringLiteral("table"), QStringLiteral("B"));
    const int c = doc.rowOf(QStringLiteral("table"), QStringLiteral("C"));
    QVERIFY(b > 4 && c > b);
    QCOMPARE(doc.kind(b), RowKind::Removed);
    QCOMPARE(doc.rightLines().at(b), QString());
    QCOMPARE(doc.kind(c), RowKind::Added);
    QCOMPARE(doc.leftLines().at(c), QString());
    QCOMPARE(doc.changes().size(), 3); // A's change, B, C (the separator splits B and C)
    QCOMPARE(doc.rowOfItem(QStringLiteral("table"), QStringLiteral("A"), QStringLiteral("w")), 0);

    const auto ops = SideBySideDocument::lineDiff(
        {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")},
        {QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("d")});
    QCOMPARE(ops.size(), 4);
    QCOMPARE(ops.at(1).b, -1); // b deleted
    QCOMPARE(ops.at(3).a, -1); // d inserted
}

void TestDiffWindow::showsTwoDifferentDatabases() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QStringList a;
    QStringList b;
    for (int i = 0; i < 30; ++i) {
        const QString name = QStringLiteral("T%1").arg(i, 2, 10, QLatin1Char('0'));
        if (i == 0) {
            a << tableDdl(name);
            b << tableDdl(name, {QStringLiteral("\"email\" TEXT")});
        } else if (i == 10) {
            a << tableDdl(name); // removed in b
        } else if (i == 29) {
            a << tableDdl(name);
            b << tableDdl(name)
              << QStringLiteral("CREATE UNIQUE INDEX \"T29_name_key\" ON \"T29\"(\"name\")");
        } else {
            a << tableDdl(name);
            b << tableDdl(name);
        }
    }
    b << tableDdl(QStringLiteral("Zeta"));
    const QString aPath = dir.filePath(QStringLiteral("a.db"));
    const QString bPath = dir.filePath(QStringLiteral("b.db"));
    QString error;
    QVERIFY2(runSql(aPath, a, &error), qPrintable(error));
    QVERIFY2(runSql(bPath, b, &error), qPrintable(error));

    DiffWindow window(DiffContext{});
    window.resize(1100, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy shown(&window, &DiffWindow::outcomeShown);
    DiffRequest request;
    request.from = databaseSource(aPath);
    request.to = databaseSource(bPath);
    window.start(request);
    QVERIFY(window.isRunning()); // nothing blocks: the job runs on its own thread
    QVERIFY(shown.wait(30000));
    QVERIFY2(window.outcome().ok(), qPrintable(window.errorText()));
    QVERIFY(window.errorText().isEmpty());

    // The tree shows the changes.
    DiffSummaryTree *tree = window.summaryTree();
    QVERIFY(tree->findItem(QStringLiteral("[+] Zeta")));
    QVERIFY(tree->findItem(QStringLiteral("[-] T10")));
    QTreeWidgetItem *t00 = tree->findItem(QStringLiteral("[*] T00"));
    QVERIFY(t00);
    QVERIFY(tree->findItem(QStringLiteral("[+] email")));
    QVERIFY(tree->findItem(QStringLiteral("[+] T29_name_key")));
    QCOMPARE(DiffSummaryTree::changeCount(window.outcome().diff), 4);

    // Both panes have the same number of lines, and the script and summary are the outcome's.
    QCOMPARE(window.leftPane()->document()->blockCount(),
             window.rightPane()->document()->blockCount());
    QCOMPARE(window.leftPane()->document()->blockCount(), window.sideBySide().rowCount());
    QVERIFY(window.leftPane()->toPlainText().contains(QStringLiteral("\"T10\"")));
    QVERIFY(!window.rightPane()->toPlainText().contains(QStringLiteral("\"T10\"")));
    QCOMPARE(window.scriptView()->toPlainText(), window.outcome().script.text());
    QVERIFY(window.outcome().script.text().contains(QStringLiteral("T29_name_key")));
    QCOMPARE(window.summaryView()->toPlainText(), window.outcome().summary);
    QVERIFY(saveShot(&window, QStringLiteral("mwb-diffwindow.png")));

    // Next change (F8) scrolls both panes together, to the last change (Zeta, at the end).
    QScrollBar *left = window.leftPane()->verticalScrollBar();
    QScrollBar *right = window.rightPane()->verticalScrollBar();
    QVERIFY(left->maximum() > 0);
    QCOMPARE(left->value(), 0);
    const qsizetype changes = window.sideBySide().changes().size();
    QVERIFY(changes >= 4);
    QTest::keyClick(&window, Qt::Key_F8);
    QCOMPARE(window.currentChange(), 0);
    int previous = left->value();
    for (qsizetype i = 1; i < changes; ++i) {
        QVERIFY(window.nextChange());
        QVERIFY(left->value() >= previous);
        QCOMPARE(right->value(), left->value());
        previous = left->value();
    }
    QVERIFY(!window.nextChange());
    QVERIFY(left->value() > 0);
    QCOMPARE(right->value(), left->value());
    QVERIFY(saveShot(&window, QStringLiteral("mwb-diffwindow-last.png")));
    QTest::keyClick(&window, Qt::Key_F8, Qt::ShiftModifier);
    QCOMPARE(window.currentChange(), static_cast<int>(changes) - 2);
    QCOMPARE(right->value(), left->value());
    // Scrolling one pane scrolls the other.
    left->setValue(3);
    QCOMPARE(right->value(), 3);

    // Clicking a tree item jumps both panes to that object.
    tree->setCurrentItem(t00);
    const int t00Row = window.sideBySide().rowOf(QStringLiteral("table"), QStringLiteral("T00"));
    QVERIFY(t00Row >= 0);
    QVERIFY(left->value() <= t00Row);
    QCOMPARE(right->value(), left->value());
    tree->setCurrentItem(tree->findItem(QStringLiteral("[+] Zeta")));
    const int zetaRow = window.sideBySide().rowOf(QStringLiteral("table"), QStringLiteral("Zeta"));
    QVERIFY(zetaRow > 0);
    QVERIFY(left->value() > 0);
    QVERIFY(left->value() <= zetaRow);
    QCOMPARE(right->value(), left->value());

    window.tabs()->setCurrentIndex(1);
    QVERIFY(saveShot(&window, QStringLiteral("mwb-diffwindow-script.png")));
    window.tabs()->setCurrentIndex(2);
    QVERIFY(saveShot(&window, QStringLiteral("mwb-diffwindow-summary.png")));
    window.tabs()->setCurrentIndex(0);

    // The same comparison under a dark palette: a screenshot to look at.
    const QPalette light = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Highlight, QColor(0x3b, 0x7d, 0xd8));
    QApplication::setPalette(dark);
    DiffWindow darkWindow(DiffContext{});
    darkWindow.resize(1100, 700);
    darkWindow.show();
    QSignalSpy darkShown(&darkWindow, &DiffWindow::outcomeShown);
    darkWindow.showOutcome(request, window.outcome());
    QCOMPARE(darkShown.count(), 1);
    QVERIFY(darkWindow.nextChange());
    QVERIFY(saveShot(&darkWindow, QStringLiteral("mwb-diffwindow-dark.png")));
    QApplication::setPalette(light);

    // Verify: the script, applied to a copy of a, gives b.
    QSignalSpy verified(&window, &DiffWindow::outcomeShown);
    window.verifyScript();
    QVERIFY(window.isRunning());
    QVERIFY(verified.wait(60000));
    QVERIFY2(window.outcome().verification.ran, qPrintable(window.errorText()));
    QVERIFY2(window.outcome().verification.passed,
             qPrintable(window.outcome().verification.remainingSummary +
                        window.outcome().verification.error.message));
    QVERIFY(window.verificationText().startsWith(QStringLiteral("Verified")));
    QVERIFY(saveShot(&window, QStringLiteral("mwb-diffwindow-verified.png")));
}

void TestDiffWindow::showsTheReplayError() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString migrations = dir.filePath(QStringLiteral("migrations"));
    QVERIFY(TestData::writeFile(migrations + QStringLiteral("/migration_lock.toml"),
                                "provider = \"sqlite\"\n"));
    QVERIFY(TestData::writeMigration(migrations, QStringLiteral("20240101000000_init"), InitSql));
    QVERIFY(TestData::writeMigration(migrations, QStringLiteral("20240102000000_broken"),
                                     "ALTER TABLE \"Nope\" ADD COLUMN \"x\" TEXT;\n"));
    DiffContext context;
    context.migrationsDir = migrations;
    context.migrations = {QStringLiteral("20240101000000_init"),
                          QStringLiteral("20240102000000_broken")};
    DiffWindow window(context);
    window.resize(1000, 600);
    window.show();
    // Without a connection, the live database cannot be chosen.
    window.toPicker()->setMode(DiffSourcePicker::Mode::Database);
    QVERIFY(!window.findChild<QPushButton *>(QStringLiteral("compareButton"))->isEnabled());
    window.fromPicker()->setMode(DiffSourcePicker::Mode::Empty);
    window.toPicker()->setMode(DiffSourcePicker::Mode::Migrations);
    QVERIFY(window.findChild<QPushButton *>(QStringLiteral("compareButton"))->isEnabled());
    QSignalSpy shown(&window, &DiffWindow::outcomeShown);
    window.compare();
    QVERIFY(shown.wait(30000));
    QVERIFY(!window.outcome().ok());
    QCOMPARE(window.outcome().failedMigration, QStringLiteral("20240102000000_broken"));
    QVERIFY2(window.errorText().contains(QStringLiteral("20240102000000_broken")),
             qPrintable(window.errorText()));
    QVERIFY2(window.errorText().contains(QStringLiteral("P3006")), qPrintable(window.errorText()));
    QVERIFY2(window.errorText().contains(QStringLiteral("Nope")), qPrintable(window.errorText()));
    QVERIFY(saveShot(&window, QStringLiteral("mwb-diffwindow-error.png")));

    // Up to the migration before the broken one replays fine.
    window.toPicker()->setMode(DiffSourcePicker::Mode::MigrationsUpTo,
                               QStringLiteral("20240101000000_init"));
    window.compare();
    QVERIFY(shown.wait(30000));
    QVERIFY2(window.outcome().ok(), qPrintable(window.errorText()));
    QVERIFY(window.errorText().isEmpty());
    QVERIFY(window.summaryTree()->findItem(QStringLiteral("[+] User")));
    QVERIFY(window.summaryTree()->findItem(QStringLiteral("[+] Post")));
}

void TestDiffWindow::driftIndicatorOnACleanWorkspace() {
    QTemporaryDir dir;
    QString error;
    QVERIFY2(!makeWorkspace(dir.path(), false, &error).isEmpty(), qPrintable(error));
    MainWindow window;
    window.show();
    QSignalSpy shown(&window, &MainWindow::historyShown);
    QVERIFY(window.openWorkspace(dir.path()));
    QVERIFY(shown.wait(30000));
    DriftIndicator *drift = window.driftIndicator();
    QTRY_VERIFY_WITH_TIMEOUT(drift->state() != DriftIndicator::State::Checking, 30000);
    QVERIFY2(drift->state() == DriftIndicator::State::NoDrift,
             qPrintable(drift->text() + QLatin1Char(' ') + drift->toolTip()));
    QCOMPARE(drift->text(), QStringLiteral("No drift"));
    QVERIFY(drift->isVisible());
}

void TestDiffWindow::driftUsesTheConfiguredShadowDatabase() {
    // Prisma's shadowDatabaseUrl: the drift check replays there (emptied first) instead of in a
    // temporary database; leftovers in it do not count as drift.
    QTemporaryDir dir;
    QString error;
    QVERIFY2(!makeWorkspace(dir.path(), false, &error).isEmpty(), qPrintable(error));
    QVERIFY(
        TestData::writeFile(dir.filePath(QStringLiteral("prisma/schema.prisma")),
                            "datasource db {\n  provider = \"sqlite\"\n  url      = "
                            "\"file:./dev.db\"\n  shadowDatabaseUrl = \"file:./shadow.db\"\n}\n"));
    const QString shadow = dir.filePath(QStringLiteral("prisma/shadow.db"));
    QVERIFY(runSql(shadow, {QStringLiteral("CREATE TABLE \"Leftover\" (\"id\" INTEGER)")}, &error));
    MainWindow window;
    window.show();
    QSignalSpy shown(&window, &MainWindow::historyShown);
    QVERIFY(window.openWorkspace(dir.path()));
    QVERIFY(shown.wait(30000));
    DriftIndicator *drift = window.driftIndicator();
    QTRY_VERIFY_WITH_TIMEOUT(drift->state() != DriftIndicator::State::Checking, 30000);
    QVERIFY2(drift->state() == DriftIndicator::State::NoDrift,
             qPrintable(drift->text() + QLatin1Char(' ') + drift->toolTip()));
    QStringList tables;
    QVERIFY(runSql(shadow, {}, &error, &tables));
    QCOMPARE(tables, (QStringList{QStringLiteral("Post"), QStringLiteral("User")}));
}

void TestDiffWindow::driftIndicatorFindsAHandAddedIndex() {
    QTemporaryDir dir;
    QString error;
    QVERIFY2(!makeWorkspace(dir.path(), true, &error).isEmpty(), qPrintable(error));
    MainWindow window;
    window.show();
    QSignalSpy shown(&window, &MainWindow::historyShown);
    QVERIFY(window.openWorkspace(dir.path()));
    QVERIFY(shown.wait(30000));
    DriftIndicator *drift = window.driftIndicator();
    QTRY_VERIFY_WITH_TIMEOUT(drift->state() != DriftIndicator::State::Checking, 30000);
    QVERIFY2(drift->state() == DriftIndicator::State::Drift,
             qPrintable(drift->text() + QLatin1Char(' ') + drift->toolTip()));
    QCOMPARE(drift->changeCount(), 1);
    // "1 change" with the English translation loaded, "1 change(s)" without.
    QVERIFY2(drift->text().startsWith(QStringLiteral("Drift: 1 change")),
             qPrintable(drift->text()));
    QVERIFY(saveShot(&window, QStringLiteral("mwb-drift-indicator.png")));

    // Clicking it opens the comparison behind it, without running it again.
    drift->click();
    auto *diff = window.findChild<DiffWindow *>();
    QVERIFY(diff);
    QVERIFY(!diff->isRunning());
    QVERIFY(diff->outcome().ok());
    QVERIFY(diff->summaryTree()->findItem(QStringLiteral("[+] Post_title_idx")));
    QCOMPARE(diff->fromPicker()->mode(), DiffSourcePicker::Mode::Applied);
    QCOMPARE(diff->toPicker()->mode(), DiffSourcePicker::Mode::Database);
    QVERIFY(diff->scriptView()->toPlainText().contains(QStringLiteral("Post_title_idx")));
    QVERIFY(saveShot(diff, QStringLiteral("mwb-drift-window.png")));

    // Refreshing checks again; Check Drift runs it in the window.
    window.refresh();
    QVERIFY(shown.wait(30000));
    QTRY_COMPARE_WITH_TIMEOUT(drift->state(), DriftIndicator::State::Drift, 30000);
    QSignalSpy diffShown(diff, &DiffWindow::outcomeShown);
    QCOMPARE(window.checkDrift(), diff);
    QVERIFY(diffShown.wait(30000));
    QVERIFY(diff->outcome().ok());
    QCOMPARE(DiffSummaryTree::changeCount(diff->outcome().diff), 1);
}

void TestDiffWindow::demoWorkspaceShowsDrift() {
    MainWindow window;
    window.show();
    QSignalSpy shown(&window, &MainWindow::historyShown);
    window.openDemo();
    QVERIFY(shown.wait(30000));
    DriftIndicator *drift = window.driftIndicator();
    QTRY_VERIFY_WITH_TIMEOUT(drift->state() != DriftIndicator::State::Checking, 30000);
    // The failed migration left `email` and `Post` behind: the applied history (init) lacks them.
    QVERIFY2(drift->state() == DriftIndicator::State::Drift,
             qPrintable(drift->text() + QLatin1Char(' ') + drift->toolTip()));
    QCOMPARE(drift->changeCount(), 2);
    QVERIFY(saveShot(&window, QStringLiteral("mwb-demo-drift.png")));
    drift->click();
    auto *diff = window.findChild<DiffWindow *>();
    QVERIFY(diff);
    QVERIFY(diff->summaryTree()->findItem(QStringLiteral("[+] Post")));
    QVERIFY(diff->summaryTree()->findItem(QStringLiteral("[+] email")));
    QVERIFY(diff->nextChange());
    QVERIFY(saveShot(diff, QStringLiteral("mwb-demo-drift-window.png")));

    // The drift script opens in the SQL editor of this connection.
    auto *toEditor = diff->findChild<QAction *>(QStringLiteral("actionOpenInEditor"));
    QVERIFY(toEditor && toEditor->isEnabled());
    toEditor->trigger();
    SqlEditorWindow *editor = nullptr;
    QTRY_VERIFY((editor = window.findChild<SqlEditorWindow *>()) != nullptr);
    QVERIFY2(editor->sql().contains(QStringLiteral("CREATE TABLE \"Post\"")),
             qPrintable(editor->sql()));
}

void TestDiffWindow::driftOnPostgresNeedsThePassword() {
    QTemporaryDir dir;
    QString reason;
    const ConnectionSpec spec = makePgWorkspace(dir.path(), true, &reason);
    if (!spec.isValid())
        MWB_SKIP_OR_FAIL(reason);
    MainWindow window;
    window.show();
    QSignalSpy shown(&window, &MainWindow::historyShown);
    QVERIFY(window.openWorkspace(dir.path()));
    QVERIFY(shown.wait(30000));
    window.connectDatabase(TestServers::url(spec));
    QVERIFY(shown.wait(30000));
    QCOMPARE(window.historyModel()->rowCount(), 1);
    // The session wiped its password; the drift check replays on a temporary database of the
    // same server, which needs it: the window kept it in memory.
    DriftIndicator *drift = window.driftIndicator();
    QTRY_VERIFY_WITH_TIMEOUT(drift->state() != DriftIndicator::State::Checking, 60000);
    QVERIFY2(drift->state() == DriftIndicator::State::Drift,
             qPrintable(drift->text() + QLatin1Char(' ') + drift->toolTip()));
    QCOMPARE(drift->changeCount(), 1);
    QVERIFY(drift->toolTip().contains(QStringLiteral("User")));
    QVERIFY(!drift->toolTip().contains(spec.password));
    QVERIFY(saveShot(&window, QStringLiteral("mwb-drift-postgres.png")));
    // Closing the window forgets the password.
    window.close();
    QCOMPARE(drift->state(), DriftIndicator::State::Idle);
    QVERIFY(drift->request().from.database.password.isEmpty());
    QVERIFY(drift->request().to.database.password.isEmpty());
}

void TestDiffWindow::driftWithoutCreateDatabaseSaysP3014() {
    QTemporaryDir dir;
    QString reason;
    ConnectionSpec spec = makePgWorkspace(dir.path(), false, &reason);
    if (!spec.isValid())
        MWB_SKIP_OR_FAIL(reason);
    // A reporting user: may read, may not create databases.
    const QString role =
        QStringLiteral("mwb_reader_") + QUuid::createUuid().toString(QUuid::Id128).left(10);
    const QString error = TestServers::execute(
        spec, {QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'reader-pw' NOCREATEDB").arg(role),
               QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(role),
               QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(role)});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    ConnectionSpec reader = spec;
    reader.user = role;
    reader.password = QStringLiteral("reader-pw");

    MainWindow window;
    window.show();
    QSignalSpy shown(&window, &MainWindow::historyShown);
    QVERIFY(window.openWorkspace(dir.path()));
    QVERIFY(shown.wait(30000));
    window.setEnvironment(Environment::Production); // read-only: the check still runs
    window.connectDatabase(TestServers::url(reader));
    QVERIFY(shown.wait(30000));
    DriftIndicator *drift = window.driftIndicator();
    QTRY_VERIFY_WITH_TIMEOUT(drift->state() != DriftIndicator::State::Checking, 60000);
    QVERIFY2(drift->state() == DriftIndicator::State::Failed,
             qPrintable(drift->text() + QLatin1Char(' ') + drift->toolTip()));
    QVERIFY2(drift->text().contains(QStringLiteral("P3014")), qPrintable(drift->text()));
    QVERIFY(saveShot(&window, QStringLiteral("mwb-drift-p3014.png")));
    drift->click();
    auto *diff = window.findChild<DiffWindow *>();
    QVERIFY(diff);
    QVERIFY2(diff->errorText().contains(QStringLiteral("P3014")), qPrintable(diff->errorText()));
    QVERIFY(saveShot(diff, QStringLiteral("mwb-drift-p3014-window.png")));
    window.close();
    TestServers::execute(spec, {QStringLiteral("DROP OWNED BY %1").arg(role),
                                QStringLiteral("DROP ROLE %1").arg(role)});
}

QTEST_MAIN(TestDiffWindow)
#include "tst_diffwindow.moc"
