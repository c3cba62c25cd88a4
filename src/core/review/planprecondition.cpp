// SPDX-License-Identifier: GPL-3.0-or-later
#include "planprecondition.h"

#include "history/historyclassifier.h"
#include "history/historyreader.h"
#include "mwbtr.h"
#include "schema/schemaintrospector.h"
#include "schemafingerprint.h"
#include "workspace/migrationsfolder.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace {
using Kind = PlanPrecondition::Kind;

/// The live facts preconditions are checked against, read lazily (each at most once).
class LiveFacts {
public:
    LiveFacts(QSqlDatabase &db, const ConnectionSpec &spec, const QString &migrationsDir)
        : m_db(db)
        , m_spec(spec)
        , m_migrationsDir(migrationsDir) {}

    const HistoryReport *history(DbError *error) {
        if (!m_history) {
            const MigrationsFolderScan folder = MigrationsFolder::scan(m_migrationsDir);
            if (!folder.error.isEmpty()) {
                *error = DbError::fromMessage(folder.error);
                return nullptr;
            }
            const HistoryReadResult read = HistoryReader::read(m_db, m_spec);
            if (read.error.isError()) {
                *error = read.error;
                return nullptr;
            }
            m_history = HistoryClassifier::classify(folder, &read, m_spec.provider());
        }
        return &*m_history;
    }
    QString schemaHash(DbError *error) {
        if (m_schemaHash.isEmpty()) {
            const Schema schema = SchemaIntrospector::read(m_db, m_spec, error);
            if (error->isError())
                return {};
            m_schemaHash = SchemaFingerprint::hash(schema);
        }
        return m_schemaHash;
    }
    QString rowCount(const QString &table, DbError *error) {
        QString quoted = table;
        if (m_spec.driver == ConnectionSpec::Driver::MySql)
            quoted =
                QLatin1Char('`') + quoted.replace(u'`', QStringLiteral("``")) + QLatin1Char('`');
        else
            quoted =
                QLatin1Char('"') + quoted.replace(u'"', QStringLiteral("\"\"")) + QLatin1Char('"');
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + quoted) || !q.next()) {
            *error = DbError{q.lastError().text(), q.lastError().nativeErrorCode(), q.lastQuery()};
            return {};
        }
        return q.value(0).toString();
    }

private:
    QSqlDatabase &m_db;
    ConnectionSpec m_spec;
    QString m_migrationsDir;
    std::optional<HistoryReport> m_history;
    QString m_schemaHash;
};

QString stateOf(const HistoryReport &report, const QString &name) {
    for (const MigrationStatus &m : report.migrations)
        if (m.name == name)
            return MigrationStatus::stateKey(m.state);
    return QStringLiteral("absent");
}

QStringList pendingOf(const HistoryReport &report) {
    QStringList names;
    for (const MigrationStatus &m : report.migrations)
        if (m.isLocal() && (m.state == MigrationStatus::State::Pending ||
                            m.state == MigrationStatus::State::RolledBack))
            names << m.name;
    return names;
}
} // namespace

QString PlanPrecondition::kindKey(Kind kind) {
    switch (kind) {
    case Kind::MigrationState:
        return QStringLiteral("migration-state");
    case Kind::PendingMigrations:
        return QStringLiteral("pending-migrations");
    case Kind::MigrationChecksum:
        return QStringLiteral("migration-checksum");
    case Kind::TableRowCount:
        return QStringLiteral("table-row-count");
    case Kind::SchemaHash:
        return QStringLiteral("schema-hash");
    }
    return {};
}

bool PlanPrecondition::kindFromKey(const QString &key, Kind *kind) {
    for (Kind k : {Kind::MigrationState, Kind::PendingMigrations, Kind::MigrationChecksum,
                   Kind::TableRowCount, Kind::SchemaHash})
        if (kindKey(k) == key) {
            *kind = k;
            return true;
        }
    return false;
}

QJsonObject PlanPrecondition::toJson() const {
    return QJsonObject{{QStringLiteral("kind"), kindKey(kind)},
                       {QStringLiteral("subject"), subject},
                       {QStringLiteral("expected"), expected},
                       {QStringLiteral("description"), description}};
}

PlanPrecondition PlanPrecondition::fromJson(const QJsonObject &o) {
    PlanPrecondition p;
    // An unknown kind stays "schema-hash" with an expected value that cannot match: refused.
    if (!kindFromKey(o.value(QStringLiteral("kind")).toString(), &p.kind))
        p.expected = QStringLiteral("unknown precondition kind");
    else
        p.expected = o.value(QStringLiteral("expected")).toString();
    p.subject = o.value(QStringLiteral("subject")).toString();
    p.description = o.value(QStringLiteral("description")).toString();
    return p;
}

QList<PlanPrecondition> PreconditionChecker::capture(QSqlDatabase &db, const ConnectionSpec &spec,
                                                     const QString &operationKey,
                                                     const QString &migrationsDir,
                                                     const QString &migrationName,
                                                     const PreCheckResults &preChecks,
                                                     DbError *error) {
    QList<PlanPrecondition> out;
    LiveFacts live(db, spec, migrationsDir);
    const bool resolve = operationKey.startsWith(QLatin1String("resolve"));
    const bool deploy = operationKey == QLatin1String("deploy");
    if (resolve || deploy) {
        const HistoryReport *report = live.history(error);
        if (!report)
            return {};
        if (resolve) {
            const QString state = stateOf(*report, migrationName);
            out << PlanPrecondition{Kind::MigrationState, migrationName, state,
                                    MwbTr::tr("Migration %1 is %2").arg(migrationName, state)};
        } else {
            const QStringList pending = pendingOf(*report);
            out << PlanPrecondition{
                Kind::PendingMigrations, QString(), pending.join(QLatin1Char('\n')),
                pending.isEmpty() ? MwbTr::tr("No migration is pending")
                                  : MwbTr::tr("Deploy applies exactly: %1")
                                        .arg(pending.join(QStringLiteral(", ")))};
            for (const QString &name : pending) {
                const int index = report->folder.indexOf(name);
                if (index < 0)
                    continue;
                out << PlanPrecondition{Kind::MigrationChecksum, name,
                                        report->folder.migrations.at(index).checksum,
                                        MwbTr::tr("migration.sql of %1 is unchanged").arg(name)};
            }
        }
    }
    for (const PreCheckResult &r : preChecks) {
        if (r.check.kind == PreCheck::Kind::RowCount && r.status == PreCheckResult::Status::Passed)
            out << PlanPrecondition{Kind::TableRowCount, r.check.table, QStringLiteral("0"),
                                    MwbTr::tr("Table %1 has 0 rows").arg(r.check.table)};
    }
    const QString hash = live.schemaHash(error);
    if (error->isError())
        return {};
    out << PlanPrecondition{Kind::SchemaHash, QString(), hash,
                            MwbTr::tr("The schema equals the snapshot %1").arg(hash.left(12))};
    return out;
}

QList<PreconditionCheck> PreconditionChecker::check(QSqlDatabase &db, const ConnectionSpec &spec,
                                                    const QString &migrationsDir,
                                                    const QList<PlanPrecondition> &preconditions,
                                                    DbError *error) {
    QList<PreconditionCheck> out;
    LiveFacts live(db, spec, migrationsDir);
    for (const PlanPrecondition &p : preconditions) {
        PreconditionCheck c;
        c.precondition = p;
        DbError e;
        switch (p.kind) {
        case Kind::MigrationState:
            if (const HistoryReport *r = live.history(&e))
                c.actual = stateOf(*r, p.subject);
            break;
        case Kind::PendingMigrations:
            if (const HistoryReport *r = live.history(&e))
                c.actual = pendingOf(*r).join(QLatin1Char('\n'));
            break;
        case Kind::MigrationChecksum:
            if (const HistoryReport *r = live.history(&e)) {
                const int index = r->folder.indexOf(p.subject);
                c.actual =
                    index < 0 ? QStringLiteral("missing") : r->folder.migrations.at(index).checksum;
            }
            break;
        case Kind::TableRowCount:
            c.actual = live.rowCount(p.subject, &e);
            break;
        case Kind::SchemaHash:
            c.actual = live.schemaHash(&e);
            break;
        }
        if (e.isError()) {
            *error = e;
            c.message = MwbTr::tr("Cannot check: %1").arg(e.message);
        } else {
            c.holds = c.actual == p.expected;
            c.message =
                c.holds ? MwbTr::tr("holds")
                        : MwbTr::tr("changed: expected %1, now %2")
                              .arg(p.expected.isEmpty()
                                       ? MwbTr::tr("(none)")
                                       : QString(p.expected).replace(u'\n', QStringLiteral(", ")),
                                   c.actual.isEmpty()
                                       ? MwbTr::tr("(none)")
                                       : QString(c.actual).replace(u'\n', QStringLiteral(", ")));
        }
        out << c;
    }
    return out;
}
