// SPDX-License-Identifier: GPL-3.0-or-later
#include "operationjson.h"

#include <QJsonArray>

namespace {
QJsonValue stringOrNull(const QString &s) {
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}
} // namespace

QJsonObject OperationJson::planToJson(const OperationPlan &plan) {
    QJsonArray steps;
    for (const PlannedStep &s : plan.steps) {
        QJsonObject step{{QStringLiteral("kind"), PlannedStep::kindKey(s.kind)},
                         {QStringLiteral("sql"), s.sql}};
        if (!s.migration.isEmpty())
            step.insert(QStringLiteral("migration"), s.migration);
        if (s.line > 0) {
            step.insert(QStringLiteral("line"), s.line);
            step.insert(QStringLiteral("column"), s.column);
        }
        steps.append(step);
    }
    return QJsonObject{
        {QStringLiteral("operation"), OperationPlan::operationKey(plan.operation)},
        {QStringLiteral("target"), stringOrNull(plan.target)},
        {QStringLiteral("migrations"), QJsonArray::fromStringList(plan.migrations)},
        {QStringLiteral("atomic"), plan.atomic},
        {QStringLiteral("notes"), QJsonArray::fromStringList(plan.notes)},
        {QStringLiteral("steps"), steps},
    };
}

QJsonObject OperationJson::toJson(const OperationResult &r) {
    QJsonObject json{
        {QStringLiteral("plan"), planToJson(r.plan)},
        {QStringLiteral("dryRun"), r.dryRun},
        {QStringLiteral("success"), r.success},
        {QStringLiteral("cancelled"), r.cancelled},
        {QStringLiteral("applied"), QJsonArray::fromStringList(r.applied)},
        {QStringLiteral("statementsRun"), r.statementsRun},
        {QStringLiteral("elapsedMs"), r.elapsedMs},
        {QStringLiteral("output"), r.output.join(QLatin1Char('\n'))},
    };
    if (!r.success) {
        QJsonObject error{{QStringLiteral("code"), stringOrNull(r.errorCode)},
                          {QStringLiteral("message"), r.errorMessage},
                          {QStringLiteral("databaseCode"), stringOrNull(r.dbError.nativeCode)},
                          {QStringLiteral("recovery"), stringOrNull(r.recovery)}};
        if (!r.failedMigration.isEmpty())
            error.insert(QStringLiteral("migration"), r.failedMigration);
        if (r.failedStatement >= 0 || r.failedLine > 0) {
            error.insert(QStringLiteral("statementIndex"), r.failedStatement);
            error.insert(QStringLiteral("line"), r.failedLine);
            error.insert(QStringLiteral("column"), r.failedColumn);
            error.insert(QStringLiteral("statement"), r.failedSql);
        }
        json.insert(QStringLiteral("error"), error);
    }
    return json;
}
