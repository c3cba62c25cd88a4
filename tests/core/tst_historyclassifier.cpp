// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/historyclassifier.h"
#include "history/historymatrix.h"
#include "history/statusjson.h"
#include "history/statustext.h"

#include <QJsonArray>
#include <QTest>

using State = MigrationStatus::State;
using History = PrismaVerdict::History;

namespace {
struct Fixture {
    MigrationsFolderScan folder;
    HistoryReadResult read;
    qint64 clock = 1700000000000000;

    Fixture() {
        folder.exists = true;
        read.tableExists = true;
    }
    Fixture &local(const QString &name, const QByteArray &sql = "SELECT 1;\n") {
        LocalMigration m;
        m.name = name;
        m.directoryPath = QStringLiteral("/ws/prisma/migrations/") + name;
        m.script = sql;
        m.checksum = Checksum::record(sql);
        folder.migrations.append(m);
        return *this;
    }
    enum RowKind { Applied, Failed, Crashed, RolledBack, AppliedThenRolledBack };
    Fixture &row(const QString &name, RowKind kind, const QByteArray &sql = "SELECT 1;\n") {
        MigrationRow r;
        r.id = QStringLiteral("id-%1").arg(read.rows.size());
        r.migrationName = name;
        r.checksum = Checksum::record(sql);
        r.startedAt = clock += 1000;
        if (kind == Applied || kind == AppliedThenRolledBack) {
            r.finishedAt = clock + 10;
            r.appliedStepsCount = 1;
        }
        if (kind == Failed)
            r.logs = QStringLiteral("boom");
        if (kind == RolledBack || kind == AppliedThenRolledBack)
            r.rolledBackAt = clock + 20;
        read.rows.append(r);
        return *this;
    }
    HistoryReport classify(const QString &provider = QStringLiteral("postgresql")) const {
        return HistoryClassifier::classify(folder, &read, provider);
    }
};

const MigrationStatus &find(const HistoryReport &r, const QString &name) {
    for (const auto &m : r.migrations) {
        if (m.name == name)
            return m;
    }
    qFatal("no migration %s", qPrintable(name));
}
} // namespace

class TestHistoryClassifier : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void upToDate();
    void pendingHidesFailed();
    void failedAndCrashed();
    void rolledBackThenReapplied();
    void rolledBackOnlyIsUpToDateForPrisma();
    void modifiedAndLineEndings();
    void prismaEditQuirkUsesFirstRow();
    void migrationsDirectoryBehindExitsZero();
    void historiesDivergeLastCommon();
    void notManaged();
    void noTableWithLocalMigrations();
    void providerMismatchIsP3019();
    void folderOnlyWithoutDatabase();
    void jsonShape();
    void matrixAcrossConnections();
};

void TestHistoryClassifier::upToDate() {
    Fixture f;
    f.local(QStringLiteral("1_a")).local(QStringLiteral("2_b"));
    f.row(QStringLiteral("1_a"), Fixture::Applied).row(QStringLiteral("2_b"), Fixture::Applied);
    const auto r = f.classify();
    QCOMPARE(r.migrations.size(), 2);
    QCOMPARE(r.migrations.at(0).state, State::Applied);
    QCOMPARE(r.attentionCount(), 0);
    QCOMPARE(r.prisma.history, History::None);
    QCOMPARE(r.prisma.exitCode, 0);
    QCOMPARE(r.exitCode(), 0);
    QVERIFY(StatusText::prismaText(r, QStringLiteral("prisma/migrations"))
                .endsWith(QStringLiteral("\nDatabase schema is up to date!\n")));
}

void TestHistoryClassifier::pendingHidesFailed() {
    Fixture f;
    f.local(QStringLiteral("1_a")).local(QStringLiteral("2_b")).local(QStringLiteral("3_c"));
    f.row(QStringLiteral("1_a"), Fixture::Applied).row(QStringLiteral("2_b"), Fixture::Failed);
    const auto r = f.classify();
    QCOMPARE(find(r, QStringLiteral("2_b")).state, State::Failed);
    QCOMPARE(find(r, QStringLiteral("3_c")).state, State::Pending);
    QCOMPARE(r.prisma.history, History::DatabaseIsBehind);
    QCOMPARE(r.prisma.failed, QStringList{QStringLiteral("2_b")});
    QCOMPARE(r.prisma.exitCode, 1);
    // Prisma's status text checks pending first and never mentions the failed one.
    const QString text = StatusText::prismaText(r, QStringLiteral("prisma/migrations"));
    QVERIFY(text.contains(QStringLiteral("Following migration have not yet been applied:\n3_c\n")));
    QVERIFY(!text.contains(QStringLiteral("failed")));
    QVERIFY(StatusText::workbenchText(r).contains(QStringLiteral("2_b  [failed]")));
}

void TestHistoryClassifier::failedAndCrashed() {
    Fixture f;
    f.local(QStringLiteral("1_a")).local(QStringLiteral("2_b"));
    f.row(QStringLiteral("1_a"), Fixture::Failed).row(QStringLiteral("2_b"), Fixture::Crashed);
    const auto r = f.classify();
    QCOMPARE(find(r, QStringLiteral("1_a")).startedNotFinished, false);
    QCOMPARE(find(r, QStringLiteral("2_b")).state, State::Failed);
    QCOMPARE(find(r, QStringLiteral("2_b")).startedNotFinished, true);
    QCOMPARE(r.prisma.failed, (QStringList{QStringLiteral("1_a"), QStringLiteral("2_b")}));
    QCOMPARE(r.prisma.exitCode, 1);
    QVERIFY(StatusText::prismaText(r, QStringLiteral("prisma/migrations"))
                .contains(QStringLiteral("Following migrations have failed:\n1_a\n2_b\n")));
}

void TestHistoryClassifier::rolledBackThenReapplied() {
    Fixture f;
    f.local(QStringLiteral("1_a"), "fixed;\n");
    f.row(QStringLiteral("1_a"), Fixture::RolledBack, "broken;\n")
        .row(QStringLiteral("1_a"), Fixture::Applied, "fixed;\n");
    const auto r = f.classify();
    const auto &m = find(r, QStringLiteral("1_a"));
    QCOMPARE(m.state, State::Applied);
    QVERIFY(m.reappliedAfterRollback);
    QVERIFY(m.hasMultipleRows());
    QCOMPARE(m.decidingRow, 1);
    QVERIFY(!m.modified);
    QVERIFY(!m.needsAttention());
}

void TestHistoryClassifier::rolledBackOnlyIsUpToDateForPrisma() {
    Fixture f;
    f.local(QStringLiteral("1_a")).local(QStringLiteral("2_b"));
    f.row(QStringLiteral("1_a"), Fixture::Applied).row(QStringLiteral("2_b"), Fixture::RolledBack);
    const auto r = f.classify();
    QCOMPARE(find(r, QStringLiteral("2_b")).state, State::RolledBack);
    QVERIFY(find(r, QStringLiteral("2_b")).needsAttention()); // deploy will run it again
    QCOMPARE(r.prisma.exitCode, 0);
    QCOMPARE(r.exitCode(), 1);
}

void TestHistoryClassifier::modifiedAndLineEndings() {
    Fixture f;
    f.local(QStringLiteral("1_a"), "A;\r\nB;\r\n").local(QStringLiteral("2_b"), "edited;\n");
    f.row(QStringLiteral("1_a"), Fixture::Applied, "A;\nB;\n")
        .row(QStringLiteral("2_b"), Fixture::Applied, "orig;\n");
    const auto r = f.classify();
    QCOMPARE(find(r, QStringLiteral("1_a")).modified, false);
    QCOMPARE(find(r, QStringLiteral("1_a")).checksumMatch, Checksum::Match::LineEndings);
    QCOMPARE(find(r, QStringLiteral("2_b")).modified, true);
    QCOMPARE(r.prisma.edited, QStringList{QStringLiteral("2_b")});
    QCOMPARE(r.prisma.exitCode, 0); // status never reports edits
    QCOMPARE(r.exitCode(), 1);
}

void TestHistoryClassifier::prismaEditQuirkUsesFirstRow() {
    // prisma#16927: after roll back + fix + redeploy, the oldest row keeps the old checksum.
    Fixture f;
    f.local(QStringLiteral("1_a"), "fixed;\n");
    f.row(QStringLiteral("1_a"), Fixture::RolledBack, "broken;\n")
        .row(QStringLiteral("1_a"), Fixture::Applied, "fixed;\n");
    const auto r = f.classify();
    QVERIFY(!find(r, QStringLiteral("1_a")).modified);
    QVERIFY(find(r, QStringLiteral("1_a")).prismaEdited);
    QCOMPARE(r.prisma.edited, QStringList{QStringLiteral("1_a")});
}

void TestHistoryClassifier::migrationsDirectoryBehindExitsZero() {
    Fixture f;
    f.row(QStringLiteral("1_gone"), Fixture::Applied);
    const auto r = f.classify();
    QCOMPARE(r.prisma.history, History::MigrationsDirectoryIsBehind);
    QCOMPARE(r.prisma.notFoundLocally, QStringList{QStringLiteral("1_gone")});
    QCOMPARE(r.prisma.exitCode, 0); // prisma#29502
    QCOMPARE(r.migrations.size(), 1);
    QVERIFY(!r.migrations.at(0).isLocal());
    QCOMPARE(r.exitCode(), 1);
    QCOMPARE(StatusText::prismaText(r, QStringLiteral("prisma/migrations")),
             QStringLiteral(
                 "No migration found in prisma/migrations\n\nDatabase schema is up to date!\n"));
}

void TestHistoryClassifier::historiesDivergeLastCommon() {
    Fixture f;
    f.local(QStringLiteral("1_init")).local(QStringLiteral("3_nofile"));
    f.row(QStringLiteral("1_init"), Fixture::Applied)
        .row(QStringLiteral("2_other"), Fixture::Applied);
    const auto r = f.classify();
    QCOMPARE(r.prisma.history, History::HistoriesDiverge);
    QCOMPARE(r.prisma.lastCommonMigration, QStringLiteral("1_init"));
    QCOMPARE(r.prisma.exitCode, 1);
    const QString text = StatusText::prismaText(r, QStringLiteral("prisma/migrations"));
    QVERIFY(text.contains(
        QStringLiteral("The last common migration is: 1_init\n\nThe migration have not "
                       "yet been applied:\n3_nofile\n\nThe migration from the database "
                       "are not found locally in prisma/migrations:\n2_other\n")));
    Fixture g;
    g.local(QStringLiteral("5_other"));
    g.row(QStringLiteral("1_init"), Fixture::Applied);
    QVERIFY(StatusText::prismaText(g.classify(), QStringLiteral("prisma/migrations"))
                .contains(QStringLiteral("The last common migration is: null")));
}

void TestHistoryClassifier::notManaged() {
    Fixture f;
    f.read.tableExists = false;
    const auto r = f.classify();
    QCOMPARE(r.prisma.exitCode, 1);
    QVERIFY(
        StatusText::prismaText(r, QStringLiteral("prisma/migrations"))
            .contains(QStringLiteral("The current database is not managed by Prisma Migrate.")));
}

void TestHistoryClassifier::noTableWithLocalMigrations() {
    Fixture f;
    f.read.tableExists = false;
    f.local(QStringLiteral("1_a"));
    const auto r = f.classify();
    QCOMPARE(r.prisma.history, History::DatabaseIsBehind);
    QCOMPARE(find(r, QStringLiteral("1_a")).state, State::Pending);
}

void TestHistoryClassifier::providerMismatchIsP3019() {
    Fixture f;
    f.folder.lock = LockFile::parse("provider = \"mysql\"\n");
    f.local(QStringLiteral("1_a"));
    const auto r = f.classify(QStringLiteral("sqlite"));
    QCOMPARE(r.prisma.errorCode, QStringLiteral("P3019"));
    QVERIFY(r.prisma.errorMessage.contains(
        QStringLiteral("`sqlite` specified in your schema does not "
                       "match the one specified in the migration_lock.toml, `mysql`")));
    QCOMPARE(r.prisma.exitCode, 1);
}

void TestHistoryClassifier::folderOnlyWithoutDatabase() {
    Fixture f;
    f.local(QStringLiteral("1_a"));
    const auto r = HistoryClassifier::classify(f.folder, nullptr, QString());
    QVERIFY(!r.databaseRead);
    QCOMPARE(r.migrations.at(0).state, State::Pending);
}

void TestHistoryClassifier::jsonShape() {
    Fixture f;
    f.local(QStringLiteral("1_a")).local(QStringLiteral("2_b"), "changed;\n");
    f.row(QStringLiteral("1_a"), Fixture::Applied)
        .row(QStringLiteral("2_b"), Fixture::Failed)
        .row(QStringLiteral("9_x"), Fixture::Applied);
    const QJsonObject json =
        StatusJson::toJson(f.classify(), QStringLiteral("postgresql://u:****@h/db"));
    const QJsonArray migrations = json.value(QStringLiteral("migrations")).toArray();
    QCOMPARE(migrations.size(), 3);
    QCOMPARE(migrations.at(2).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("9_x"));
    QCOMPARE(migrations.at(2).toObject().value(QStringLiteral("local")).toBool(), false);
    const QJsonObject failed = migrations.at(1).toObject();
    QCOMPARE(failed.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
    QCOMPARE(failed.value(QStringLiteral("modified")).toBool(), true);
    const QJsonObject row = failed.value(QStringLiteral("rows")).toArray().at(0).toObject();
    QVERIFY(row.value(QStringLiteral("finished_at")).isNull());
    QCOMPARE(row.value(QStringLiteral("logs")).toString(), QStringLiteral("boom"));
    QVERIFY(row.value(QStringLiteral("started_at")).toString().endsWith(QLatin1Char('Z')));
    const QJsonObject prisma = json.value(QStringLiteral("prisma")).toObject();
    QCOMPARE(prisma.value(QStringLiteral("exitCode")).toInt(), 1);
    QCOMPARE(prisma.value(QStringLiteral("failed")).toArray().at(0).toString(),
             QStringLiteral("2_b"));
    QCOMPARE(prisma.value(QStringLiteral("notFoundLocally")).toArray().at(0).toString(),
             QStringLiteral("9_x"));
    QCOMPARE(prisma.value(QStringLiteral("history")).toString(),
             QStringLiteral("migrationsDirectoryIsBehind"));
}

void TestHistoryClassifier::matrixAcrossConnections() {
    // Hotfix on production only: patched there, pending on staging; a row only staging knows.
    Fixture production;
    production.local(QStringLiteral("1_init")).local(QStringLiteral("2_hotfix"));
    production.row(QStringLiteral("1_init"), Fixture::Applied)
        .row(QStringLiteral("2_hotfix"), Fixture::Applied);
    Fixture staging;
    staging.local(QStringLiteral("1_init")).local(QStringLiteral("2_hotfix"));
    staging.row(QStringLiteral("1_init"), Fixture::Applied)
        .row(QStringLiteral("0_old"), Fixture::Applied);
    HistoryMatrix matrix;
    matrix.addConnection(QStringLiteral("production"), production.classify());
    matrix.addConnection(QStringLiteral("staging"), staging.classify());
    matrix.addUnreadable(QStringLiteral("dev"), QStringLiteral("connection refused"));
    QCOMPARE(matrix.migrations(), (QStringList{QStringLiteral("1_init"), QStringLiteral("2_hotfix"),
                                               QStringLiteral("0_old")}));
    QCOMPARE(matrix.connections().size(), 3);
    QCOMPARE(matrix.cell(1, 0).state, State::Applied);
    QCOMPARE(matrix.cell(1, 1).state, State::Pending);
    QVERIFY(matrix.cell(2, 1).missingLocally);
    QVERIFY(!matrix.cell(0, 2).state.has_value());
    QCOMPARE(matrix.error(2), QStringLiteral("connection refused"));
    QCOMPARE(matrix.connectionsIn(QStringLiteral("2_hotfix"), State::Pending),
             QStringList{QStringLiteral("staging")});
}

QTEST_GUILESS_MAIN(TestHistoryClassifier)
#include "tst_historyclassifier.moc"
