// SPDX-License-Identifier: GPL-3.0-or-later
#include "diffsummarytree.h"

#include <QHeaderView>
#include <QSet>

namespace {
const QString TableKind = QStringLiteral("table");
const QString EnumKind = QStringLiteral("enum");
const QString ViewKind = QStringLiteral("view");

QTreeWidgetItem *addItem(QTreeWidgetItem *parent, const QString &text, const QString &detail,
                         const QString &kind, const QString &object, const QString &item = {}) {
    auto *child = new QTreeWidgetItem(parent, {text, detail});
    child->setData(0, DiffSummaryTree::KindRole, kind);
    child->setData(0, DiffSummaryTree::ObjectRole, object);
    child->setData(0, DiffSummaryTree::ItemRole, item);
    child->setToolTip(0, detail.isEmpty() ? text : text + QStringLiteral(": ") + detail);
    return child;
}

QString columnList(const QStringList &columns) {
    return QLatin1Char('(') + columns.join(QStringLiteral(", ")) + QLatin1Char(')');
}

int tableChangeCount(const TableDiff &t) {
    return static_cast<int>(t.addedColumns.size() + t.removedColumns.size() +
                            t.alteredColumns.size() + t.addedIndexes.size() +
                            t.removedIndexes.size() + t.addedForeignKeys.size() +
                            t.removedForeignKeys.size()) +
           (t.primaryKeyAdded ? 1 : 0) + (t.primaryKeyDropped ? 1 : 0);
}
} // namespace

DiffSummaryTree::DiffSummaryTree(QWidget *parent)
    : QTreeWidget(parent) {
    setObjectName(QStringLiteral("summaryTree"));
    setColumnCount(2);
    setHeaderLabels({tr("Change"), tr("Details")});
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    header()->setStretchLastSection(true);
    connect(this, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current) { emitSelected(current); });
    connect(this, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem *item) { emitSelected(item); });
}

void DiffSummaryTree::emitSelected(QTreeWidgetItem *item) {
    if (!item || item->data(0, ObjectRole).toString().isEmpty())
        return;
    Q_EMIT objectSelected(item->data(0, KindRole).toString(), item->data(0, ObjectRole).toString(),
                          item->data(0, ItemRole).toString());
}

QTreeWidgetItem *DiffSummaryTree::group(const QString &title, int count) {
    auto *item = new QTreeWidgetItem(this, {title, tr("%n change(s)", nullptr, count)});
    QFont bold = item->font(0);
    bold.setBold(true);
    item->setFont(0, bold);
    item->setFlags(Qt::ItemIsEnabled);
    return item;
}

int DiffSummaryTree::changeCount(const SchemaDiff &diff) {
    // Added and removed tables count once, with their indexes and foreign keys.
    QSet<QString> added(diff.addedTables.cbegin(), diff.addedTables.cend());
    added.unite(QSet<QString>(diff.removedTables.cbegin(), diff.removedTables.cend()));
    int count = static_cast<int>(diff.addedSchemas.size() + diff.addedEnums.size() +
                                 diff.addedTables.size() + diff.removedEnums.size() +
                                 diff.removedTables.size() + diff.removedViews.size());
    for (const EnumDiff &e : diff.changedEnums)
        count += static_cast<int>(e.addedValues.size() + e.removedValues.size());
    for (const TableDiff &t : diff.changedTables) {
        if (!added.contains(t.table))
            count += qMax(tableChangeCount(t), diff.redefinedTables.contains(t.table) ? 1 : 0);
    }
    for (const TableDiff &t : diff.redefinedDetails)
        count += qMax(1, tableChangeCount(t));
    return count;
}

void DiffSummaryTree::setDiff(const SchemaDiff &diff) {
    clear();
    if (diff.isEmpty()) {
        auto *item = new QTreeWidgetItem(this, {tr("No differences"), QString()});
        item->setFlags(Qt::ItemIsEnabled);
        return;
    }
    const auto tableDiff = [&diff](const QString &table) -> const TableDiff * {
        for (const QList<TableDiff> *list : {&diff.changedTables, &diff.redefinedDetails}) {
            for (const TableDiff &t : *list) {
                if (t.table == table)
                    return &t;
            }
        }
        return nullptr;
    };
    const auto addIndexes = [](QTreeWidgetItem *parent, const TableDiff &t) {
        for (const SchemaIndex &index : t.addedIndexes)
            addItem(parent, tr("[+] %1").arg(index.name),
                    (index.unique ? tr("unique index %1") : tr("index %1"))
                        .arg(columnList(index.columns)),
                    TableKind, t.table, index.name);
        for (const SchemaIndex &index : t.removedIndexes)
            addItem(parent, tr("[-] %1").arg(index.name),
                    (index.unique ? tr("unique index %1 removed") : tr("index %1 removed"))
                        .arg(columnList(index.columns)),
                    TableKind, t.table, index.name);
        for (const SchemaForeignKey &fk : t.addedForeignKeys)
            addItem(parent, tr("[+] %1").arg(fk.name),
                    tr("foreign key %1 → %2%3")
                        .arg(columnList(fk.columns), fk.referencedTable,
                             columnList(fk.referencedColumns)),
                    TableKind, t.table, fk.name);
        for (const SchemaForeignKey &fk : t.removedForeignKeys)
            addItem(parent, tr("[-] %1").arg(fk.name),
                    tr("foreign key %1 → %2%3 removed")
                        .arg(columnList(fk.columns), fk.referencedTable,
                             columnList(fk.referencedColumns)),
                    TableKind, t.table, fk.name);
    };

    if (!diff.addedSchemas.isEmpty()) {
        auto *g = group(tr("Added schemas"), static_cast<int>(diff.addedSchemas.size()));
        for (const QString &name : diff.addedSchemas)
            addItem(g, tr("[+] %1").arg(name), tr("schema"), QString(), QString());
    }
    if (!diff.addedEnums.isEmpty()) {
        auto *g = group(tr("Added enums"), static_cast<int>(diff.addedEnums.size()));
        for (const QString &name : diff.addedEnums)
            addItem(g, tr("[+] %1").arg(name), tr("enum"), EnumKind, name);
    }
    if (!diff.addedTables.isEmpty()) {
        auto *g = group(tr("Added tables"), static_cast<int>(diff.addedTables.size()));
        for (const QString &name : diff.addedTables) {
            auto *item = addItem(g, tr("[+] %1").arg(name), tr("table"), TableKind, name);
            if (const TableDiff *t = tableDiff(name))
                addIndexes(item, *t);
        }
    }
    if (!diff.removedTables.isEmpty()) {
        auto *g = group(tr("Removed tables"), static_cast<int>(diff.removedTables.size()));
        for (const QString &name : diff.removedTables) {
            auto *item = addItem(g, tr("[-] %1").arg(name), tr("table"), TableKind, name);
            if (const TableDiff *t = tableDiff(name)) // its foreign keys, dropped first
                addIndexes(item, *t);
        }
    }
    if (!diff.removedEnums.isEmpty()) {
        auto *g = group(tr("Removed enums"), static_cast<int>(diff.removedEnums.size()));
        for (const QString &name : diff.removedEnums)
            addItem(g, tr("[-] %1").arg(name), tr("enum"), EnumKind, name);
    }
    if (!diff.removedViews.isEmpty()) {
        auto *g = group(tr("Removed views"), static_cast<int>(diff.removedViews.size()));
        for (const QString &name : diff.removedViews)
            addItem(g, tr("[-] %1").arg(name), tr("view"), ViewKind, name);
    }

    QSet<QString> addedOrRemoved(diff.addedTables.cbegin(), diff.addedTables.cend());
    addedOrRemoved.unite(QSet<QString>(diff.removedTables.cbegin(), diff.removedTables.cend()));
    QStringList changed;
    for (const TableDiff &t : diff.changedTables) {
        if (!addedOrRemoved.contains(t.table))
            changed.append(t.table);
    }
    for (const QString &table : diff.redefinedTables) {
        if (!changed.contains(table))
            changed.append(table);
    }
    if (!changed.isEmpty()) {
        int count = 0;
        for (const QString &name : changed)
            count += tableDiff(name) ? qMax(1, tableChangeCount(*tableDiff(name))) : 1;
        auto *g = group(tr("Changed tables"), count);
        for (const QString &name : changed) {
            const bool redefined = diff.redefinedTables.contains(name);
            auto *item =
                addItem(g, tr("[*] %1").arg(name),
                        redefined ? tr("table, redefined (SQLite rebuilds it)") : tr("table"),
                        TableKind, name);
            const TableDiff *t = tableDiff(name);
            if (!t)
                continue;
            for (const QString &column : t->addedColumns)
                addItem(item, tr("[+] %1").arg(column), tr("column added"), TableKind, name,
                        column);
            for (const QString &column : t->removedColumns)
                addItem(item, tr("[-] %1").arg(column), tr("column removed"), TableKind, name,
                        column);
            for (const ColumnChange &c : t->alteredColumns) {
                QStringList what;
                if (c.typeChanged)
                    what << tr("type changed");
                if (c.arityChanged)
                    what << (c.becameOptional ? tr("now optional") : tr("now required"));
                if (c.defaultChanged) {
                    const QString none = tr("none");
                    what << tr("default %1 → %2")
                                .arg(c.defaultBefore.isEmpty() ? none : c.defaultBefore,
                                     c.defaultAfter.isEmpty() ? none : c.defaultAfter);
                }
                if (c.autoIncrementChanged)
                    what << (c.becameAutoIncrement ? tr("autoincrement added")
                                                   : tr("autoincrement removed"));
                addItem(item, tr("[*] %1").arg(c.column), what.join(QStringLiteral(", ")),
                        TableKind, name, c.column);
            }
            if (t->primaryKeyDropped)
                addItem(item, tr("[-] primary key"), columnList(t->primaryKeyBefore), TableKind,
                        name, t->primaryKeyBefore.value(0));
            if (t->primaryKeyAdded)
                addItem(item, tr("[+] primary key"), columnList(t->primaryKeyAfter), TableKind,
                        name, t->primaryKeyAfter.value(0));
            addIndexes(item, *t);
        }
    }

    if (!diff.changedEnums.isEmpty()) {
        int count = 0;
        for (const EnumDiff &e : diff.changedEnums)
            count += static_cast<int>(e.addedValues.size() + e.removedValues.size());
        auto *g = group(tr("Changed enums"), count);
        for (const EnumDiff &e : diff.changedEnums) {
            auto *item = addItem(g, tr("[*] %1").arg(e.name), tr("enum"), EnumKind, e.name);
            for (const QString &value : e.addedValues)
                addItem(item, tr("[+] %1").arg(value), tr("value added"), EnumKind, e.name, value);
            for (const QString &value : e.removedValues)
                addItem(item, tr("[-] %1").arg(value), tr("value removed"), EnumKind, e.name,
                        value);
        }
    }
    expandAll();
    resizeColumnToContents(0);
}

QTreeWidgetItem *DiffSummaryTree::findItem(const QString &text) const {
    QTreeWidgetItemIterator it(const_cast<DiffSummaryTree *>(this));
    for (; *it; ++it) {
        if ((*it)->text(0).startsWith(text))
            return *it;
    }
    return nullptr;
}
