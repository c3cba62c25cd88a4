// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "historyreport.h"

/// Human output of `mwb status`: Prisma's own `migrate status` text, then what it does not say.
class StatusText {
public:
    /// `migrationsLabel` is how the folder is named in the text (Prisma prints
    /// `prisma/migrations`).
    static QString prismaText(const HistoryReport &report, const QString &migrationsLabel);
    static QString workbenchText(const HistoryReport &report);
};
