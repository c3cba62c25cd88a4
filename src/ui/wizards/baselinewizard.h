// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commitstep.h"
#include "workbenchwizard.h"

class BaselinePage;

/// Baselining (Prisma's "baselining a database" guide): `0_init` from introspection, written to
/// the migrations folder and marked applied; refused when the database already has a history.
class BaselineWizard : public WorkbenchWizard {
    Q_OBJECT
public:
    enum PageId { PlanPage, CommitPageId };

    explicit BaselineWizard(WizardContext context, QWidget *parent = nullptr);
    BaselinePage *planPage() const { return m_plan; }

private:
    QList<CommitStep> commitSteps() const;

    BaselinePage *m_plan;
};
