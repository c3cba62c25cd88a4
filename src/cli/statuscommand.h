// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

/// `mwb status`: Prisma's `migrate status` verdict plus what it misses, as text or JSON.
class StatusCommand {
public:
    static int run(const QStringList &arguments);
};
