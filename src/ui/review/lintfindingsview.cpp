// SPDX-License-Identifier: GPL-3.0-or-later
#include "lintfindingsview.h"

#include "reviewcolors.h"

#include <QHeaderView>
#include <QStyle>

LintFindingsView::LintFindingsView(QWidget *parent)
    : QTreeWidget(parent) {
    setRootIsDecorated(false);
    setUniformRowHeights(false);    // explanations wrap: they are the point of the list
    setAlternatingRowColors(false); // the error tint must stay visible
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHeaderLabels({tr("Severity"), tr("Rule"), tr("Where"), tr("Explanation")});
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(SeverityColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(RuleColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(WhereColumn, QHeaderView::ResizeToContents);
    setWordWrap(true);
}

QString LintFindingsView::summary(const LintFindings &findings) {
    if (findings.isEmpty())
        return tr("No findings.");
    int counts[3] = {0, 0, 0};
    for (const LintFinding &f : findings)
        ++counts[static_cast<int>(f.severity)];
    QStringList parts;
    if (counts[2] > 0)
        parts << tr("%n error(s)", nullptr, counts[2]);
    if (counts[1] > 0)
        parts << tr("%n warning(s)", nullptr, counts[1]);
    if (counts[0] > 0)
        parts << tr("%n info", nullptr, counts[0]);
    return tr("%n finding(s): ", nullptr, static_cast<int>(findings.size())) +
           parts.join(QStringLiteral(", "));
}

void LintFindingsView::setFindings(const LintFindings &findings) {
    m_findings = findings;
    clear();
    const QColor base = palette().color(QPalette::Base);
    for (const LintFinding &f : findings) {
        auto *item = new QTreeWidgetItem(this);
        QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
        if (f.severity == LintFinding::Severity::Error)
            icon = QStyle::SP_MessageBoxCritical;
        else if (f.severity == LintFinding::Severity::Warning)
            icon = QStyle::SP_MessageBoxWarning;
        item->setIcon(SeverityColumn, style()->standardIcon(icon));
        item->setText(SeverityColumn, LintFinding::severityLabel(f.severity));
        item->setText(RuleColumn, f.ruleId);
        QString where = f.source;
        if (f.statementIndex >= 0)
            where += tr(": statement %1").arg(f.statementIndex + 1);
        if (f.line > 0)
            where += tr(", line %1:%2").arg(f.line).arg(f.column);
        item->setText(WhereColumn, where);
        item->setText(MessageColumn, f.detail.isEmpty()
                                         ? f.message
                                         : QStringLiteral("%1 — %2").arg(f.message, f.detail));
        QString tip = f.message;
        if (!f.detail.isEmpty())
            tip += QLatin1Char('\n') + f.detail;
        if (!f.statement.isEmpty())
            tip += QStringLiteral("\n\n") + f.statement.trimmed().left(2000);
        for (int c = 0; c < columnCount(); ++c)
            item->setToolTip(c, tip);
        if (f.severity == LintFinding::Severity::Error) {
            // Errors stand out: tinted row, bold severity.
            const QBrush brush(ReviewColors::tint(base, ReviewColors::error(), 0.22));
            for (int c = 0; c < columnCount(); ++c)
                item->setBackground(c, brush);
            QFont bold = font();
            bold.setBold(true);
            item->setFont(SeverityColumn, bold);
        }
    }
}
