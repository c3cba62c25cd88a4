// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenariochecker.h"

#include "db/connectionopener.h"
#include "db/dbsession.h"
#include "mwbtr.h"
#include "schema/diffengine.h"
#include "workspace/checksum.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

namespace {
class Check {
public:
    Check(const Scenario &scenario, const QString &workspace, const ConnectionSpec &database)
        : m_scenario(scenario)
        , m_workspace(workspace)
        , m_db(database) {
        m_db.createIfMissing = false;
        m_db.readOnly = true; // checking never writes
    }

    ScenarioChecker::Result run() {
        const QString migrations = m_workspace + QStringLiteral("/prisma/migrations");
        {
            DbSession session(m_db);
            if (const OpenResult o = session.openAndWait(); o.error.isError()) {
                m_result.error = o.error.message;
                return m_result;
            }
            const HistoryResult h = session.loadHistoryAndWait(migrations);
            if (h.error.isError()) {
                m_result.error = h.error.message;
                return m_result;
            }
            m_history = h.report;
        }
        const QString id = m_scenario.id;
        const QString unique = QStringLiteral("20240102000000_Unique");
        if (id == QLatin1String("failed-unique-backward")) {
            expectState(unique, MigrationStatus::State::RolledBack,
                        MwbTr::tr("%1 is marked rolled back.").arg(unique));
            expectNoDrift();
            expectCount(QStringLiteral("SELECT COUNT(*) FROM %1User%1"), 3,
                        MwbTr::tr("All three users are still there (the duplicates are valid "
                                  "data)."));
        } else if (id == QLatin1String("failed-unique-forward")) {
            expectAllApplied();
            expectNoDrift();
            expectCount(QStringLiteral("SELECT COUNT(*) FROM (SELECT %1name%1 FROM %1User%1 GROUP "
                                       "BY %1name%1 HAVING COUNT(*) > 1) d"),
                        0, MwbTr::tr("No two users share a name."));
            expectCount(QStringLiteral("SELECT COUNT(*) FROM %1User%1 WHERE %1name%1 IN "
                                       "('paul', 'anna')"),
                        2, MwbTr::tr("One 'paul' and 'anna' are kept."));
        } else if (id == QLatin1String("hotfix-index")) {
            expectAllApplied();
            expectNoDrift();
            expect(m_history.folder.migrations.size() >= 2,
                   MwbTr::tr("A new migration captures the hotfix."),
                   MwbTr::tr("There is no new migration for the hotfix yet."));
            expectCount(QStringLiteral("SELECT COUNT(*) FROM %1User%1"), 3,
                        MwbTr::tr("The users are untouched."));
        } else if (id == QLatin1String("edited-migration")) {
            expectAllApplied();
            const QByteArray posts = readFile(QStringLiteral("20240102000000_posts"));
            expect(posts.contains("\r\n"),
                   MwbTr::tr("The line-ending-only change was left alone (Prisma ignores it)."),
                   MwbTr::tr("20240102000000_posts was rewritten; its CRLF line endings were "
                             "never an edit for Prisma — that change was not needed."));
        } else if (id == QLatin1String("not-null-populated")) {
            expectAllApplied();
            expectNoDrift();
            expectCount(QStringLiteral("SELECT COUNT(*) FROM %1User%1"), 3,
                        MwbTr::tr("All three users are still there."));
        } else if (id == QLatin1String("partial-crash") || id == QLatin1String("p3009-staging")) {
            expectAllApplied();
            expectNoDrift();
            expectCount(QStringLiteral("SELECT COUNT(*) FROM %1User%1 WHERE %1name%1 = 'anna'"), 1,
                        MwbTr::tr("The users are preserved."));
        } else if (id == QLatin1String("baseline")) {
            expect(!m_history.folder.migrations.isEmpty(),
                   MwbTr::tr("The migrations folder has a baseline migration."),
                   MwbTr::tr("The migrations folder has no migration yet."));
            expectAllApplied();
            expectNoDrift();
            expectCount(QStringLiteral("SELECT COUNT(*) FROM %1User%1"), 3,
                        MwbTr::tr("The users are untouched."));
        }
        m_result.solved = m_result.error.isEmpty() && m_result.problems.isEmpty();
        return m_result;
    }

private:
    void expect(bool condition, const QString &ok, const QString &problem) {
        (condition ? m_result.satisfied : m_result.problems) << (condition ? ok : problem);
    }

    void expectState(const QString &name, MigrationStatus::State state, const QString &ok) {
        for (const MigrationStatus &m : m_history.migrations) {
            if (m.name == name) {
                expect(m.state == state, ok,
                       MwbTr::tr("%1 has the state “%2” instead of “%3”.")
                           .arg(name, MigrationStatus::stateLabel(m.state),
                                MigrationStatus::stateLabel(state)));
                return;
            }
        }
        m_result.problems
            << MwbTr::tr("%1 is neither in the folder nor in the database.").arg(name);
    }

    void expectAllApplied() {
        QStringList open;
        for (const MigrationStatus &m : m_history.migrations) {
            if (m.needsAttention())
                open << QStringLiteral("%1 (%2%3)")
                            .arg(m.name, MigrationStatus::stateLabel(m.state),
                                 m.modified ? MwbTr::tr(", modified") : QString());
        }
        expect(open.isEmpty() && m_history.prisma.exitCode == 0,
               MwbTr::tr("Every migration is applied and unmodified; prisma migrate status would "
                         "say the database is up to date."),
               open.isEmpty() ? MwbTr::tr("prisma migrate status still reports a problem.")
                              : MwbTr::tr("Not yet applied as they are: %1.")
                                    .arg(open.join(QStringLiteral(", "))));
    }

    void expectNoDrift() {
        ConnectionSpec live = m_db;
        const DiffOutcome drift = DiffEngine::run(DiffEngine::driftRequest(live, m_history));
        if (!drift.ok()) {
            m_result.problems << MwbTr::tr("The drift check failed: %1").arg(drift.error.message);
            return;
        }
        expect(drift.diff.isEmpty(),
               MwbTr::tr("The schema is exactly what the applied migrations produce."),
               MwbTr::tr("The schema differs from what the applied migrations produce:\n%1")
                   .arg(drift.summary.trimmed()));
    }

    void expectCount(const QString &sqlTemplate, int expected, const QString &ok) {
        const QString sql = sqlTemplate.arg(
            m_db.driver == ConnectionSpec::Driver::MySql ? QLatin1Char('`') : QLatin1Char('"'));
        const QString name = QStringLiteral("mwb-check-") + QUuid::createUuid().toString();
        int count = -1;
        if (!ConnectionOpener::open(m_db, name, nullptr).isError()) {
            QSqlQuery q(QSqlDatabase::database(name, false));
            if (q.exec(sql) && q.next())
                count = q.value(0).toInt();
        }
        ConnectionOpener::close(name);
        expect(count == expected, ok,
               count < 0 ? MwbTr::tr("The data could not be read (%1).").arg(sql)
                         : MwbTr::tr("Not yet: %1 (expected %2, found %3 with: %4)")
                               .arg(ok)
                               .arg(expected)
                               .arg(count)
                               .arg(sql));
    }

    QByteArray readFile(const QString &migration) const {
        QFile f(m_workspace + QStringLiteral("/prisma/migrations/") + migration +
                QStringLiteral("/migration.sql"));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    const Scenario &m_scenario;
    QString m_workspace;
    ConnectionSpec m_db;
    HistoryReport m_history;
    ScenarioChecker::Result m_result;
};
} // namespace

ScenarioChecker::Result ScenarioChecker::check(const Scenario &scenario, const QString &workspace,
                                               const ConnectionSpec &database) {
    return Check(scenario, workspace, database).run();
}
