// SPDX-License-Identifier: GPL-3.0-or-later
#include "prismaerrors.h"

#include "history/timestamp.h"

#include <QStringList>

QString PrismaErrors::p1002LockTimeout(const QString &provider, const QString &holder) {
    const QString statement = provider == QLatin1String("mysql")
                                  ? QStringLiteral("SELECT GET_LOCK('prisma_migrate', 10)")
                                  : QStringLiteral("SELECT pg_advisory_lock(72707369)");
    QString text =
        QStringLiteral("Timed out trying to acquire a %1 advisory lock (%2). Timeout: 10000ms. "
                       "See https://pris.ly/d/migrate-advisory-locking for details.")
            .arg(provider == QLatin1String("mysql") ? QStringLiteral("mysql")
                                                    : QStringLiteral("postgres"),
                 statement);
    if (!holder.isEmpty())
        text += QStringLiteral("\nThe lock is held by: ") + holder;
    return text;
}

QString PrismaErrors::p3005NotEmpty() {
    return QStringLiteral("The database schema is not empty. Read more about how to baseline an "
                          "existing production database: https://pris.ly/d/migrate-baseline");
}

QString PrismaErrors::p3008AlreadyApplied(const QString &name) {
    return QStringLiteral("The migration `%1` is already recorded as applied in the database.")
        .arg(name);
}

QString PrismaErrors::p3009Line(const QString &name, qint64 startedAtMicros) {
    return QStringLiteral("The `%1` migration started at %2 failed")
        .arg(name, Timestamp::toPrismaDisplay(startedAtMicros));
}

QString PrismaErrors::p3009FailedMigrations(const QStringList &lines) {
    return QStringLiteral(
               "migrate found failed migrations in the target database, new migrations will "
               "not be applied. Read more about how to resolve migration issues in a "
               "production database: https://pris.ly/d/migrate-resolve\n") +
           lines.join(QLatin1Char('\n'));
}

QString PrismaErrors::p3011NeverApplied(const QString &name) {
    return QStringLiteral(
               "Migration `%1` cannot be rolled back because it was never applied to the "
               "database. Hint: did you pass in the whole migration name? (example: "
               "\"20201207184859_initial_migration\")")
        .arg(name);
}

QString PrismaErrors::p3012NotFailed(const QString &name) {
    return QStringLiteral(
               "Migration `%1` cannot be rolled back because it is not in a failed state.")
        .arg(name);
}

QString PrismaErrors::p3015MissingFile(const QString &path) {
    return QStringLiteral("Could not find the migration file at %1. Please delete the directory or "
                          "restore the migration file.")
        .arg(path);
}

QString PrismaErrors::p3017NotFound(const QString &name) {
    return QStringLiteral(
               "The migration %1 could not be found. Please make sure that the migration "
               "exists, and that you included the whole name of the directory. (example: "
               "\"20201207184859_initial_migration\")")
        .arg(name);
}

QString PrismaErrors::p3018Failed(const QString &name, const QString &code, const QString &error) {
    return QStringLiteral(
               "A migration failed to apply. New migrations cannot be applied before the "
               "error is recovered from. Read more about how to resolve migration issues "
               "in a production database: https://pris.ly/d/migrate-resolve\n\n"
               "Migration name: %1\n\nDatabase error code: %2\n\nDatabase error:\n%3")
        .arg(name, code, error);
}

QString PrismaErrors::p3019ProviderMismatch(const QString &provider, const QString &lockProvider) {
    return QStringLiteral(
               "The datasource provider `%1` specified in your schema does not match the one "
               "specified in the migration_lock.toml, `%2`. Please remove your current "
               "migration directory and start a new migration history with prisma migrate "
               "dev. Read more: https://pris.ly/d/migrate-provider-switch")
        .arg(provider, lockProvider);
}

QString PrismaErrors::noMigrationsTable() {
    return QStringLiteral(
        "Invariant violation: called markMigrationRolledBack on a database without "
        "migrations table.");
}
