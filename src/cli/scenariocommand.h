// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

/// `mwb scenario list|start|check|reset`: the training scenarios from the command line — build a
/// scenario's workspace and database, tell its story and steps, and check whether it is solved.
class ScenarioCommand {
public:
    static int run(const QStringList &arguments);
};
