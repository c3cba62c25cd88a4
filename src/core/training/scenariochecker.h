// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/connectionspec.h"
#include "scenario.h"

#include <QStringList>

/// Decides whether a scenario is solved by looking at the real database and workspace: the rows
/// in `_prisma_migrations` (our history classification and Prisma's own verdict), the schema
/// against the migrations (drift), and the data the scenario must preserve. Explains what is
/// still wrong otherwise. Blocking; call it off the GUI thread.
class ScenarioChecker {
public:
    struct Result {
        bool solved = false;
        QStringList problems;  ///< what is still wrong, one sentence each
        QStringList satisfied; ///< the conditions that already hold
        QString error;         ///< the check itself could not run (database unreachable …)
    };

    static Result check(const Scenario &scenario, const QString &workspace,
                        const ConnectionSpec &database);
};
