// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/lintfinding.h"

#include <QTreeWidget>

/// The lint findings of a script or of pending migrations, one row each: severity (icon), rule,
/// where (source, statement, line:column) and the one-line explanation. Errors are highlighted;
/// the tooltip shows the statement and what the pre-checks added.
class LintFindingsView : public QTreeWidget {
    Q_OBJECT
public:
    enum Column { SeverityColumn, RuleColumn, WhereColumn, MessageColumn };

    explicit LintFindingsView(QWidget *parent = nullptr);

    void setFindings(const LintFindings &findings);
    const LintFindings &findings() const { return m_findings; }

    /// "2 findings: 1 error, 1 warning" (or "No findings.").
    static QString summary(const LintFindings &findings);

private:
    LintFindings m_findings;
};
