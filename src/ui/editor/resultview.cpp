// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultview.h"

#include "query/resultwriter.h"
#include "resulttablemodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <set>

ResultView::ResultView(ResultTableModel *model, const QString &statement, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_statement(statement)
    , m_table(new QTableView(this))
    , m_status(new QLabel(this)) {
    model->setParent(this);
    m_table->setObjectName(QStringLiteral("resultTable"));
    m_table->setModel(model);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setDefaultSectionSize(140);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *copy = new QAction(tr("&Copy as TSV"), this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, &ResultView::copySelection);
    m_table->addAction(copy);

    auto *exportButton = new QToolButton(this);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setText(tr("Export"));
    exportButton->setToolTip(tr("Run the statement again and write every row to a file"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(exportButton);
    menu->addAction(tr("CSV…"), this, [this] { Q_EMIT exportRequested(ExportFormat::Csv); });
    menu->addAction(tr("JSON…"), this, [this] { Q_EMIT exportRequested(ExportFormat::Json); });
    menu->addAction(tr("SQL INSERT statements…"), this,
                    [this] { Q_EMIT exportRequested(ExportFormat::SqlInserts); });
    exportButton->setMenu(menu);
    auto *copyButton = new QToolButton(this);
    copyButton->setDefaultAction(copy);
    copyButton->setText(tr("Copy"));

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 2);
    bar->addWidget(m_status, 1);
    bar->addWidget(copyButton);
    bar->addWidget(exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_table, 1);
    layout->addLayout(bar);
    connect(model, &ResultTableModel::stateChanged, this, &ResultView::updateStatus);
    updateStatus();
    m_table->resizeColumnsToContents();
    for (int c = 0; c < model->columnCount(); ++c)
        m_table->setColumnWidth(c, qBound(60, m_table->columnWidth(c) + 12, 360));
}

QString ResultView::statusText() const {
    return m_status->text();
}

void ResultView::updateStatus() {
    const QString rows = QLocale().toString(m_model->rowCount());
    QString text;
    if (m_model->hasMore())
        text = m_model->isFetching() ? tr("%1 rows so far · fetching…").arg(rows)
                                     : tr("%1 rows so far · scroll for more").arg(rows);
    else if (m_model->isTruncated())
        text = tr("first %1 rows · the rest was not fetched (another statement used the "
                  "connection); run this statement alone or export it")
                   .arg(rows);
    else
        text = tr("%n row(s)", nullptr, m_model->rowCount());
    if (!m_model->fetchError().isEmpty() && !m_model->isTruncated())
        text += QStringLiteral(" · ") + m_model->fetchError();
    m_status->setText(text);
}

QString ResultView::selectionAsTsv() const {
    const QModelIndexList selected = m_table->selectionModel()
                                         ? m_table->selectionModel()->selectedIndexes()
                                         : QModelIndexList();
    std::set<int> rowSet, columnSet;
    for (const QModelIndex &i : selected) {
        rowSet.insert(i.row());
        columnSet.insert(i.column());
    }
    if (selected.isEmpty()) {
        for (int r = 0; r < m_model->rowCount(); ++r)
            rowSet.insert(r);
        for (int c = 0; c < m_model->columnCount(); ++c)
            columnSet.insert(c);
    }
    QList<QueryColumn> columns;
    for (int c : columnSet)
        columns << m_model->columns().at(c);
    QList<QueryRow> rows;
    for (int r : rowSet) {
        QueryRow row;
        for (int c : columnSet)
            row << m_model->rows().at(r).value(c);
        rows << row;
    }
    return ResultWriter::toTsv(columns, rows);
}

void ResultView::copySelection() {
    QApplication::clipboard()->setText(selectionAsTsv());
}
