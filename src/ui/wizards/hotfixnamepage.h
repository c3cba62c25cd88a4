// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class CommandBox;
class HotfixWizard;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTimer;

/// Hotfix, page 2: the name of the migration that captures the patch, with a live preview of its
/// folder (`YYYYMMDDHHMMSS_name`, UTC, as `prisma migrate dev` names it), and the captured SQL —
/// the drift script, editable (for example to keep only the intended change).
class HotfixNamePage : public QWizardPage {
    Q_OBJECT
public:
    explicit HotfixNamePage(HotfixWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    /// QWizard::next() does not ask isComplete(): an incomplete page must not be left.
    bool validatePage() override { return isComplete(); }

    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *sqlEdit() const { return m_sql; }
    QString migrationName() const;
    QString sql() const;
    /// The folder name the migration would get now.
    QString folderPreview() const;

private:
    void updatePreview();

    HotfixWizard *m_wizard;
    QString m_capturedFrom; ///< the drift script the SQL was last filled from
    QLineEdit *m_name;
    QLabel *m_preview;
    QPlainTextEdit *m_sql;
    CommandBox *m_commands;
    QTimer *m_clock;
};
