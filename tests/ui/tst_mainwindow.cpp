// SPDX-License-Identifier: GPL-3.0-or-later
// Smoke test of the real window on the demo workspace, offscreen.
#include "history/historytablemodel.h"
#include "history/historyview.h"
#include "history/migrationdetailspane.h"
#include "mainwindow/mainwindow.h"
#include "operations/operationdialog.h"
#include "review/auditjournal.h"
#include "viewers/readonlysqlview.h"

#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTranslator>

class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void opensTheDemoWithoutBlocking();
    void badWorkspaceShowsAnError();
    void germanTranslationIsEmbedded();
    void productionOperationNeedsTheDatabaseName();
};

void TestMainWindow::opensTheDemoWithoutBlocking() {
    MainWindow window;
    window.show();
    QSignalSpy shown(&window, &MainWindow::historyShown);
    QSignalSpy errors(&window, &MainWindow::errorShown);
    window.openDemo();
    // The demo is built on another thread: nothing is there yet when openDemo() returns.
    QCOMPARE(window.historyModel()->rowCount(), 0);
    QVERIFY(shown.wait(30000));
    QCOMPARE(errors.count(), 0);

    QCOMPARE(window.historyModel()->rowCount(), 2);
    const auto *unique = window.historyModel()->statusAt(1);
    QCOMPARE(unique->name, QStringLiteral("20240102000000_Unique"));
    QCOMPARE(unique->state, MigrationStatus::State::Failed);
    // The window opens on the migration that needs attention.
    QCOMPARE(window.detailsPane()->shownName(), QStringLiteral("20240102000000_Unique"));
    QVERIFY(window.bannerText().contains(QStringLiteral("P3009")));

    auto *sql = window.detailsPane()->findChild<ReadOnlySqlView *>(QStringLiteral("sqlView"));
    QVERIFY(sql);
    QVERIFY(sql->toPlainText().contains(QStringLiteral("CREATE UNIQUE INDEX \"User_name_key\"")));
    QCOMPARE(sql->definitionName(), QStringLiteral("SQL"));
    auto *logs = window.detailsPane()->findChild<QPlainTextEdit *>(QStringLiteral("logsView"));
    QVERIFY(logs->toPlainText().contains(QStringLiteral("UNIQUE constraint failed: User.name")));

    // Selecting the other migration updates the pane.
    window.historyView()->selectMigration(QStringLiteral("20240101000000_init"));
    QCOMPARE(window.detailsPane()->shownName(), QStringLiteral("20240101000000_init"));

    const QImage shot = window.grab().toImage();
    QVERIFY(!shot.isNull());
    QVERIFY(shot.save(QDir::temp().filePath(QStringLiteral("mwb-mainwindow-demo.png"))));
}

void TestMainWindow::badWorkspaceShowsAnError() {
    MainWindow window;
    QSignalSpy errors(&window, &MainWindow::errorShown);
    QVERIFY(!window.openWorkspace(QStringLiteral("/proc/self")));
    QCOMPARE(errors.count(), 1);
    QVERIFY(window.bannerText().contains(QStringLiteral("not a Prisma workspace")));
}

void TestMainWindow::germanTranslationIsEmbedded() {
    QTranslator german;
    QVERIFY(german.load(QStringLiteral(":/i18n/migration-workbench_de.qm")));
    QCOMPARE(german.translate("MainWindow", "&File"), QStringLiteral("&Datei"));
    QCOMPARE(german.translate("HistoryView", "%n migration(s)", nullptr, 2),
             QStringLiteral("%n Migrationen")); // tr() fills in %n
    QTranslator english;
    QVERIFY(english.load(QStringLiteral(":/i18n/migration-workbench_en.qm")));
    QCOMPARE(english.translate("HistoryView", "%n migration(s)", nullptr, 1),
             QStringLiteral("%n migration"));
}

void TestMainWindow::productionOperationNeedsTheDatabaseName() {
    MainWindow window;
    window.show();
    QSignalSpy shown(&window, &MainWindow::historyShown);
    window.openDemo();
    QVERIFY(shown.wait(30000));
    // Production: the window says so, and the connection is reopened read-only.
    window.setEnvironment(Environment::Production);
    QVERIFY(shown.wait(30000));
    QVERIFY(window.windowTitle().startsWith(QStringLiteral("[PRODUCTION]")));

    OperationRequest request;
    request.kind = OperationRequest::Kind::ResolveRolledBack;
    request.migrationName = QStringLiteral("20240102000000_Unique");
    OperationDialog *dialog = window.startOperation(request);
    QVERIFY(dialog);
    QSignalSpy planned(dialog, &OperationDialog::planShown);
    QVERIFY(planned.wait(30000));
    QVERIFY(dialog->planText().contains(
        QStringLiteral("UPDATE \"_prisma_migrations\" SET \"rolled_back_at\"")));
    QVERIFY(!dialog->runButton()->isEnabled());
    dialog->confirmationEdit()->setText(QStringLiteral("wrong.db"));
    QVERIFY(!dialog->runButton()->isEnabled());
    dialog->confirmationEdit()->setText(QStringLiteral("dev.db"));
    QVERIFY(dialog->runButton()->isEnabled());
    QVERIFY(dialog->grab().save(QDir::temp().filePath(QStringLiteral("mwb-operation-dialog.png"))));
    QVERIFY(
        window.grab().save(QDir::temp().filePath(QStringLiteral("mwb-mainwindow-production.png"))));

    QSignalSpy ran(dialog, &OperationDialog::finishedRunning);
    dialog->runButton()->click();
    QVERIFY(ran.wait(30000));
    QVERIFY2(dialog->result().success, qPrintable(dialog->outcomeText()));
    QVERIFY(dialog->outcomeText().contains(QStringLiteral("marked as rolled back")));
    // The elevated write is in the audit journal, without any password.
    const QList<AuditEntry> journal = AuditJournal(AuditJournal::defaultPath()).entries();
    QVERIFY(!journal.isEmpty());
    QVERIFY(journal.constLast().elevated);
    QCOMPARE(journal.constLast().environment, QStringLiteral("production"));
    QCOMPARE(journal.constLast().operation, QStringLiteral("resolve-rolled-back"));
    QVERIFY(AuditJournal(AuditJournal::defaultPath()).verify().intact);
    dialog->close(); // the window reloads the history
    QVERIFY(shown.wait(30000));
    QCOMPARE(window.historyModel()->statusAt(1)->state, MigrationStatus::State::RolledBack);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
