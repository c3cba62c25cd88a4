// SPDX-License-Identifier: GPL-3.0-or-later
#include "trainingdialog.h"

#include "connections/connectionstore.h"
#include "connections/secretstore.h"
#include "training/scenariocatalog.h"
#include "training/trainingprogress.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

TrainingDialog::TrainingDialog(const ConnectionStore *store, SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_details(new QTextBrowser(this))
    , m_status(new QLabel(this))
    , m_startButton(new QPushButton(tr("&Start"), this))
    , m_database(new QComboBox(this))
    , m_secrets(secrets) {
    setWindowTitle(tr("Training — Migration Workbench"));
    auto *intro = new QLabel(
        tr("Practise Prisma's production recovery on a private database that is built for each "
           "scenario. Use the workbench as you would for real; the guide names the prisma "
           "command behind every step and checks your solution."),
        this);
    intro->setWordWrap(true);
    m_status->setWordWrap(true);
    // Where the scenario's database lives: a private SQLite file, or a new database on a local
    // server the user already has a connection for (never a staging or production one).
    m_database->addItem(tr("SQLite (a private file)"));
    if (store) {
        for (const ConnectionProfile &p : store->profiles()) {
            if (p.environment != Environment::Local || p.driver == ConnectionSpec::Driver::Sqlite)
                continue;
            m_profiles << p;
            m_database->addItem(tr("A new database on %1").arg(p.name));
        }
    }
    auto *where = new QHBoxLayout;
    where->addWidget(new QLabel(tr("Database:"), this));
    where->addWidget(m_database, 1);
    auto *split = new QHBoxLayout;
    split->addWidget(m_list, 2);
    split->addWidget(m_details, 3);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_startButton, QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(split, 1);
    layout->addLayout(where);
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
        // A mark in front: a suffix would be cut off in the narrow list.
        const bool started = progress.has(s.id);
        const bool solved = started && progress.entry(s.id).solved.isValid();
        auto *item = new QListWidgetItem(QStringLiteral("%1 %2. %3")
                                             .arg(solved    ? QStringLiteral("✓")
                                                  : started ? QStringLiteral("◦")
                                                            : QStringLiteral("  "))
                                             .arg(s.number)
                                             .arg(s.title),
                                         m_list);
        item->setToolTip(solved    ? tr("Solved")
                         : started ? tr("Started, not solved yet")
                                   : QString());
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
    const int choice = m_database->currentIndex();
    if (choice <= 0 || choice > m_profiles.size() || !m_secrets) {
        build({});
        return;
    }
    const ConnectionProfile profile = m_profiles.at(choice - 1);
    m_startButton->setEnabled(false);
    m_secrets->read(profile.secretKey(), [this, profile](std::optional<QString> password,
                                                         const QString &error) {
        if (!password && !error.isEmpty()) {
            m_startButton->setEnabled(true);
            m_status->setText(
                tr("The password of %1 could not be read: %2").arg(profile.name, error));
            return;
        }
        QString secret = password.value_or(QString());
        ConnectionSpec server = profile.toSpec(secret);
        secret.fill(QChar(u'\0'));
        server.readOnly = false;
        build(server);
        server.password.fill(QChar(u'\0'));
    });
}

void TrainingDialog::build(const ConnectionSpec &server) {
    m_startButton->setEnabled(false);
    m_status->setText(tr("Building “%1” (workspace and database)…").arg(m_building.title));
    const Scenario scenario = m_building;
    const QString dir = TrainingProgress::defaultRoot() + QLatin1Char('/') + scenario.id;
    // Deploys real migrations: never on the GUI thread.
    m_watcher.setFuture(QtConcurrent::run(
        [scenario, dir, server] { return ScenarioBuilder::build(scenario, dir, server); }));
}
