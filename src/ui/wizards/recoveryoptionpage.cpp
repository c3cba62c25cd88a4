// SPDX-License-Identifier: GPL-3.0-or-later
#include "recoveryoptionpage.h"

#include "commandbox.h"
#include "recoverywizard.h"

#include <QButtonGroup>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

RecoveryOptionPage::RecoveryOptionPage(RecoveryWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_group(new QButtonGroup(this))
    , m_optionsLayout(new QVBoxLayout)
    , m_commands(new CommandBox(this)) {
    setObjectName(QStringLiteral("recoveryOptionPage"));
    setTitle(tr("Choose the way out"));
    setSubTitle(tr("Prisma's guides describe these ways to recover. The forensics decide which "
                   "of them are safe here."));
    connect(m_group, &QButtonGroup::idToggled, this, [this] {
        updateCommands();
        Q_EMIT completeChanged();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_optionsLayout);
    layout->addStretch(1);
    layout->addWidget(m_commands);
}

void RecoveryOptionPage::initializePage() {
    const std::optional<RecoveryOption::Kind> previous = chosen();
    for (QAbstractButton *b : m_group->buttons())
        m_group->removeButton(b);
    qDeleteAll(m_optionWidgets);
    m_optionWidgets.clear();
    for (const RecoveryOption &o : m_wizard->options()) {
        auto *radio = new QRadioButton(o.title, this);
        radio->setObjectName(QStringLiteral("option%1").arg(static_cast<int>(o.kind)));
        QFont bold = radio->font();
        bold.setBold(true);
        radio->setFont(bold);
        radio->setEnabled(o.available);
        auto *text = new QLabel(this);
        text->setWordWrap(true);
        text->setTextFormat(Qt::RichText);
        text->setContentsMargins(24, 0, 0, 8);
        QString html = o.explanation.toHtmlEscaped();
        if (!o.available)
            html += QStringLiteral("<br><span style=\"color:#d63b3b\">%1</span>")
                        .arg(tr("Not available: %1").arg(o.unavailableReason).toHtmlEscaped());
        text->setText(html);
        text->setEnabled(o.available);
        m_group->addButton(radio, static_cast<int>(o.kind));
        m_optionsLayout->addWidget(radio);
        m_optionsLayout->addWidget(text);
        m_optionWidgets << radio << text;
    }
    if (previous)
        choose(*previous);
    updateCommands();
}

std::optional<RecoveryOption::Kind> RecoveryOptionPage::chosen() const {
    const int id = m_group->checkedId();
    if (id < 0)
        return std::nullopt;
    return static_cast<RecoveryOption::Kind>(id);
}

bool RecoveryOptionPage::choose(RecoveryOption::Kind kind) {
    QRadioButton *radio = button(kind);
    if (!radio || !radio->isEnabled())
        return false;
    radio->setChecked(true);
    return true;
}

QRadioButton *RecoveryOptionPage::button(RecoveryOption::Kind kind) const {
    return qobject_cast<QRadioButton *>(m_group->button(static_cast<int>(kind)));
}

void RecoveryOptionPage::updateCommands() {
    const std::optional<RecoveryOption::Kind> kind = chosen();
    const RecoveryOption *o = kind ? m_wizard->option(*kind) : nullptr;
    m_commands->setCommands(o ? o->prismaCommands : QStringList{});
}

bool RecoveryOptionPage::isComplete() const {
    const std::optional<RecoveryOption::Kind> kind = chosen();
    const RecoveryOption *o = kind ? m_wizard->option(*kind) : nullptr;
    return o && o->available;
}
