// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commitstep.h"
#include "wizards/recoveryadvisor.h"
#include "workbenchwizard.h"

class DiffScriptPage;
class RecoveryDataPage;
class RecoveryFailurePage;
class RecoveryOptionPage;

/// Recovery from a failed migration (seeds 000 and 003): the failed row and its error, what of
/// the migration took effect (forensics per statement), the way out (move backward, move
/// forward after fixing the data, mark rolled back and deploy again, or complete and mark
/// applied), its script, and a commit page that runs it with Prisma's bookkeeping.
class RecoveryWizard : public WorkbenchWizard {
    Q_OBJECT
public:
    enum PageId { FailurePage, OptionPage, DataPage, ScriptPage, CommitPageId };

    RecoveryWizard(WizardContext context, const QString &migration, QWidget *parent = nullptr);

    QString migration() const { return m_migration; }
    const LocalMigration *localMigration() const;
    /// The failed `_prisma_migrations` row (the last one of that name), nullptr when none.
    const MigrationRow *failedRow() const;

    /// Set by the failure page once the live schema has been read and probed.
    void setForensics(const Schema &live, const Forensics &forensics);
    const Schema &liveSchema() const { return m_live; }
    const Forensics &forensics() const { return m_forensics; }
    const QList<RecoveryOption> &options() const { return m_options; }
    /// The option chosen on the option page (MoveBackward before a choice).
    RecoveryOption::Kind chosenKind() const;
    const RecoveryOption *option(RecoveryOption::Kind kind) const;

    RecoveryFailurePage *failurePage() const { return m_failure; }
    RecoveryOptionPage *optionPage() const { return m_optionPage; }
    RecoveryDataPage *dataPage() const { return m_data; }
    DiffScriptPage *scriptPage() const { return m_script; }

    int nextId() const override;

private:
    DiffRequest scriptRequest() const;
    QList<CommitStep> commitSteps() const;
    /// What `migrate deploy` applies once the failed migration is marked rolled back.
    QString redeployPreview() const;

    QString m_migration;
    Schema m_live;
    Forensics m_forensics;
    QList<RecoveryOption> m_options;

    RecoveryFailurePage *m_failure;
    RecoveryOptionPage *m_optionPage;
    RecoveryDataPage *m_data;
    DiffScriptPage *m_script;
};
