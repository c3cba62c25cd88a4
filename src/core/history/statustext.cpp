// SPDX-License-Identifier: GPL-3.0-or-later
#include "statustext.h"

#include "mwbtr.h"

namespace {
QString plural(qsizetype n) {
    return n > 1 ? QStringLiteral("s") : QString();
}
} // namespace

// Prisma's text is reproduced verbatim (English, as Prisma prints it), so it is not translated.
QString StatusText::prismaText(const HistoryReport &report, const QString &migrationsLabel) {
    const PrismaVerdict &p = report.prisma;
    QString out;
    const qsizetype n = report.folder.migrations.size();
    if (!p.errorCode.isEmpty())
        return QStringLiteral("Error: %1\n\n%2\n").arg(p.errorCode, p.errorMessage);
    out +=
        n == 0
            ? QStringLiteral("No migration found in %1\n").arg(migrationsLabel)
            : QStringLiteral("%1 migration%2 found in %3\n").arg(n).arg(plural(n), migrationsLabel);

    if (p.history == PrismaVerdict::History::DatabaseIsBehind) {
        out += QStringLiteral("Following migration%1 have not yet been applied:\n%2\n\n")
                   .arg(plural(p.unapplied.size()), p.unapplied.join(QLatin1Char('\n')));
        out += QStringLiteral("To apply migrations in development run prisma migrate dev.\n"
                              "To apply migrations in production run prisma migrate deploy.\n");
        return out;
    }
    if (p.history == PrismaVerdict::History::HistoriesDiverge) {
        out += QStringLiteral("Your local migration history and the migrations table from your "
                              "database are different:\n\nThe last common migration is: %1\n\n")
                   .arg(p.lastCommonMigration.isEmpty() ? QStringLiteral("null")
                                                        : p.lastCommonMigration);
        out += QStringLiteral("The migration%1 have not yet been applied:\n%2\n\n")
                   .arg(plural(p.unapplied.size()), p.unapplied.join(QLatin1Char('\n')));
        out +=
            QStringLiteral("The migration%1 from the database are not found locally in %2:\n%3\n")
                .arg(plural(p.notFoundLocally.size()), migrationsLabel,
                     p.notFoundLocally.join(QLatin1Char('\n')));
        return out;
    }
    if (!report.tableExists && n == 0) {
        out += QStringLiteral("The current database is not managed by Prisma Migrate.\n\n"
                              "Read more about how to baseline an existing production database:\n"
                              "https://pris.ly/d/migrate-baseline\n");
        return out;
    }
    if (!p.failed.isEmpty()) {
        out += QStringLiteral("Following migration%1 have failed:\n%2\n\n")
                   .arg(plural(p.failed.size()), p.failed.join(QLatin1Char('\n')));
        out += QStringLiteral(
                   "During development if the failed migration(s) have not been deployed to a "
                   "production "
                   "database you can then fix the migration(s) and run prisma migrate dev.\n\n"
                   "The failed migration(s) can be marked as rolled back or applied:\n      \n"
                   "- If you rolled back the migration(s) manually:\n"
                   "prisma migrate resolve --rolled-back \"%1\"\n\n"
                   "- If you fixed the database manually (hotfix):\n"
                   "prisma migrate resolve --applied \"%1\"\n\n"
                   "Read more about how to resolve migration issues in a production database:\n"
                   "https://pris.ly/d/migrate-resolve\n")
                   .arg(p.failed.constFirst());
        return out;
    }
    out += QStringLiteral("\nDatabase schema is up to date!\n");
    return out;
}

QString StatusText::workbenchText(const HistoryReport &report) {
    QString out;
    for (const MigrationStatus &m : report.migrations) {
        QStringList findings = m.findings();
        if (const LocalMigration *local = report.localOf(m); local && local->problems)
            findings << local->problemText;
        if (findings.isEmpty())
            continue;
        out += QStringLiteral("  %1  [%2]\n").arg(m.name, MigrationStatus::stateKey(m.state));
        for (const QString &f : std::as_const(findings))
            out += QStringLiteral("      - %1\n").arg(f);
    }
    if (!report.folder.lock.error.isEmpty())
        out += QStringLiteral("  migration_lock.toml: %1\n").arg(report.folder.lock.error);
    if (out.isEmpty())
        return MwbTr::tr("Migration Workbench: nothing else to report.\n");
    if (report.attentionCount() == 0)
        return MwbTr::tr("Migration Workbench notes (nothing needs attention):\n") + out;
    return MwbTr::tr("Migration Workbench also found (%n migration(s) need attention):\n", nullptr,
                     report.attentionCount()) +
           out;
}
