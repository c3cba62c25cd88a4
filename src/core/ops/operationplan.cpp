// SPDX-License-Identifier: GPL-3.0-or-later
#include "operationplan.h"

#include <algorithm>

QString PlannedStep::kindKey(Kind kind) {
    switch (kind) {
    case Kind::Lock:
        return QStringLiteral("lock");
    case Kind::Check:
        return QStringLiteral("check");
    case Kind::CreateTable:
        return QStringLiteral("create-table");
    case Kind::Bookkeeping:
        return QStringLiteral("bookkeeping");
    case Kind::Begin:
        return QStringLiteral("begin");
    case Kind::Statement:
        return QStringLiteral("statement");
    case Kind::Commit:
        return QStringLiteral("commit");
    case Kind::Unlock:
        return QStringLiteral("unlock");
    }
    return {};
}

int OperationPlan::countOf(PlannedStep::Kind kind) const {
    return static_cast<int>(std::count_if(steps.cbegin(), steps.cend(),
                                          [kind](const PlannedStep &s) { return s.kind == kind; }));
}

QString OperationPlan::operationKey(Operation operation) {
    switch (operation) {
    case Operation::Deploy:
        return QStringLiteral("deploy");
    case Operation::ResolveApplied:
        return QStringLiteral("resolve-applied");
    case Operation::ResolveRolledBack:
        return QStringLiteral("resolve-rolled-back");
    case Operation::Execute:
        return QStringLiteral("execute");
    }
    return {};
}
