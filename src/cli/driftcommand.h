// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

/// `mwb drift [--json] [--script]`: Prisma's drift check — the applied migrations replayed on a
/// shadow database compared with the live database. Exit 0 no drift, 1 drift.
class DriftCommand {
public:
    static int run(const QStringList &arguments);
};
