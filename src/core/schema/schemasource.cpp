// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemasource.h"

#include "db/databaseurl.h"
#include "mwbtr.h"

#include <QDir>

namespace {
SchemaSource failed(QString *error, const QString &message) {
    if (error)
        *error = message;
    return {};
}

// `<dir>`, `<dir>@<name>` or `<dir>@without:<name>`; the last `@` splits, so folders may
// contain `@`.
SchemaSource migrations(const QString &spec, const QString &defaultDir, QString *error) {
    SchemaSource source;
    source.kind = SchemaSource::Kind::Migrations;
    QString dir = spec;
    const qsizetype at = spec.lastIndexOf(QLatin1Char('@'));
    if (at >= 0) {
        dir = spec.left(at);
        const QString selector = spec.mid(at + 1);
        if (selector.startsWith(QLatin1String("without:")))
            source.without = selector.mid(8);
        else
            source.upTo = selector;
        if (source.without.isEmpty() && source.upTo.isEmpty())
            return failed(error, MwbTr::tr("'%1': name a migration after '@' (or "
                                           "'@without:<name>').")
                                     .arg(spec));
    }
    if (dir.isEmpty())
        dir = defaultDir;
    if (dir.isEmpty())
        return failed(error, MwbTr::tr("No migrations folder: give one as 'migrations:<dir>' or "
                                       "run inside a Prisma workspace."));
    source.migrationsDir = QDir::cleanPath(QDir::current().absoluteFilePath(dir));
    return source;
}
} // namespace

SchemaSource SchemaSource::parse(const QString &text, const QString &defaultMigrationsDir,
                                 const QString &schemaDir, const ConnectionSpec &defaultDatabase,
                                 QString *error) {
    const QString t = text.trimmed();
    if (t == QLatin1String("empty"))
        return {};
    if (t == QLatin1String("database")) {
        if (!defaultDatabase.isValid())
            return failed(error, MwbTr::tr("'database' needs a datasource: give --url or run "
                                           "inside a workspace whose DATABASE_URL is set."));
        SchemaSource source;
        source.kind = Kind::Database;
        source.database = defaultDatabase;
        return source;
    }
    if (t.startsWith(QLatin1String("url:"))) {
        const DatabaseUrl::Result parsed = DatabaseUrl::parse(t.mid(4), schemaDir);
        if (!parsed.ok())
            return failed(error, MwbTr::tr("The URL of '%1' is invalid: %2")
                                     .arg(QStringLiteral("url:…"), parsed.error));
        SchemaSource source;
        source.kind = Kind::Database;
        source.database = parsed.spec;
        return source;
    }
    if (t == QLatin1String("migrations"))
        return migrations(QString(), defaultMigrationsDir, error);
    if (t.startsWith(QLatin1String("migrations@")))
        return migrations(t.mid(10), defaultMigrationsDir, error);
    if (t.startsWith(QLatin1String("migrations:")))
        return migrations(t.mid(11), defaultMigrationsDir, error);
    if (t.startsWith(QLatin1String("without:")))
        return migrations(QLatin1Char('@') + t, defaultMigrationsDir, error);
    return failed(error, MwbTr::tr("Unknown schema source '%1'. Use empty, database, url:<url>, "
                                   "migrations[:<dir>][@<name>|@without:<name>] or "
                                   "without:<name>.")
                             .arg(t.startsWith(QLatin1String("postgres")) ||
                                          t.startsWith(QLatin1String("mysql"))
                                      ? QStringLiteral("<url>")
                                      : t));
}

QString SchemaSource::label() const {
    switch (kind) {
    case Kind::Empty:
        return MwbTr::tr("empty schema");
    case Kind::Database:
        return database.displayName();
    case Kind::Migrations:
        if (onlyIsSet)
            return MwbTr::tr("applied migrations in %1")
                .arg(QDir::toNativeSeparators(migrationsDir));
        if (!upTo.isEmpty())
            return MwbTr::tr("migrations in %1 up to %2")
                .arg(QDir::toNativeSeparators(migrationsDir), upTo);
        if (!without.isEmpty())
            return MwbTr::tr("migrations in %1 without %2")
                .arg(QDir::toNativeSeparators(migrationsDir), without);
        return MwbTr::tr("migrations in %1").arg(QDir::toNativeSeparators(migrationsDir));
    }
    return {};
}
