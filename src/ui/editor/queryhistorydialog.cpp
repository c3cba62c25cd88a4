// SPDX-License-Identifier: GPL-3.0-or-later
#include "queryhistorydialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

QueryHistoryDialog::QueryHistoryDialog(const QList<QueryHistory::Entry> &entries, QWidget *parent)
    : QDialog(parent)
    , m_entries(entries)
    , m_search(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_preview(new QPlainTextEdit(this)) {
    setWindowTitle(tr("Query History"));
    resize(820, 520);
    m_search->setPlaceholderText(tr("Search the statements run on this connection"));
    m_search->setClearButtonEnabled(true);
    m_preview->setReadOnly(true);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    for (qsizetype i = m_entries.size() - 1; i >= 0; --i) {
        const QueryHistory::Entry &e = m_entries.at(i);
        QString firstLine = e.sql.simplified();
        if (firstLine.size() > 140)
            firstLine = firstLine.left(140) + QStringLiteral("…");
        auto *item = new QListWidgetItem(
            QStringLiteral("%1  %2  %3")
                .arg(e.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                     e.ok ? tr("%1 ms").arg(e.elapsedMs) : tr("failed"), firstLine),
            m_list);
        item->setData(Qt::UserRole, static_cast<int>(i));
        if (!e.ok)
            item->setForeground(QColor(0xc6, 0x28, 0x28));
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *insert = buttons->addButton(tr("Insert into Editor"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto emitCurrent = [this] {
        if (QListWidgetItem *item = m_list->currentItem()) {
            Q_EMIT insertRequested(m_entries.at(item->data(Qt::UserRole).toInt()).sql);
            accept();
        }
    };
    connect(insert, &QPushButton::clicked, this, emitCurrent);
    connect(m_list, &QListWidget::itemActivated, this, emitCurrent);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (!item) {
            m_preview->clear();
            return;
        }
        const QueryHistory::Entry &e = m_entries.at(item->data(Qt::UserRole).toInt());
        m_preview->setPlainText(
            e.sql + (e.error.isEmpty() ? QString() : QStringLiteral("\n\n-- ") + e.error));
    });
    connect(m_search, &QLineEdit::textChanged, this, &QueryHistoryDialog::applyFilter);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    m_list->setCurrentRow(0);
}

void QueryHistoryDialog::applyFilter() {
    const QStringList words = m_search->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const QString &sql = m_entries.at(item->data(Qt::UserRole).toInt()).sql;
        bool visible = true;
        for (const QString &w : words)
            visible = visible && sql.contains(w, Qt::CaseInsensitive);
        item->setHidden(!visible);
    }
}

int QueryHistoryDialog::visibleCount() const {
    int n = 0;
    for (int row = 0; row < m_list->count(); ++row)
        n += m_list->item(row)->isHidden() ? 0 : 1;
    return n;
}
