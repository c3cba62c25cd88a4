// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace/checksum.h"

#include <QList>
#include <QString>
#include <QStringList>

/// Our verdict on one migration name: the join of its folder (if any) and its rows (if any).
struct MigrationStatus {
    enum class State {
        Pending,    ///< no row with that name
        Failed,     ///< a row with finished_at and rolled_back_at both NULL
        Applied,    ///< not failed, and a row with finished_at set and rolled_back_at NULL
        RolledBack, ///< rows exist, none of the above (deploy will apply it again)
    };

    QString name;
    State state = State::Pending;
    int localIndex = -1;   ///< index into MigrationsFolderScan::migrations, -1 when missing locally
    QList<int> rowIndexes; ///< indexes into HistoryReport::rows, in started_at order
    int decidingRow = -1;  ///< the row that decides state and checksum comparison
    Checksum::Match checksumMatch = Checksum::Match::Exact;
    bool modified = false;           ///< the local file does not match the deciding row's checksum
    bool startedNotFinished = false; ///< failed with logs NULL: the process died mid-migration
    bool reappliedAfterRollback = false;
    bool prismaEdited = false; ///< Prisma's own edit check (first row of the name) fails

    bool isLocal() const { return localIndex >= 0; }
    bool hasMultipleRows() const { return rowIndexes.size() > 1; }
    /// Something a user should act on (ours, broader than Prisma's).
    bool needsAttention() const;
    /// Sentences explaining the findings, for the details pane and human CLI output.
    QStringList findings() const;

    static QString stateKey(State state);   ///< "pending", "failed", "applied", "rolled-back"
    static QString stateLabel(State state); ///< translated label
};
