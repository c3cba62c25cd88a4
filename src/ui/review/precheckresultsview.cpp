// SPDX-License-Identifier: GPL-3.0-or-later
#include "precheckresultsview.h"

#include "reviewcolors.h"

#include <QHeaderView>
#include <QStyle>

PreCheckResultsView::PreCheckResultsView(QWidget *parent)
    : QTreeWidget(parent) {
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHeaderLabels({tr("Status"), tr("Check"), tr("Found")});
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(CheckColumn, QHeaderView::ResizeToContents);
}

QString PreCheckResultsView::statusLabel(PreCheckResult::Status status) {
    switch (status) {
    case PreCheckResult::Status::Passed:
        return tr("passed");
    case PreCheckResult::Status::Failed:
        return tr("failed");
    case PreCheckResult::Status::Error:
        return tr("error");
    case PreCheckResult::Status::Skipped:
        return tr("skipped");
    }
    return {};
}

void PreCheckResultsView::setResults(const PreCheckResults &results) {
    m_results = results;
    clear();
    const QColor base = palette().color(QPalette::Base);
    for (const PreCheckResult &r : results) {
        auto *item = new QTreeWidgetItem(this);
        QStyle::StandardPixmap icon = QStyle::SP_DialogApplyButton;
        if (r.status == PreCheckResult::Status::Failed || r.status == PreCheckResult::Status::Error)
            icon = QStyle::SP_MessageBoxCritical;
        else if (r.status == PreCheckResult::Status::Skipped)
            icon = QStyle::SP_MessageBoxInformation;
        item->setIcon(StatusColumn, style()->standardIcon(icon));
        item->setText(StatusColumn, statusLabel(r.status));
        item->setText(CheckColumn, r.check.description());
        QString found = r.message;
        if (r.elapsedMs > 0)
            found += tr(" (%1 ms)").arg(r.elapsedMs);
        item->setText(FoundColumn, found);
        const QString tip =
            r.sql.isEmpty() ? r.message : r.message + QStringLiteral("\n\n") + r.sql;
        for (int c = 0; c < columnCount(); ++c)
            item->setToolTip(c, tip);
        if (r.failed()) {
            const QBrush brush(ReviewColors::tint(base, ReviewColors::error(), 0.22));
            for (int c = 0; c < columnCount(); ++c)
                item->setBackground(c, brush);
        }
        // The sample rows themselves: what the user has to decide about.
        for (const QStringList &row : r.sampleRows) {
            QStringList cells;
            for (int i = 0; i < row.size(); ++i)
                cells << (i < r.sampleColumns.size()
                              ? QStringLiteral("%1 = %2").arg(r.sampleColumns.at(i), row.at(i))
                              : row.at(i));
            auto *sample = new QTreeWidgetItem(item);
            sample->setText(CheckColumn, tr("sample row"));
            sample->setText(FoundColumn, cells.join(QStringLiteral(", ")));
        }
        item->setExpanded(r.failed());
    }
}

QString PreCheckResultsView::text() const {
    QStringList lines;
    for (int i = 0; i < topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = topLevelItem(i);
        lines << QStringLiteral("%1 | %2 | %3")
                     .arg(item->text(StatusColumn), item->text(CheckColumn),
                          item->text(FoundColumn));
        for (int j = 0; j < item->childCount(); ++j)
            lines << QStringLiteral("    ") + item->child(j)->text(FoundColumn);
    }
    return lines.join(QLatin1Char('\n'));
}
