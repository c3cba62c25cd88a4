// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diffrequest.h"

#include <QJsonObject>

/// The machine-readable form of a diff or drift outcome (`mwb diff --json`, `mwb drift --json`):
/// the two sides, whether they differ, Prisma's summary, the script and its warnings, every change
/// as structured data, the verification outcome and timings. Never contains a password.
class DiffJson {
public:
    static QJsonObject toJson(const DiffOutcome &outcome);
};
