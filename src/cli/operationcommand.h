// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

/// `mwb deploy`, `mwb resolve --applied|--rolled-back NAME` and `mwb execute --file F|--stdin`:
/// the same engine as the GUI, with `--dry-run` (print the plan only) and `--json`.
class OperationCommand {
public:
    static int run(const QStringList &arguments);
};
