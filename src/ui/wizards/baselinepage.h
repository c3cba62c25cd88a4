// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schema/diffrequest.h"
#include "wizards/baseline.h"

#include <QPointer>
#include <QWizardPage>

class BaselineWizard;
class CommandBox;
class DiffJob;
class QLabel;
class ReadOnlySqlView;

/// Baseline, page 1: the live schema read in the background and Baseline::plan's answer — the
/// `0_init` migration that recreates it, or why this database cannot be baselined (it already
/// has a history, the folder has a 0_init, there is nothing to baseline).
class BaselinePage : public QWizardPage {
    Q_OBJECT
public:
    explicit BaselinePage(BaselineWizard *wizard);
    ~BaselinePage() override;

    void initializePage() override;
    bool isComplete() const override;
    /// QWizard::next() does not ask isComplete(): an incomplete page must not be left.
    bool validatePage() override { return isComplete(); }

    bool isBusy() const { return !m_job.isNull(); }
    bool hasPlan() const { return m_done; }
    const Baseline::Plan &plan() const { return m_plan; }

Q_SIGNALS:
    void planned();

private:
    void onLiveSchema(const DiffOutcome &outcome);

    BaselineWizard *m_wizard;
    QPointer<DiffJob> m_job;
    bool m_done = false;
    Baseline::Plan m_plan;

    QLabel *m_status;
    ReadOnlySqlView *m_sql;
    CommandBox *m_commands;
};
