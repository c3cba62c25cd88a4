// SPDX-License-Identifier: GPL-3.0-or-later
#include "failedmigrationforensics.h"

#include "db/sqlsplitter.h"
#include "mwbtr.h"

Forensics::Verdict Forensics::verdict() const {
    if (done == 0 && notDone > 0)
        return unknown == 0 ? Verdict::NothingApplied : Verdict::Unclear;
    if (notDone == 0 && done > 0)
        return unknown == 0 ? Verdict::FullyApplied : Verdict::Unclear;
    if (done > 0 && notDone > 0)
        return Verdict::PartiallyApplied;
    return Verdict::Unclear;
}

QString Forensics::verdictText() const {
    switch (verdict()) {
    case Verdict::NothingApplied:
        return MwbTr::tr("Nothing of this migration is in the database: it was rolled back "
                         "completely.");
    case Verdict::PartiallyApplied:
        return MwbTr::tr("The migration was applied partially: of its statements, %1 took effect "
                         "and %2 did not.")
            .arg(done)
            .arg(notDone);
    case Verdict::FullyApplied:
        return MwbTr::tr("Every statement the catalog can show took effect.");
    case Verdict::Unclear:
        return MwbTr::tr("The catalog cannot tell for every statement (%1 unknown); check them "
                         "by hand.")
            .arg(unknown);
    }
    return {};
}

Forensics FailedMigrationForensics::examine(const LocalMigration &migration, SqlDialect dialect,
                                            const Schema &live) {
    Forensics f;
    if (!migration.hasScript()) {
        f.error = migration.problemText;
        return f;
    }
    const SqlSplitResult split = SqlSplitter::split(QString::fromUtf8(migration.script), dialect);
    if (!split.ok()) {
        f.error = split.error;
        return f;
    }
    int index = 0;
    for (const SqlStatement &s : split.statements) {
        Forensics::Statement st{++index, s.line, s.text,
                                StatementProbe::probe(s.text, dialect, live)};
        switch (st.probe.outcome) {
        case StatementProbe::Outcome::Done:
            ++f.done;
            break;
        case StatementProbe::Outcome::NotDone:
            ++f.notDone;
            break;
        case StatementProbe::Outcome::Unknown:
            ++f.unknown;
            break;
        }
        f.statements << st;
    }
    return f;
}
