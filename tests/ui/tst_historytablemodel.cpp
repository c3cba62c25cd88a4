// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/historyclassifier.h"
#include "history/historyfilterproxy.h"
#include "history/historytablemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

namespace {
HistoryReport sampleReport(int count) {
    MigrationsFolderScan folder;
    folder.exists = true;
    HistoryReadResult read;
    read.tableExists = true;
    for (int i = 0; i < count; ++i) {
        LocalMigration m;
        m.name = QStringLiteral("%1_migration").arg(i, 6, 10, QLatin1Char('0'));
        m.script = "SELECT " + QByteArray::number(i) + ";\n";
        m.checksum = Checksum::record(m.script);
        folder.migrations.append(m);
        if (i % 5 == 4)
            continue; // pending
        MigrationRow r;
        r.id = QString::number(i);
        r.migrationName = m.name;
        r.checksum = i % 7 == 3 ? QStringLiteral("edited") : m.checksum;
        r.startedAt = 1700000000000000LL + i;
        if (i % 11 != 10)
            r.finishedAt = *r.startedAt + 5;
        read.rows.append(r);
    }
    MigrationRow orphan;
    orphan.id = QStringLiteral("orphan");
    orphan.migrationName = QStringLiteral("zzz_missing");
    orphan.checksum = QStringLiteral("c");
    orphan.startedAt = 1;
    orphan.finishedAt = 2;
    read.rows.prepend(orphan);
    return HistoryClassifier::classify(folder, &read, QStringLiteral("postgresql"));
}
} // namespace

class TestHistoryTableModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void modelContract();
    void displayAndRoles();
    void filters();
};

void TestHistoryTableModel::modelContract() {
    HistoryTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReport(sampleReport(200));
    QCOMPARE(model.rowCount(), 201);
    QCOMPARE(model.columnCount(), int(HistoryTableModel::ColumnCount));
    model.setReport(sampleReport(3));
    QCOMPARE(model.rowCount(), 4);
    model.setReport(HistoryReport{});
    QCOMPARE(model.rowCount(), 0);

    HistoryFilterProxy proxy;
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    model.setReport(sampleReport(50));
    proxy.setCategory(HistoryFilterProxy::Category::Failed);
    proxy.setText(QStringLiteral("0"));
    proxy.sort(HistoryTableModel::StartedColumn);
}

void TestHistoryTableModel::displayAndRoles() {
    HistoryTableModel model;
    model.setReport(sampleReport(20));
    auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role);
    };
    QCOMPARE(cell(0, HistoryTableModel::NameColumn).toString(), QStringLiteral("000000_migration"));
    QCOMPARE(cell(0, HistoryTableModel::StateColumn).toString(), QStringLiteral("Applied"));
    QCOMPARE(cell(3, HistoryTableModel::StateColumn).toString(),
             QStringLiteral("Applied · modified"));
    QCOMPARE(cell(3, HistoryTableModel::ChecksumColumn).toString(), QStringLiteral("differs"));
    QCOMPARE(cell(4, HistoryTableModel::StateColumn).toString(), QStringLiteral("Pending"));
    QCOMPARE(cell(10, HistoryTableModel::StateColumn).toString(),
             QStringLiteral("Failed · never finished · modified"));
    QCOMPARE(cell(20, HistoryTableModel::NameColumn).toString(), QStringLiteral("zzz_missing"));
    QCOMPARE(cell(20, HistoryTableModel::LocalColumn).toString(), QStringLiteral("missing"));
    QVERIFY(cell(10, HistoryTableModel::StateColumn, Qt::DecorationRole).isValid());
    QCOMPARE(cell(10, HistoryTableModel::StateColumn, HistoryTableModel::AttentionRole).toBool(),
             true);
    QCOMPARE(cell(0, HistoryTableModel::StateColumn, HistoryTableModel::AttentionRole).toBool(),
             false);
    QCOMPARE(model.headerData(HistoryTableModel::NameColumn, Qt::Horizontal).toString(),
             QStringLiteral("Migration"));
}

void TestHistoryTableModel::filters() {
    HistoryTableModel model;
    model.setReport(sampleReport(100));
    HistoryFilterProxy proxy;
    proxy.setSourceModel(&model);
    using Category = HistoryFilterProxy::Category;
    auto count = [&](Category c, const QString &text = {}) {
        proxy.setCategory(c);
        proxy.setText(text);
        return proxy.rowCount();
    };
    int pending = 0, failed = 0, modified = 0, attention = 0;
    for (const auto &m : model.report().migrations) {
        pending += m.state == MigrationStatus::State::Pending;
        failed += m.state == MigrationStatus::State::Failed;
        modified += m.modified;
        attention += m.needsAttention();
    }
    QCOMPARE(count(Category::All), 101);
    QCOMPARE(count(Category::Pending), pending);
    QCOMPARE(count(Category::Failed), failed);
    QCOMPARE(count(Category::Modified), modified);
    QCOMPARE(count(Category::NeedsAttention), attention);
    QCOMPARE(count(Category::MissingLocally), 1);
    QCOMPARE(count(Category::All, QStringLiteral("000042")), 1);
    QCOMPARE(count(Category::Pending, QStringLiteral("000042")), 0);
    QCOMPARE(count(Category::All, QStringLiteral("MIGRATION")), 100); // case-insensitive
}

QTEST_MAIN(TestHistoryTableModel)
#include "tst_historytablemodel.moc"
