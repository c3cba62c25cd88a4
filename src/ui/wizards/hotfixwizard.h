// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commitstep.h"
#include "connections/connectionprofile.h"
#include "workbenchwizard.h"

class DiffScriptPage;
class HotfixNamePage;
class HotfixTargetsPage;
class SecretStore;

/// Hotfix reconciliation (seed 002): the drift a manual patch caused (applied migrations vs. the
/// live schema), a new migration folder `YYYYMMDDHHMMSS_name` (UTC) that captures it, marked
/// applied on every database that carries the patch, and pending on the others — which the
/// commit page shows by reading each connection's history again.
class HotfixWizard : public WorkbenchWizard {
    Q_OBJECT
public:
    enum PageId { DriftPage, NamePage, TargetsPage, CommitPageId };

    HotfixWizard(WizardContext context, QList<ConnectionProfile> profiles, SecretStore *secrets,
                 QWidget *parent = nullptr);

    DiffScriptPage *driftPage() const { return m_drift; }
    HotfixNamePage *namePage() const { return m_name; }
    HotfixTargetsPage *targetsPage() const { return m_targets; }
    /// The drift script (what the new migration starts from).
    QString driftScript() const;
    /// The folder name fixed when the commit page opened; before that, the name it would get now.
    QString plannedFolderName() const;

private:
    QList<CommitStep> commitSteps();

    QString m_folderName;
    DiffScriptPage *m_drift;
    HotfixNamePage *m_name;
    HotfixTargetsPage *m_targets;
};
