// SPDX-License-Identifier: GPL-3.0-or-later
#include "prismaverdict.h"

QString PrismaVerdict::historyKey(History h) {
    switch (h) {
    case History::None:
        return {};
    case History::DatabaseIsBehind:
        return QStringLiteral("databaseIsBehind");
    case History::MigrationsDirectoryIsBehind:
        return QStringLiteral("migrationsDirectoryIsBehind");
    case History::HistoriesDiverge:
        return QStringLiteral("historiesDiverge");
    }
    return {};
}
