// SPDX-License-Identifier: GPL-3.0-or-later
#include "explainview.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTreeWidget>

ExplainView::ExplainView(const ExplainResult &result, QWidget *parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
    , m_details(new QPlainTextEdit(this)) {
    m_tree->setObjectName(QStringLiteral("explainTree"));
    m_tree->setHeaderLabels({tr("Plan node"), tr("Estimates and timings")});
    m_tree->setUniformRowHeights(true);
    QList<QTreeWidgetItem *> items;
    for (const ExplainNode &node : result.nodes) {
        QTreeWidgetItem *parentItem =
            node.parent >= 0 && node.parent < items.size() ? items.at(node.parent) : nullptr;
        auto *item = parentItem ? new QTreeWidgetItem(parentItem) : new QTreeWidgetItem(m_tree);
        item->setText(0, node.title);
        item->setText(1, node.detail);
        QStringList lines;
        for (const auto &[key, value] : node.properties)
            lines << key + QStringLiteral(": ") + value;
        item->setData(0, Qt::UserRole, lines.join(QLatin1Char('\n')));
        item->setToolTip(0, node.title);
        item->setToolTip(1, node.detail);
        items << item;
    }
    m_tree->expandAll();
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setPlaceholderText(tr("Select a node to see all its properties."));
    m_details->setPlainText(tr("Raw output of the database:\n\n") + result.raw);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            m_details->setPlainText(item->text(0) + QStringLiteral("\n\n") +
                                    item->data(0, Qt::UserRole).toString());
    });
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
}
