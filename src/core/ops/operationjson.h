// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "operationresult.h"

#include <QJsonObject>

/// Machine-readable form of an operation's plan and result (`mwb deploy|resolve|execute --json`).
class OperationJson {
public:
    static QJsonObject toJson(const OperationResult &result);
    static QJsonObject planToJson(const OperationPlan &plan);
};
