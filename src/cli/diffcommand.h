// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

struct DiffOutcome;
struct DiffRequest;
class QTextStream;

/// `mwb diff --from SRC --to SRC [--script] [--exit-code] [--json] [--verify] [-o FILE]`:
/// Prisma's `migrate diff` over live databases, migrations folders (all, up to one, without one)
/// and the empty schema; prints Prisma's summary or script.
class DiffCommand {
public:
    static int run(const QStringList &arguments);

    enum class Format { Summary, Script, Json };
    /// Runs the request on a worker thread (Ctrl+C cancels) and returns its outcome.
    static DiffOutcome execute(const DiffRequest &request, bool quiet);
    /// Prints an outcome in `format` to `out` (errors to `err`); shared with `mwb drift`.
    static void print(const DiffOutcome &outcome, Format format, QTextStream &out,
                      QTextStream &err);
};
