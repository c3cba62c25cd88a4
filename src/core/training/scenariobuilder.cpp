// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenariobuilder.h"

#include "db/connectionopener.h"
#include "db/dbsession.h"
#include "db/sqlsplitter.h"
#include "mwbtr.h"
#include "ops/migrationstable.h"
#include "scenarioschema.h"
#include "workspace/checksum.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace {
using V = ScenarioSchema::Version;
const char *const Marker = ".migration-workbench-training";
const QString Init = QStringLiteral("20240101000000_init");
const QString Unique = QStringLiteral("20240102000000_Unique");

class Build {
public:
    Build(const Scenario &scenario, const QString &dir, const ConnectionSpec &server)
        : m_scenario(scenario)
        , m_dir(dir)
        , m_server(server) {}

    ScenarioBuilder::Result run() {
        if (!prepareFolder() || !prepareDatabase())
            return m_result;
        m_provider = m_result.database.provider();
        if (!writeWorkspace())
            return m_result;
        const QString id = m_scenario.id;
        if (id == QLatin1String("failed-unique-backward") ||
            id == QLatin1String("failed-unique-forward")) {
            // Statement by statement, as Prisma runs MySQL migrations: the partial state.
            migration(Init, ScenarioSchema::migrationSqlFromEmpty(m_provider, V::Init)) &&
                deploy(true) && users({"paul", "paul", "anna"}) &&
                migration(Unique, ScenarioSchema::migrationSql(m_provider, V::Init, V::Unique)) &&
                deploy(false, /*expectFailure=*/true);
        } else if (id == QLatin1String("hotfix-index")) {
            migration(Init, ScenarioSchema::migrationSqlFromEmpty(m_provider, V::Init)) &&
                deploy(true) && users({"paul", "anna", "bob"}) &&
                exec({sql("CREATE INDEX \"User_name_idx\" ON \"User\"(\"name\")")});
        } else if (id == QLatin1String("edited-migration")) {
            const QString posts = QStringLiteral("20240102000000_posts");
            const QString initSql = ScenarioSchema::migrationSqlFromEmpty(m_provider, V::Init);
            const QString postsSql = ScenarioSchema::migrationSql(m_provider, V::Init, V::Posts);
            if (migration(Init, initSql) && migration(posts, postsSql) && deploy(true) &&
                users({"paul", "anna", "bob"}) && keepOriginal(Init, initSql) &&
                keepOriginal(posts, postsSql)) {
                // A real edit of an applied migration, and a line-ending-only change.
                write(migrationFile(Init),
                      (initSql + sql("\n-- CreateIndex\nCREATE INDEX \"User_name_idx\" ON "
                                     "\"User\"(\"name\");\n"))
                          .toUtf8());
                write(
                    migrationFile(posts),
                    QString(postsSql).replace(QLatin1Char('\n'), QStringLiteral("\r\n")).toUtf8());
            }
        } else if (id == QLatin1String("not-null-populated")) {
            // MySQL/MariaDB fill a new NOT NULL column with an implicit default, so the
            // migration does not fail there: the scenario needs SQLite or PostgreSQL.
            if (m_provider == QLatin1String("mysql")) {
                fail(MwbTr::tr("This scenario needs SQLite or PostgreSQL: MySQL and MariaDB give "
                               "a new NOT NULL column an implicit default, so the migration "
                               "would not fail."));
                return m_result;
            }
            migration(Init, ScenarioSchema::migrationSqlFromEmpty(m_provider, V::Init)) &&
                deploy(true) && users({"paul", "anna", "bob"}) &&
                migration(QStringLiteral("20240103000000_age"),
                          ScenarioSchema::migrationSql(m_provider, V::Init, V::Age)) &&
                deploy(true, true);
        } else if (id == QLatin1String("partial-crash")) {
            crash();
        } else if (id == QLatin1String("baseline")) {
            // Built by hand: the schema without any history, and no migrations folder.
            exec(statementsOf(ScenarioSchema::migrationSqlFromEmpty(m_provider, V::Unique))) &&
                users({"paul", "anna", "bob"});
            QDir(m_dir + QStringLiteral("/prisma/migrations")).removeRecursively();
        } else if (id == QLatin1String("p3009-staging")) {
            migration(Init, ScenarioSchema::migrationSqlFromEmpty(m_provider, V::Init)) &&
                deploy(true) && users({"paul", "paul", "anna"}) &&
                migration(Unique, ScenarioSchema::migrationSql(m_provider, V::Init, V::Unique)) &&
                migration(QStringLiteral("20240104000000_comments"),
                          ScenarioSchema::migrationSql(m_provider, V::Unique, V::Comments)) &&
                deploy(true, true);
        } else {
            m_result.error = MwbTr::tr("Unknown scenario %1.").arg(id);
        }
        return m_result;
    }

private:
    QString sql(const char *text) const {
        QString s = QString::fromUtf8(text);
        if (m_provider == QLatin1String("mysql"))
            s.replace(QLatin1Char('"'), QLatin1Char('`'));
        return s;
    }

    QStringList statementsOf(const QString &script) const {
        QStringList out;
        for (const SqlStatement &s :
             SqlSplitter::split(script, sqlDialectForProvider(m_provider)).statements)
            out << s.text;
        return out;
    }

    bool fail(const QString &message) {
        if (m_result.error.isEmpty())
            m_result.error = message;
        return false;
    }

    bool prepareFolder() {
        QDir dir(m_dir);
        if (dir.exists() && !dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
            if (!QFile::exists(dir.filePath(QString::fromLatin1(Marker))))
                return fail(MwbTr::tr("%1 is not empty; a training workspace is only created in "
                                      "an empty folder or replaces an earlier one.")
                                .arg(QDir::toNativeSeparators(m_dir)));
            if (!dir.removeRecursively())
                return fail(MwbTr::tr("Cannot replace the earlier training workspace in %1.")
                                .arg(QDir::toNativeSeparators(m_dir)));
        }
        if (!QDir().mkpath(m_dir + QStringLiteral("/prisma/migrations")))
            return fail(MwbTr::tr("Cannot create %1.").arg(QDir::toNativeSeparators(m_dir)));
        m_result.workspace = QDir(m_dir).absolutePath();
        return write(dir.filePath(QString::fromLatin1(Marker)),
                     "A training workspace of Migration Workbench.\n");
    }

    bool prepareDatabase() {
        ConnectionSpec db;
        if (!m_server.isValid()) {
            db.driver = ConnectionSpec::Driver::Sqlite;
            db.database = m_result.workspace + QStringLiteral("/prisma/dev.db");
            db.createIfMissing = true;
            m_result.database = db;
            return true;
        }
        db = m_server;
        const QString name = QStringLiteral("mwb_training_%1_%2")
                                 .arg(m_scenario.number)
                                 .arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
        const bool mysql = db.driver == ConnectionSpec::Driver::MySql;
        const QString admin = QStringLiteral("mwb-training-admin-") + name;
        if (const DbError e = ConnectionOpener::open(m_server, admin, nullptr); e.isError())
            return fail(e.message);
        QString error;
        {
            QSqlQuery q(QSqlDatabase::database(admin, false));
            const QString quote = mysql ? QStringLiteral("`") : QStringLiteral("\"");
            if (!q.exec(QStringLiteral("CREATE DATABASE ") + quote + name + quote))
                error = q.lastError().text();
        }
        ConnectionOpener::close(admin);
        if (!error.isEmpty())
            return fail(MwbTr::tr("Cannot create the training database: %1").arg(error));
        db.database = name;
        db.schema = QStringLiteral("public");
        db.readOnly = false;
        m_result.database = db;
        return true;
    }

    bool write(const QString &path, const QByteArray &content) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(content) < 0)
            return fail(MwbTr::tr("Cannot write %1: %2")
                            .arg(QDir::toNativeSeparators(path), f.errorString()));
        return true;
    }

    bool writeWorkspace() {
        // The .env never holds a password: server scenarios connect through a profile or --url.
        ConnectionSpec shown = m_result.database;
        shown.password.clear();
        const QByteArray url = m_result.database.driver == ConnectionSpec::Driver::Sqlite
                                   ? QByteArrayLiteral("file:./dev.db")
                                   : shown.redactedUrl()
                                         .replace(QStringLiteral(":****@"), QStringLiteral("@"))
                                         .toUtf8();
        // A server URL without its password would only fail to connect: it is kept as a hint.
        QByteArray env = "DATABASE_URL=\"" + url + "\"\n";
        if (m_result.database.driver != ConnectionSpec::Driver::Sqlite)
            env.prepend("# The training database (connect with your password):\n# ");
        return write(m_dir + QStringLiteral("/prisma/schema.prisma"),
                     "// Training scenario " + m_scenario.id.toUtf8() +
                         " of Migration Workbench.\ndatasource db {\n  provider = \"" +
                         m_provider.toUtf8() + "\"\n  url      = env(\"DATABASE_URL\")\n}\n") &&
               write(m_dir + QStringLiteral("/.env"), env) &&
               write(m_dir + QStringLiteral("/prisma/migrations/migration_lock.toml"),
                     "# Please do not edit this file manually\n# It should be added in your "
                     "version-control system (e.g., Git)\nprovider = \"" +
                         m_provider.toUtf8() + "\"\n");
    }

    QString migrationFile(const QString &name) const {
        return m_dir + QStringLiteral("/prisma/migrations/") + name +
               QStringLiteral("/migration.sql");
    }

    bool migration(const QString &name, const QString &text) {
        return m_result.ok() && write(migrationFile(name), text.toUtf8());
    }

    bool keepOriginal(const QString &name, const QString &text) {
        return write(m_dir + QStringLiteral("/.git-history/") + name + QStringLiteral(".sql"),
                     text.toUtf8());
    }

    bool deploy(bool atomic, bool expectFailure = false) {
        if (!m_result.ok())
            return false;
        DbSession session(m_result.database);
        if (const OpenResult o = session.openAndWait(); o.error.isError())
            return fail(o.error.message);
        OperationRequest request;
        request.kind = OperationRequest::Kind::Deploy;
        request.migrationsDir = m_dir + QStringLiteral("/prisma/migrations");
        request.atomic = atomic;
        const OperationResult r = session.runOperationAndWait(request);
        if (r.success == expectFailure)
            return fail(expectFailure ? MwbTr::tr("The scenario's failing migration did not fail.")
                                      : r.errorMessage);
        return true;
    }

    bool exec(const QStringList &statements) {
        if (!m_result.ok())
            return false;
        const QString name = QStringLiteral("mwb-training-") + QUuid::createUuid().toString();
        if (const DbError e = ConnectionOpener::open(m_result.database, name, nullptr); e.isError())
            return fail(e.message);
        QString error;
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            for (const QString &s : statements) {
                QSqlQuery q(db);
                if (!q.exec(s)) {
                    error = s + QStringLiteral(": ") + q.lastError().text();
                    break;
                }
            }
        }
        ConnectionOpener::close(name);
        return error.isEmpty() || fail(error);
    }

    bool users(std::initializer_list<const char *> names) {
        QStringList statements;
        int id = 0;
        for (const char *n : names)
            statements << sql("INSERT INTO \"User\" (\"id\", \"name\") VALUES (%1, '%2')")
                              .arg(++id)
                              .arg(QString::fromUtf8(n));
        return exec(statements);
    }

    // The database stopped during Unique: its row is started and never finished (no logs), and
    // only the first statement took effect.
    void crash() {
        const QString uniqueSql = ScenarioSchema::migrationSql(m_provider, V::Init, V::Unique);
        if (!(migration(Init, ScenarioSchema::migrationSqlFromEmpty(m_provider, V::Init)) &&
              deploy(true) && users({"paul", "anna", "bob"}) && migration(Unique, uniqueSql)))
            return;
        const QStringList statements = statementsOf(uniqueSql);
        if (statements.isEmpty() || !exec({statements.first()}))
            return;
        const QString name = QStringLiteral("mwb-training-") + QUuid::createUuid().toString();
        if (const DbError e = ConnectionOpener::open(m_result.database, name, nullptr);
            e.isError()) {
            fail(e.message);
            return;
        }
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            const MigrationsTable table(m_result.database);
            const DbError e = MigrationsTable::exec(
                db, table.insertStarted(MigrationsTable::newId(),
                                        Checksum::record(uniqueSql.toUtf8()), table.now(), Unique));
            if (e.isError())
                fail(e.message);
        }
        ConnectionOpener::close(name);
    }

    const Scenario &m_scenario;
    QString m_dir;
    ConnectionSpec m_server;
    QString m_provider;
    ScenarioBuilder::Result m_result;
};
} // namespace

ScenarioBuilder::Result ScenarioBuilder::build(const Scenario &scenario, const QString &dir,
                                               const ConnectionSpec &server) {
    return Build(scenario, dir, server).run();
}
