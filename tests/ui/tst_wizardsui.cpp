// SPDX-License-Identifier: GPL-3.0-or-later
// The wizards driven end to end through the real window, offscreen: failed migration recovery
// (backward, forward with the duplicates fixed, mark rolled back and deploy again), baselining,
// and hotfix reconciliation across three databases — on real SQLite files, and the forward path
// once on PostgreSQL. Each ends in a clean history without drift; cancelling before the commit
// writes nothing. Screenshots of every page go to the temp folder (wizard-*.png).
#include "connections/connectionstore.h"
#include "db/dbsession.h"
#include "diff/driftindicator.h"
#include "history/historytablemodel.h"
#include "mainwindow/mainwindow.h"
#include "testdata.h"
#include "testops.h"
#include "testservers.h"
#include "wizards/baselinepage.h"
#include "wizards/baselinewizard.h"
#include "wizards/commitpage.h"
#include "wizards/diffscriptpage.h"
#include "wizards/hotfixnamepage.h"
#include "wizards/hotfixtargetspage.h"
#include "wizards/hotfixwizard.h"
#include "wizards/recoverydatapage.h"
#include "wizards/recoveryfailurepage.h"
#include "wizards/recoveryoptionpage.h"
#include "wizards/recoverywizard.h"

#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUuid>

namespace {
const QString Init = QStringLiteral("20240101000000_init");
const QString Unique = QStringLiteral("20240102000000_Unique");
constexpr int Timeout = 60000;

const char *const InitSql =
    "-- CreateTable\nCREATE TABLE \"User\" (\n    \"id\" INTEGER NOT NULL,\n"
    "    \"name\" TEXT NOT NULL,\n    PRIMARY KEY (\"id\")\n);\n";
const char *const UniqueSql =
    "-- AlterTable\nALTER TABLE \"User\" ADD COLUMN \"email\" TEXT;\n\n-- CreateTable\n"
    "CREATE TABLE \"Post\" (\n    \"id\" INTEGER NOT NULL,\n    \"title\" TEXT NOT NULL,\n"
    "    PRIMARY KEY (\"id\")\n);\n\n-- CreateIndex\n"
    "CREATE UNIQUE INDEX \"User_name_key\" ON \"User\"(\"name\");\n";

/// Runs statements (or one query, whose first column comes back) on a SQLite file, on the test
/// thread: the application itself never does this.
QStringList sqlite(const QString &path, const QStringList &statements, QString *error = nullptr) {
    const QString name = QUuid::createUuid().toString();
    QStringList values;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            for (const QString &statement : statements) {
                QSqlQuery q(db);
                if (!q.exec(statement) && error)
                    *error = q.lastError().text();
                while (q.isSelect() && q.next())
                    values << q.value(0).toString();
            }
            db.close();
        } else if (error) {
            *error = db.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return values;
}

QByteArray fileBytes(const QString &path) {
    return TestData::readFile(path);
}

/// Every file below `dir`, with its bytes: what "nothing was written" compares.
QMap<QString, QByteArray> snapshot(const QString &dir) {
    QMap<QString, QByteArray> files;
    QDir root(dir);
    const QStringList entries = root.entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &e : entries) {
        const QString path = root.filePath(e);
        if (QFileInfo(path).isDir()) {
            const auto sub = snapshot(path);
            for (auto it = sub.cbegin(); it != sub.cend(); ++it)
                files.insert(e + QLatin1Char('/') + it.key(), it.value());
        } else {
            files.insert(e, fileBytes(path));
        }
    }
    return files;
}

void shot(QWidget *widget, const QString &name) {
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QVERIFY(widget->grab().save(QDir::temp().filePath(QStringLiteral("wizard-%1.png").arg(name))));
}
} // namespace

class TestWizardsUi : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void recoverBackwardOnSqlite();
    void recoverForwardDeletesTheChosenDuplicate();
    void redeployAfterAnAtomicFailure();
    void cancelBeforeTheCommitWritesNothing();
    void baselineALegacyDatabase();
    void baselineRefusesADatabaseWithHistory();
    void reconcileAHotfixAcrossThreeDatabases();
    void recoverForwardOnServers_data();
    void recoverForwardOnServers();

private:
    struct Workspace {
        QString root;
        QString migrations;
        QString database; ///< SQLite file
        ConnectionSpec spec;
    };
    /// A Prisma project whose `Unique` migration failed on two users named 'paul': statement by
    /// statement (`atomic` false: Post and email stay, like MySQL or Prisma on SQLite) or in one
    /// transaction (nothing stays).
    Workspace failedWorkspace(bool atomic, const ConnectionSpec &server = {});
    Workspace workspace(const QString &schemaUrl, const QString &provider);
    OperationResult run(const ConnectionSpec &spec, OperationRequest request);
    /// Opens `ws` in the window and waits for its history.
    bool open(MainWindow &window, const Workspace &ws);
    /// Finishes the commit page and waits until the window shows the new history and drift.
    void commit(MainWindow &window, WorkbenchWizard *wizard, const QString &shotName,
                bool close = true);

    QTemporaryDir m_tmp;
};

void TestWizardsUi::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    // Connection profiles of this run only: the window's settings and the test's are the same
    // file in the temporary folder.
    QCoreApplication::setOrganizationName(QStringLiteral("mwb-test"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       m_tmp.filePath(QStringLiteral("settings")));
}

OperationResult TestWizardsUi::run(const ConnectionSpec &spec, OperationRequest request) {
    DbSession session(spec, nullptr, true);
    const OpenResult opened = session.openAndWait();
    if (opened.error.isError()) {
        OperationResult failed;
        failed.errorMessage = opened.error.message;
        return failed;
    }
    return session.runOperationAndWait(request);
}

TestWizardsUi::Workspace TestWizardsUi::workspace(const QString &schemaUrl,
                                                  const QString &provider) {
    Workspace ws;
    ws.root = m_tmp.filePath(QUuid::createUuid().toString(QUuid::Id128));
    ws.migrations = ws.root + QStringLiteral("/prisma/migrations");
    QDir().mkpath(ws.migrations);
    TestData::writeFile(
        ws.root + QStringLiteral("/prisma/schema.prisma"),
        QStringLiteral("datasource db {\n  provider = \"%1\"\n  url      = \"%2\"\n}\n")
            .arg(provider, schemaUrl)
            .toUtf8());
    ws.database = ws.root + QStringLiteral("/prisma/dev.db");
    return ws;
}

TestWizardsUi::Workspace TestWizardsUi::failedWorkspace(bool atomic, const ConnectionSpec &server) {
    Workspace ws = server.isValid()
                       ? workspace(TestServers::url(server), server.provider())
                       : workspace(QStringLiteral("file:./dev.db"), QStringLiteral("sqlite"));
    if (server.isValid()) {
        ws.spec = server;
    } else {
        ws.spec.driver = ConnectionSpec::Driver::Sqlite;
        ws.spec.database = ws.database;
        ws.spec.createIfMissing = true;
    }
    const bool mysql = server.driver == ConnectionSpec::Driver::MySql;
    TestData::writeMigration(ws.migrations, Init, TestOps::dialectSql(InitSql, mysql));
    OperationRequest deploy;
    deploy.kind = OperationRequest::Kind::Deploy;
    deploy.migrationsDir = ws.migrations;
    const OperationResult first = run(ws.spec, deploy);
    if (!first.success)
        qWarning() << first.errorMessage;
    const QString seed = QString::fromUtf8(TestOps::dialectSql(
        "INSERT INTO \"User\" (\"id\", \"name\") VALUES (1, 'paul'), (2, 'paul'), (3, 'anna')",
        mysql));
    if (server.isValid())
        TestServers::execute(ws.spec, {seed});
    else
        sqlite(ws.database, {seed});
    TestData::writeMigration(ws.migrations, Unique, TestOps::dialectSql(UniqueSql, mysql));
    deploy.atomic = atomic;
    const OperationResult failed = run(ws.spec, deploy);
    if (failed.success)
        qWarning() << "the Unique migration did not fail";
    return ws;
}

bool TestWizardsUi::open(MainWindow &window, const Workspace &ws) {
    QSignalSpy shown(&window, &MainWindow::historyShown);
    if (!window.openWorkspace(ws.root))
        return false;
    return shown.wait(Timeout);
}

void TestWizardsUi::commit(MainWindow &window, WorkbenchWizard *wizard, const QString &shotName,
                           bool close) {
    CommitPage *page = wizard->commitPage();
    QCOMPARE(wizard->currentPage(), page);
    QTRY_VERIFY_WITH_TIMEOUT(page->state() == CommitPage::State::Ready, Timeout);
    QVERIFY2(page->isComplete(), qPrintable(page->previewText()));
    shot(wizard, shotName + QStringLiteral("-commit"));
    QSignalSpy shown(&window, &MainWindow::historyShown);
    wizard->accept(); // "Commit": runs, the wizard stays open with the outcome
    QVERIFY(wizard->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(page->state() != CommitPage::State::Running, Timeout);
    QVERIFY2(page->state() == CommitPage::State::Succeeded, qPrintable(page->outcomeText()));
    QVERIFY(wizard->hasWritten());
    shot(wizard, shotName + QStringLiteral("-done"));
    // The window reloads what the commit changed (and checks the drift again).
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() > 0, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(window.driftIndicator()->state() != DriftIndicator::State::Checking,
                             Timeout);
    if (!close)
        return;
    QPointer<WorkbenchWizard> guard(wizard);
    wizard->accept(); // "Close"
    QTRY_VERIFY(!guard || !guard->isVisible());
}

void TestWizardsUi::recoverBackwardOnSqlite() {
    const Workspace ws = failedWorkspace(false);
    MainWindow window;
    window.show();
    QVERIFY(open(window, ws));
    QCOMPARE(window.historyModel()->report().countInState(MigrationStatus::State::Failed), 1);

    RecoveryWizard *wizard = window.openRecoveryWizard();
    QVERIFY(wizard);
    QCOMPARE(wizard->migration(), Unique);
    // Page 1: the row, its error, and what took effect (Post and email did, the index did not).
    RecoveryFailurePage *failure = wizard->failurePage();
    QTRY_VERIFY_WITH_TIMEOUT(failure->isComplete(), Timeout);
    QVERIFY(failure->logsText().contains(QStringLiteral("UNIQUE constraint failed")));
    QVERIFY(!failure->logsText().contains(QChar(0x1b)));
    QTableWidget *table = failure->forensicsTable();
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->item(0, 2)->text(), StatementProbe::outcomeText(StatementProbe::Outcome::Done));
    QCOMPARE(table->item(1, 2)->text(), StatementProbe::outcomeText(StatementProbe::Outcome::Done));
    QCOMPARE(table->item(2, 2)->text(),
             StatementProbe::outcomeText(StatementProbe::Outcome::NotDone));
    QCOMPARE(wizard->forensics().verdict(), Forensics::Verdict::PartiallyApplied);
    shot(wizard, QStringLiteral("recovery-1-failure"));

    // Page 2: a partial failure cannot simply be deployed again.
    wizard->next();
    RecoveryOptionPage *options = wizard->optionPage();
    QCOMPARE(wizard->currentPage(), options);
    QVERIFY(!options->isComplete());
    QVERIFY(!options->button(RecoveryOption::Kind::RolledBackRedeploy)->isEnabled());
    QVERIFY(!options->choose(RecoveryOption::Kind::RolledBackRedeploy));
    QVERIFY(options->choose(RecoveryOption::Kind::MoveBackward));
    QVERIFY(options->isComplete());
    shot(wizard, QStringLiteral("recovery-2-options"));

    // Page 3: the backward script, rehearsed on a shadow copy.
    wizard->next();
    DiffScriptPage *script = wizard->scriptPage();
    QCOMPARE(wizard->currentPage(), script);
    QTRY_VERIFY_WITH_TIMEOUT(script->isComplete(), Timeout);
    QVERIFY2(script->script().contains(QStringLiteral("DROP TABLE \"Post\"")),
             qPrintable(script->script()));
    script->rehearse();
    QTRY_VERIFY_WITH_TIMEOUT(script->isComplete(), Timeout);
    QVERIFY(script->outcome().verification.ran);
    QVERIFY2(script->outcome().verification.passed,
             qPrintable(script->outcome().verification.error.message +
                        script->outcome().verification.remainingSummary));
    shot(wizard, QStringLiteral("recovery-3-backward-script"));

    // Page 4: the preview holds the script and Prisma's bookkeeping; commit.
    wizard->next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard->commitPage()->state() == CommitPage::State::Ready, Timeout);
    const QString preview = wizard->commitPage()->previewText();
    QVERIFY2(preview.contains(QStringLiteral("DROP TABLE \"Post\"")), qPrintable(preview));
    QVERIFY2(preview.contains(QStringLiteral("rolled_back_at")), qPrintable(preview));
    commit(window, wizard, QStringLiteral("recovery-backward"));

    const HistoryReport &rolledBack = window.historyModel()->report();
    QCOMPARE(rolledBack.countInState(MigrationStatus::State::RolledBack), 1);
    QCOMPARE(window.driftIndicator()->state(), DriftIndicator::State::NoDrift);
    QCOMPARE(sqlite(ws.database, {QStringLiteral("SELECT COUNT(*) FROM \"User\"")}),
             QStringList{QStringLiteral("3")});
    // Seed 003: "modify the datamodel again" — the names are not unique after all; the next
    // deploy runs the changed migration and the history is clean.
    TestData::writeMigration(ws.migrations, Unique,
                             QByteArray(UniqueSql).replace("CREATE UNIQUE INDEX \"User_name_key\"",
                                                           "CREATE INDEX \"User_name_idx\""));
    OperationRequest deploy;
    deploy.kind = OperationRequest::Kind::Deploy;
    deploy.migrationsDir = ws.migrations;
    QVERIFY(run(ws.spec, deploy).success);
    QSignalSpy shown(&window, &MainWindow::historyShown);
    window.refresh();
    QVERIFY(shown.wait(Timeout));
    QCOMPARE(window.historyModel()->report().attentionCount(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(window.driftIndicator()->state(), DriftIndicator::State::NoDrift,
                              Timeout);
}

void TestWizardsUi::recoverForwardDeletesTheChosenDuplicate() {
    const Workspace ws = failedWorkspace(false);
    MainWindow window;
    window.show();
    QVERIFY(open(window, ws));
    // The failed row is selected: its context menu action opens the wizard on it.
    RecoveryWizard *wizard = window.openRecoveryWizard(Unique);
    QVERIFY(wizard);
    QTRY_VERIFY_WITH_TIMEOUT(wizard->failurePage()->isComplete(), Timeout);
    wizard->next();
    QVERIFY(wizard->optionPage()->choose(RecoveryOption::Kind::MoveForward));
    wizard->next();

    // Fix the data: one group ('paul', rows 1 and 2); keep 2, delete 1.
    RecoveryDataPage *data = wizard->dataPage();
    QCOMPARE(wizard->currentPage(), data);
    QTRY_VERIFY_WITH_TIMEOUT(!data->isBusy() && data->groupCount() == 1, Timeout);
    QTreeWidgetItem *group = data->groupsTree()->topLevelItem(0)->child(0);
    QCOMPARE(group->childCount(), 2);
    int one = -1;
    for (int i = 0; i < group->childCount(); ++i) {
        if (group->child(i)->text(1) == QLatin1String("1"))
            one = i;
    }
    QVERIFY(one >= 0);
    QVERIFY(data->setDeleted(0, one, false));
    QVERIFY(data->setDeleted(0, 1 - one, false));
    QVERIFY(!data->isComplete()); // two rows kept: the index would fail again
    QVERIFY(data->setDeleted(0, one, true));
    QVERIFY(data->isComplete());
    QCOMPARE(data->deleteStatements(),
             QStringList{QStringLiteral("DELETE FROM \"User\" WHERE \"id\" = 1;")});
    shot(wizard, QStringLiteral("recovery-4-fix-data"));

    wizard->next();
    DiffScriptPage *script = wizard->scriptPage();
    QTRY_VERIFY_WITH_TIMEOUT(script->isComplete(), Timeout);
    QVERIFY2(script->script().contains(QStringLiteral("CREATE UNIQUE INDEX \"User_name_key\"")),
             qPrintable(script->script()));
    shot(wizard, QStringLiteral("recovery-5-forward-script"));
    wizard->next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard->commitPage()->state() == CommitPage::State::Ready, Timeout);
    QVERIFY(wizard->commitPage()->previewText().contains(
        QStringLiteral("DELETE FROM \"User\" WHERE \"id\" = 1;")));
    commit(window, wizard, QStringLiteral("recovery-forward"));

    QCOMPARE(window.historyModel()->report().attentionCount(), 0);
    QCOMPARE(window.driftIndicator()->state(), DriftIndicator::State::NoDrift);
    QCOMPARE(sqlite(ws.database, {QStringLiteral("SELECT \"id\" FROM \"User\" ORDER BY \"id\"")}),
             (QStringList{QStringLiteral("2"), QStringLiteral("3")}));
}

void TestWizardsUi::redeployAfterAnAtomicFailure() {
    const Workspace ws = failedWorkspace(true);
    MainWindow window;
    window.show();
    QVERIFY(open(window, ws));
    RecoveryWizard *wizard = window.openRecoveryWizard();
    QVERIFY(wizard);
    QTRY_VERIFY_WITH_TIMEOUT(wizard->failurePage()->isComplete(), Timeout);
    QCOMPARE(wizard->forensics().verdict(), Forensics::Verdict::NothingApplied);
    wizard->next();
    // Nothing stayed behind: marking it rolled back and deploying again is allowed — after the
    // cause is fixed (here by hand, as Prisma's guide says).
    QVERIFY(wizard->optionPage()->choose(RecoveryOption::Kind::RolledBackRedeploy));
    sqlite(ws.database,
           {QStringLiteral("UPDATE \"User\" SET \"name\" = 'paula' WHERE \"id\" = 2")});
    wizard->next();
    QCOMPARE(wizard->currentId(), static_cast<int>(RecoveryWizard::CommitPageId));
    QTRY_VERIFY_WITH_TIMEOUT(wizard->commitPage()->state() == CommitPage::State::Ready, Timeout);
    QVERIFY(wizard->commitPage()->previewText().contains(QStringLiteral("migrate deploy")));
    commit(window, wizard, QStringLiteral("recovery-redeploy"));
    QCOMPARE(window.historyModel()->report().attentionCount(), 0);
    QCOMPARE(window.driftIndicator()->state(), DriftIndicator::State::NoDrift);
}

void TestWizardsUi::cancelBeforeTheCommitWritesNothing() {
    const Workspace ws = failedWorkspace(false);
    MainWindow window;
    window.show();
    QVERIFY(open(window, ws));
    // Let the window's own background drift check finish before the snapshot.
    QTRY_VERIFY_WITH_TIMEOUT(window.driftIndicator()->state() != DriftIndicator::State::Checking,
                             Timeout);
    const QByteArray before = fileBytes(ws.database);
    const auto folderBefore = snapshot(ws.migrations);
    const QStringList rowsBefore = sqlite(
        ws.database, {QStringLiteral("SELECT id || coalesce(finished_at, '') || "
                                     "coalesce(rolled_back_at, '') FROM _prisma_migrations")});

    QPointer<RecoveryWizard> wizard = window.openRecoveryWizard();
    QVERIFY(wizard);
    QTRY_VERIFY_WITH_TIMEOUT(wizard->failurePage()->isComplete(), Timeout);
    wizard->next();
    QVERIFY(wizard->optionPage()->choose(RecoveryOption::Kind::MoveForward));
    wizard->next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard->dataPage()->isComplete(), Timeout);
    wizard->next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard->scriptPage()->isComplete(), Timeout);
    wizard->next();
    // The commit page has previewed everything (dry runs) but not written.
    QTRY_VERIFY_WITH_TIMEOUT(wizard->commitPage()->state() == CommitPage::State::Ready, Timeout);
    QVERIFY(wizard->commitPage()->previewText().contains(QStringLiteral("DELETE FROM")));
    wizard->reject();
    QTRY_VERIFY(!wizard || !wizard->isVisible());

    QCOMPARE(fileBytes(ws.database), before);
    QCOMPARE(snapshot(ws.migrations), folderBefore);
    QCOMPARE(sqlite(ws.database,
                    {QStringLiteral("SELECT id || coalesce(finished_at, '') || "
                                    "coalesce(rolled_back_at, '') FROM _prisma_migrations")}),
             rowsBefore);
    QCOMPARE(window.historyModel()->report().countInState(MigrationStatus::State::Failed), 1);
}

void TestWizardsUi::baselineALegacyDatabase() {
    Workspace ws = workspace(QStringLiteral("file:./dev.db"), QStringLiteral("sqlite"));
    QDir(ws.migrations).removeRecursively(); // a project that never used Prisma Migrate
    QString error;
    sqlite(ws.database,
           {QStringLiteral("CREATE TABLE \"Org\" (\"id\" INTEGER NOT NULL PRIMARY KEY, \"name\" "
                           "TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE \"User\" (\"id\" INTEGER NOT NULL PRIMARY KEY, "
                           "\"orgId\" INTEGER, \"email\" TEXT NOT NULL, CONSTRAINT "
                           "\"User_orgId_fkey\" FOREIGN KEY (\"orgId\") REFERENCES \"Org\" "
                           "(\"id\") ON DELETE SET NULL ON UPDATE CASCADE)"),
            QStringLiteral("CREATE UNIQUE INDEX \"User_email_key\" ON \"User\"(\"email\")"),
            QStringLiteral("INSERT INTO \"Org\" VALUES (1, 'acme')")},
           &error);
    QCOMPARE(error, QString());
    MainWindow window;
    window.show();
    QVERIFY(open(window, ws));
    BaselineWizard *wizard = window.openBaselineWizard();
    QVERIFY(wizard);
    BaselinePage *page = wizard->planPage();
    QTRY_VERIFY_WITH_TIMEOUT(page->hasPlan(), Timeout);
    QVERIFY2(page->isComplete(), qPrintable(page->plan().error));
    QVERIFY(page->plan().sql.contains(QStringLiteral("CREATE TABLE \"User\"")));
    shot(wizard, QStringLiteral("baseline-1-plan"));
    wizard->next();
    commit(window, wizard, QStringLiteral("baseline"));

    QVERIFY(QFile::exists(ws.migrations + QStringLiteral("/0_init/migration.sql")));
    QVERIFY(QFile::exists(ws.migrations + QStringLiteral("/migration_lock.toml")));
    QCOMPARE(window.historyModel()->report().attentionCount(), 0);
    QCOMPARE(window.historyModel()->report().prisma.exitCode, 0);
    QCOMPARE(window.driftIndicator()->state(), DriftIndicator::State::NoDrift);
    QCOMPARE(sqlite(ws.database, {QStringLiteral("SELECT name FROM \"Org\"")}),
             QStringList{QStringLiteral("acme")});
}

void TestWizardsUi::baselineRefusesADatabaseWithHistory() {
    const Workspace ws = failedWorkspace(false);
    MainWindow window;
    window.show();
    QVERIFY(open(window, ws));
    const auto folderBefore = snapshot(ws.migrations);
    QPointer<BaselineWizard> wizard = window.openBaselineWizard();
    QVERIFY(wizard);
    QTRY_VERIFY_WITH_TIMEOUT(wizard->planPage()->hasPlan(), Timeout);
    QVERIFY(!wizard->planPage()->isComplete());
    QVERIFY(wizard->planPage()->plan().error.contains(QStringLiteral("already has a migration")));
    shot(wizard, QStringLiteral("baseline-refused"));
    wizard->next(); // refused: stays
    QCOMPARE(wizard->currentId(), static_cast<int>(BaselineWizard::PlanPage));
    wizard->reject();
    QCOMPARE(snapshot(ws.migrations), folderBefore);
}

void TestWizardsUi::reconcileAHotfixAcrossThreeDatabases() {
    // Three databases on the same history: the open one and "staging" carry a hand-made index,
    // "preview" does not.
    Workspace ws = workspace(QStringLiteral("file:./dev.db"), QStringLiteral("sqlite"));
    TestData::writeMigration(ws.migrations, Init, InitSql);
    QStringList files{ws.database, ws.root + QStringLiteral("/staging.db"),
                      ws.root + QStringLiteral("/preview.db")};
    OperationRequest deploy;
    deploy.kind = OperationRequest::Kind::Deploy;
    deploy.migrationsDir = ws.migrations;
    for (const QString &file : files) {
        ConnectionSpec spec;
        spec.driver = ConnectionSpec::Driver::Sqlite;
        spec.database = file;
        spec.createIfMissing = true;
        QVERIFY(run(spec, deploy).success);
    }
    for (const QString &file : {files.at(0), files.at(1)}) {
        QString error;
        sqlite(file, {QStringLiteral("CREATE INDEX \"User_name_idx\" ON \"User\"(\"name\")")},
               &error);
        QCOMPARE(error, QString());
    }
    {
        QSettings settings; // the window's store reads the same settings
        ConnectionStore store(settings);
        for (int i = 1; i < 3; ++i) {
            ConnectionProfile p;
            p.name = i == 1 ? QStringLiteral("staging") : QStringLiteral("preview");
            p.driver = ConnectionSpec::Driver::Sqlite;
            p.database = files.at(i);
            p.environment = i == 1 ? Environment::Staging : Environment::Local;
            p.workspaceRoot = ws.root;
            QVERIFY(store.save(p));
        }
        settings.sync();
    }

    MainWindow window;
    window.show();
    QVERIFY(open(window, ws));
    HotfixWizard *wizard = window.openHotfixWizard();
    QVERIFY(wizard);
    DiffScriptPage *drift = wizard->driftPage();
    QTRY_VERIFY_WITH_TIMEOUT(drift->isComplete(), Timeout);
    QVERIFY2(drift->script().contains(QStringLiteral("CREATE INDEX \"User_name_idx\"")),
             qPrintable(drift->script()));
    shot(wizard, QStringLiteral("hotfix-1-drift"));

    wizard->next();
    HotfixNamePage *name = wizard->namePage();
    QCOMPARE(name->sqlEdit()->toPlainText(), drift->script());
    name->nameEdit()->setText(QStringLiteral("retroactively add index"));
    QVERIFY(name->folderPreview().endsWith(QStringLiteral("_retroactively_add_index")));
    shot(wizard, QStringLiteral("hotfix-2-name"));

    wizard->next();
    HotfixTargetsPage *targets = wizard->targetsPage();
    QCOMPARE(targets->targets().size(), 3);
    QTRY_VERIFY_WITH_TIMEOUT(targets->targets().at(1).ready && targets->targets().at(2).ready,
                             Timeout);
    for (int i = 1; i < 3; ++i)
        targets->setSelected(i, targets->targets().at(i).name == QLatin1String("staging"));
    QCOMPARE(targets->selected().size(), 2);
    shot(wizard, QStringLiteral("hotfix-3-targets"));

    wizard->next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard->commitPage()->state() == CommitPage::State::Ready, Timeout);
    commit(window, wizard, QStringLiteral("hotfix"), false);
    if (QTest::currentTestFailed())
        return;
    // Applied where the patch is, pending on "preview"; the open database is clean.
    QTRY_VERIFY_WITH_TIMEOUT(targets->reloaded(), Timeout);
    const QList<CommitStep> &steps = wizard->commitPage()->steps();
    QCOMPARE(steps.size(), 3);
    const QString folder = steps.at(0).migrationName;
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d{14}_retroactively_add_index$"))
                 .match(folder)
                 .hasMatch(),
             qPrintable(folder));
    QCOMPARE(TestData::readFile(ws.migrations + QLatin1Char('/') + folder +
                                QStringLiteral("/migration.sql")),
             drift->script().toUtf8());
    for (const HotfixTargetsPage::Target &t : targets->targets()) {
        QVERIFY2(t.after, qPrintable(t.name));
        QCOMPARE(*t.after, t.name == QLatin1String("preview") ? MigrationStatus::State::Pending
                                                              : MigrationStatus::State::Applied);
    }
    QVERIFY(wizard->commitPage()->outcomeText().contains(QStringLiteral("preview: ")));
    shot(wizard, QStringLiteral("hotfix-reconciled"));
    QCOMPARE(window.historyModel()->report().attentionCount(), 0);
    QCOMPARE(window.driftIndicator()->state(), DriftIndicator::State::NoDrift);
    wizard->accept();
}

void TestWizardsUi::recoverForwardOnServers_data() {
    QTest::addColumn<int>("kind");
    QTest::newRow("postgresql") << static_cast<int>(TestServers::Kind::Postgres);
    QTest::newRow("mariadb") << static_cast<int>(TestServers::Kind::MySql);
}

void TestWizardsUi::recoverForwardOnServers() {
    QFETCH(int, kind);
    QString reason;
    const ConnectionSpec server =
        TestServers::freshDatabase(static_cast<TestServers::Kind>(kind), &reason);
    if (!server.isValid())
        MWB_SKIP_OR_FAIL(reason);
    const bool mysql = server.driver == ConnectionSpec::Driver::MySql;
    const Workspace ws = failedWorkspace(true, server);
    MainWindow window;
    window.show();
    QVERIFY(open(window, ws));
    RecoveryWizard *wizard = window.openRecoveryWizard();
    QVERIFY(wizard);
    QTRY_VERIFY_WITH_TIMEOUT(wizard->failurePage()->isComplete(), Timeout);
    // PostgreSQL rolled the migration back completely; MariaDB committed each DDL statement
    // before the unique index failed (the seed's partial state).
    QCOMPARE(wizard->forensics().verdict(),
             mysql ? Forensics::Verdict::PartiallyApplied : Forensics::Verdict::NothingApplied);
    wizard->next();
    QVERIFY(wizard->optionPage()->choose(RecoveryOption::Kind::MoveForward));
    wizard->next();
    RecoveryDataPage *data = wizard->dataPage();
    QTRY_VERIFY_WITH_TIMEOUT(!data->isBusy() && data->groupCount() == 1, Timeout);
    QVERIFY(data->isComplete()); // the first row of the group is kept, the other deleted
    QCOMPARE(data->deleteStatements().size(), 1);
    wizard->next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard->scriptPage()->isComplete(), Timeout);
    const QString forward = wizard->scriptPage()->script();
    // Only what is missing: everything on PostgreSQL, the unique index alone on MariaDB.
    QVERIFY2(forward.contains(QStringLiteral("CREATE UNIQUE INDEX")) &&
                 forward.contains(QStringLiteral("CREATE TABLE")) == !mysql,
             qPrintable(forward));
    const QString tag = mysql ? QStringLiteral("mariadb") : QStringLiteral("pg");
    shot(wizard, QStringLiteral("recovery-forward-%1-script").arg(tag));
    wizard->next();
    commit(window, wizard, QStringLiteral("recovery-forward-%1").arg(tag));
    QCOMPARE(window.historyModel()->report().attentionCount(), 0);
    QCOMPARE(window.driftIndicator()->state(), DriftIndicator::State::NoDrift);
}

QTEST_MAIN(TestWizardsUi)
#include "tst_wizardsui.moc"
