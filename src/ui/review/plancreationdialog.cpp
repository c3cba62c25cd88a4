// SPDX-License-Identifier: GPL-3.0-or-later
#include "plancreationdialog.h"

#include "lintfindingsview.h"
#include "review/changeplanjob.h"
#include "reviewcolors.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

PlanCreationDialog::PlanCreationDialog(const PlanRequest &request, QWidget *parent)
    : QDialog(parent)
    , m_workspaceRoot(request.workspaceRoot)
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_details(new QPlainTextEdit(this))
    , m_save(new QPushButton(tr("Save Plan…"), this))
    , m_close(new QPushButton(tr("Cancel"), this)) {
    setWindowTitle(tr("Save as Change Plan"));
    resize(640, 420);
    m_status->setWordWrap(true);
    m_status->setText(tr("Creating the plan: a dry run on the database (read-only), lint and data "
                         "pre-checks…"));
    m_progress->setRange(0, 0);
    m_details->setReadOnly(true);
    m_details->setVisible(false);
    m_save->setEnabled(false);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_details, 1);
    layout->addWidget(buttons);
    connect(m_save, &QPushButton::clicked, this, &PlanCreationDialog::chooseFileAndSave);
    connect(m_close, &QPushButton::clicked, this, &PlanCreationDialog::reject);

    m_job = ChangePlanJob::creating(request, this);
    connect(m_job, &ChangePlanJob::created, this, &PlanCreationDialog::showCreation);
    m_job->start();
}

PlanCreationDialog::~PlanCreationDialog() = default;

QString PlanCreationDialog::statusText() const {
    return m_status->text();
}

void PlanCreationDialog::showCreation(const PlanCreation &creation) {
    m_job->deleteLater();
    m_job = nullptr;
    m_creation = creation;
    m_progress->setVisible(false);
    m_close->setText(tr("Close"));
    if (!creation.ok()) {
        const QString why =
            creation.error.isError()
                ? creation.error.message
                : (creation.refusalCode.isEmpty()
                       ? creation.refusal
                       : QStringLiteral("%1: %2").arg(creation.refusalCode, creation.refusal));
        m_status->setText(tr("No plan: %1").arg(why));
        m_status->setStyleSheet(ReviewColors::banner(palette(), ReviewColors::error()));
        Q_EMIT created();
        return;
    }
    m_created = true;
    const ChangePlan &plan = creation.plan;
    int failed = 0;
    for (const PreCheckResult &r : plan.preChecks)
        failed += r.failed() ? 1 : 0;
    QStringList lines;
    lines << plan.summary();
    lines << tr("%n step(s), bookkeeping included.", nullptr,
                static_cast<int>(plan.preview.steps.size()));
    lines << tr("%n precondition(s) re-checked at execution.", nullptr,
                static_cast<int>(plan.preconditions.size()));
    lines << tr("Lint: %1").arg(LintFindingsView::summary(plan.lint));
    lines << tr("Data pre-checks: %1 run, %2 found rows in the way.")
                 .arg(plan.preChecks.size())
                 .arg(failed);
    lines << tr("Backup: %1").arg(plan.backupStatement);
    lines << tr("Author: %1").arg(plan.author);
    lines << tr("Hash: %1").arg(plan.hash);
    m_details->setPlainText(lines.join(QLatin1Char('\n')));
    m_details->setVisible(true);
    m_status->setText(tr("The plan is ready. Save it and give it to a reviewer: someone other than "
                         "you approves it (File ▸ Open Change Plan…), then it can be executed."));
    m_status->setStyleSheet(ReviewColors::banner(palette(), ReviewColors::ok()));
    m_save->setEnabled(true);
    m_save->setDefault(true);
    Q_EMIT created();
}

void PlanCreationDialog::chooseFileAndSave() {
    const QString name =
        QStringLiteral("plan-%1-%2.json")
            .arg(m_creation.plan.operationKey(),
                 QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Change Plan"),
        QDir(m_workspaceRoot.isEmpty() ? QDir::homePath() : m_workspaceRoot).filePath(name),
        tr("Change plans (*.json)"));
    if (path.isEmpty())
        return;
    if (const QString error = savePlan(path); !error.isEmpty())
        QMessageBox::warning(this, tr("Save Change Plan"), error);
}

QString PlanCreationDialog::savePlan(const QString &path) {
    if (!m_created)
        return tr("The plan has not been created.");
    QString error;
    if (!m_creation.plan.save(path, &error))
        return error.isEmpty() ? tr("Cannot write %1.").arg(path) : error;
    m_savedPath = path;
    m_status->setText(tr("Saved to %1. Nothing has been written to the database; the plan runs "
                         "after a reviewer approves it.")
                          .arg(QDir::toNativeSeparators(path)));
    m_save->setEnabled(false);
    Q_EMIT saved(path);
    return {};
}

void PlanCreationDialog::reject() {
    if (m_job)
        m_job->cancel(); // the job's destructor waits for its thread
    QDialog::reject();
}
