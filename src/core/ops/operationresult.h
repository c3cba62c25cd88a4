// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/dberror.h"
#include "operationplan.h"

#include <QMetaType>

/// What an operation did: its plan, the outcome, and for a failure where and how to recover.
struct OperationResult {
    OperationPlan plan;
    bool dryRun = false;
    bool success = false;
    bool cancelled = false;
    QString errorCode;    ///< P-code (P3009, P3018 …) or empty
    QString errorMessage; ///< the full text (Prisma's wording for P-codes)
    DbError dbError;      ///< the database's own error, when one occurred
    QString failedMigration;
    int failedStatement = -1; ///< index into the migration's (or script's) statements
    int failedLine = 0;
    int failedColumn = 0;
    QString failedSql;
    QStringList applied; ///< deploy: migrations applied by this run
    QStringList output;  ///< human output lines, as Prisma prints them where it has an equivalent
    QString recovery;    ///< what to do next after a failure
    int statementsRun = 0;
    qint64 elapsedMs = 0;

    /// The operation is refused before anything is written: records Prisma's code and text and
    /// the `Error: CODE` output Prisma prints. Returns a copy, for `return result.refused(…)`.
    OperationResult refused(const QString &code, const QString &message) const {
        OperationResult r = *this;
        r.plan.refusalCode = code;
        r.plan.refusal = message;
        r.errorCode = code;
        r.errorMessage = message;
        r.output << (code.isEmpty() ? QStringLiteral("Error: ") + message
                                    : QStringLiteral("Error: %1\n\n%2").arg(code, message));
        return r;
    }
};

Q_DECLARE_METATYPE(OperationResult)
