// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schema/diffrequest.h"

#include <QPointer>
#include <QWizardPage>

class CommandBox;
class DiffJob;
class QLabel;
class QPlainTextEdit;
class QTableWidget;
class RecoveryWizard;

/// Recovery, page 1: the failed row (when it started, how far it got), its error with Prisma's
/// ANSI colours removed, and the forensics — the live schema read in the background and every
/// statement of the migration probed against it: done, not done, or unknown (with why).
class RecoveryFailurePage : public QWizardPage {
    Q_OBJECT
public:
    explicit RecoveryFailurePage(RecoveryWizard *wizard);
    ~RecoveryFailurePage() override;

    void initializePage() override;
    bool isComplete() const override;
    /// QWizard::next() does not ask isComplete(): an incomplete page must not be left.
    bool validatePage() override { return isComplete(); }

    bool isBusy() const { return !m_job.isNull(); }
    QTableWidget *forensicsTable() const { return m_table; }
    QString logsText() const;

Q_SIGNALS:
    void forensicsReady();

private:
    void onLiveSchema(const DiffOutcome &outcome);

    RecoveryWizard *m_wizard;
    QPointer<DiffJob> m_job;
    bool m_done = false;

    QLabel *m_row;
    QPlainTextEdit *m_logs;
    QLabel *m_status;
    QTableWidget *m_table;
    QLabel *m_verdict;
    CommandBox *m_commands;
};
