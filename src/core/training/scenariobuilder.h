// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/connectionspec.h"
#include "scenario.h"

/// Builds a scenario's workspace (prisma/schema.prisma, prisma/migrations, .env) and database in
/// exactly the state Prisma would leave: migrations are deployed through the same engine as
/// `mwb deploy` (Prisma's rows), failures happen for real. SQLite by default (prisma/dev.db); on
/// a PostgreSQL or MariaDB server a fresh database `mwb_training_<n>_<suffix>` is created.
/// Blocking; call it off the GUI thread.
class ScenarioBuilder {
public:
    struct Result {
        QString workspace;
        ConnectionSpec database; ///< WITH the server's password when one was given
        QString error;
        bool ok() const { return error.isEmpty(); }
    };

    /// `dir` must be empty or an earlier training workspace (it is replaced).
    static Result build(const Scenario &scenario, const QString &dir,
                        const ConnectionSpec &server = {});
};

Q_DECLARE_METATYPE(ScenarioBuilder::Result)
