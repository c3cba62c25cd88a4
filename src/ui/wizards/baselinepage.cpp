// SPDX-License-Identifier: GPL-3.0-or-later
#include "baselinepage.h"

#include "baselinewizard.h"
#include "commandbox.h"
#include "schema/diffjob.h"
#include "viewers/readonlysqlview.h"

#include <QLabel>
#include <QVBoxLayout>

BaselinePage::BaselinePage(BaselineWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_status(new QLabel(this))
    , m_sql(new ReadOnlySqlView(this))
    , m_commands(new CommandBox(this)) {
    setObjectName(QStringLiteral("baselinePage"));
    setTitle(tr("Baseline the database"));
    setSubTitle(tr("A database that predates Prisma Migrate gets a first migration, %1, that "
                   "holds its current schema; it is marked applied here and runs on new, empty "
                   "databases only.")
                    .arg(Baseline::MigrationName));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_sql->setObjectName(QStringLiteral("baselineSql"));
    m_commands->setCommands(
        {QStringLiteral("mkdir -p prisma/migrations/%1").arg(Baseline::MigrationName),
         QStringLiteral("npx prisma migrate diff --from-empty --to-url \"$DATABASE_URL\" --script "
                        "> prisma/migrations/%1/migration.sql")
             .arg(Baseline::MigrationName),
         QStringLiteral("npx prisma migrate resolve --applied %1").arg(Baseline::MigrationName)});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_sql, 1);
    layout->addWidget(m_commands);
}

BaselinePage::~BaselinePage() {
    if (m_job)
        m_job->cancel();
}

void BaselinePage::initializePage() {
    m_sql->setProvider(m_wizard->context().provider());
    if (m_job || m_done)
        return;
    if (!m_wizard->context().diff.hasDatabase()) {
        m_done = true;
        m_plan.error = tr("Connect to a database first.");
        m_status->setText(m_plan.error);
        Q_EMIT completeChanged();
        return;
    }
    m_status->setText(tr("Reading the live schema…"));
    m_job = m_wizard->context().readLiveSchema(this, [this](const DiffOutcome &outcome) {
        m_job = nullptr;
        onLiveSchema(outcome);
    });
}

void BaselinePage::onLiveSchema(const DiffOutcome &outcome) {
    m_done = true;
    if (!outcome.ok())
        m_plan.error = tr("The live schema could not be read: %1").arg(outcome.error.message);
    else
        m_plan = Baseline::plan(outcome.from, m_wizard->context().history);
    if (m_plan.ok()) {
        m_status->setText(tr("%n table(s) found. This is %1/migration.sql:", nullptr,
                             static_cast<int>(outcome.from.tables.size()))
                              .arg(Baseline::MigrationName));
        m_status->setStyleSheet(QString());
        m_sql->setSql(m_plan.sql);
    } else {
        m_status->setText(tr("This database cannot be baselined: %1").arg(m_plan.error));
        m_status->setStyleSheet(QStringLiteral("QLabel { color: #d63b3b; font-weight: bold; }"));
        m_sql->setSql(tr("-- Nothing will be written."));
    }
    Q_EMIT completeChanged();
    Q_EMIT planned();
}

bool BaselinePage::isComplete() const {
    return m_done && m_plan.ok();
}
