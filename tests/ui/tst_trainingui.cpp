// SPDX-License-Identifier: GPL-3.0-or-later
// Training from the main window: pick a scenario, it is built off the GUI thread and opened with
// its guide; "Check my solution" judges the real database (not solved, then solved after the
// trainee's work), and the progress is remembered.
#include "db/dbsession.h"
#include "mainwindow/mainwindow.h"
#include "schema/diffengine.h"
#include "training/trainingdialog.h"
#include "training/trainingpanel.h"
#include "training/trainingprogress.h"
#include "wizards/baseline.h"
#include "wizards/migrationwriter.h"

#include <QListWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

class TestTrainingUi : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void baselineScenarioFromTheMainWindow();
};

void TestTrainingUi::baselineScenarioFromTheMainWindow() {
    MainWindow window;
    window.show();
    TrainingDialog *dialog = window.openTraining();
    QCOMPARE(dialog->list()->count(), 8);
    QCoreApplication::processEvents(); // lay out before the screenshot
    dialog->grab().save(QStringLiteral("/tmp/mwb-training-dialog.png"));
    QSignalSpy ready(dialog, &TrainingDialog::ready);
    QSignalSpy shown(&window, &MainWindow::historyShown);
    dialog->start(QStringLiteral("baseline"));
    QVERIFY(ready.wait(60000));
    const auto result = ready.at(0).at(1).value<ScenarioBuilder::Result>();
    QVERIFY2(result.ok(), qPrintable(result.error));
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() > 0, 30000);
    TrainingPanel *panel = window.trainingPanel();
    QVERIFY(panel);
    QVERIFY(panel->isVisible());
    QCOMPARE(panel->scenario().id, QStringLiteral("baseline"));

    QSignalSpy checked(panel, &TrainingPanel::checked);
    panel->check();
    QVERIFY(checked.wait(60000));
    QCOMPARE(checked.at(0).at(0).toBool(), false);
    QVERIFY(!panel->lastResult().problems.isEmpty());

    // The trainee's work (what the baseline wizard does): 0_init from the schema, marked applied.
    ConnectionSpec db = result.database;
    db.createIfMissing = false;
    DiffRequest read;
    read.from.kind = SchemaSource::Kind::Database;
    read.from.database = db;
    DbSession session(db);
    QVERIFY(!session.openAndWait().error.isError());
    const QString migrations = result.workspace + QStringLiteral("/prisma/migrations");
    const Baseline::Plan plan =
        Baseline::plan(DiffEngine::run(read).from, session.loadHistoryAndWait(migrations).report);
    QVERIFY2(plan.ok(), qPrintable(plan.error));
    QVERIFY(
        MigrationWriter::createNamed(migrations, Baseline::MigrationName, plan.sql, db.provider())
            .ok());
    OperationRequest applied;
    applied.kind = OperationRequest::Kind::ResolveApplied;
    applied.migrationsDir = migrations;
    applied.migrationName = Baseline::MigrationName;
    QVERIFY(session.runOperationAndWait(applied).success);

    panel->check();
    QVERIFY(checked.wait(60000));
    QVERIFY2(checked.at(1).at(0).toBool(),
             qPrintable(panel->lastResult().problems.join(QLatin1Char('\n'))));
    QVERIFY(TrainingProgress().entry(QStringLiteral("baseline")).solved.isValid());
    window.grab().save(QStringLiteral("/tmp/mwb-training.png"));
}

QTEST_MAIN(TestTrainingUi)
#include "tst_trainingui.moc"
