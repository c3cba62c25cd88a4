// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connections/connectionprofile.h"
#include "training/scenariobuilder.h"

#include <QDialog>
#include <QFutureWatcher>

class ConnectionStore;
class QComboBox;
class QLabel;
class SecretStore;
class QListWidget;
class QPushButton;
class QTextBrowser;

/// Picks a training scenario (with the user's progress) and builds it off the GUI thread in the
/// user's training folder; `ready` hands the workspace to the main window.
class TrainingDialog : public QDialog {
    Q_OBJECT
public:
    /// With a store, local PostgreSQL/MariaDB profiles are offered besides SQLite; `secrets`
    /// gives their passwords.
    explicit TrainingDialog(const ConnectionStore *store = nullptr, SecretStore *secrets = nullptr,
                            QWidget *parent = nullptr);

    /// Builds the scenario (also used to start over).
    void start(const QString &scenarioId);
    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void ready(const Scenario &scenario, const ScenarioBuilder::Result &result);

private:
    void fill();
    void showSelected();
    void build(const ConnectionSpec &server);

    QListWidget *m_list;
    QTextBrowser *m_details;
    QLabel *m_status;
    QPushButton *m_startButton;
    QComboBox *m_database;
    QList<ConnectionProfile> m_profiles; ///< index i + 1 in m_database
    SecretStore *m_secrets;
    Scenario m_building;
    QFutureWatcher<ScenarioBuilder::Result> m_watcher;
};
