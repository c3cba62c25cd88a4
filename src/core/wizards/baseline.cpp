// SPDX-License-Identifier: GPL-3.0-or-later
#include "baseline.h"

#include "history/historyreport.h"
#include "mwbtr.h"
#include "schema/schemadiffer.h"
#include "schema/schemascriptrenderer.h"

Baseline::Plan Baseline::plan(const Schema &live, const HistoryReport &history) {
    Plan p;
    if (history.tableExists && !history.rows.isEmpty()) {
        p.error = MwbTr::tr("The database already has a migration history (%n row(s) in "
                            "_prisma_migrations). Baselining is for databases that predate "
                            "Prisma Migrate.",
                            nullptr, static_cast<int>(history.rows.size()));
        return p;
    }
    if (history.folder.indexOf(MigrationName) >= 0) {
        p.error =
            MwbTr::tr("The migrations folder already has a migration named %1.").arg(MigrationName);
        return p;
    }
    if (live.tables.isEmpty() && live.enums.isEmpty()) {
        p.error = MwbTr::tr("The database has no tables: there is nothing to baseline. Deploy the "
                            "migrations instead.");
        return p;
    }
    // Unqualified names, as `migrate diff --to-schema-datamodel` writes them: the migration must
    // replay into whatever schema a shadow database or another environment uses.
    Schema target = live;
    target.namespaceName.clear();
    Schema empty;
    empty.provider = live.provider;
    p.sql =
        SchemaScriptRenderer::render(empty, target, SchemaDiffer::diff(empty, target)).text(false);
    return p;
}
