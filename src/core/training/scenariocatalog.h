// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

/// The built-in training scenarios, in the order a new team member should take them.
class ScenarioCatalog {
public:
    static QList<Scenario> all();
    /// The scenario with this id or number ("3"); nullptr-like empty id when unknown.
    static Scenario find(const QString &idOrNumber);
};
