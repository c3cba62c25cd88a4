// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyreport.h"

#include <algorithm>

int HistoryReport::countInState(MigrationStatus::State state) const {
    return static_cast<int>(std::count_if(migrations.cbegin(), migrations.cend(),
                                          [state](const auto &m) { return m.state == state; }));
}

int HistoryReport::attentionCount() const {
    return static_cast<int>(std::count_if(migrations.cbegin(), migrations.cend(),
                                          [](const auto &m) { return m.needsAttention(); }));
}

const LocalMigration *HistoryReport::localOf(const MigrationStatus &status) const {
    if (status.localIndex < 0 || status.localIndex >= folder.migrations.size())
        return nullptr;
    return &folder.migrations.at(status.localIndex);
}
