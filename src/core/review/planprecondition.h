// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/connectionspec.h"
#include "db/dberror.h"
#include "precheck.h"

#include <QJsonObject>
#include <QList>
#include <QString>

class QSqlDatabase;

/// A fact about the live database a change plan was made for; executing the plan re-checks
/// every one and refuses when any no longer holds.
struct PlanPrecondition {
    enum class Kind {
        MigrationState,    ///< `subject` (a migration) is in state `expected` (failed, pending…)
        PendingMigrations, ///< deploy would apply exactly `expected` (names, one per line)
        MigrationChecksum, ///< the local migration.sql of `subject` still has checksum `expected`
        TableRowCount,     ///< table `subject` has exactly `expected` rows
        SchemaHash,        ///< SchemaFingerprint of the live schema equals `expected`
    };

    Kind kind = Kind::SchemaHash;
    QString subject;
    QString expected;
    QString description; ///< one line for people ("Migration X is failed")

    static QString kindKey(Kind kind); ///< migration-state, pending-migrations, migration-checksum,
                                       ///< table-row-count, schema-hash
    static bool kindFromKey(const QString &key, Kind *kind);
    QJsonObject toJson() const;
    static PlanPrecondition fromJson(const QJsonObject &object);
};

/// The outcome of re-checking one precondition.
struct PreconditionCheck {
    PlanPrecondition precondition;
    bool holds = false;
    QString actual;  ///< what the database says now
    QString message; ///< one line: holds, or what changed
};

/// Captures preconditions from the live database and checks them later. Runs on the thread that
/// owns `db` (read-only use).
class PreconditionChecker {
public:
    /// What a plan of this operation depends on: the target migration's state (resolve), the
    /// pending set and its checksums (deploy), empty tables a NOT NULL column relies on (from
    /// passed row-count pre-checks), and the schema fingerprint (always).
    static QList<PlanPrecondition> capture(QSqlDatabase &db, const ConnectionSpec &spec,
                                           const QString &operationKey,
                                           const QString &migrationsDir,
                                           const QString &migrationName,
                                           const PreCheckResults &preChecks, DbError *error);

    static QList<PreconditionCheck> check(QSqlDatabase &db, const ConnectionSpec &spec,
                                          const QString &migrationsDir,
                                          const QList<PlanPrecondition> &preconditions,
                                          DbError *error);
};
