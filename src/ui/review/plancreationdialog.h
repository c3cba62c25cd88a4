// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/changeplanjob.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

/// Turns an operation into a change plan: the dry run, lint and data pre-checks run on the
/// plan job's own thread and connection; the sealed, unapproved plan is then saved to a file the
/// user chooses, for a reviewer to open (File ▸ Open Change Plan…).
class PlanCreationDialog : public QDialog {
    Q_OBJECT
public:
    /// Starts creating at once; `request.spec` (with password) is wiped here once handed over.
    explicit PlanCreationDialog(const PlanRequest &request, QWidget *parent = nullptr);
    ~PlanCreationDialog() override;

    bool isCreated() const { return m_created; }
    const PlanCreation &creation() const { return m_creation; }
    /// Saves the created plan; an error message, or empty.
    QString savePlan(const QString &path);
    QString savedPath() const { return m_savedPath; }
    QPushButton *saveButton() const { return m_save; }
    QString statusText() const;

Q_SIGNALS:
    void created();
    void saved(const QString &path);

protected:
    void reject() override;

private:
    void showCreation(const PlanCreation &creation);
    void chooseFileAndSave();

    QPointer<ChangePlanJob> m_job;
    PlanCreation m_creation;
    bool m_created = false;
    QString m_workspaceRoot;
    QString m_savedPath;

    QLabel *m_status;
    QProgressBar *m_progress;
    QPlainTextEdit *m_details;
    QPushButton *m_save;
    QPushButton *m_close;
};
