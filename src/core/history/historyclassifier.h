// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "historyreport.h"

/// Joins the folder with the rows and classifies every migration, both our way and Prisma's way.
/// A pure function over values; any thread.
class HistoryClassifier {
public:
    /// `read` may be null when no database is connected: every local migration is then pending
    /// and Prisma's verdict is not computed.
    static HistoryReport classify(const MigrationsFolderScan &folder, const HistoryReadResult *read,
                                  const QString &provider);

private:
    static PrismaVerdict prismaVerdict(const HistoryReport &report);
};
