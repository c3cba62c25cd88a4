// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/precheck.h"

#include <QTreeWidget>

/// Data pre-check results: one row per check (status, what was checked, what was found) with its
/// sample rows as children ("id = 1, name = paul"), failed checks expanded and highlighted.
class PreCheckResultsView : public QTreeWidget {
    Q_OBJECT
public:
    enum Column { StatusColumn, CheckColumn, FoundColumn };

    explicit PreCheckResultsView(QWidget *parent = nullptr);

    void setResults(const PreCheckResults &results);
    const PreCheckResults &results() const { return m_results; }
    /// Every visible text, rows and samples, one line each (for tests and copying).
    QString text() const;

    static QString statusLabel(PreCheckResult::Status status);

private:
    PreCheckResults m_results;
};
