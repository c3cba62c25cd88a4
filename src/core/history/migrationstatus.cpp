// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrationstatus.h"

#include "mwbtr.h"

bool MigrationStatus::needsAttention() const {
    return state != State::Applied || modified || !isLocal();
}

QStringList MigrationStatus::findings() const {
    QStringList out;
    switch (state) {
    case State::Pending:
        out << MwbTr::tr("Not applied: the next deploy will run it.");
        break;
    case State::Failed:
        if (startedNotFinished)
            out << MwbTr::tr("Started but never finished: the process or the database stopped "
                             "in the middle (no logs were written). Prisma blocks every deploy "
                             "(P3009) until it is resolved. Check which of its statements took "
                             "effect; then either revert them and mark it rolled back (prisma "
                             "migrate resolve --rolled-back), or complete it by hand and mark it "
                             "applied (prisma migrate resolve --applied).");
        else
            out << MwbTr::tr("Failed: Prisma blocks every deploy (P3009) until it is marked "
                             "rolled back or applied.");
        break;
    case State::RolledBack:
        out << MwbTr::tr("Rolled back: prisma migrate status calls this up to date, but the next "
                         "deploy will run it again.");
        break;
    case State::Applied:
        break;
    }
    if (reappliedAfterRollback)
        out << MwbTr::tr("Applied again after an earlier attempt was rolled back.");
    if (hasMultipleRows())
        out << MwbTr::tr("%n rows in _prisma_migrations have this name.", nullptr,
                         static_cast<int>(rowIndexes.size()));
    if (!isLocal())
        out << MwbTr::tr("Missing locally: the database has it, the migrations folder does not. "
                         "Prisma ignores it on deploy.");
    if (modified)
        out << MwbTr::tr("Modified after it was applied: the file's checksum differs from the "
                         "one recorded.");
    else if (checksumMatch == Checksum::Match::LineEndings)
        out << MwbTr::tr("Line endings differ from the recorded file (CRLF/LF); Prisma does not "
                         "count this as an edit.");
    if (prismaEdited && !modified)
        out << MwbTr::tr("prisma migrate dev would report it as modified: Prisma compares with "
                         "the oldest row of this name, which has another checksum.");
    return out;
}

QString MigrationStatus::stateKey(State s) {
    switch (s) {
    case State::Pending:
        return QStringLiteral("pending");
    case State::Failed:
        return QStringLiteral("failed");
    case State::Applied:
        return QStringLiteral("applied");
    case State::RolledBack:
        return QStringLiteral("rolled-back");
    }
    return {};
}

QString MigrationStatus::stateLabel(State s) {
    switch (s) {
    case State::Pending:
        return MwbTr::tr("Pending");
    case State::Failed:
        return MwbTr::tr("Failed");
    case State::Applied:
        return MwbTr::tr("Applied");
    case State::RolledBack:
        return MwbTr::tr("Rolled back");
    }
    return {};
}
