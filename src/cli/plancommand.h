// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

/// `mwb plan create|show|approve|execute`: change plans for writes that need a review (any write
/// to production). create takes the operation like `mwb deploy|resolve|execute` does and writes
/// the plan file; approve records a reviewer who is not the author; execute verifies the hash,
/// the approval and the preconditions against the live database, then runs it (journaled with
/// the plan hash). Exit 0 done; 1 refused, failed, tampered or a pre-check found blocking data;
/// 2 bad arguments or plan file; 3 database unreachable.
class PlanCommand {
public:
    static int run(const QStringList &arguments);
};
