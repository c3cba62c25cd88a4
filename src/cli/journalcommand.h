// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

/// `mwb journal verify|show [--journal FILE] [--json]`: checks the hash chain of the audit journal
/// (exit 1 when it was tampered with) or lists its entries.
class JournalCommand {
public:
    static int run(const QStringList &arguments);
};
