// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/precheckrunner.h"

#include <QPointer>
#include <QWizardPage>

class CommandBox;
class PreCheckJob;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;
class ReadOnlySqlView;
class RecoveryWizard;

/// Recovery forward, "fix the data": the unique indexes the failed migration creates on existing
/// tables, the duplicate groups that break each of them (a read-only pre-check on its own
/// thread) with the rows themselves, and per row whether to delete it. The first row of each
/// group is kept by default; the DELETE statements are shown as SQL and run in the commit, in
/// the same script as the forward statements.
class RecoveryDataPage : public QWizardPage {
    Q_OBJECT
public:
    explicit RecoveryDataPage(RecoveryWizard *wizard);
    ~RecoveryDataPage() override;

    void initializePage() override;
    bool isComplete() const override;
    /// QWizard::next() does not ask isComplete(): an incomplete page must not be left.
    bool validatePage() override { return isComplete(); }

    bool isBusy() const { return !m_job.isNull(); }
    QTreeWidget *groupsTree() const { return m_tree; }
    /// The number of duplicate groups listed (over every index).
    int groupCount() const;
    /// Marks row `row` of group `group` (both 0-based, over every index) for deletion or not.
    bool setDeleted(int group, int row, bool deleted);
    /// The DELETE statements of the rows marked for deletion, in list order.
    QStringList deleteStatements() const;

Q_SIGNALS:
    void checked();

private:
    void runChecks();
    void onReport(const PreCheckReport &report);
    void updateSql();
    QList<QTreeWidgetItem *> groupItems() const;

    RecoveryWizard *m_wizard;
    QPointer<PreCheckJob> m_job;
    bool m_done = false;
    PreCheckReport m_report;
    QStringList m_problems; ///< groups that still keep more than one row, rows not addressable

    QLabel *m_status;
    QTreeWidget *m_tree;
    ReadOnlySqlView *m_sql;
    QLabel *m_problemsLabel;
    QPushButton *m_recheck;
    CommandBox *m_commands;
};
