// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "query/queryhistory.h"

#include <QDialog>

class QLineEdit;
class QListWidget;
class QPlainTextEdit;

/// The statements executed on this connection, newest first, filtered as you type (every word
/// must occur); Enter or double-click puts the statement into the editor.
class QueryHistoryDialog : public QDialog {
    Q_OBJECT
public:
    QueryHistoryDialog(const QList<QueryHistory::Entry> &entries, QWidget *parent = nullptr);

    QLineEdit *searchEdit() const { return m_search; }
    QListWidget *list() const { return m_list; }
    /// The number of entries shown by the current filter.
    int visibleCount() const;

Q_SIGNALS:
    void insertRequested(const QString &sql);

private:
    void applyFilter();

    QList<QueryHistory::Entry> m_entries;
    QLineEdit *m_search;
    QListWidget *m_list;
    QPlainTextEdit *m_preview;
};
