// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyview.h"

#include "historyfilterproxy.h"
#include "historytablemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

HistoryView::HistoryView(HistoryTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new HistoryFilterProxy(this))
    , m_filter(new QLineEdit(this))
    , m_category(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this)) {
    m_proxy->setSourceModel(model);

    m_filter->setPlaceholderText(tr("Filter migrations by name…"));
    m_filter->setClearButtonEnabled(true);
    using Category = HistoryFilterProxy::Category;
    const QList<std::pair<QString, Category>> categories{
        {tr("All migrations"), Category::All},
        {tr("Needs attention"), Category::NeedsAttention},
        {tr("Applied"), Category::Applied},
        {tr("Pending"), Category::Pending},
        {tr("Failed"), Category::Failed},
        {tr("Rolled back"), Category::RolledBack},
        {tr("Modified after apply"), Category::Modified},
        {tr("Missing locally"), Category::MissingLocally},
    };
    for (const auto &[label, category] : categories)
        m_category->addItem(label, static_cast<int>(category));

    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(false); // folder order is the meaningful order; header click sorts
    m_table->horizontalHeader()->setSectionsClickable(true);
    m_table->horizontalHeader()->setSortIndicatorShown(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    const int digit = m_table->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_table->setColumnWidth(HistoryTableModel::StateColumn, 19 * digit);
    m_table->setColumnWidth(HistoryTableModel::NameColumn, 28 * digit);
    m_table->setColumnWidth(HistoryTableModel::LocalColumn, 7 * digit);
    m_table->setColumnWidth(HistoryTableModel::RowsColumn, 5 * digit);
    // Short columns must still fit their (translated) header.
    for (const int column :
         {int(HistoryTableModel::LocalColumn), int(HistoryTableModel::RowsColumn)}) {
        const QString header = model->headerData(column, Qt::Horizontal).toString();
        m_table->setColumnWidth(column,
                                qMax(m_table->columnWidth(column),
                                     m_table->fontMetrics().horizontalAdvance(header) + 3 * digit));
    }
    m_table->setColumnWidth(HistoryTableModel::StartedColumn, 19 * digit);
    m_table->setColumnWidth(HistoryTableModel::FinishedColumn, 19 * digit);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionClicked, this, [this](int column) {
        m_table->horizontalHeader()->setSortIndicatorShown(true);
        m_table->setSortingEnabled(true);
        m_table->sortByColumn(column, m_table->horizontalHeader()->sortIndicatorOrder());
    });

    auto *bar = new QHBoxLayout;
    m_bar = bar;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_category);
    bar->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setText(text);
        updateCount();
    });
    connect(m_category, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setCategory(static_cast<Category>(m_category->currentData().toInt()));
        updateCount();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HistoryView::emitCurrent);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &HistoryView::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &HistoryView::emitCurrent);
    updateCount();
}

void HistoryView::updateCount() {
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(shown == total ? tr("%n migration(s)", nullptr, total)
                                    : tr("%1 of %2").arg(shown).arg(total));
}

void HistoryView::emitCurrent() {
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    Q_EMIT currentMigrationChanged(
        current.isValid() ? current.data(HistoryTableModel::StatusIndexRole).toInt() : -1);
}

bool HistoryView::selectMigration(const QString &name) {
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, HistoryTableModel::NameColumn);
        if (index.data().toString() == name) {
            m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                  QItemSelectionModel::Rows);
            m_table->scrollTo(index);
            return true;
        }
    }
    return false;
}

void HistoryView::addBarWidget(QWidget *widget) {
    m_bar->addWidget(widget);
}

void HistoryView::focusFilter() {
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}
