// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/connectionspec.h"

#include <QStringList>

/// The benchmark schema: N tables of 10 columns, 2 indexes and 1 foreign key to the previous
/// table each. The `changed` variant differs in every 10th table (an added column and index) and
/// every 50th (a dropped index, a column made NOT NULL), to give the differ real work.
class BenchSchema {
public:
    static QStringList ddl(int count, ConnectionSpec::Driver driver, bool changed = false);
};
