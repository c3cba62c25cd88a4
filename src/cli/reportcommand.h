// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

/// `mwb report (--plan FILE | --entry N | --last) [--journal FILE] [--output FILE.html]`: a
/// self-contained HTML report of a change plan (with its executions from the journal) or of one
/// journal entry. Exit 0 written; 1 the journal or plan failed verification (the report is still
/// written and says so); 2 bad arguments.
class ReportCommand {
public:
    static int run(const QStringList &arguments);
};
