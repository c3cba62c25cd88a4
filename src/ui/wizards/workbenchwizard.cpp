// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbenchwizard.h"

#include "commitpage.h"
#include "db/dbsession.h"

WorkbenchWizard::WorkbenchWizard(WizardContext context, QWidget *parent)
    : QWizard(parent)
    , m_context(std::move(context))
    , m_session(m_context.session) {
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::HaveHelpButton, false);
    resize(900, 720);
}

WorkbenchWizard::~WorkbenchWizard() {
    m_context.wipe();
}

void WorkbenchWizard::setCommitPage(int id, CommitPage *page) {
    m_commit = page;
    connect(page, &CommitPage::finished, this, [this](bool success) {
        if (m_commit->hasWritten())
            Q_EMIT committed(success);
    });
    setPage(id, page);
}

bool WorkbenchWizard::hasWritten() const {
    return m_commit && m_commit->hasWritten();
}

void WorkbenchWizard::reject() {
    if (m_commit && m_commit->isRunning()) {
        m_commit->cancel();
        return;
    }
    QWizard::reject();
}
