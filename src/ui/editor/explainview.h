// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "query/queryrequests.h"

#include <QWidget>

class QPlainTextEdit;
class QTreeWidget;

/// A query plan as a tree (node, cost/rows/timings), with every property of the selected node
/// and the database's raw output beside it.
class ExplainView : public QWidget {
    Q_OBJECT
public:
    explicit ExplainView(const ExplainResult &result, QWidget *parent = nullptr);
    QTreeWidget *tree() const { return m_tree; }

private:
    QTreeWidget *m_tree;
    QPlainTextEdit *m_details;
};
