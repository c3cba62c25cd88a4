// SPDX-License-Identifier: GPL-3.0-or-later
#include "trainingpanel.h"

#include "training/trainingprogress.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

TrainingPanel::TrainingPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_guide(new QTextBrowser(this))
    , m_checkButton(new QPushButton(tr("Check My Solution"), this))
    , m_resetButton(new QPushButton(tr("Start Over"), this))
    , m_result(new QTextBrowser(this)) {
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_result->setMaximumHeight(220);
    m_checkButton->setToolTip(tr("Look at the database and the workspace and say whether the "
                                 "goal is reached"));
    m_resetButton->setToolTip(tr("Build the scenario again from its starting state"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_checkButton);
    buttons->addWidget(m_resetButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_guide, 1);
    layout->addLayout(buttons);
    // The verdict goes into the result browser too: a word-wrapped label in a dock gets one
    // line and cuts the text.
    layout->addWidget(m_result);

    connect(m_checkButton, &QPushButton::clicked, this, &TrainingPanel::check);
    connect(m_resetButton, &QPushButton::clicked, this,
            [this] { Q_EMIT resetRequested(m_scenario.id); });
    connect(&m_watcher, &QFutureWatcher<ScenarioChecker::Result>::finished, this,
            [this] { showResult(m_watcher.result()); });
}

void TrainingPanel::setScenario(const Scenario &scenario, const QString &workspace,
                                const ConnectionSpec &database) {
    m_scenario = scenario;
    m_workspace = workspace;
    m_database = database;
    m_title->setText(tr("Training %1: %2").arg(scenario.number).arg(scenario.title));
    QString html = QStringLiteral("<p>%1</p><p><b>%2</b> %3</p><ol>")
                       .arg(scenario.story.toHtmlEscaped(), tr("Goal:").toHtmlEscaped(),
                            scenario.goal.toHtmlEscaped());
    for (const ScenarioStep &step : scenario.steps) {
        html += QStringLiteral("<li><p>%1").arg(step.hint.toHtmlEscaped());
        if (!step.prismaCommand.isEmpty())
            html += QStringLiteral("<br><code>%1</code>").arg(step.prismaCommand.toHtmlEscaped());
        html += QStringLiteral("<br><i>%1</i></p></li>").arg(step.reason.toHtmlEscaped());
    }
    html += QStringLiteral("</ol>");
    m_guide->setHtml(html);
    m_result->setHtml(
        QStringLiteral("<p>%1</p>")
            .arg(tr("Work in the workbench, then check your solution.").toHtmlEscaped()));
}

void TrainingPanel::check() {
    if (m_watcher.isRunning() || m_scenario.id.isEmpty())
        return;
    m_checkButton->setEnabled(false);
    m_result->setHtml(QStringLiteral("<p>%1</p>").arg(tr("Checking…").toHtmlEscaped()));
    const Scenario scenario = m_scenario;
    const QString workspace = m_workspace;
    const ConnectionSpec database = m_database;
    // The check opens its own connections and replays migrations: never on the GUI thread.
    m_watcher.setFuture(QtConcurrent::run([scenario, workspace, database] {
        return ScenarioChecker::check(scenario, workspace, database);
    }));
}

void TrainingPanel::showResult(const ScenarioChecker::Result &result) {
    m_last = result;
    m_checkButton->setEnabled(true);
    TrainingProgress progress;
    progress.checked(m_scenario.id, result.solved);
    progress.save();
    QString html;
    if (!result.error.isEmpty())
        html = QStringLiteral("<p>%1</p>")
                   .arg(tr("The check could not run: %1").arg(result.error).toHtmlEscaped());
    else if (result.solved)
        html =
            QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(tr("Solved.").toHtmlEscaped(),
                     tr("The database and its history are in the intended state.").toHtmlEscaped());
    else
        html = QStringLiteral("<p><b>%1</b> %2</p>")
                   .arg(tr("Not solved yet.").toHtmlEscaped(),
                        tr("What is still wrong:").toHtmlEscaped());
    for (const QString &p : result.problems)
        html += QStringLiteral("<p>✗ %1</p>")
                    .arg(p.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    for (const QString &s : result.satisfied)
        html += QStringLiteral("<p>✓ %1</p>").arg(s.toHtmlEscaped());
    m_result->setHtml(html);
    Q_EMIT checked(result.solved);
}
