// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <optional>

class QCommandLineParser;

/// The argument handling every `mwb` command shares: parse, print help, reject extra arguments.
class CommandParser {
public:
    /// Parses `arguments` (program name and command first). Returns an exit code when the command
    /// must stop here (help printed, or an error reported on stderr), nothing when it may run.
    static std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments,
                                    int maxPositional);
};
