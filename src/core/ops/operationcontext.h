// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/connectionspec.h"

#include <atomic>
#include <functional>

class QSqlDatabase;
class QueryCanceller;

/// What an operation needs from the worker that runs it: the open connection, cancel, progress.
struct OperationContext {
    QSqlDatabase &db;
    ConnectionSpec spec;
    const std::atomic_bool *cancel = nullptr;
    QueryCanceller *canceller = nullptr; ///< may be null: no in-statement cancel
    /// Called after each step: steps done, steps in total, what runs next.
    std::function<void(int, int, const QString &)> progress;

    bool isCancelled() const { return cancel && cancel->load(); }
};
