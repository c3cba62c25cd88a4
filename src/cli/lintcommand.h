// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

/// `mwb lint [--json] [file.sql…]`: lints the given scripts, or the migrations `deploy` would
/// run; with a database, runs the data pre-checks the findings call for (read-only).
/// Exit 0: nothing at or above --fail-on (default: warning); 1: findings; 2: usage; 3: database.
class LintCommand {
public:
    static int run(const QStringList &arguments);
};
