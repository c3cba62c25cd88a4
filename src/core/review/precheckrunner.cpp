// SPDX-License-Identifier: GPL-3.0-or-later
#include "precheckrunner.h"

#include "db/connectionopener.h"
#include "mwbtr.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

#include <sqlite3.h>

namespace {
using Kind = PreCheck::Kind;
using Status = PreCheckResult::Status;

QString quote(const QString &identifier, ConnectionSpec::Driver driver) {
    if (driver == ConnectionSpec::Driver::MySql)
        return QLatin1Char('`') + QString(identifier).replace(u'`', QStringLiteral("``")) +
               QLatin1Char('`');
    return QLatin1Char('"') + QString(identifier).replace(u'"', QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

QString literal(const QString &value) {
    return QLatin1Char('\'') + QString(value).replace(u'\'', QStringLiteral("''")) +
           QLatin1Char('\'');
}

QString tableRef(const PreCheck &c, ConnectionSpec::Driver driver) {
    return c.schema.isEmpty() ? quote(c.table, driver)
                              : quote(c.schema, driver) + QLatin1Char('.') + quote(c.table, driver);
}

QString sampleValue(const QVariant &v) {
    if (v.isNull())
        return QStringLiteral("NULL");
    QString s = v.toString();
    if (s.size() > 200)
        s = s.left(200) + QStringLiteral("…");
    return s;
}

int serverMajor(const QString &version) {
    static const QRegularExpression re(QStringLiteral("^(\\d+)"));
    const auto m = re.match(version.trimmed());
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

/// Progress handler deadline for SQLite (it has no statement timeout of its own).
struct SqliteDeadline {
    QElapsedTimer timer;
    qint64 limitMs = 0;
    const std::atomic_bool *cancel = nullptr;
};

int sqliteProgress(void *data) {
    auto *d = static_cast<SqliteDeadline *>(data);
    return (d->timer.elapsed() > d->limitMs || (d->cancel && d->cancel->load())) ? 1 : 0;
}

sqlite3 *sqliteHandle(QSqlDatabase &db) {
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(handle.constData());
    return nullptr;
}

/// The predicate "value does not convert to `type`" on `expr` (a column), or empty when the
/// type cannot be checked (`*always` set when every value converts).
QString failingCastPredicate(const QString &column, const QString &type,
                             ConnectionSpec::Driver driver, int pgMajor, bool *always) {
    const bool pg = driver == ConnectionSpec::Driver::Postgres;
    if (driver == ConnectionSpec::Driver::Sqlite)
        return {}; // SQLite has no column type changes (and no REGEXP by default)
    if (pg && pgMajor >= 16)
        return QStringLiteral("NOT pg_input_is_valid(%1::text, %2)").arg(column, literal(type));
    const QString text =
        pg ? column + QStringLiteral("::text") : QStringLiteral("CAST(%1 AS CHAR)").arg(column);
    auto notMatching = [&](const QString &pattern) {
        return pg ? QStringLiteral("%1 !~ %2").arg(text, literal(pattern))
                  : QStringLiteral("%1 NOT REGEXP %2").arg(text, literal(pattern));
    };
    const QString t = type.simplified().toLower();
    static const QRegularExpression length(
        QStringLiteral("^(?:var)?char(?:acter)?(?: varying)?\\s*\\((\\d+)\\)"));
    if (const auto m = length.match(t); m.hasMatch())
        return QStringLiteral("CHAR_LENGTH(%1) > %2").arg(text, m.captured(1));
    static const QRegularExpression integer(
        QStringLiteral("^(?:tiny|small|medium|big)?int(?:eger)?\\d*(?:\\s*\\(\\d+\\))?(?:\\s+"
                       "(?:unsigned|signed))?$|^(?:small|big)?serial\\d?$"));
    if (integer.match(t).hasMatch())
        return notMatching(QStringLiteral("^[[:space:]]*[-+]?[0-9]+[[:space:]]*$"));
    static const QRegularExpression decimal(QStringLiteral(
        "^(?:numeric|decimal|real|float\\d*|double(?: precision)?|dec)(?:\\s*\\(.*\\))?$"));
    if (decimal.match(t).hasMatch())
        return notMatching(QStringLiteral(
            "^[[:space:]]*[-+]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][-+]?[0-9]+)?[[:space:]]*$"));
    if (t == QLatin1String("boolean") || t == QLatin1String("bool"))
        return QStringLiteral("LOWER(TRIM(%1)) NOT IN ('t','f','true','false','y','n','yes','no',"
                              "'on','off','1','0')")
            .arg(text);
    if (t == QLatin1String("uuid"))
        return notMatching(
            QStringLiteral("^[[:space:]]*[{]?[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-"
                           "fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}[}]?[[:space:]]*$"));
    if (t.startsWith(QLatin1String("date")) || t.startsWith(QLatin1String("timestamp")))
        return notMatching(QStringLiteral("^[[:space:]]*[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}"));
    if (t == QLatin1String("text") || t.startsWith(QLatin1String("varchar")) ||
        t == QLatin1String("character varying") || t.endsWith(QLatin1String("text")) ||
        t == QLatin1String("longtext")) {
        *always = true;
        return {};
    }
    return {};
}

class CheckRunner {
public:
    CheckRunner(QSqlDatabase &db, const ConnectionSpec &spec, const PreCheckOptions &options,
                int pgMajor)
        : m_db(db)
        , m_driver(spec.driver)
        , m_options(options)
        , m_pgMajor(pgMajor) {}

    PreCheckResult run(const PreCheck &check) {
        PreCheckResult r;
        r.check = check;
        m_check = check;
        QElapsedTimer timer;
        timer.start();
        switch (check.kind) {
        case Kind::Duplicates:
            duplicates(r);
            break;
        case Kind::NullCount:
            filtered(r, notNullAll(QStringLiteral(" IS NULL"), QStringLiteral(" OR ")));
            if (r.status == Status::Failed)
                r.message = MwbTr::tr("%n row(s) hold NULL.", nullptr, int(r.count));
            break;
        case Kind::RowCount:
            filtered(r, QStringLiteral("1=1"), false);
            if (r.status == Status::Failed)
                r.message = MwbTr::tr("The table has %n row(s): adding the column fails without "
                                      "a default.",
                                      nullptr, int(r.count));
            else if (r.status == Status::Passed)
                r.message = MwbTr::tr("The table is empty.");
            break;
        case Kind::FailingCast: {
            bool always = false;
            const QString predicate = failingCastPredicate(
                col(check.columns.value(0)), check.newType, m_driver, m_pgMajor, &always);
            if (predicate.isEmpty()) {
                r.status = always ? Status::Passed : Status::Skipped;
                r.message =
                    always ? MwbTr::tr("Every value converts to %1.").arg(check.newType)
                           : MwbTr::tr("Conversions to %1 cannot be checked in advance here (only "
                                       "PostgreSQL 16+ checks every type).")
                                 .arg(check.newType);
                break;
            }
            filtered(r,
                     col(check.columns.value(0)) + QStringLiteral(" IS NOT NULL AND ") + predicate);
            if (r.status == Status::Failed)
                r.message = MwbTr::tr("%n row(s) hold values that do not convert to %1.", nullptr,
                                      int(r.count))
                                .arg(check.newType);
            break;
        }
        case Kind::Orphans: {
            if (check.referencedColumns.size() != check.columns.size()) {
                r.status = Status::Skipped;
                r.message = MwbTr::tr("The referenced columns are not named in the statement.");
                break;
            }
            QStringList match;
            for (qsizetype i = 0; i < check.columns.size(); ++i)
                match << QStringLiteral("p.%1 = c.%2")
                             .arg(col(check.referencedColumns.at(i)), col(check.columns.at(i)));
            PreCheck parent = check;
            parent.table = check.referencedTable;
            const QString predicate =
                notNullAll(QStringLiteral(" IS NOT NULL"), QStringLiteral(" AND "),
                           QStringLiteral("c.")) +
                QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM %1 p WHERE %2)")
                    .arg(tableRef(parent, m_driver), match.join(QStringLiteral(" AND ")));
            filtered(r, predicate, true, QStringLiteral(" c"));
            if (r.status == Status::Failed)
                r.message =
                    MwbTr::tr("%n row(s) reference a missing %1 row.", nullptr, int(r.count))
                        .arg(check.referencedTable);
            break;
        }
        }
        if (r.status == Status::Passed && r.message.isEmpty())
            r.message = MwbTr::tr("Nothing in the way.");
        r.elapsedMs = timer.elapsed();
        return r;
    }

private:
    QString col(const QString &name) const { return quote(name, m_driver); }
    QString table() const { return tableRef(m_check, m_driver); }

    /// `c1<suffix> <join> c2<suffix> …` over the check's columns.
    QString notNullAll(const QString &suffix, const QString &join,
                       const QString &prefix = {}) const {
        QStringList parts;
        for (const QString &c : m_check.columns)
            parts << prefix + col(c) + suffix;
        return parts.join(join);
    }

    bool exec(QSqlQuery &q, const QString &sql, PreCheckResult &r) {
        r.sql = r.sql.isEmpty() ? sql : r.sql;
        if (q.exec(sql))
            return true;
        r.status = Status::Error;
        const QString text = q.lastError().text();
        const bool timeout = text.contains(QLatin1String("timeout"), Qt::CaseInsensitive) ||
                             text.contains(QLatin1String("interrupt"), Qt::CaseInsensitive) ||
                             text.contains(QLatin1String("max_statement_time")) ||
                             q.lastError().nativeErrorCode() == QLatin1String("57014");
        r.message = timeout ? MwbTr::tr("The check took longer than %1 ms and was stopped.")
                                  .arg(m_options.statementTimeoutMs)
                            : MwbTr::tr("The check failed: %1").arg(text);
        return false;
    }

    void samples(QSqlQuery &q, PreCheckResult &r) {
        const QSqlRecord record = q.record();
        r.sampleColumns.clear();
        for (int i = 0; i < record.count(); ++i)
            r.sampleColumns << record.fieldName(i);
        while (q.next() && r.sampleRows.size() < m_options.sampleRows) {
            QStringList row;
            for (int i = 0; i < record.count(); ++i)
                row << sampleValue(q.value(i));
            r.sampleRows << row;
        }
    }

    /// Counts the rows matching `predicate`; failing when there are any, with sample rows.
    void filtered(PreCheckResult &r, const QString &predicate, bool withSamples = true,
                  const QString &alias = {}) {
        m_check = r.check;
        QSqlQuery q(m_db);
        const QString from = table() + alias;
        if (!exec(q, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2").arg(from, predicate), r))
            return;
        r.count = q.next() ? q.value(0).toLongLong() : 0;
        r.affectedRows = r.count;
        r.status = r.count > 0 ? Status::Failed : Status::Passed;
        if (r.count > 0 && withSamples) {
            QSqlQuery s(m_db);
            if (exec(s,
                     QStringLiteral("SELECT %1* FROM %2 WHERE %3 LIMIT %4")
                         .arg(alias.isEmpty() ? QString() : alias.trimmed() + QLatin1Char('.'),
                              from, predicate)
                         .arg(m_options.sampleRows),
                     r))
                samples(s, r);
            else
                r.status = Status::Failed; // the count stands even without samples
        }
    }

    void duplicates(PreCheckResult &r) {
        m_check = r.check;
        QStringList cols;
        for (const QString &c : m_check.columns)
            cols << col(c);
        const QString groups =
            QStringLiteral("SELECT %1, COUNT(*) AS mwb_n FROM %2 WHERE %3 GROUP BY %1 HAVING "
                           "COUNT(*) > 1")
                .arg(cols.join(QStringLiteral(", ")), table(),
                     notNullAll(QStringLiteral(" IS NOT NULL"), QStringLiteral(" AND ")));
        QSqlQuery q(m_db);
        if (!exec(q,
                  QStringLiteral("SELECT COUNT(*), COALESCE(SUM(mwb_n), 0) FROM (%1) mwb_d")
                      .arg(groups),
                  r))
            return;
        if (q.next()) {
            r.count = q.value(0).toLongLong();
            r.affectedRows = q.value(1).toLongLong();
        }
        r.status = r.count > 0 ? Status::Failed : Status::Passed;
        if (r.count == 0)
            return;
        r.message = MwbTr::tr("%n duplicate group(s), %1 rows in them.", nullptr, int(r.count))
                        .arg(r.affectedRows);
        QStringList join;
        QStringList order;
        for (const QString &c : std::as_const(cols)) {
            join << QStringLiteral("t.%1 = mwb_d.%1").arg(c);
            order << QStringLiteral("t.") + c;
        }
        QSqlQuery s(m_db);
        if (exec(s,
                 QStringLiteral("SELECT t.* FROM %1 t JOIN (%2 ORDER BY mwb_n DESC, %3 LIMIT %4) "
                                "mwb_d ON %5 ORDER BY %6 LIMIT %7")
                     .arg(table(), groups, cols.join(QStringLiteral(", ")))
                     .arg(m_options.sampleGroups)
                     .arg(join.join(QStringLiteral(" AND ")), order.join(QStringLiteral(", ")))
                     .arg(m_options.sampleRows),
                 r))
            samples(s, r);
        else
            r.status = Status::Failed;
    }

    QSqlDatabase &m_db;
    ConnectionSpec::Driver m_driver;
    PreCheckOptions m_options;
    int m_pgMajor;
    PreCheck m_check;
};
} // namespace

bool PreCheckReport::anyFailed() const {
    for (const PreCheckResult &r : results)
        if (r.failed())
            return true;
    return false;
}

QList<PreCheck> PreCheckRunner::fromFindings(const LintFindings &findings) {
    QList<PreCheck> checks;
    for (const LintFinding &f : findings) {
        PreCheck c;
        if (f.ruleId == LintRule::UniqueOnExistingData)
            c.kind = Kind::Duplicates;
        else if (f.ruleId == LintRule::SetNotNull)
            c.kind = Kind::NullCount;
        else if (f.ruleId == LintRule::NotNullWithoutDefault)
            c.kind = Kind::RowCount;
        else if (f.ruleId == LintRule::AlterColumnType)
            c.kind = Kind::FailingCast;
        else if (f.ruleId == LintRule::ForeignKeyOnExistingData)
            c.kind = Kind::Orphans;
        else
            continue;
        if (f.table.isEmpty() || f.columns.isEmpty())
            continue;
        c.ruleId = f.ruleId;
        c.source = f.source;
        c.statementIndex = f.statementIndex;
        c.schema = f.schema;
        c.table = f.table;
        c.columns = f.columns;
        c.referencedTable = f.referencedTable;
        c.referencedColumns = f.referencedColumns;
        c.newType = f.newType;
        checks << c;
    }
    return checks;
}

PreCheckResults PreCheckRunner::run(QSqlDatabase &db, const ConnectionSpec &spec,
                                    const QList<PreCheck> &checks, const PreCheckOptions &options,
                                    const std::atomic_bool *cancel) {
    PreCheckResults results;
    QSqlQuery setup(db);
    int pgMajor = 0;
    SqliteDeadline deadline;
    deadline.limitMs = options.statementTimeoutMs;
    deadline.cancel = cancel;
    sqlite3 *lite = nullptr;
    switch (spec.driver) {
    case ConnectionSpec::Driver::Postgres:
        setup.exec(QStringLiteral("SET statement_timeout = %1").arg(options.statementTimeoutMs));
        setup.exec(QStringLiteral("SET default_transaction_read_only = on"));
        if (setup.exec(QStringLiteral("SHOW server_version")) && setup.next())
            pgMajor = serverMajor(setup.value(0).toString());
        break;
    case ConnectionSpec::Driver::MySql:
        // MariaDB's name first; MySQL's max_execution_time covers SELECT only (enough here).
        if (!setup.exec(QStringLiteral("SET SESSION max_statement_time = %1")
                            .arg(options.statementTimeoutMs / 1000.0)))
            setup.exec(QStringLiteral("SET SESSION max_execution_time = %1")
                           .arg(options.statementTimeoutMs));
        setup.exec(QStringLiteral("SET SESSION TRANSACTION READ ONLY"));
        break;
    case ConnectionSpec::Driver::Sqlite:
        lite = sqliteHandle(db);
        break;
    case ConnectionSpec::Driver::None:
        break;
    }
    CheckRunner runner(db, spec, options, pgMajor);
    for (const PreCheck &check : checks) {
        if (cancel && cancel->load())
            break;
        if (lite) {
            deadline.timer.start();
            sqlite3_progress_handler(lite, 1000, sqliteProgress, &deadline);
        }
        results << runner.run(check);
        if (lite)
            sqlite3_progress_handler(lite, 0, nullptr, nullptr);
    }
    if (spec.driver == ConnectionSpec::Driver::Postgres)
        setup.exec(QStringLiteral("SET statement_timeout = 0"));
    else if (spec.driver == ConnectionSpec::Driver::MySql)
        setup.exec(QStringLiteral("SET SESSION max_statement_time = 0"));
    return results;
}

PreCheckReport PreCheckRunner::runBlocking(const ConnectionSpec &spec,
                                           const QList<PreCheck> &checks,
                                           const PreCheckOptions &options,
                                           const std::atomic_bool *cancel) {
    PreCheckReport report;
    ConnectionSpec readOnly = spec;
    readOnly.readOnly = true;
    readOnly.createIfMissing = false;
    const QString name =
        QStringLiteral("mwb-precheck:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    report.error = ConnectionOpener::open(readOnly, name, &report.serverVersion);
    readOnly.password.fill(QChar(u'\0'));
    if (report.error.isError())
        return report;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        report.results = run(db, readOnly, checks, options, cancel);
    }
    report.cancelled = cancel && cancel->load();
    ConnectionOpener::close(name);
    return report;
}

void PreCheckRunner::annotate(LintFindings &findings, const PreCheckResults &results) {
    for (const PreCheckResult &r : results) {
        for (LintFinding &f : findings) {
            if (f.source != r.check.source || f.statementIndex != r.check.statementIndex ||
                f.ruleId != r.check.ruleId || f.table != r.check.table ||
                f.columns != r.check.columns)
                continue;
            if (r.status == Status::Failed) {
                f.severity = LintFinding::Severity::Error;
                f.detail = r.message;
            } else if (r.status == Status::Passed) {
                f.detail = r.message;
                if (r.check.kind == Kind::RowCount || r.check.kind == Kind::NullCount)
                    f.severity = LintFinding::Severity::Info;
            } else {
                f.detail = r.message;
            }
        }
    }
}
