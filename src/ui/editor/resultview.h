// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "query/queryrequests.h"

#include <QWidget>

class QLabel;
class QTableView;
class ResultTableModel;

/// One statement's result set: the grid, a status line (rows fetched, more available, dropped
/// rest), copy as TSV (Ctrl+C) and export of the whole result (CSV, JSON, SQL INSERTs).
class ResultView : public QWidget {
    Q_OBJECT
public:
    ResultView(ResultTableModel *model, const QString &statement, QWidget *parent = nullptr);

    ResultTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QString statement() const { return m_statement; }
    QString statusText() const;
    /// The selected cells (their bounding rows and columns) as TSV with a header line; the whole
    /// grid without a selection.
    QString selectionAsTsv() const;
    void copySelection();

Q_SIGNALS:
    void exportRequested(ExportFormat format);

private:
    void updateStatus();

    ResultTableModel *m_model;
    QString m_statement;
    QTableView *m_table;
    QLabel *m_status;
};
