// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schema/schemadiff.h"

#include <QTreeWidget>

/// The changes of a SchemaDiff as a tree: added, removed and changed tables (with their columns,
/// keys, indexes and foreign keys), enums and views. Selecting an item asks to show its object.
class DiffSummaryTree : public QTreeWidget {
    Q_OBJECT
public:
    enum Role {
        KindRole = Qt::UserRole + 1, ///< "table", "enum", "view"; empty for group items
        ObjectRole,                  ///< the table/enum name
        ItemRole,                    ///< the column/index/foreign key/value name, may be empty
    };

    explicit DiffSummaryTree(QWidget *parent = nullptr);

    void setDiff(const SchemaDiff &diff);
    /// The number of individual changes (an added table counts once, a changed table once per
    /// column, key, index and foreign key change).
    static int changeCount(const SchemaDiff &diff);
    /// The first item (depth first) whose text starts with `text`, for tests.
    QTreeWidgetItem *findItem(const QString &text) const;

Q_SIGNALS:
    void objectSelected(const QString &kind, const QString &object, const QString &item);

private:
    QTreeWidgetItem *group(const QString &title, int count);
    void emitSelected(QTreeWidgetItem *item);
};
