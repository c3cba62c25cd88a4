// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

/// `mwb demo DIR`: creates the demo workspace (the failed `Unique` migration) in DIR.
class DemoCommand {
public:
    static int run(const QStringList &arguments);
};
