// SPDX-License-Identifier: GPL-3.0-or-later
#include "baselinewizard.h"

#include "baselinepage.h"
#include "commitpage.h"

BaselineWizard::BaselineWizard(WizardContext context, QWidget *parent)
    : WorkbenchWizard(std::move(context), parent)
    , m_plan(new BaselinePage(this)) {
    setObjectName(QStringLiteral("baselineWizard"));
    setWindowTitle(tr("Baseline Database — %1").arg(m_context.connectionName));
    setPage(PlanPage, m_plan);
    auto *commit = new CommitPage(this);
    commit->setStepsProvider([this] { return commitSteps(); });
    setCommitPage(CommitPageId, commit);
    setStartId(PlanPage);
}

QList<CommitStep> BaselineWizard::commitSteps() const {
    CommitStep write;
    write.kind = CommitStep::Kind::WriteMigration;
    write.title = tr("Write %1/migration.sql").arg(Baseline::MigrationName);
    write.migrationsDir = m_context.migrationsDir;
    write.migrationName = Baseline::MigrationName;
    write.sql = m_plan->plan().sql;
    write.provider = m_context.provider();
    write.prismaCommands = {
        QStringLiteral("npx prisma migrate diff --from-empty --to-url \"$DATABASE_URL\" --script "
                       "> prisma/migrations/%1/migration.sql")
            .arg(Baseline::MigrationName)};

    CommitStep mark;
    mark.kind = CommitStep::Kind::Operation;
    mark.title =
        tr("Mark %1 as applied on %2").arg(Baseline::MigrationName, m_context.connectionName);
    mark.prismaCommands = {
        QStringLiteral("npx prisma migrate resolve --applied %1").arg(Baseline::MigrationName)};
    mark.session = m_session;
    mark.request = m_context.operation(OperationRequest::Kind::ResolveApplied);
    mark.request.migrationName = Baseline::MigrationName;
    mark.environment = m_context.environment;
    mark.connectionName = m_context.connectionName;
    mark.provider = m_context.provider();
    return {write, mark};
}
