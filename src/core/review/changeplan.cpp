// SPDX-License-Identifier: GPL-3.0-or-later
#include "changeplan.h"

#include "auditjournal.h"
#include "mwbtr.h"
#include "ops/operationjson.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace {
bool operationFromKey(const QString &key, OperationPlan::Operation *operation) {
    using Op = OperationPlan::Operation;
    for (Op op : {Op::Deploy, Op::ResolveApplied, Op::ResolveRolledBack, Op::Execute})
        if (OperationPlan::operationKey(op) == key) {
            *operation = op;
            return true;
        }
    return false;
}

OperationPlan previewFromJson(const QJsonObject &o, OperationPlan::Operation operation) {
    using StepKind = PlannedStep::Kind;
    OperationPlan plan;
    plan.operation = operation;
    plan.target = o.value(QStringLiteral("target")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("migrations")).toArray())
        plan.migrations << v.toString();
    for (const QJsonValue &v : o.value(QStringLiteral("notes")).toArray())
        plan.notes << v.toString();
    plan.atomic = o.value(QStringLiteral("atomic")).toBool();
    for (const QJsonValue &v : o.value(QStringLiteral("steps")).toArray()) {
        const QJsonObject s = v.toObject();
        PlannedStep step;
        const QString kind = s.value(QStringLiteral("kind")).toString();
        for (StepKind k :
             {StepKind::Lock, StepKind::Check, StepKind::CreateTable, StepKind::Bookkeeping,
              StepKind::Begin, StepKind::Statement, StepKind::Commit, StepKind::Unlock})
            if (PlannedStep::kindKey(k) == kind)
                step.kind = k;
        step.sql = s.value(QStringLiteral("sql")).toString();
        step.migration = s.value(QStringLiteral("migration")).toString();
        step.line = s.value(QStringLiteral("line")).toInt();
        step.column = s.value(QStringLiteral("column")).toInt();
        plan.steps << step;
    }
    return plan;
}

QString normalisedUser(const QString &name) {
    return name.trimmed().toCaseFolded();
}
} // namespace

QJsonObject ChangePlan::contentJson() const {
    QJsonArray pre;
    for (const PlanPrecondition &p : preconditions)
        pre.append(p.toJson());
    QJsonArray findings;
    for (const LintFinding &f : lint)
        findings.append(f.toJson());
    QJsonArray checks;
    for (const PreCheckResult &r : preChecks)
        checks.append(r.toJson());
    return QJsonObject{
        {QStringLiteral("format"), Format},
        {QStringLiteral("id"), id},
        {QStringLiteral("title"), title},
        {QStringLiteral("author"), author},
        {QStringLiteral("created"), created.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("target"), QJsonObject{{QStringLiteral("connection"), connection},
                                               {QStringLiteral("name"), connectionName},
                                               {QStringLiteral("provider"), provider},
                                               {QStringLiteral("environment"), environment}}},
        {QStringLiteral("workspace"),
         QJsonObject{{QStringLiteral("root"), workspaceRoot},
                     {QStringLiteral("migrationsDir"), migrationsDir}}},
        {QStringLiteral("operation"), QJsonObject{{QStringLiteral("kind"), operationKey()},
                                                  {QStringLiteral("migration"), migrationName},
                                                  {QStringLiteral("scriptName"), scriptName},
                                                  {QStringLiteral("script"), script},
                                                  {QStringLiteral("atomic"), atomic}}},
        {QStringLiteral("preview"), OperationJson::planToJson(preview)},
        {QStringLiteral("preconditions"), pre},
        {QStringLiteral("lint"), findings},
        {QStringLiteral("preChecks"), checks},
        {QStringLiteral("backup"), QJsonObject{{QStringLiteral("required"), backupRequired},
                                               {QStringLiteral("planned"), backupPlanned},
                                               {QStringLiteral("statement"), backupStatement}}},
        {QStringLiteral("readinessUrl"), readinessUrl},
    };
}

QJsonObject ChangePlan::toJson() const {
    QJsonObject o = contentJson();
    o.insert(QStringLiteral("hash"), hash);
    o.insert(QStringLiteral("approval"),
             approval.isEmpty()
                 ? QJsonValue(QJsonValue::Null)
                 : QJsonValue(QJsonObject{
                       {QStringLiteral("reviewer"), approval.reviewer},
                       {QStringLiteral("time"), approval.time.toUTC().toString(Qt::ISODateWithMs)},
                       {QStringLiteral("planHash"), approval.planHash},
                       {QStringLiteral("comment"), approval.comment}}));
    return o;
}

QString ChangePlan::hashOf(const QJsonObject &content) {
    // QJsonObject keeps keys sorted: compact JSON is a canonical byte form of the content.
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(content).toJson(QJsonDocument::Compact),
                                 QCryptographicHash::Sha256)
            .toHex());
}

void ChangePlan::seal() {
    hash = hashOf(contentJson());
    m_loadedContentHash = hash;
}

bool ChangePlan::fromJson(const QJsonObject &object, ChangePlan *plan, QString *error) {
    if (object.value(QStringLiteral("format")).toString() != Format) {
        *error = MwbTr::tr("Not a change plan (format %1 expected).").arg(Format);
        return false;
    }
    ChangePlan p;
    QJsonObject content = object;
    content.remove(QStringLiteral("hash"));
    content.remove(QStringLiteral("approval"));
    p.m_loadedContentHash = hashOf(content);
    p.hash = object.value(QStringLiteral("hash")).toString();
    p.id = object.value(QStringLiteral("id")).toString();
    p.title = object.value(QStringLiteral("title")).toString();
    p.author = object.value(QStringLiteral("author")).toString();
    p.created = QDateTime::fromString(object.value(QStringLiteral("created")).toString(),
                                      Qt::ISODateWithMs);
    const QJsonObject target = object.value(QStringLiteral("target")).toObject();
    p.connection = target.value(QStringLiteral("connection")).toString();
    p.connectionName = target.value(QStringLiteral("name")).toString();
    p.provider = target.value(QStringLiteral("provider")).toString();
    p.environment = target.value(QStringLiteral("environment")).toString();
    const QJsonObject ws = object.value(QStringLiteral("workspace")).toObject();
    p.workspaceRoot = ws.value(QStringLiteral("root")).toString();
    p.migrationsDir = ws.value(QStringLiteral("migrationsDir")).toString();
    const QJsonObject op = object.value(QStringLiteral("operation")).toObject();
    if (!operationFromKey(op.value(QStringLiteral("kind")).toString(), &p.operation)) {
        *error = MwbTr::tr("The plan's operation is unknown: %1")
                     .arg(op.value(QStringLiteral("kind")).toString());
        return false;
    }
    p.migrationName = op.value(QStringLiteral("migration")).toString();
    p.scriptName = op.value(QStringLiteral("scriptName")).toString();
    p.script = op.value(QStringLiteral("script")).toString();
    p.atomic = op.value(QStringLiteral("atomic")).toBool();
    p.preview = previewFromJson(object.value(QStringLiteral("preview")).toObject(), p.operation);
    for (const QJsonValue &v : object.value(QStringLiteral("preconditions")).toArray())
        p.preconditions << PlanPrecondition::fromJson(v.toObject());
    for (const QJsonValue &v : object.value(QStringLiteral("lint")).toArray())
        p.lint << LintFinding::fromJson(v.toObject());
    for (const QJsonValue &v : object.value(QStringLiteral("preChecks")).toArray())
        p.preChecks << PreCheckResult::fromJson(v.toObject());
    const QJsonObject backup = object.value(QStringLiteral("backup")).toObject();
    p.backupRequired = backup.value(QStringLiteral("required")).toBool();
    p.backupPlanned = backup.value(QStringLiteral("planned")).toBool();
    p.backupStatement = backup.value(QStringLiteral("statement")).toString();
    p.readinessUrl = object.value(QStringLiteral("readinessUrl")).toString();
    const QJsonObject a = object.value(QStringLiteral("approval")).toObject();
    p.approval.reviewer = a.value(QStringLiteral("reviewer")).toString();
    p.approval.time =
        QDateTime::fromString(a.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    p.approval.planHash = a.value(QStringLiteral("planHash")).toString();
    p.approval.comment = a.value(QStringLiteral("comment")).toString();
    *plan = p;
    return true;
}

bool ChangePlan::save(const QString &path, QString *error) const {
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        *error = MwbTr::tr("Cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    f.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!f.commit()) {
        *error = MwbTr::tr("Cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

bool ChangePlan::load(const QString &path, ChangePlan *plan, QString *error) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = MwbTr::tr("Cannot read %1: %2").arg(path, f.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = MwbTr::tr("%1 is not a change plan: %2").arg(path, parseError.errorString());
        return false;
    }
    return fromJson(doc.object(), plan, error);
}

QString ChangePlan::verifyIntegrity() const {
    const QString actual =
        m_loadedContentHash.isEmpty() ? hashOf(contentJson()) : m_loadedContentHash;
    if (hash.isEmpty())
        return MwbTr::tr("The plan has no hash.");
    if (actual != hash)
        return MwbTr::tr("The plan was changed after it was created: its content hash is %1, the "
                         "plan says %2.")
            .arg(actual.left(16), hash.left(16));
    return {};
}

QString ChangePlan::verifyApproval() const {
    if (approval.isEmpty())
        return MwbTr::tr("The plan is not approved.");
    if (approval.planHash != hash)
        return MwbTr::tr("The approval is for another version of the plan (hash %1, the plan is "
                         "%2).")
            .arg(approval.planHash.left(16), hash.left(16));
    if (sameUser(approval.reviewer, author))
        return MwbTr::tr("The plan was approved by its own author (%1).").arg(author);
    return {};
}

QString ChangePlan::approve(const QString &reviewer, const QDateTime &time,
                            const QString &comment) {
    if (const QString problem = verifyIntegrity(); !problem.isEmpty())
        return problem;
    if (reviewer.trimmed().isEmpty())
        return MwbTr::tr("The reviewer's name is missing.");
    if (sameUser(reviewer, author))
        return MwbTr::tr("%1 wrote this plan and cannot approve it: another person must review "
                         "it.")
            .arg(author);
    approval = PlanApproval{reviewer.trimmed(), time.toUTC(), hash, comment};
    return {};
}

QString ChangePlan::summary() const {
    QString what = operationKey();
    if (!migrationName.isEmpty())
        what += QLatin1Char(' ') + migrationName;
    else if (!scriptName.isEmpty())
        what += QLatin1Char(' ') + scriptName;
    else if (!preview.migrations.isEmpty())
        what += QLatin1Char(' ') + preview.migrations.join(QStringLiteral(", "));
    return MwbTr::tr("%1 on %2").arg(what, connection);
}

QString ChangePlan::currentUser() {
    return AuditJournal::currentOsUser();
}

bool ChangePlan::sameUser(const QString &a, const QString &b) {
    return normalisedUser(a) == normalisedUser(b);
}
