// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dberror.h"
#include "history/historyreport.h"
#include "ops/operationresult.h"

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

/// A write operation (or its preview): deploy, resolve, execute.
struct OperationRequest {
    enum class Kind { Deploy, ResolveApplied, ResolveRolledBack, Execute };

    quint64 requestId = 0;
    Kind kind = Kind::Deploy;
    QString migrationsDir; ///< deploy, resolve --applied
    QString migrationName; ///< resolve
    QString script;        ///< execute
    QString scriptName;    ///< execute: shown in messages (file name or "stdin")
    bool dryRun = false;   ///< only build the preview
    bool atomic =
        true; ///< deploy: one transaction per migration where possible; execute: whole script
    /// The user elevated a read-only (production) connection for this operation.
    bool elevated = false;
    QString journalPath;     ///< append the write to this audit journal (empty: no journal)
    QString environment;     ///< local, staging, production (for the journal)
    QString connectionLabel; ///< the connection without password (for the journal)
};

struct OperationProgress {
    quint64 requestId = 0;
    int done = 0;
    int total = 0;
    QString what;
};

struct OperationReply {
    quint64 requestId = 0;
    OperationResult result;
};

Q_DECLARE_METATYPE(OpenResult)
Q_DECLARE_METATYPE(OperationRequest)
Q_DECLARE_METATYPE(OperationProgress)
Q_DECLARE_METATYPE(OperationReply)
Q_DECLARE_METATYPE(HistoryRequest)
Q_DECLARE_METATYPE(HistoryResult)
