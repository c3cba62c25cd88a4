// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "query/queryrequests.h"

#include <QAbstractTableModel>

/// One result set in the grid, filled in chunks: it holds only the rows fetched so far and asks
/// for more (fetchRequested) when the view scrolls near the end (canFetchMore/fetchMore); the
/// rows arrive asynchronously through appendChunk(). NULL is shown as an italic, grey "NULL"
/// (an empty string stays empty). Role Qt::UserRole gives the raw value.
class ResultTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit ResultTableModel(QObject *parent = nullptr);

    void setResult(const QList<QueryColumn> &columns, const QList<QueryRow> &rows, quint64 cursorId,
                   bool truncated = false);
    /// Rows of this model's cursor; ignored for another cursor.
    void appendChunk(const RowChunk &chunk);
    /// The cursor was closed by another statement: no more rows will come.
    void markCursorClosed();

    quint64 cursorId() const { return m_cursorId; }
    bool hasMore() const { return m_cursorId != 0; }
    bool isFetching() const { return m_fetching; }
    /// Rows existed beyond what was fetched but are gone (another statement needed the connection).
    bool isTruncated() const { return m_truncated; }
    int chunkSize() const { return m_chunkSize; }
    void setChunkSize(int rows) { m_chunkSize = rows; }
    const QList<QueryColumn> &columns() const { return m_columns; }
    const QList<QueryRow> &rows() const { return m_rows; }
    QString fetchError() const { return m_fetchError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void fetchRequested(quint64 cursorId, int rows);
    /// Rows arrived, the cursor ended or was closed: for status lines.
    void stateChanged();

private:
    QList<QueryColumn> m_columns;
    QList<QueryRow> m_rows;
    quint64 m_cursorId = 0;
    bool m_fetching = false;
    bool m_truncated = false;
    int m_chunkSize = 2000;
    QString m_fetchError;
};
