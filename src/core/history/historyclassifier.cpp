// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyclassifier.h"

#include "ops/prismaerrors.h"

#include <QHash>
#include <QSet>

HistoryReport HistoryClassifier::classify(const MigrationsFolderScan &folder,
                                          const HistoryReadResult *read, const QString &provider) {
    HistoryReport report;
    report.provider = provider;
    report.folder = folder;
    report.databaseRead = read != nullptr;
    if (read) {
        report.tableExists = read->tableExists;
        report.rows = read->rows;
    }

    // Row indexes per name, in started_at order; names in order of their first row.
    QHash<QString, QList<int>> rowsByName;
    QStringList namesByFirstRow;
    rowsByName.reserve(report.rows.size());
    for (int i = 0; i < report.rows.size(); ++i) {
        QList<int> &list = rowsByName[report.rows.at(i).migrationName];
        if (list.isEmpty())
            namesByFirstRow.append(report.rows.at(i).migrationName);
        list.append(i);
    }

    auto classifyOne = [&](const QString &name, int localIndex) {
        MigrationStatus s;
        s.name = name;
        s.localIndex = localIndex;
        s.rowIndexes = rowsByName.value(name);
        int latestApplied = -1;
        int latestFailed = -1;
        bool anyRolledBack = false;
        for (int idx : std::as_const(s.rowIndexes)) {
            const MigrationRow &row = report.rows.at(idx);
            if (row.isFailed())
                latestFailed = idx;
            else if (row.isApplied())
                latestApplied = idx;
            if (row.isRolledBack())
                anyRolledBack = true;
        }
        if (s.rowIndexes.isEmpty()) {
            s.state = MigrationStatus::State::Pending;
        } else if (latestFailed >= 0) {
            s.state = MigrationStatus::State::Failed;
            s.decidingRow = latestFailed;
            s.startedNotFinished = !report.rows.at(latestFailed).logs.has_value();
        } else if (latestApplied >= 0) {
            s.state = MigrationStatus::State::Applied;
            s.decidingRow = latestApplied;
            s.reappliedAfterRollback = anyRolledBack;
        } else {
            s.state = MigrationStatus::State::RolledBack;
            s.decidingRow = s.rowIndexes.constLast();
        }
        const LocalMigration *local = localIndex >= 0 ? &folder.migrations.at(localIndex) : nullptr;
        if (local && local->hasScript() && s.decidingRow >= 0) {
            s.checksumMatch =
                Checksum::compare(local->script, report.rows.at(s.decidingRow).checksum);
            s.modified = s.checksumMatch == Checksum::Match::None;
        }
        // Prisma compares with the first row of the name, whatever its state.
        if (local && local->hasScript() && !s.rowIndexes.isEmpty()) {
            const int first = s.rowIndexes.constFirst();
            s.prismaEdited =
                first == s.decidingRow
                    ? s.modified
                    : !Checksum::matches(local->script, report.rows.at(first).checksum);
        }
        return s;
    };

    report.migrations.reserve(folder.migrations.size() + namesByFirstRow.size());
    QSet<QString> localNames;
    localNames.reserve(folder.migrations.size());
    for (int i = 0; i < folder.migrations.size(); ++i) {
        localNames.insert(folder.migrations.at(i).name);
        report.migrations.append(classifyOne(folder.migrations.at(i).name, i));
    }
    for (const QString &name : std::as_const(namesByFirstRow)) {
        if (!localNames.contains(name))
            report.migrations.append(classifyOne(name, -1));
    }
    if (read)
        report.prisma = prismaVerdict(report);
    return report;
}

PrismaVerdict HistoryClassifier::prismaVerdict(const HistoryReport &report) {
    PrismaVerdict v;
    v.hasMigrationsTable = report.tableExists;
    if (!report.folder.lock.allows(report.provider)) {
        v.errorCode = QStringLiteral("P3019");
        v.errorMessage =
            PrismaErrors::p3019ProviderMismatch(report.provider, report.folder.lock.provider);
        v.exitCode = 1;
        return v;
    }

    int firstUnappliedLocal = -1;
    for (const MigrationStatus &m : report.migrations) {
        if (m.isLocal()) {
            if (m.rowIndexes.isEmpty()) {
                if (firstUnappliedLocal < 0)
                    firstUnappliedLocal = m.localIndex;
                v.unapplied.append(m.name);
            }
            if (m.prismaEdited)
                v.edited.append(m.name);
        } else {
            v.notFoundLocally.append(m.name);
        }
    }
    QSet<QString> seenFailed;
    for (const MigrationRow &row : report.rows) {
        if (row.isFailed() && !seenFailed.contains(row.migrationName)) {
            seenFailed.insert(row.migrationName);
            v.failed.append(row.migrationName);
        }
    }
    if (!v.unapplied.isEmpty() && v.notFoundLocally.isEmpty()) {
        v.history = PrismaVerdict::History::DatabaseIsBehind;
    } else if (v.unapplied.isEmpty() && !v.notFoundLocally.isEmpty()) {
        v.history = PrismaVerdict::History::MigrationsDirectoryIsBehind;
    } else if (!v.unapplied.isEmpty()) {
        v.history = PrismaVerdict::History::HistoriesDiverge;
        if (firstUnappliedLocal > 0)
            v.lastCommonMigration = report.folder.migrations.at(firstUnappliedLocal - 1).name;
    }

    // MigrateStatus.ts evaluation order.
    if (v.history == PrismaVerdict::History::DatabaseIsBehind ||
        v.history == PrismaVerdict::History::HistoriesDiverge)
        v.exitCode = 1;
    else if (!report.tableExists && report.folder.migrations.isEmpty())
        v.exitCode = 1;
    else if (!v.failed.isEmpty())
        v.exitCode = 1;
    return v;
}
