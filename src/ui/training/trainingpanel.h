// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "training/scenario.h"
#include "training/scenariochecker.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;

/// The guide beside the workbench while a training scenario runs: the story, the goal, the steps
/// with their `prisma` commands and reasons, and "Check my solution", which judges the real
/// database off the GUI thread and says what is still wrong. The trainee works with the normal
/// workbench (history, diff, wizards, editor); this panel only guides and checks.
class TrainingPanel : public QWidget {
    Q_OBJECT
public:
    explicit TrainingPanel(QWidget *parent = nullptr);

    void setScenario(const Scenario &scenario, const QString &workspace,
                     const ConnectionSpec &database);
    const Scenario &scenario() const { return m_scenario; }
    /// Starts a check; `checked` reports the result.
    void check();
    const ScenarioChecker::Result &lastResult() const { return m_last; }

Q_SIGNALS:
    void checked(bool solved);
    void resetRequested(const QString &scenarioId);

private:
    void showResult(const ScenarioChecker::Result &result);

    Scenario m_scenario;
    QString m_workspace;
    ConnectionSpec m_database;
    ScenarioChecker::Result m_last;
    QLabel *m_title;
    QTextBrowser *m_guide;
    QPushButton *m_checkButton;
    QPushButton *m_resetButton;
    QTextBrowser *m_result;
    QFutureWatcher<ScenarioChecker::Result> m_watcher;
};
