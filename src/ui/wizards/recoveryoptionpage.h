// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizards/recoveryadvisor.h"

#include <QWizardPage>

#include <optional>

class CommandBox;
class QButtonGroup;
class QLabel;
class QRadioButton;
class QVBoxLayout;
class RecoveryWizard;

/// Recovery, page 2: the four ways out (RecoveryAdvisor), each explained; the ones whose
/// preconditions do not hold are disabled and say why. Shows the chosen way's prisma commands.
class RecoveryOptionPage : public QWizardPage {
    Q_OBJECT
public:
    explicit RecoveryOptionPage(RecoveryWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    /// QWizard::next() does not ask isComplete(): an incomplete page must not be left.
    bool validatePage() override { return isComplete(); }

    std::optional<RecoveryOption::Kind> chosen() const;
    /// Chooses an option; false when it is not available.
    bool choose(RecoveryOption::Kind kind);
    QRadioButton *button(RecoveryOption::Kind kind) const;

private:
    void updateCommands();

    RecoveryWizard *m_wizard;
    QButtonGroup *m_group;
    QVBoxLayout *m_optionsLayout;
    QList<QWidget *> m_optionWidgets;
    CommandBox *m_commands;
};
