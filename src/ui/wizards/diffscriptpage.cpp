// SPDX-License-Identifier: GPL-3.0-or-later
#include "diffscriptpage.h"

#include "commandbox.h"
#include "diff/diffcontext.h"
#include "schema/diffjob.h"
#include "viewers/readonlysqlview.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

DiffScriptPage::DiffScriptPage(QWidget *parent)
    : QWizardPage(parent)
    , m_explanation(new QLabel(this))
    , m_commandBox(new CommandBox(this))
    , m_status(new QLabel(this))
    , m_summary(new QPlainTextEdit(this))
    , m_script(new ReadOnlySqlView(this))
    , m_rehearse(new QPushButton(tr("&Rehearse on a Shadow Copy"), this))
    , m_verification(new QLabel(this)) {
    m_explanation->setWordWrap(true);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_summary->setObjectName(QStringLiteral("diffSummary"));
    m_summary->setReadOnly(true);
    m_summary->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_summary->setMaximumHeight(120);
    m_script->setObjectName(QStringLiteral("diffScript"));
    m_rehearse->setObjectName(QStringLiteral("rehearseButton"));
    m_rehearse->setToolTip(tr("Apply the script to a shadow copy of the database's schema and "
                              "check that the result matches the target. Writes nothing here."));
    m_rehearse->setEnabled(false);
    m_verification->setWordWrap(true);
    m_verification->setTextFormat(Qt::PlainText);
    m_verification->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verification->hide();
    connect(m_rehearse, &QPushButton::clicked, this, &DiffScriptPage::rehearse);

    auto *rehearseRow = new QHBoxLayout;
    rehearseRow->addWidget(m_verification, 1);
    rehearseRow->addWidget(m_rehearse, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addWidget(m_commandBox);
    layout->addWidget(m_status);
    layout->addWidget(m_summary);
    layout->addWidget(m_script, 1);
    layout->addLayout(rehearseRow);
}

DiffScriptPage::~DiffScriptPage() {
    if (m_job)
        m_job->cancel();
}

void DiffScriptPage::setRequireChanges(bool require, const QString &noChangesText) {
    m_requireChanges = require;
    m_noChangesText = noChangesText;
}

void DiffScriptPage::setExplanation(const QString &text) {
    m_explanation->setText(text);
}

void DiffScriptPage::initializePage() {
    m_commandBox->setCommands(m_commands ? m_commands() : QStringList{});
    start(false);
}

void DiffScriptPage::cleanupPage() {
    if (m_job) {
        m_job->cancel();
        m_job->disconnect(this);
        m_job = nullptr; // deletes itself when its thread is done
    }
    m_hasOutcome = false;
}

void DiffScriptPage::rehearse() {
    start(true);
}

void DiffScriptPage::start(bool verify) {
    if (!m_provider)
        return;
    if (m_job) {
        m_job->cancel();
        m_job->disconnect(this);
    }
    DiffRequest request = m_provider();
    request.verify = verify;
    m_hasOutcome = verify && m_hasOutcome; // keep showing the script while rehearsing
    m_script->setProvider(request.from.kind == SchemaSource::Kind::Database
                              ? request.from.database.provider()
                              : request.to.database.provider());
    auto *job = new DiffJob(request, this);
    DiffContext::wipe(request);
    m_job = job;
    connect(job, &DiffJob::progress, this,
            [this](const DiffProgress &p) { m_status->setText(p.what); });
    connect(job, &DiffJob::finished, this, [this, job](const DiffOutcome &outcome) {
        job->deleteLater();
        if (job != m_job)
            return;
        m_job = nullptr;
        onFinished(outcome);
    });
    m_status->setText(
        verify ? tr("Rehearsing the script on a shadow copy…")
               : tr("Comparing… (%1 → %2)").arg(request.from.label(), request.to.label()));
    m_status->setStyleSheet(QString());
    if (!verify) {
        m_summary->clear();
        m_script->setSql(QString());
        m_verification->hide();
    }
    m_rehearse->setEnabled(false);
    job->start();
    Q_EMIT completeChanged();
}

void DiffScriptPage::onFinished(const DiffOutcome &outcome) {
    m_outcome = outcome;
    m_hasOutcome = true;
    if (!outcome.ok()) {
        QString text = outcome.error.message;
        if (!outcome.failedMigration.isEmpty())
            text = tr("Migration %1 does not replay on the shadow database: %2")
                       .arg(outcome.failedMigration, text);
        m_status->setText(text);
        m_status->setStyleSheet(QStringLiteral("QLabel { color: #d63b3b; }"));
        Q_EMIT completeChanged();
        Q_EMIT outcomeReady();
        return;
    }
    const bool empty = outcome.diff.isEmpty();
    m_status->setText(
        empty ? (m_requireChanges ? m_noChangesText : tr("No differences: nothing needs to run."))
              : tr("Read in %1 ms, compared in %2 ms.").arg(outcome.readMs).arg(outcome.diffMs));
    m_status->setStyleSheet(empty && m_requireChanges ? QStringLiteral("QLabel { color: #d63b3b; }")
                                                      : QString());
    m_summary->setPlainText(empty ? tr("No difference detected.") : outcome.summary.trimmed());
    m_script->setSql(empty ? tr("-- This is an empty migration.") : script());
    m_rehearse->setEnabled(!empty);
    if (outcome.verification.ran) {
        const bool passed = outcome.verification.passed;
        QString text = passed ? tr("Rehearsal passed: after the script, the shadow copy matches "
                                   "the target (%1 ms).")
                                    .arg(outcome.verifyMs)
                              : tr("Rehearsal failed: %1")
                                    .arg(outcome.verification.error.isError()
                                             ? outcome.verification.error.message
                                             : tr("still different after the script:\n%1")
                                                   .arg(outcome.verification.remainingSummary));
        m_verification->setText(text);
        m_verification->setStyleSheet(passed ? QStringLiteral("QLabel { color: #2e9d4f; }")
                                             : QStringLiteral("QLabel { color: #d63b3b; }"));
        m_verification->show();
    }
    Q_EMIT completeChanged();
    Q_EMIT outcomeReady();
}

bool DiffScriptPage::isComplete() const {
    if (m_job || !m_hasOutcome || !m_outcome.ok())
        return false;
    return !m_requireChanges || !m_outcome.diff.isEmpty();
}

QString DiffScriptPage::script() const {
    return m_hasOutcome && m_outcome.ok() && !m_outcome.diff.isEmpty()
               ? m_outcome.script.text(false)
               : QString();
}
