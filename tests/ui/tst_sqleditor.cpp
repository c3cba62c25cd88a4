// SPDX-License-Identifier: GPL-3.0-or-later
// The SQL editor window on real databases (offscreen): the results model under
// QAbstractItemModelTester with chunks from the worker, run at cursor / script, error marks,
// completion, manual commit, read-only refusal, export, EXPLAIN, history, find/replace.
// With MWB_SCREENSHOT_DIR set, the window is saved as PNGs there.
#include "db/dbsession.h"
#include "db/sqlsplitter.h"
#include "editor/explainview.h"
#include "editor/findreplacebar.h"
#include "editor/queryhistorydialog.h"
#include "editor/resulttablemodel.h"
#include "editor/resultview.h"
#include "editor/sqlcodeeditor.h"
#include "editor/sqleditorwindow.h"
#include "mainwindow/mainwindow.h"
#include "testdata.h"
#include "testservers.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

class TestSqlEditor : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void resultsModelFetchesInChunks_data();
    void resultsModelFetchesInChunks();
    void runAtCursorAndScript();
    void errorIsUnderlinedAtItsPosition();
    void completionFromCatalog();
    void manualCommitButtons();
    void readOnlyRefusesBeforeSending();
    void cancelKeepsWindowResponsive();
    void exportExplainHistory();
    void findReplace();
    void mainWindowOpensEditor();

private:
    ConnectionSpec sqliteSpec(const QString &name);
    std::unique_ptr<SqlEditorWindow> openEditor(const ConnectionSpec &spec,
                                                Environment env = Environment::Local);
    bool run(SqlEditorWindow *w, bool script, QueryRunResult *result = nullptr);
    void screenshot(QWidget *w, const QString &name);

    QTemporaryDir m_tmp;
};

void TestSqlEditor::initTestCase() {
    QVERIFY(m_tmp.isValid());
    // The history goes to a private location, never to the user's.
    QStandardPaths::setTestModeEnabled(true);
}

ConnectionSpec TestSqlEditor::sqliteSpec(const QString &name) {
    ConnectionSpec spec;
    spec.driver = ConnectionSpec::Driver::Sqlite;
    spec.database = m_tmp.filePath(name);
    spec.createIfMissing = true;
    return spec;
}

std::unique_ptr<SqlEditorWindow> TestSqlEditor::openEditor(const ConnectionSpec &spec,
                                                           Environment env) {
    auto w = std::make_unique<SqlEditorWindow>(spec, env, nullptr,
                                               m_tmp.filePath(QStringLiteral("history")));
    QSignalSpy opened(w.get(), &SqlEditorWindow::connectionOpened);
    QSignalSpy catalog(w.get(), &SqlEditorWindow::catalogLoaded);
    w->resize(1100, 700);
    w->show();
    if (!opened.wait(10000) || !opened.first().first().toBool())
        return nullptr;
    if (catalog.isEmpty())
        catalog.wait(10000);
    return w;
}

bool TestSqlEditor::run(SqlEditorWindow *w, bool script, QueryRunResult *result) {
    QSignalSpy finished(w, &SqlEditorWindow::runFinished);
    if (script)
        QTest::keyClick(w->editor(), Qt::Key_F5);
    else
        QTest::keyClick(w->editor(), Qt::Key_Return, Qt::ControlModifier);
    if (!finished.wait(20000))
        return false;
    if (result)
        *result = finished.first().first().value<QueryRunResult>();
    return true;
}

void TestSqlEditor::screenshot(QWidget *w, const QString &name) {
    const QString dir = qEnvironmentVariable("MWB_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(50);
    QVERIFY(w->grab().save(dir + QStringLiteral("/editor-") + name + QStringLiteral(".png")));
}

void TestSqlEditor::resultsModelFetchesInChunks_data() {
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgres") << QStringLiteral("postgres");
}

void TestSqlEditor::resultsModelFetchesInChunks() {
    QFETCH(QString, backend);
    ConnectionSpec spec;
    QString sql;
    if (backend == QLatin1String("sqlite")) {
        spec = sqliteSpec(QStringLiteral("model.sqlite"));
        sql = QStringLiteral("WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s "
                             "WHERE n < 5000) SELECT n, CASE WHEN n % 7 = 0 THEN NULL ELSE "
                             "'v' || n END AS label, '' AS empty FROM s");
    } else {
        QString reason;
        spec = TestServers::freshDatabase(TestServers::Kind::Postgres, &reason);
        if (!spec.isValid())
            MWB_SKIP_OR_FAIL(reason);
        sql = QStringLiteral("SELECT n, CASE WHEN n % 7 = 0 THEN NULL ELSE 'v' || n END AS label, "
                             "'' AS empty FROM generate_series(1, 5000) n");
    }
    DbSession session(spec, nullptr, true);
    QVERIFY(!session.openAndWait().error.isError());
    QueryRunRequest request;
    request.statements = SqlSplitter::split(sql, sqlDialectForProvider(spec.provider())).statements;
    request.options.firstChunkRows = 100;
    QList<StatementOutcome> outcomes;
    session.runQueryAndWait(request, &outcomes);
    QCOMPARE(outcomes.size(), 1);

    ResultTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setChunkSize(700);
    connect(&model, &ResultTableModel::fetchRequested, &session,
            [&session](quint64 cursor, int rows) { session.fetchRows(cursor, rows); });
    connect(&session, &DbSession::rowsFetched, &model, &ResultTableModel::appendChunk);
    model.setResult(outcomes.first().columns, outcomes.first().rows, outcomes.first().cursorId);
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(model.columnCount(), 3);
    QVERIFY(model.hasMore());
    // Only what was fetched is held: each fetchMore asks for one chunk, the rows arrive later,
    // and no second request goes out while one is pending. (The tester fetches too.)
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    int previous = model.rowCount();
    while (model.hasMore()) {
        if (model.canFetchMore({})) {
            model.fetchMore({});
            QVERIFY(!model.canFetchMore({}));
            QCOMPARE(model.rowCount(), previous);
        }
        QVERIFY(inserted.wait(10000));
        QVERIFY(model.rowCount() - previous <= 700);
        previous = model.rowCount();
    }
    QTRY_VERIFY(!model.hasMore());
    QCOMPARE(model.rowCount(), 5000);
    QVERIFY(!model.isTruncated());
    // NULL is shown distinctly; an empty string stays empty.
    const QModelIndex null = model.index(6, 1);
    QCOMPARE(model.data(null).toString(), QStringLiteral("NULL"));
    QVERIFY(model.data(null, Qt::FontRole).value<QFont>().italic());
    QVERIFY(model.data(null, Qt::UserRole).isNull());
    QCOMPARE(model.data(model.index(0, 2)).toString(), QString());
    QVERIFY(!model.data(model.index(0, 2), Qt::FontRole).isValid());
    QCOMPARE(model.data(model.index(4999, 0)).toString(), QStringLiteral("5000"));
    QVERIFY(model.data(model.index(0, 0), Qt::TextAlignmentRole).value<Qt::Alignment>() &
            Qt::AlignRight);
}

void TestSqlEditor::runAtCursorAndScript() {
    auto w = openEditor(sqliteSpec(QStringLiteral("run.sqlite")));
    QVERIFY(w);
    w->setSql(QStringLiteral("CREATE TABLE fruit (id INTEGER PRIMARY KEY, name TEXT);\n"
                             "INSERT INTO fruit (name) VALUES ('apple'), ('pear'), (NULL);\n"
                             "SELECT * FROM fruit ORDER BY id;\n"
                             "SELECT count(*) AS n FROM fruit;\n"));
    QueryRunResult result;
    QVERIFY(run(w.get(), true, &result));
    QCOMPARE(result.executed, 4);
    QCOMPARE(w->resultViews().size(), 2);
    QVERIFY(w->messages().contains(QLatin1String("3 row(s) affected")));
    ResultView *first = w->resultViews().first();
    QCOMPARE(first->model()->rowCount(), 3);
    QCOMPARE(first->model()->data(first->model()->index(2, 1)).toString(), QStringLiteral("NULL"));
    // Copy as TSV: the selected cells with their header.
    first->table()->selectRow(1);
    first->copySelection();
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("id\tname\n2\tpear\n"));
    screenshot(w.get(), QStringLiteral("results"));

    // The cursor inside the fourth statement: Ctrl+Enter runs only that one.
    w->editor()->setCursorOffset(w->sql().indexOf(QLatin1String("count(*)")));
    QVERIFY(run(w.get(), false, &result));
    QCOMPARE(result.executed, 1);
    QCOMPARE(w->resultViews().size(), 1);
    QCOMPARE(w->resultViews()
                 .first()
                 ->model()
                 ->data(w->resultViews().first()->model()->index(0, 0))
                 .toString(),
             QStringLiteral("3"));
    // A selection runs as it is.
    const qsizetype from = w->sql().indexOf(QLatin1String("SELECT * FROM fruit"));
    w->editor()->SendScintilla(QsciScintilla::SCI_SETSEL, from, from + 32);
    QVERIFY(run(w.get(), false, &result));
    QCOMPARE(w->resultViews().first()->model()->rowCount(), 3);
}

void TestSqlEditor::errorIsUnderlinedAtItsPosition() {
    auto w = openEditor(sqliteSpec(QStringLiteral("error.sqlite")));
    QVERIFY(w);
    w->setSql(QStringLiteral("SELECT 1;\nSELECT 2;\n-- the next one fails\nSELECT nme FROM "
                             "sqlite_master;\nSELECT 4;"));
    QueryRunResult result;
    QVERIFY(run(w.get(), true, &result));
    QCOMPARE(result.failedIndex, 2);
    QCOMPARE(result.executed, 2);
    const auto marks = w->editor()->errorRanges();
    QCOMPARE(marks.size(), 1);
    QCOMPARE(w->sql().mid(marks.first().first, marks.first().second), QStringLiteral("nme"));
    QVERIFY(w->messages().contains(QLatin1String("no such column: nme")));
    QCOMPARE(w->resultTabs()->currentWidget()->objectName(), QStringLiteral("messageLog"));
    screenshot(w.get(), QStringLiteral("error"));
    // A malformed script is not sent at all.
    w->setSql(QStringLiteral("SELECT 1;\nSELECT 'unterminated"));
    QSignalSpy finished(w.get(), &SqlEditorWindow::runFinished);
    QTest::keyClick(w->editor(), Qt::Key_F5);
    QVERIFY(!finished.wait(300));
    QVERIFY(w->messages().contains(QLatin1String("Nothing was sent")));
    QCOMPARE(w->editor()->errorRanges().size(), 1);
}

void TestSqlEditor::completionFromCatalog() {
    auto w = openEditor(sqliteSpec(QStringLiteral("complete.sqlite")));
    QVERIFY(w);
    w->setSql(QStringLiteral("CREATE TABLE customer (id INTEGER PRIMARY KEY, email TEXT, "
                             "created_at TEXT)"));
    QSignalSpy catalog(w.get(), &SqlEditorWindow::catalogLoaded);
    QVERIFY(run(w.get(), true));
    QVERIFY(catalog.wait(10000)); // DDL ran: the catalog is read again
    QVERIFY(w->editor()->catalog().table(QStringLiteral("customer")));
    w->setSql(QStringLiteral("SELECT c. FROM customer AS c"));
    w->editor()->setCursorOffset(9);
    w->editor()->complete();
    QStringList labels;
    for (const auto &item : w->editor()->lastCompletion().items)
        labels << item.label;
    QCOMPARE(labels, (QStringList{QStringLiteral("id"), QStringLiteral("email"),
                                  QStringLiteral("created_at")}));
    QVERIFY(w->editor()->isListActive());
    screenshot(w.get(), QStringLiteral("completion"));
    // Choosing an item replaces the typed prefix.
    w->editor()->cancelList();
    w->setSql(QStringLiteral("SELECT c.em FROM customer AS c"));
    w->editor()->setCursorOffset(11);
    w->editor()->complete();
    QCOMPARE(w->editor()->lastCompletion().items.size(), 1);
    Q_EMIT w->editor()->userListActivated(1, QStringLiteral("email"));
    QCOMPARE(w->sql(), QStringLiteral("SELECT c.email FROM customer AS c"));
    // Typing a dot opens the list by itself.
    w->setSql(QStringLiteral("SELECT  FROM customer"));
    w->editor()->setCursorOffset(7);
    QTest::keyClicks(w->editor(), QStringLiteral("customer."));
    QVERIFY(w->editor()->isListActive());
    QCOMPARE(w->editor()->lastCompletion().qualifier, QStringLiteral("customer"));
}

void TestSqlEditor::manualCommitButtons() {
    const ConnectionSpec spec = sqliteSpec(QStringLiteral("manual.sqlite"));
    auto w = openEditor(spec, Environment::Production); // production: manual commit by default
    QVERIFY(w);
    QVERIFY(w->manualCommit());
    QSignalSpy changed(w->session(), &DbSession::transactionEnded);
    // DDL is transactional in SQLite (and PostgreSQL): it waits for the commit too.
    w->setSql(QStringLiteral("CREATE TABLE t (id INTEGER)"));
    QVERIFY(run(w.get(), true));
    QCOMPARE(w->transactionState(), TransactionState::Open);
    w->commit();
    QVERIFY(changed.wait(10000));
    w->setSql(QStringLiteral("INSERT INTO t VALUES (1)"));
    QVERIFY(run(w.get(), true));
    QCOMPARE(w->transactionState(), TransactionState::Open);
    auto *label = w->findChild<QLabel *>(QStringLiteral("transactionState"));
    QVERIFY(label->text().contains(QLatin1String("Transaction open")));
    screenshot(w.get(), QStringLiteral("transaction"));
    // Another connection does not see it yet.
    DbSession other(spec, nullptr, false);
    QVERIFY(!other.openAndWait().error.isError());
    QueryRunRequest count;
    count.statements =
        SqlSplitter::split(QStringLiteral("SELECT count(*) FROM t"), SqlDialect::SQLite).statements;
    QList<StatementOutcome> outcomes;
    other.runQueryAndWait(count, &outcomes);
    QCOMPARE(outcomes.first().rows.first().first().toInt(), 0);
    w->commit();
    QVERIFY(changed.wait(10000));
    QCOMPARE(w->transactionState(), TransactionState::None);
    outcomes.clear();
    other.runQueryAndWait(count, &outcomes);
    QCOMPARE(outcomes.first().rows.first().first().toInt(), 1);
}

void TestSqlEditor::readOnlyRefusesBeforeSending() {
    const ConnectionSpec spec = sqliteSpec(QStringLiteral("readonly.sqlite"));
    {
        DbSession writer(spec, nullptr, false);
        QVERIFY(!writer.openAndWait().error.isError());
        QueryRunRequest r;
        r.statements =
            SqlSplitter::split(QStringLiteral("CREATE TABLE t (id INT)"), SqlDialect::SQLite)
                .statements;
        writer.runQueryAndWait(r);
    }
    ConnectionSpec ro = spec;
    ro.readOnly = true;
    ro.createIfMissing = false;
    auto w = openEditor(ro, Environment::Production);
    QVERIFY(w);
    w->setSql(QStringLiteral("SELECT 1;\nDELETE FROM t;"));
    QSignalSpy finished(w.get(), &SqlEditorWindow::runFinished);
    QTest::keyClick(w->editor(), Qt::Key_F5);
    QVERIFY(!finished.wait(300)); // nothing of the run was sent, not even SELECT 1
    QVERIFY(w->messages().contains(QLatin1String("read-only")));
    const auto marks = w->editor()->errorRanges();
    QCOMPARE(marks.size(), 1);
    QCOMPARE(w->sql().mid(marks.first().first, marks.first().second), QStringLiteral("DELETE"));
    screenshot(w.get(), QStringLiteral("readonly"));
}

void TestSqlEditor::cancelKeepsWindowResponsive() {
    auto w = openEditor(sqliteSpec(QStringLiteral("cancel.sqlite")));
    QVERIFY(w);
    w->setSql(QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
                             "SELECT count(*) FROM c"));
    QSignalSpy finished(w.get(), &SqlEditorWindow::runFinished);
    QTest::keyClick(w->editor(), Qt::Key_F5);
    QVERIFY(w->isRunning());
    QTest::qWait(300);
    QVERIFY(w->isRunning());
    w->cancel();
    QVERIFY(finished.wait(10000));
    QVERIFY(finished.first().first().value<QueryRunResult>().cancelled);
    QVERIFY(w->messages().contains(QLatin1String("cancelled")));
    QVERIFY(!w->isRunning());
}

void TestSqlEditor::exportExplainHistory() {
    auto w = openEditor(sqliteSpec(QStringLiteral("export.sqlite")));
    QVERIFY(w);
    w->setSql(QStringLiteral("CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT);\n"
                             "INSERT INTO item (name) VALUES ('a,b'), (NULL), ('');\n"
                             "SELECT id, name FROM item ORDER BY id;"));
    QVERIFY(run(w.get(), true));
    ResultView *view = w->resultViews().value(0);
    QVERIFY(view);
    const QString path = m_tmp.filePath(QStringLiteral("items.csv"));
    QSignalSpy done(w.get(), &SqlEditorWindow::exportDone);
    w->exportResult(view, ExportFormat::Csv, path);
    QVERIFY(done.wait(10000));
    QCOMPARE(TestData::readFile(path), QByteArray("id,name\r\n1,\"a,b\"\r\n2,\r\n3,\"\"\r\n"));
    const QString inserts = m_tmp.filePath(QStringLiteral("items.sql"));
    w->exportResult(view, ExportFormat::SqlInserts, inserts, QStringLiteral("item_copy"));
    QVERIFY(done.wait(10000));
    QVERIFY(TestData::readFile(inserts).startsWith(
        "INSERT INTO \"item_copy\" (\"id\", \"name\") VALUES (1, 'a,b');\n"));

    // EXPLAIN of the statement under the cursor, as a tree.
    w->editor()->setCursorOffset(w->sql().indexOf(QLatin1String("SELECT id")));
    QSignalSpy explained(w.get(), &SqlEditorWindow::explainShown);
    w->explain(false);
    QVERIFY(explained.wait(10000));
    QVERIFY(w->explainView());
    QVERIFY(w->explainView()->tree()->topLevelItemCount() >= 1);
    QCOMPARE(w->explainView()->tree()->topLevelItem(0)->text(0), QStringLiteral("QUERY PLAN"));
    QVERIFY(w->explainView()->tree()->topLevelItem(0)->child(0)->text(0).contains(
        QLatin1String("item")));
    screenshot(w.get(), QStringLiteral("explain"));

    // The history has every statement run; the dialog finds them by words.
    const QList<QueryHistory::Entry> entries = w->history().load();
    QVERIFY(entries.size() >= 3);
    QCOMPARE(entries.last().sql, QStringLiteral("SELECT id, name FROM item ORDER BY id"));
    QueryHistoryDialog dialog(entries);
    dialog.searchEdit()->setText(QStringLiteral("insert item"));
    QCOMPARE(dialog.visibleCount(), 1);
    QSignalSpy inserted(&dialog, &QueryHistoryDialog::insertRequested);
    for (int row = 0; row < dialog.list()->count(); ++row) {
        if (!dialog.list()->item(row)->isHidden())
            dialog.list()->setCurrentRow(row);
    }
    Q_EMIT dialog.list()->itemActivated(dialog.list()->currentItem());
    QCOMPARE(inserted.count(), 1);
    QVERIFY(inserted.first().first().toString().startsWith(QLatin1String("INSERT INTO item")));
}

void TestSqlEditor::findReplace() {
    auto w = openEditor(sqliteSpec(QStringLiteral("find.sqlite")));
    QVERIFY(w);
    w->setSql(QStringLiteral("select a from t;\nselect b from t;\nSELECT c FROM t;"));
    FindReplaceBar *bar = w->findBar();
    QTest::keySequence(w.get(), QKeySequence::Find);
    QVERIFY(bar->isVisible());
    bar->findEdit()->setText(QStringLiteral("select"));
    QVERIFY(bar->findNext());
    QCOMPARE(w->editor()->selectedText(), QStringLiteral("select"));
    bar->replaceEdit()->setText(QStringLiteral("SELECT"));
    QCOMPARE(bar->replaceAll(), 3); // case-insensitive by default
    QCOMPARE(w->sql().count(QLatin1String("SELECT")), 3);
    w->editor()->undo(); // one undo step
    QCOMPARE(w->sql().count(QLatin1String("select")), 2);
}

void TestSqlEditor::mainWindowOpensEditor() {
    MainWindow window;
    QVERIFY(!window.openSqlEditor()); // no connection
    const ConnectionSpec spec = sqliteSpec(QStringLiteral("main.sqlite"));
    QFile file(spec.database);
    QVERIFY(file.open(QIODevice::WriteOnly)); // an empty file is an empty SQLite database
    file.close();
    window.connectDatabase(QStringLiteral("file:") + spec.database);
    auto *action = window.findChild<QAction *>(QStringLiteral("actionSqlEditor"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    SqlEditorWindow *editor = window.openSqlEditor(QStringLiteral("SELECT 42;"));
    QVERIFY(editor);
    QVERIFY(editor->isWindow());
    QCOMPARE(editor->sql(), QStringLiteral("SELECT 42;"));
    QSignalSpy opened(editor, &SqlEditorWindow::connectionOpened);
    QVERIFY(opened.wait(10000));
    QVERIFY(opened.first().first().toBool());
    editor->close();
}

QTEST_MAIN(TestSqlEditor)
#include "tst_sqleditor.moc"
