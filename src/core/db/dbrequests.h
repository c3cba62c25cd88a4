// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dberror.h"
#include "history/historyreport.h"

#include <QMetaType>

/// Result of opening a session's connection.
struct OpenResult {
    quint64 requestId = 0;
    DbError error;
    QString serverVersion;
};

/// Read the migrations folder and `_prisma_migrations`, then classify.
struct HistoryRequest {
    quint64 requestId = 0;
    QString migrationsDir;
};

struct HistoryResult {
    quint64 requestId = 0;
    HistoryReport report;
    DbError error;
    qint64 elapsedMs = 0;
};

Q_DECLARE_METATYPE(OpenResult)
Q_DECLARE_METATYPE(HistoryRequest)
Q_DECLARE_METATYPE(HistoryResult)
