// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "failedmigrationforensics.h"

#include <QStringList>

/// The ways out of a failed migration that Prisma's guides describe (seed 000: mark rolled back
/// and redeploy, or complete by hand and mark applied; seed 003: move backward or forward with
/// migrate diff + db execute), each with its preconditions checked against the forensics and the
/// equivalent `prisma` commands.
struct RecoveryOption {
    enum class Kind { RolledBackRedeploy, CompleteMarkApplied, MoveBackward, MoveForward };
    Kind kind = Kind::MoveBackward;
    QString title;
    QString explanation;
    QStringList prismaCommands;
    bool available = true;
    QString unavailableReason; ///< why the preconditions do not hold
};

class RecoveryAdvisor {
public:
    static QList<RecoveryOption> options(const QString &migration, const Forensics &forensics);
};
