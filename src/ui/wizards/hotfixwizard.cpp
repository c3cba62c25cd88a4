// SPDX-License-Identifier: GPL-3.0-or-later
#include "hotfixwizard.h"

#include "commitpage.h"
#include "diffscriptpage.h"
#include "hotfixnamepage.h"
#include "hotfixtargetspage.h"

#include <QDateTime>

HotfixWizard::HotfixWizard(WizardContext context, QList<ConnectionProfile> profiles,
                           SecretStore *secrets, QWidget *parent)
    : WorkbenchWizard(std::move(context), parent)
    , m_drift(new DiffScriptPage(this))
    , m_name(new HotfixNamePage(this))
    , m_targets(new HotfixTargetsPage(this, std::move(profiles), secrets)) {
    setObjectName(QStringLiteral("hotfixWizard"));
    setWindowTitle(tr("Reconcile Hotfix — %1").arg(m_context.connectionName));

    m_drift->setObjectName(QStringLiteral("hotfixDriftPage"));
    m_drift->setTitle(tr("The drift"));
    m_drift->setSubTitle(tr("The live schema compared with what the applied migrations produce "
                            "(replayed on a shadow database): this is what was changed by hand."));
    m_drift->setRequireChanges(true, tr("No drift: the live schema matches the applied "
                                        "migrations, there is no hotfix to capture."));
    m_drift->setRequestProvider([this] { return m_context.diff.driftRequest(); });
    m_drift->setCommandsProvider([] {
        return QStringList{QStringLiteral(
            "npx prisma migrate diff --from-migrations ./prisma/migrations --to-url "
            "\"$DATABASE_URL\" --shadow-database-url \"$SHADOW_DATABASE_URL\" --script")};
    });

    setPage(DriftPage, m_drift);
    setPage(NamePage, m_name);
    setPage(TargetsPage, m_targets);
    auto *commit = new CommitPage(this);
    commit->setStepsProvider([this] { return commitSteps(); });
    setCommitPage(CommitPageId, commit);
    setStartId(DriftPage);
    connect(commit, &CommitPage::finished, this, [this](bool) {
        // Show, per connection, what the new migration is now: applied where marked, pending
        // on the others.
        connect(
            m_targets, &HotfixTargetsPage::reconciled, m_commit,
            [this] {
                for (const HotfixTargetsPage::Target &t : m_targets->targets()) {
                    if (!t.after)
                        continue;
                    m_commit->appendOutcome(
                        tr("%1: %2 is %3")
                            .arg(t.name, m_folderName,
                                 MigrationStatus::stateLabel(*t.after).toLower()));
                }
            },
            Qt::SingleShotConnection);
        m_targets->reloadAll(m_folderName);
    });
}

QString HotfixWizard::driftScript() const {
    return m_drift->script();
}

QString HotfixWizard::plannedFolderName() const {
    return m_folderName.isEmpty() ? m_name->folderPreview() : m_folderName;
}

QList<CommitStep> HotfixWizard::commitSteps() {
    // The timestamp is fixed now, so that the preview and the commit write the same folder.
    m_folderName = m_name->folderPreview();
    CommitStep write;
    write.kind = CommitStep::Kind::WriteMigration;
    write.title = tr("Write %1/migration.sql").arg(m_folderName);
    write.migrationsDir = m_context.migrationsDir;
    write.migrationName = m_folderName;
    write.sql = m_name->sql();
    if (!write.sql.endsWith(QLatin1Char('\n')))
        write.sql += QLatin1Char('\n');
    write.provider = m_context.provider();
    write.prismaCommands = {QStringLiteral("npx prisma migrate dev --create-only --name %1")
                                .arg(m_name->migrationName())};
    QList<CommitStep> steps{write};
    for (int i : m_targets->selected()) {
        const HotfixTargetsPage::Target &t = m_targets->targets().at(i);
        CommitStep mark;
        mark.kind = CommitStep::Kind::Operation;
        mark.title = tr("Mark %1 as applied on %2").arg(m_folderName, t.name);
        mark.prismaCommands = {QStringLiteral("DATABASE_URL=\"%1\" npx prisma migrate resolve "
                                              "--applied \"%2\"")
                                   .arg(t.label, m_folderName)};
        mark.session = t.session;
        mark.request = m_context.operation(OperationRequest::Kind::ResolveApplied);
        mark.request.migrationName = m_folderName;
        mark.request.environment = environmentKey(t.environment);
        mark.request.connectionLabel = t.label;
        mark.environment = t.environment;
        mark.connectionName = t.name;
        mark.provider = m_context.provider();
        steps << mark;
    }
    return steps;
}
