// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "historyreport.h"

#include <QJsonObject>

/// The machine-readable form of a HistoryReport (`mwb status --json`); documented in the README.
class StatusJson {
public:
    static QJsonObject toJson(const HistoryReport &report, const QString &redactedUrl);
    static QJsonObject rowToJson(const MigrationRow &row);
};
