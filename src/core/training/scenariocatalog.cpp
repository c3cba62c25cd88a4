// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenariocatalog.h"

#include "mwbtr.h"

namespace {
ScenarioStep step(const QString &hint, const QString &command, const QString &reason) {
    return {hint, command, reason};
}

const QString Unique = QStringLiteral("20240102000000_Unique");
} // namespace

QList<Scenario> ScenarioCatalog::all() {
    QList<Scenario> list;
    const QString story003 =
        MwbTr::tr(
            "The migration %1 adds a Post table, an email column and a unique index on User.name. "
            "It "
            "was deployed to this database statement by statement (as on MySQL): Post and email "
            "were "
            "created, then the unique index failed because two users are named 'paul'. Prisma now "
            "refuses every deploy (P3009).")
            .arg(Unique);
    list << Scenario{
        QStringLiteral("failed-unique-backward"),
        1,
        MwbTr::tr("Failed migration, moved backward"),
        story003,
        MwbTr::tr("The duplicate names are valid data. Undo what the migration did, keep every "
                  "row, and mark the migration rolled back."),
        QStringLiteral("003"),
        {step(MwbTr::tr("Open the failed row in the history view and read its error."),
              QStringLiteral("npx prisma migrate status"),
              MwbTr::tr("Know what failed before changing anything.")),
         step(MwbTr::tr("Compare this connection with the migrations without %1 (Schema ▸ Compare "
                        "Schemas…) or use Operations ▸ Recover Failed Migration… ▸ Move backward.")
                  .arg(Unique),
              QStringLiteral("npx prisma migrate diff --from-url \"$DATABASE_URL\" "
                             "--to-migrations <folder without the failed one> --script > "
                             "backward.sql"),
              MwbTr::tr("The script removes exactly what the failed migration left behind.")),
         step(MwbTr::tr("Run the backward script (Operations ▸ Execute SQL Script…)."),
              QStringLiteral("npx prisma db execute --url \"$DATABASE_URL\" --file backward.sql"),
              MwbTr::tr("db execute runs SQL without touching _prisma_migrations.")),
         step(MwbTr::tr("Mark the migration rolled back."),
              QStringLiteral("npx prisma migrate resolve --rolled-back \"%1\"").arg(Unique),
              MwbTr::tr("Only now does Prisma accept deploys again."))}};
    list << Scenario{
        QStringLiteral("failed-unique-forward"),
        2,
        MwbTr::tr("Failed migration, moved forward"),
        story003,
        MwbTr::tr("The duplicate is a mistake. Fix the data (one 'paul' stays), apply the rest "
                  "of the migration, and mark it applied."),
        QStringLiteral("003"),
        {step(MwbTr::tr("Find the rows that break the unique index (SQL editor, or the recovery "
                        "wizard's data page)."),
              QStringLiteral(
                  "SELECT name, COUNT(*) FROM \"User\" GROUP BY name HAVING COUNT(*) > 1"),
              MwbTr::tr("The index cannot be created while duplicates exist.")),
         step(MwbTr::tr("Delete or rename the duplicate row."), QString(),
              MwbTr::tr("Moving forward means the data must satisfy the new constraint.")),
         step(MwbTr::tr("Compare this connection with all migrations and run the script."),
              QStringLiteral("npx prisma migrate diff --from-url \"$DATABASE_URL\" "
                             "--to-migrations ./prisma/migrations --script > forward.sql && npx "
                             "prisma db execute --url \"$DATABASE_URL\" --file forward.sql"),
              MwbTr::tr("Only the missing parts (the unique index) are applied.")),
         step(MwbTr::tr("Mark the migration applied."),
              QStringLiteral("npx prisma migrate resolve --applied \"%1\"").arg(Unique),
              MwbTr::tr("The history now says what the schema already is."))}};
    list << Scenario{
        QStringLiteral("hotfix-index"),
        3,
        MwbTr::tr("A production hotfix to reconcile"),
        MwbTr::tr("A slow query was fixed on this database by creating the index User_name_idx "
                  "by hand. The migration history does not know about it: that is drift."),
        MwbTr::tr("Capture the hotfix in a new migration, mark it applied on this database (it "
                  "already has the index), so that history and schema agree again."),
        QStringLiteral("002"),
        {step(MwbTr::tr("See the drift indicator in the history view; open it."),
              QStringLiteral("npx prisma migrate diff --from-migrations ./prisma/migrations "
                             "--to-url \"$DATABASE_URL\" --script"),
              MwbTr::tr("The drift script is the hotfix written as a migration.")),
         step(MwbTr::tr("Schema ▸ Reconcile Hotfix…: name the migration and write it."),
              QStringLiteral("npx prisma migrate dev --name retroactively-add-index --create-only"),
              MwbTr::tr("The folder name starts with a UTC timestamp, as Prisma names it.")),
         step(MwbTr::tr("Mark it applied here; other databases will deploy it normally."),
              QStringLiteral("npx prisma migrate resolve --applied <the new migration>"),
              MwbTr::tr("Deploying it here would fail: the index already exists."))}};
    list << Scenario{
        QStringLiteral("edited-migration"),
        4,
        MwbTr::tr("An applied migration edited afterwards"),
        MwbTr::tr("Someone changed 20240101000000_init after it was applied, and someone else "
                  "saved 20240102000000_posts with Windows line endings. The original files are "
                  "in .git-history/ (standing in for git)."),
        MwbTr::tr("Restore the migration that was really edited; leave the line-ending-only "
                  "change alone — Prisma does not count it as an edit."),
        QStringLiteral("000"),
        {step(MwbTr::tr("Look for 'modified' in the history view: compare the recorded and the "
                        "local checksum in the details pane."),
              QStringLiteral("npx prisma migrate status"),
              MwbTr::tr("Prisma compares checksums, ignoring CRLF versus LF.")),
         step(MwbTr::tr("Restore the edited migration.sql from .git-history/."),
              QStringLiteral("git checkout -- prisma/migrations/20240101000000_init/migration.sql"),
              MwbTr::tr("An applied migration must never change; put new changes in a new "
                        "migration."))}};
    list << Scenario{
        QStringLiteral("not-null-populated"),
        5,
        MwbTr::tr("A NOT NULL column on a populated table"),
        MwbTr::tr("20240103000000_age adds the required column User.age without a default. The "
                  "table has rows, so the migration failed and Prisma blocks deploys."),
        MwbTr::tr("Mark it rolled back, fix the migration (a default, or an optional column), "
                  "and deploy it again, keeping every user."),
        QStringLiteral("000"),
        {step(MwbTr::tr("Read the failed migration's error."),
              QStringLiteral("npx prisma migrate status"),
              MwbTr::tr("Existing rows have no value for the new column.")),
         step(MwbTr::tr("Check what the failed migration left behind (Operations ▸ Recover Failed "
                        "Migration…). On SQLite the table rebuild runs outside a transaction, so "
                        "its new_User table remains: drop it."),
              QStringLiteral("npx prisma db execute --stdin <<< 'DROP TABLE \"new_User\";'"),
              MwbTr::tr("Redeploying would stop at CREATE TABLE \"new_User\" otherwise.")),
         step(MwbTr::tr("Mark the failed migration rolled back."),
              QStringLiteral("npx prisma migrate resolve --rolled-back \"20240103000000_age\""),
              MwbTr::tr("Prisma only runs it again once it is marked rolled back.")),
         step(MwbTr::tr("Edit its migration.sql: give age a DEFAULT, or make it nullable."),
              QString(), MwbTr::tr("A rolled-back migration may be changed before it is applied.")),
         step(MwbTr::tr("Deploy."), QStringLiteral("npx prisma migrate deploy"),
              MwbTr::tr("The fixed migration now applies."))}};
    list << Scenario{
        QStringLiteral("partial-crash"),
        6,
        MwbTr::tr("A migration interrupted by a crash"),
        MwbTr::tr("The database shut down in the middle of 20240102000000_Unique: its row was "
                  "started but never finished (no logs), and only its first statement (the "
                  "email column) took effect."),
        MwbTr::tr("Bring history and schema back in line: either complete the migration and "
                  "mark it applied, or undo it and deploy it again — until everything is "
                  "applied and nothing drifts."),
        QStringLiteral("000"),
        {step(MwbTr::tr("Operations ▸ Recover Failed Migration…: see which statements took "
                        "effect."),
              QStringLiteral("npx prisma migrate status"),
              MwbTr::tr("A crash leaves no logs; only the catalog tells what ran.")),
         step(MwbTr::tr("Complete it: run the missing statements (the forward script) and mark "
                        "it applied."),
              QStringLiteral("npx prisma migrate resolve --applied \"%1\"").arg(Unique),
              MwbTr::tr("Prisma's option 2 for a partially applied migration.")),
         step(MwbTr::tr("Or revert it: run the backward script, mark it rolled back, deploy."),
              QStringLiteral("npx prisma migrate resolve --rolled-back \"%1\" && npx prisma "
                             "migrate deploy")
                  .arg(Unique),
              MwbTr::tr("Prisma's option 1."))}};
    list << Scenario{
        QStringLiteral("baseline"),
        7,
        MwbTr::tr("Baselining a database that predates Prisma"),
        MwbTr::tr("This database was built by hand long before the team used Prisma Migrate. "
                  "It has tables and rows, but no _prisma_migrations table and no migrations."),
        MwbTr::tr("Create the 0_init migration from the database's schema and mark it applied, "
                  "without touching the data."),
        QStringLiteral("000"),
        {step(MwbTr::tr("Operations ▸ Baseline Database…"),
              QStringLiteral(
                  "npx prisma migrate diff --from-empty --to-schema-datamodel "
                  "prisma/schema.prisma --script > prisma/migrations/0_init/migration.sql"),
              MwbTr::tr("0_init describes the schema as it already is.")),
         step(MwbTr::tr("Mark 0_init applied."),
              QStringLiteral("npx prisma migrate resolve --applied 0_init"),
              MwbTr::tr("Deploying it would fail: the tables exist."))}};
    list << Scenario{
        QStringLiteral("p3009-staging"),
        8,
        MwbTr::tr("A staging deploy blocked by P3009"),
        MwbTr::tr("On staging, %1 failed on duplicate names (the database rolled it back), and "
                  "20240104000000_comments waits behind it. Every deploy stops with P3009.")
            .arg(Unique),
        MwbTr::tr("Follow the runbook: find the cause, fix the data, resolve the failed "
                  "migration, and deploy until every migration is applied."),
        QStringLiteral("004"),
        {step(MwbTr::tr("Read the P3009 message and the failed row."),
              QStringLiteral("npx prisma migrate deploy"),
              MwbTr::tr("P3009 names the failed migration.")),
         step(MwbTr::tr("Fix the duplicate data."), QString(),
              MwbTr::tr("Otherwise the migration fails again.")),
         step(MwbTr::tr("Mark the failed migration rolled back, then deploy."),
              QStringLiteral("npx prisma migrate resolve --rolled-back \"%1\" && npx prisma "
                             "migrate deploy")
                  .arg(Unique),
              MwbTr::tr("It was rolled back completely, so it can simply run again."))}};
    return list;
}

Scenario ScenarioCatalog::find(const QString &idOrNumber) {
    for (const Scenario &s : all()) {
        if (s.id == idOrNumber || QString::number(s.number) == idOrNumber)
            return s;
    }
    return {};
}
