// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QStringList>

/// One statement an operation will send, in order, bookkeeping included.
struct PlannedStep {
    enum class Kind { Lock, Check, CreateTable, Bookkeeping, Begin, Statement, Commit, Unlock };

    Kind kind = Kind::Statement;
    QString migration; ///< the migration it belongs to (deploy), empty otherwise
    QString sql;       ///< exactly what is sent (bookkeeping values written in)
    int line = 0;      ///< position in migration.sql or the script, for statements
    int column = 0;

    static QString kindKey(Kind kind);
};

/// The preview of an operation: every statement in order, what will not be atomic and why, or the
/// Prisma error that refuses it. Produced before anything is written.
struct OperationPlan {
    enum class Operation { Deploy, ResolveApplied, ResolveRolledBack, Execute };

    Operation operation = Operation::Deploy;
    QString target;         ///< the migration for resolve, the script's name for execute
    QStringList migrations; ///< deploy: the pending migrations, in the order they will run
    QList<PlannedStep> steps;
    QStringList notes;   ///< atomicity and other facts the user must know before confirming
    bool atomic = false; ///< deploy/execute: each migration (script) in one transaction
    QString refusalCode; ///< Prisma's code when the operation is refused (P3009, P3017 …)
    QString refusal;

    bool isRefused() const { return !refusal.isEmpty(); }
    int countOf(PlannedStep::Kind kind) const;
    static QString operationKey(Operation operation);
};

Q_DECLARE_METATYPE(OperationPlan)
