// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/dberror.h"
#include "db/sqlstatement.h"
#include "operationcontext.h"

#include <QList>

/// Sends statements one by one on the worker's connection, optionally inside one transaction,
/// with progress and cancel between statements and (through the canceller) inside them.
class StatementRunner {
public:
    struct Outcome {
        bool ok = true;
        bool cancelled = false;
        int failedIndex = -1; ///< index of the statement that failed
        DbError error;
        int executed = 0; ///< statements that completed
    };

    StatementRunner(OperationContext &context, int totalSteps);

    Outcome run(const QList<SqlStatement> &statements, bool atomic, const QString &label);
    /// Counts one step (bookkeeping) towards the progress.
    void step(const QString &what);
    int done() const { return m_done; }

private:
    DbError execOne(const QString &sql);

    OperationContext &m_ctx;
    int m_total;
    int m_done = 0;
};
