// SPDX-License-Identifier: GPL-3.0-or-later
#include "recoverydatapage.h"

#include "commandbox.h"
#include "diff/diffcontext.h"
#include "recoverywizard.h"
#include "review/migrationlinter.h"
#include "review/precheckjob.h"
#include "viewers/readonlysqlview.h"
#include "wizards/duplicatecleanup.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
// Roles on row items: the check's index in the report and the row's index in its samples.
constexpr int CheckRole = Qt::UserRole + 1;
constexpr int RowRole = Qt::UserRole + 2;
constexpr int StatementRole = Qt::UserRole + 3;
} // namespace

RecoveryDataPage::RecoveryDataPage(RecoveryWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_status(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_sql(new ReadOnlySqlView(this))
    , m_problemsLabel(new QLabel(this))
    , m_recheck(new QPushButton(tr("Check &Again"), this))
    , m_commands(new CommandBox(this)) {
    setObjectName(QStringLiteral("recoveryDataPage"));
    setTitle(tr("Move forward: fix the data"));
    setSubTitle(tr("The rows that break the migration's unique indexes. Tick the rows to delete; "
                   "keep at most one per group. The deletes run in the commit, together with "
                   "the forward script."));
    m_status->setWordWrap(true);
    m_tree->setObjectName(QStringLiteral("duplicateGroups"));
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_sql->setObjectName(QStringLiteral("dataFixSql"));
    m_sql->setMaximumHeight(130);
    m_problemsLabel->setWordWrap(true);
    m_problemsLabel->setTextFormat(Qt::PlainText);
    m_problemsLabel->setStyleSheet(QStringLiteral("QLabel { color: #d63b3b; }"));
    m_problemsLabel->hide();
    m_commands->setCommands({QStringLiteral("npx prisma db execute --url \"$DATABASE_URL\" --file "
                                            "fix-data.sql   # the DELETE statements below")});
    connect(m_recheck, &QPushButton::clicked, this, &RecoveryDataPage::runChecks);
    connect(m_tree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        if (column == 0 && item->data(0, RowRole).isValid())
            updateSql();
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_recheck, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_problemsLabel);
    layout->addWidget(m_sql);
    layout->addWidget(m_commands);
}

RecoveryDataPage::~RecoveryDataPage() {
    if (m_job)
        m_job->cancel();
}

void RecoveryDataPage::initializePage() {
    m_sql->setProvider(m_wizard->context().provider());
    if (!m_done && !m_job)
        runChecks();
}

void RecoveryDataPage::runChecks() {
    if (m_job)
        return;
    m_done = false;
    m_tree->clear();
    m_problems.clear();
    updateSql();
    const LocalMigration *local = m_wizard->localMigration();
    QList<PreCheck> checks;
    if (local && local->hasScript()) {
        const LintFindings findings = MigrationLinter::lintScript(
            QString::fromUtf8(local->script), sqlDialectForProvider(m_wizard->context().provider()),
            local->name);
        for (const PreCheck &c : PreCheckRunner::fromFindings(findings)) {
            if (c.kind == PreCheck::Kind::Duplicates)
                checks << c;
        }
    }
    if (checks.isEmpty() || !m_wizard->context().diff.hasDatabase()) {
        m_done = true;
        m_report = {};
        m_status->setText(tr("The migration creates no unique index on existing data: there are "
                             "no duplicates to resolve here. Fix other data by hand (SQL "
                             "editor) before you continue, if the error calls for it."));
        m_recheck->setEnabled(false);
        Q_EMIT completeChanged();
        Q_EMIT checked();
        return;
    }
    // Read-only, with a statement timeout, on its own connection and thread.
    PreCheckOptions options;
    options.sampleGroups = 100;
    options.sampleRows = 1000;
    auto *job = new PreCheckJob(m_wizard->context().diff.database, checks, options, this);
    m_job = job;
    connect(job, &PreCheckJob::finished, this, [this, job](const PreCheckReport &report) {
        job->deleteLater();
        m_job = nullptr;
        onReport(report);
    });
    m_status->setText(tr("Looking for duplicates (%n unique index(es))…", nullptr,
                         static_cast<int>(checks.size())));
    m_recheck->setEnabled(false);
    job->start();
    Q_EMIT completeChanged();
}

void RecoveryDataPage::onReport(const PreCheckReport &report) {
    m_done = true;
    m_report = report;
    m_recheck->setEnabled(true);
    if (report.error.isError()) {
        m_status->setText(tr("The duplicates could not be read: %1").arg(report.error.message));
        Q_EMIT completeChanged();
        Q_EMIT checked();
        return;
    }
    const SqlDialect dialect = sqlDialectForProvider(m_wizard->context().provider());
    QSignalBlocker block(m_tree);
    int groupsTotal = 0;
    QStringList summary;
    for (int c = 0; c < report.results.size(); ++c) {
        const PreCheckResult &r = report.results.at(c);
        summary << QStringLiteral("%1: %2").arg(
            r.check.description(),
            r.message.isEmpty() ? PreCheckResult::statusKey(r.status) : r.message);
        if (!r.failed())
            continue;
        if (m_tree->columnCount() < r.sampleColumns.size() + 1) {
            m_tree->setColumnCount(static_cast<int>(r.sampleColumns.size()) + 1);
            m_tree->setHeaderLabels(QStringList{tr("Delete?")} + r.sampleColumns);
        }
        const SchemaTable *table = m_wizard->liveSchema().table(r.check.table);
        auto *checkItem = new QTreeWidgetItem(m_tree, {r.check.description()});
        checkItem->setFirstColumnSpanned(true);
        const QList<DuplicateCleanup::Group> groups = DuplicateCleanup::groups(r);
        groupsTotal += static_cast<int>(groups.size());
        int sampleIndex = 0;
        for (const DuplicateCleanup::Group &g : groups) {
            QStringList values;
            for (int i = 0; i < r.check.columns.size(); ++i)
                values << QStringLiteral("%1 = %2").arg(r.check.columns.at(i), g.values.value(i));
            auto *groupItem = new QTreeWidgetItem(
                checkItem, {tr("%1 — %n row(s)", nullptr, static_cast<int>(g.rows.size()))
                                .arg(values.join(QStringLiteral(", ")))});
            groupItem->setFirstColumnSpanned(true);
            bool first = true;
            for (const QStringList &row : g.rows) {
                QString error;
                const QString del = DuplicateCleanup::deleteStatement(
                    r.check, table, r.sampleColumns, row, dialect, &error);
                auto *rowItem = new QTreeWidgetItem(groupItem, QStringList{QString()} + row);
                rowItem->setData(0, CheckRole, c);
                rowItem->setData(0, RowRole, sampleIndex++);
                rowItem->setData(0, StatementRole, del);
                if (del.isEmpty()) {
                    rowItem->setFlags(rowItem->flags() & ~Qt::ItemIsUserCheckable);
                    rowItem->setToolTip(0, error);
                    rowItem->setText(0, tr("(cannot)"));
                } else {
                    rowItem->setFlags(rowItem->flags() | Qt::ItemIsUserCheckable);
                    rowItem->setCheckState(0, first ? Qt::Unchecked : Qt::Checked);
                    rowItem->setToolTip(0, del);
                }
                first = false;
            }
        }
        if (r.count > groups.size())
            summary << tr("Only %1 of %2 groups are listed; resolve the others by hand or "
                          "check again after these are gone.")
                           .arg(groups.size())
                           .arg(r.count);
    }
    m_tree->expandAll();
    for (int i = 0; i < m_tree->columnCount(); ++i)
        m_tree->resizeColumnToContents(i);
    m_status->setText(groupsTotal == 0
                          ? tr("No duplicates: the unique indexes can be created as they are.\n") +
                                summary.join(QLatin1Char('\n'))
                          : summary.join(QLatin1Char('\n')));
    updateSql();
    Q_EMIT checked();
}

QList<QTreeWidgetItem *> RecoveryDataPage::groupItems() const {
    QList<QTreeWidgetItem *> groups;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *check = m_tree->topLevelItem(i);
        for (int g = 0; g < check->childCount(); ++g)
            groups << check->child(g);
    }
    return groups;
}

int RecoveryDataPage::groupCount() const {
    return static_cast<int>(groupItems().size());
}

bool RecoveryDataPage::setDeleted(int group, int row, bool deleted) {
    const QList<QTreeWidgetItem *> groups = groupItems();
    if (group < 0 || group >= groups.size() || row < 0 || row >= groups.at(group)->childCount())
        return false;
    QTreeWidgetItem *item = groups.at(group)->child(row);
    if (!(item->flags() & Qt::ItemIsUserCheckable))
        return false;
    item->setCheckState(0, deleted ? Qt::Checked : Qt::Unchecked);
    return true;
}

QStringList RecoveryDataPage::deleteStatements() const {
    QStringList statements;
    for (QTreeWidgetItem *group : groupItems()) {
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *row = group->child(i);
            if (row->checkState(0) == Qt::Checked)
                statements << row->data(0, StatementRole).toString();
        }
    }
    return statements;
}

void RecoveryDataPage::updateSql() {
    m_problems.clear();
    for (QTreeWidgetItem *group : groupItems()) {
        int kept = 0;
        for (int i = 0; i < group->childCount(); ++i)
            kept += group->child(i)->checkState(0) == Qt::Checked ? 0 : 1;
        if (kept > 1)
            m_problems << tr("%1: %2 rows kept; the unique index allows one.")
                              .arg(group->text(0))
                              .arg(kept);
    }
    const QStringList statements = deleteStatements();
    m_sql->setSql(statements.isEmpty() ? tr("-- No rows will be deleted.")
                                       : statements.join(QLatin1Char('\n')));
    m_problemsLabel->setText(m_problems.join(QLatin1Char('\n')));
    m_problemsLabel->setVisible(!m_problems.isEmpty());
    Q_EMIT completeChanged();
}

bool RecoveryDataPage::isComplete() const {
    return m_done && !m_job && !m_report.error.isError() && m_problems.isEmpty();
}
