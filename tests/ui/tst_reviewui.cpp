// SPDX-License-Identifier: GPL-3.0-or-later
// Review and safety in the GUI, on real SQLite databases (the demo workspace): lint findings and
// data pre-checks in the operation preview, the audit journal viewer (filters, HTML report,
// tampering), and change plans (review, self-approval refused, tampering, approval, execution
// ending in a clean history; production writes saved as plans).
#include "db/databaseurl.h"
#include "db/dbsession.h"
#include "mainwindow/mainwindow.h"
#include "review/auditjournal.h"
#include "review/auditjournaldialog.h"
#include "review/auditjournalmodel.h"
#include "review/changeplanbuilder.h"
#include "review/changeplandialog.h"
#include "review/lintfindingsview.h"
#include "review/lintpanel.h"
#include "review/plancreationdialog.h"
#include "review/precheckresultsview.h"
#include "testops.h"
#include "workspace/demoworkspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

class TestReviewUi : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void operationDialogLintsAndPreChecks();
    void productionOperationSavedAsPlan();
    void journalViewerFiltersExportsAndDetectsTampering();
    void changePlanReviewApproveExecute();

private:
    QString demo(const QString &name);
    static ConnectionSpec demoSpec(const QString &root);
    static QString migrationsOf(const QString &root) {
        return root + QStringLiteral("/prisma/migrations");
    }
    static QString readFile(const QString &path);
    static bool writeFile(const QString &path, const QByteArray &bytes);
    /// Saves a screenshot once pending layout requests have run (as they do before a paint).
    static bool screenshot(QWidget *widget, const QString &path);
    static bool screenshot(QWidget &widget, const QString &path) {
        return screenshot(&widget, path);
    }

    QTemporaryDir m_tmp;
};

void TestReviewUi::initTestCase() {
    QStandardPaths::setTestModeEnabled(true); // no real user journal, settings or demo touched
    QVERIFY(m_tmp.isValid());
}

QString TestReviewUi::demo(const QString &name) {
    const QString root = m_tmp.filePath(name);
    const QString error = DemoWorkspace::create(root);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return error.isEmpty() ? root : QString();
}

ConnectionSpec TestReviewUi::demoSpec(const QString &root) {
    ConnectionSpec spec =
        DatabaseUrl::parse(QStringLiteral("file:./dev.db"), root + QStringLiteral("/prisma")).spec;
    spec.createIfMissing = false;
    return spec;
}

QString TestReviewUi::readFile(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

bool TestReviewUi::writeFile(const QString &path, const QByteArray &bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

bool TestReviewUi::screenshot(QWidget *widget, const QString &path) {
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    return widget->grab().save(path);
}

void TestReviewUi::operationDialogLintsAndPreChecks() {
    const QString root = demo(QStringLiteral("lint"));
    QVERIFY(!root.isEmpty());
    MainWindow window;
    window.show();
    QSignalSpy shown(&window, &MainWindow::historyShown);
    QVERIFY(window.openWorkspace(root));
    QVERIFY(shown.wait(30000));

    // The demo's failed migration, executed as a script: its unique index meets the two 'paul's.
    OperationRequest request;
    request.kind = OperationRequest::Kind::Execute;
    request.script = readFile(migrationsOf(root) + QLatin1Char('/') + DemoWorkspace::UniqueName +
                              QStringLiteral("/migration.sql"));
    QVERIFY(!request.script.isEmpty());
    request.scriptName = QStringLiteral("migration.sql");
    request.atomic = false;
    OperationDialog *dialog = window.startOperation(request);
    QVERIFY(dialog);
    LintPanel *lint = dialog->lintPanel();
    QTRY_VERIFY_WITH_TIMEOUT(lint->isLinted(), 30000);
    const auto findUnique = [lint]() -> const LintFinding * {
        for (const LintFinding &f : lint->findings())
            if (f.ruleId == LintRule::UniqueOnExistingData)
                return &f;
        return nullptr;
    };
    QVERIFY(findUnique());
    QCOMPARE(findUnique()->table, QStringLiteral("User"));
    QVERIFY(lint->findingsView()->topLevelItemCount() >= 1);
    QVERIFY(lint->summaryText().contains(QStringLiteral("finding")));

    // The pre-check runs on its own thread and finds the duplicates with their rows.
    QVERIFY(lint->preCheckButton()->isVisibleTo(dialog));
    QVERIFY(lint->preCheckButton()->isEnabled());
    QSignalSpy checked(lint, &LintPanel::preChecksFinished);
    lint->preCheckButton()->click();
    QVERIFY(checked.wait(30000));
    QVERIFY(!lint->preCheckReport().error.isError());
    QVERIFY(lint->preCheckReport().anyFailed());
    QVERIFY2(lint->preCheckView()->text().contains(QStringLiteral("paul")),
             qPrintable(lint->preCheckView()->text()));
    QCOMPARE(findUnique()->severity, LintFinding::Severity::Error);

    // An error never blocks silently: Run waits for the explicit acknowledgement.
    QVERIFY(lint->needsAcknowledgement());
    QVERIFY(lint->acknowledgeBox()->isVisibleTo(dialog));
    QVERIFY(!dialog->runButton()->isEnabled());
    lint->acknowledgeBox()->setChecked(true);
    QVERIFY(dialog->runButton()->isEnabled());
    QVERIFY(!dialog->savePlanButton()->isVisibleTo(dialog)); // local: no plan needed
    QVERIFY(screenshot(dialog, QStringLiteral("/tmp/review-operation-lint.png")));
    dialog->close();

    // Deploy lints the pending migrations themselves (Unique, once marked rolled back).
    QVERIFY(TestOps::resolve(demoSpec(root), migrationsOf(root), DemoWorkspace::UniqueName, false)
                .success);
    window.refresh();
    QVERIFY(shown.wait(30000));
    OperationRequest deploy;
    deploy.kind = OperationRequest::Kind::Deploy;
    OperationDialog *deployDialog = window.startOperation(deploy);
    QVERIFY(deployDialog);
    QTRY_VERIFY_WITH_TIMEOUT(deployDialog->lintPanel()->isLinted(), 30000);
    bool uniqueInDeploy = false;
    for (const LintFinding &f : deployDialog->lintPanel()->findings())
        uniqueInDeploy |=
            f.ruleId == LintRule::UniqueOnExistingData && f.source == DemoWorkspace::UniqueName;
    QVERIFY(uniqueInDeploy);
    deployDialog->close();
}

void TestReviewUi::productionOperationSavedAsPlan() {
    const QString root = demo(QStringLiteral("production"));
    QVERIFY(!root.isEmpty());
    MainWindow window;
    window.show();
    QSignalSpy shown(&window, &MainWindow::historyShown);
    QVERIFY(window.openWorkspace(root));
    QVERIFY(shown.wait(30000));
    window.setEnvironment(Environment::Production);
    QVERIFY(shown.wait(30000));

    OperationRequest request;
    request.kind = OperationRequest::Kind::ResolveRolledBack;
    request.migrationName = DemoWorkspace::UniqueName;
    OperationDialog *dialog = window.startOperation(request);
    QVERIFY(dialog);
    QSignalSpy planned(dialog, &OperationDialog::planShown);
    QVERIFY(planned.wait(30000));
    QVERIFY(dialog->savePlanButton()->isVisibleTo(dialog));
    QVERIFY(dialog->savePlanButton()->isEnabled());
    QVERIFY(screenshot(dialog, QStringLiteral("/tmp/review-operation-production.png")));
    PlanCreationDialog *creation = dialog->saveAsChangePlan();
    QSignalSpy created(creation, &PlanCreationDialog::created);
    QVERIFY(created.wait(60000));
    QVERIFY2(creation->isCreated(), qPrintable(creation->statusText()));
    const QString file = m_tmp.filePath(QStringLiteral("production-plan.json"));
    QCOMPARE(creation->savePlan(file), QString());
    QVERIFY(screenshot(creation, QStringLiteral("/tmp/review-plan-creation.png")));
    ChangePlan plan;
    QString error;
    QVERIFY2(ChangePlan::load(file, &plan, &error), qPrintable(error));
    QCOMPARE(plan.verifyIntegrity(), QString());
    QCOMPARE(plan.environment, QStringLiteral("production"));
    QCOMPARE(plan.operation, OperationPlan::Operation::ResolveRolledBack);
    QCOMPARE(plan.migrationName, DemoWorkspace::UniqueName);
    QVERIFY(!plan.connection.contains(QStringLiteral("password")));
    creation->close();
    dialog->close();
}

void TestReviewUi::journalViewerFiltersExportsAndDetectsTampering() {
    const QString root = demo(QStringLiteral("journal"));
    QVERIFY(!root.isEmpty());
    const ConnectionSpec spec = demoSpec(root);
    const QString journal = m_tmp.filePath(QStringLiteral("journal.jsonl"));

    // Real writes, journaled by the worker as the GUI's operations are.
    DbSession session(spec);
    QVERIFY(!session.openAndWait().error.isError());
    const auto journaled = [&](OperationRequest r) {
        r.migrationsDir = migrationsOf(root);
        r.journalPath = journal;
        r.environment = QStringLiteral("local");
        r.connectionLabel = spec.redactedUrl();
        return session.runOperationAndWait(r);
    };
    OperationRequest rolledBack;
    rolledBack.kind = OperationRequest::Kind::ResolveRolledBack;
    rolledBack.migrationName = DemoWorkspace::UniqueName;
    QVERIFY(journaled(rolledBack).success);
    OperationRequest fix;
    fix.kind = OperationRequest::Kind::Execute;
    fix.script = QStringLiteral("DELETE FROM \"User\" WHERE \"id\" = 2;\n");
    fix.scriptName = QStringLiteral("fix.sql");
    QVERIFY(journaled(fix).success);
    // Redeploying Unique fails: its email column and Post table are already there.
    OperationRequest deploy;
    deploy.kind = OperationRequest::Kind::Deploy;
    QVERIFY(!journaled(deploy).success);
    QCOMPARE(AuditJournal(journal).entries().size(), 3);

    AuditJournalDialog dialog(journal);
    dialog.show();
    QSignalSpy loaded(&dialog, &AuditJournalDialog::loaded);
    QVERIFY(loaded.wait(30000));
    AuditJournalModel *model = dialog.model();
    QCOMPARE(model->rowCount(), 3);
    QVERIFY(dialog.verification().intact);
    QVERIFY2(dialog.verificationText().contains(QStringLiteral("Journal intact")),
             qPrintable(dialog.verificationText()));
    QVERIFY(dialog.verificationText().contains(QStringLiteral("3 entries")));

    dialog.textFilter()->setText(QStringLiteral("delete from"));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->entry(0).operation, QStringLiteral("execute"));
    dialog.textFilter()->clear();
    dialog.failedOnlyBox()->setChecked(true);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->entry(0).operation, QStringLiteral("deploy"));
    QCOMPARE(model->lineOf(0), 3);
    dialog.failedOnlyBox()->setChecked(false);
    dialog.operationBox()->setCurrentIndex(
        dialog.operationBox()->findData(QStringLiteral("resolve")));
    QCOMPARE(model->rowCount(), 1);
    dialog.operationBox()->setCurrentIndex(0);
    dialog.sinceBox()->setChecked(true);
    dialog.sinceEdit()->setDateTime(QDateTime::currentDateTime().addDays(1));
    QCOMPARE(model->rowCount(), 0);
    dialog.sinceEdit()->setDateTime(QDateTime::currentDateTime().addDays(-1));
    QCOMPARE(model->rowCount(), 3);
    dialog.sinceBox()->setChecked(false);

    // Details and the HTML report of one entry.
    QVERIFY(!dialog.exportButton()->isEnabled());
    dialog.selectRow(1);
    QVERIFY(dialog.exportButton()->isEnabled());
    QVERIFY2(dialog.detailsText().contains(QStringLiteral("Operation: execute")),
             qPrintable(dialog.detailsText()));
    const QString html = m_tmp.filePath(QStringLiteral("entry.html"));
    QCOMPARE(dialog.exportReport(html), QString());
    const QString report = readFile(html);
    QVERIFY(report.contains(QStringLiteral("<html")));
    QVERIFY(report.contains(QStringLiteral("DELETE FROM")));
    QVERIFY(screenshot(dialog, QStringLiteral("/tmp/review-journal.png")));

    // Someone edits line 2 (still valid JSON): the chain breaks there, and the viewer says so.
    QStringList lines = readFile(journal).split(QLatin1Char('\n'));
    QVERIFY(lines.at(1).contains(QStringLiteral("DELETE FROM")));
    lines[1].replace(QStringLiteral("DELETE FROM"), QStringLiteral("SELECT 1 FROM"));
    const QString tampered = m_tmp.filePath(QStringLiteral("tampered.jsonl"));
    QVERIFY(writeFile(tampered, lines.join(QLatin1Char('\n')).toUtf8()));
    AuditJournalDialog broken(tampered);
    broken.show();
    QSignalSpy brokenLoaded(&broken, &AuditJournalDialog::loaded);
    QVERIFY(brokenLoaded.wait(30000));
    QVERIFY(!broken.verification().intact);
    QCOMPARE(broken.verification().firstBadLine, 2);
    QVERIFY2(broken.verificationText().contains(QStringLiteral("Tampering detected at line 2")),
             qPrintable(broken.verificationText()));
    const int row = broken.model()->rowOfLine(2);
    QCOMPARE(row, 1);
    QVERIFY(broken.model()->index(row, 0).data(AuditJournalModel::BadLineRole).toBool());
    QVERIFY(!broken.model()->index(0, 0).data(AuditJournalModel::BadLineRole).toBool());
    QCOMPARE(broken.table()->selectionModel()->selectedRows().value(0).row(), row);
    QVERIFY(broken.detailsText().contains(QStringLiteral("BREAKS THE HASH CHAIN")));
    QVERIFY(screenshot(broken, QStringLiteral("/tmp/review-journal-tampered.png")));
}

void TestReviewUi::changePlanReviewApproveExecute() {
    const QString root = demo(QStringLiteral("plan"));
    QVERIFY(!root.isEmpty());
    const ConnectionSpec spec = demoSpec(root);
    // Seed 000's "complete by hand": the duplicate goes, the index is created; what is left is
    // `migrate resolve --applied`, written as a plan for production.
    QVERIFY(TestOps::execute(spec, QStringLiteral("DELETE FROM \"User\" WHERE \"id\" = 2;\n"
                                                  "CREATE UNIQUE INDEX \"User_name_key\" ON "
                                                  "\"User\"(\"name\");\n"))
                .success);
    PlanRequest request;
    request.spec = spec;
    request.operation = OperationPlan::Operation::ResolveApplied;
    request.workspaceRoot = root;
    request.migrationsDir = migrationsOf(root);
    request.migrationName = DemoWorkspace::UniqueName;
    request.environment = QStringLiteral("production");
    request.title = QStringLiteral("Complete Unique by hand");
    const PlanCreation creation = ChangePlanBuilder::create(request);
    QVERIFY2(creation.ok(), qPrintable(creation.error.message + creation.refusal));
    const QString planFile = m_tmp.filePath(QStringLiteral("plan.json"));
    QString error;
    QVERIFY2(creation.plan.save(planFile, &error), qPrintable(error));
    const QString journal = m_tmp.filePath(QStringLiteral("plan-journal.jsonl"));

    ChangePlanDialog dialog;
    dialog.setJournalPath(journal);
    dialog.setConnection(spec);
    QVERIFY(dialog.load(planFile));
    dialog.show();
    QVERIFY(!dialog.isTampered());
    QVERIFY2(dialog.bannerText().contains(QStringLiteral("Integrity verified")),
             qPrintable(dialog.bannerText()));
    QVERIFY(dialog.bannerText().contains(QStringLiteral("Not approved yet")));
    QVERIFY(dialog.stepsText().contains(QStringLiteral("_prisma_migrations")));
    QVERIFY(dialog.preconditionsView()->topLevelItemCount() >= 1);
    QVERIFY(dialog.approveButton()->isEnabled());
    QVERIFY(!dialog.executeButton()->isEnabled());

    // The author cannot approve their own plan: the core's message, nothing saved.
    const QString selfApproval = dialog.approveAs(ChangePlan::currentUser());
    QVERIFY2(selfApproval.contains(QStringLiteral("cannot approve")), qPrintable(selfApproval));
    QVERIFY(dialog.plan().approval.isEmpty());
    QVERIFY(!dialog.executeButton()->isEnabled());
    QVERIFY(screenshot(dialog, QStringLiteral("/tmp/review-plan.png")));

    // A changed file: red banner, neither approve nor execute.
    const QString tamperedFile = m_tmp.filePath(QStringLiteral("tampered-plan.json"));
    QString text = readFile(planFile);
    QVERIFY(text.contains(QStringLiteral("Complete Unique by hand")));
    text.replace(QStringLiteral("Complete Unique by hand"), QStringLiteral("Nothing to see"));
    QVERIFY(writeFile(tamperedFile, text.toUtf8()));
    ChangePlanDialog tampered;
    tampered.setConnection(spec);
    QVERIFY(tampered.load(tamperedFile));
    tampered.show();
    QVERIFY(tampered.isTampered());
    QVERIFY(tampered.bannerText().contains(QStringLiteral("Tampered")));
    QVERIFY(!tampered.approveButton()->isEnabled());
    QVERIFY(!tampered.executeButton()->isEnabled());
    QVERIFY(!tampered.approveAs(QStringLiteral("dba-alice")).isEmpty());
    QVERIFY(screenshot(tampered, QStringLiteral("/tmp/review-plan-tampered.png")));

    // Another reviewer approves: saved in the file, and now it may run.
    QCOMPARE(dialog.approveAs(QStringLiteral("dba-alice"), QStringLiteral("checked the index")),
             QString());
    ChangePlan saved;
    QVERIFY(ChangePlan::load(planFile, &saved, &error));
    QVERIFY(saved.isApproved());
    QCOMPARE(saved.approval.reviewer, QStringLiteral("dba-alice"));
    QVERIFY(dialog.bannerText().contains(QStringLiteral("approved")));
    QVERIFY2(dialog.executeButton()->isEnabled(), qPrintable(dialog.executeBlocker()));

    QSignalSpy executed(&dialog, &ChangePlanDialog::executed);
    QVERIFY(dialog.execute());
    QVERIFY(!dialog.executeButton()->isEnabled());
    QVERIFY(executed.wait(60000));
    const PlanExecution done = dialog.lastExecution();
    QVERIFY2(done.success(), qPrintable(done.refusal + done.result.errorMessage));
    QVERIFY2(dialog.executionText().contains(QStringLiteral("SUCCESS")),
             qPrintable(dialog.executionText()));
    QVERIFY(!dialog.executeButton()->isEnabled()); // once
    QVERIFY(screenshot(dialog, QStringLiteral("/tmp/review-plan-executed.png")));
    dialog.tabs()->setCurrentWidget(dialog.preconditionsView());
    QVERIFY(screenshot(dialog, QStringLiteral("/tmp/review-plan-preconditions.png")));

    const HistoryReport after = TestOps::history(spec, migrationsOf(root));
    QCOMPARE(after.exitCode(), 0);
    const QList<AuditEntry> entries = AuditJournal(journal).entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).planHash, saved.hash);
    QCOMPARE(entries.at(0).reviewer, QStringLiteral("dba-alice"));

    const QString html = m_tmp.filePath(QStringLiteral("plan.html"));
    QCOMPARE(dialog.exportReport(html), QString());
    QVERIFY(readFile(html).contains(saved.hash));
}

QTEST_MAIN(TestReviewUi)
#include "tst_reviewui.moc"
