// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/sqldialect.h"

#include <QStringList>

/// Keywords, type names and common functions of each dialect, upper-case: what the editor
/// highlights and completes.
class SqlKeywords {
public:
    static const QStringList &keywords(SqlDialect dialect);
    static const QStringList &types(SqlDialect dialect);
    static const QStringList &functions(SqlDialect dialect);
};
