// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mwbtr.h"

#include <QString>

/// What a connection points at. Production connections are always opened read-only (writes need
/// an explicit, confirmed elevation); the environment also gives the connection its default colour.
enum class Environment { Local, Staging, Production };

/// The stable key stored in settings: `local`, `staging`, `production`.
inline QString environmentKey(Environment environment) {
    switch (environment) {
    case Environment::Staging:
        return QStringLiteral("staging");
    case Environment::Production:
        return QStringLiteral("production");
    case Environment::Local:
        break;
    }
    return QStringLiteral("local");
}

/// The inverse of environmentKey() (case-insensitive, surrounding blanks ignored). An unknown key
/// gives Local and sets `*ok` to false.
inline Environment environmentFromKey(const QString &key, bool *ok = nullptr) {
    const QString k = key.trimmed().toLower();
    if (ok)
        *ok = true;
    if (k == QLatin1String("production"))
        return Environment::Production;
    if (k == QLatin1String("staging"))
        return Environment::Staging;
    if (k != QLatin1String("local") && ok)
        *ok = false;
    return Environment::Local;
}

/// The translated name shown to users.
inline QString environmentLabel(Environment environment) {
    switch (environment) {
    case Environment::Staging:
        return MwbTr::tr("Staging");
    case Environment::Production:
        return MwbTr::tr("Production");
    case Environment::Local:
        break;
    }
    return MwbTr::tr("Local");
}

/// The colour (`#rrggbb`) of a profile that has none of its own: green, amber, red.
inline QString environmentDefaultColor(Environment environment) {
    switch (environment) {
    case Environment::Staging:
        return QStringLiteral("#f9a825");
    case Environment::Production:
        return QStringLiteral("#c62828");
    case Environment::Local:
        break;
    }
    return QStringLiteral("#2e7d32");
}
