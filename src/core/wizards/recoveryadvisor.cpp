// SPDX-License-Identifier: GPL-3.0-or-later
#include "recoveryadvisor.h"

#include "mwbtr.h"

QList<RecoveryOption> RecoveryAdvisor::options(const QString &migration,
                                               const Forensics &forensics) {
    const QString quoted = QLatin1Char('"') + migration + QLatin1Char('"');
    const Forensics::Verdict verdict = forensics.verdict();
    QStringList leftovers;
    for (const Forensics::Statement &s : forensics.statements) {
        if (s.probe.outcome == StatementProbe::Outcome::Done)
            leftovers << s.probe.what;
    }

    RecoveryOption redeploy;
    redeploy.kind = RecoveryOption::Kind::RolledBackRedeploy;
    redeploy.title = MwbTr::tr("Mark as rolled back, fix, and deploy again");
    redeploy.explanation =
        MwbTr::tr("The migration's row is marked rolled back; the next deploy runs the migration "
                  "from its first statement. Fix the cause first (data or SQL), or it fails the "
                  "same way.");
    redeploy.prismaCommands = {QStringLiteral("npx prisma migrate resolve --rolled-back ") + quoted,
                               QStringLiteral("npx prisma migrate deploy")};
    if (verdict == Forensics::Verdict::PartiallyApplied ||
        verdict == Forensics::Verdict::FullyApplied) {
        redeploy.available = false;
        redeploy.unavailableReason =
            MwbTr::tr("Part of the migration is already in the database (%1); running it again "
                      "would fail on those statements. Move backward first, or complete it.")
                .arg(leftovers.join(QStringLiteral(", ")));
    }

    RecoveryOption complete;
    complete.kind = RecoveryOption::Kind::CompleteMarkApplied;
    complete.title = MwbTr::tr("Complete the migration by hand and mark it applied");
    complete.explanation =
        verdict == Forensics::Verdict::FullyApplied
            ? MwbTr::tr("Everything the migration does is already in the database: marking it "
                        "applied is enough.")
            : MwbTr::tr("Run the statements that did not take effect (the forward script does "
                        "exactly that), then mark the migration applied.");
    complete.prismaCommands = {QStringLiteral("npx prisma migrate resolve --applied ") + quoted};

    RecoveryOption backward;
    backward.kind = RecoveryOption::Kind::MoveBackward;
    backward.title = MwbTr::tr("Move backward: undo what the migration did");
    backward.explanation =
        MwbTr::tr("Diff the database against the migrations without this one, run that script, "
                  "and mark the migration rolled back. The data stays; the schema returns to the "
                  "previous migration.");
    backward.prismaCommands = {
        QStringLiteral("npx prisma migrate diff --from-url \"$DATABASE_URL\" --to-migrations "
                       "./prisma/migrations (without %1) --shadow-database-url "
                       "\"$SHADOW_DATABASE_URL\" --script > backward.sql")
            .arg(migration),
        QStringLiteral("npx prisma db execute --url \"$DATABASE_URL\" --file backward.sql"),
        QStringLiteral("npx prisma migrate resolve --rolled-back ") + quoted};

    RecoveryOption forward;
    forward.kind = RecoveryOption::Kind::MoveForward;
    forward.title = MwbTr::tr("Move forward: fix the data, then apply the rest");
    forward.explanation =
        MwbTr::tr("Fix what made the migration fail (for a unique index: the duplicate rows), "
                  "diff the database against all migrations, run that script, and mark the "
                  "migration applied.");
    forward.prismaCommands = {
        QStringLiteral("npx prisma migrate diff --from-url \"$DATABASE_URL\" --to-migrations "
                       "./prisma/migrations --shadow-database-url \"$SHADOW_DATABASE_URL\" "
                       "--script > forward.sql"),
        QStringLiteral("npx prisma db execute --url \"$DATABASE_URL\" --file forward.sql"),
        QStringLiteral("npx prisma migrate resolve --applied ") + quoted};
    return {backward, forward, redeploy, complete};
}
