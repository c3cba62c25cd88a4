// SPDX-License-Identifier: GPL-3.0-or-later
#include "statusjson.h"

#include "timestamp.h"

#include <QJsonArray>

namespace {
QJsonValue timestampOrNull(const std::optional<qint64> &micros) {
    return micros ? QJsonValue(Timestamp::toIso(*micros)) : QJsonValue(QJsonValue::Null);
}

QJsonArray problemKeys(int problems) {
    static const QList<std::pair<int, const char *>> keys = {
        {LocalMigration::MissingScript, "missing-script"},
        {LocalMigration::UnreadableScript, "unreadable-script"},
        {LocalMigration::EmptyScript, "empty-script"},
        {LocalMigration::NotUtf8, "not-utf8"},
        {LocalMigration::HugeScript, "huge-script"},
        {LocalMigration::TooLarge, "too-large"},
        {LocalMigration::UnusualName, "unusual-name"},
    };
    QJsonArray out;
    for (const auto &[flag, key] : keys) {
        if (problems & flag)
            out.append(QString::fromLatin1(key));
    }
    return out;
}
} // namespace

QJsonObject StatusJson::rowToJson(const MigrationRow &row) {
    return QJsonObject{
        {QStringLiteral("id"), row.id},
        {QStringLiteral("checksum"), row.checksum},
        {QStringLiteral("finished_at"), timestampOrNull(row.finishedAt)},
        {QStringLiteral("migration_name"), row.migrationName},
        {QStringLiteral("logs"), row.logs ? QJsonValue(*row.logs) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("rolled_back_at"), timestampOrNull(row.rolledBackAt)},
        {QStringLiteral("started_at"), timestampOrNull(row.startedAt)},
        {QStringLiteral("applied_steps_count"), row.appliedStepsCount},
    };
}

QJsonObject StatusJson::toJson(const HistoryReport &report, const QString &redactedUrl) {
    QJsonArray migrations;
    int modified = 0;
    int missingLocally = 0;
    for (const MigrationStatus &m : report.migrations) {
        QJsonArray rows;
        for (int idx : m.rowIndexes)
            rows.append(rowToJson(report.rows.at(idx)));
        const LocalMigration *local = report.localOf(m);
        QJsonObject item{
            {QStringLiteral("name"), m.name},
            {QStringLiteral("state"), MigrationStatus::stateKey(m.state)},
            {QStringLiteral("local"), m.isLocal()},
            {QStringLiteral("modified"), m.modified},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("startedNotFinished"), m.startedNotFinished},
            {QStringLiteral("lineEndingsOnly"), m.checksumMatch == Checksum::Match::LineEndings},
            {QStringLiteral("findings"), QJsonArray::fromStringList(m.findings())},
        };
        if (local) {
            item.insert(QStringLiteral("checksum"), local->checksum.isEmpty()
                                                        ? QJsonValue(QJsonValue::Null)
                                                        : QJsonValue(local->checksum));
            item.insert(QStringLiteral("problems"), problemKeys(local->problems));
        }
        migrations.append(item);
        modified += m.modified ? 1 : 0;
        missingLocally += m.isLocal() ? 0 : 1;
    }

    const PrismaVerdict &p = report.prisma;
    QJsonObject prisma{
        {QStringLiteral("exitCode"), p.exitCode},
        {QStringLiteral("history"), p.history == PrismaVerdict::History::None
                                        ? QJsonValue(QJsonValue::Null)
                                        : QJsonValue(PrismaVerdict::historyKey(p.history))},
        {QStringLiteral("failed"), QJsonArray::fromStringList(p.failed)},
        {QStringLiteral("edited"), QJsonArray::fromStringList(p.edited)},
        {QStringLiteral("unapplied"), QJsonArray::fromStringList(p.unapplied)},
        {QStringLiteral("notFoundLocally"), QJsonArray::fromStringList(p.notFoundLocally)},
        {QStringLiteral("lastCommonMigration"), p.lastCommonMigration.isEmpty()
                                                    ? QJsonValue(QJsonValue::Null)
                                                    : QJsonValue(p.lastCommonMigration)},
        {QStringLiteral("error"),
         p.errorCode.isEmpty()
             ? QJsonValue(QJsonValue::Null)
             : QJsonValue(QJsonObject{{QStringLiteral("code"), p.errorCode},
                                      {QStringLiteral("message"), p.errorMessage}})},
    };

    return QJsonObject{
        {QStringLiteral("migrationsDirectory"), report.folder.path},
        {QStringLiteral("database"), QJsonObject{{QStringLiteral("provider"), report.provider},
                                                 {QStringLiteral("url"), redactedUrl}}},
        {QStringLiteral("hasMigrationsTable"), report.tableExists},
        {QStringLiteral("lockFile"),
         report.folder.lock.present
             ? QJsonValue(QJsonObject{{QStringLiteral("provider"), report.folder.lock.provider}})
             : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("migrations"), migrations},
        {QStringLiteral("summary"),
         QJsonObject{
             {QStringLiteral("total"), static_cast<int>(report.migrations.size())},
             {QStringLiteral("applied"), report.countInState(MigrationStatus::State::Applied)},
             {QStringLiteral("pending"), report.countInState(MigrationStatus::State::Pending)},
             {QStringLiteral("failed"), report.countInState(MigrationStatus::State::Failed)},
             {QStringLiteral("rolledBack"),
              report.countInState(MigrationStatus::State::RolledBack)},
             {QStringLiteral("modified"), modified},
             {QStringLiteral("missingLocally"), missingLocally},
             {QStringLiteral("needsAttention"), report.attentionCount()},
         }},
        {QStringLiteral("prisma"), prisma},
        {QStringLiteral("exitCode"), report.exitCode()},
    };
}
