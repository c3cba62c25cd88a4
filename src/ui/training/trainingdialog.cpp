// SPDX-License-Identifier: GPL-3.0-or-later
#include "trainingdialog.h"

#include "training/scenariocatalog.h"
#include "training/trainingprogress.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

TrainingDialog::TrainingDialog(QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_details(new QTextBrowser(this))
    , m_status(new QLabel(this))
    , m_startButton(new QPushButton(tr("&Start"), this)) {
    setWindowTitle(tr("Training — Migration Workbench"));
    auto *intro = new QLabel(
        tr("Practise Prisma's production recovery on a private database that is built for each "
           "scenario. Use the workbench as you would for real; the guide names the prisma "
           "command behind every step and checks your solution."),
        this);
    intro->setWordWrap(true);
    m_status->setWordWrap(true);
    auto *split = new QHBoxLayout;
    split->addWidget(m_list, 2);
    split->addWidget(m_details, 3);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_startButton, QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(split, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(820, 480);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_startButton, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_list->currentItem())
            start(item->data(Qt::UserRole).toString());
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &TrainingDialog::showSelected);
    connect(m_list, &QListWidget::itemActivated, m_startButton, &QPushButton::click);
    connect(&m_watcher, &QFutureWatcher<ScenarioBuilder::Result>::finished, this, [this] {
        const ScenarioBuilder::Result result = m_watcher.result();
        m_startButton->setEnabled(true);
        if (!result.ok()) {
            m_status->setText(tr("The scenario could not be built: %1").arg(result.error));
            return;
        }
        TrainingProgress progress;
        progress.reset(m_building.id);
        progress.started(m_building.id, result.workspace, result.database.redactedUrl());
        progress.save();
        m_status->clear();
        fill();
        Q_EMIT ready(m_building, result);
        accept();
    });
    fill();
    m_list->setCurrentRow(0);
}

void TrainingDialog::fill() {
    const int row = m_list->currentRow();
    m_list->clear();
    const TrainingProgress progress;
    for (const Scenario &s : ScenarioCatalog::all()) {
        const QString state = !progress.has(s.id)                     ? QString()
                              : progress.entry(s.id).solved.isValid() ? tr(" — solved")
                                                                      : tr(" — started");
        auto *item = new QListWidgetItem(
            QStringLiteral("%1. %2%3").arg(s.number).arg(s.title, state), m_list);
        item->setData(Qt::UserRole, s.id);
    }
    m_list->setCurrentRow(qMax(0, row));
}

void TrainingDialog::showSelected() {
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const Scenario s = ScenarioCatalog::find(item->data(Qt::UserRole).toString());
    m_details->setHtml(QStringLiteral("<h3>%1</h3><p>%2</p><p><b>%3</b> %4</p><p><i>%5</i></p>")
                           .arg(s.title.toHtmlEscaped(), s.story.toHtmlEscaped(),
                                tr("Goal:").toHtmlEscaped(), s.goal.toHtmlEscaped(),
                                tr("Follows Prisma's guide %1.").arg(s.seed).toHtmlEscaped()));
}

void TrainingDialog::start(const QString &scenarioId) {
    if (m_watcher.isRunning())
        return;
    m_building = ScenarioCatalog::find(scenarioId);
    if (m_building.id.isEmpty())
        return;
    m_startButton->setEnabled(false);
    m_status->setText(tr("Building “%1” (workspace and database)…").arg(m_building.title));
    const Scenario scenario = m_building;
    const QString dir = TrainingProgress::defaultRoot() + QLatin1Char('/') + scenario.id;
    // Deploys real migrations: never on the GUI thread.
    m_watcher.setFuture(
        QtConcurrent::run([scenario, dir] { return ScenarioBuilder::build(scenario, dir); }));
}
