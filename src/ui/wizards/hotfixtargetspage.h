// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connections/connectionprofile.h"
#include "history/migrationstatus.h"

#include <QPointer>
#include <QWizardPage>

#include <memory>
#include <optional>
#include <vector>

class CommandBox;
class DbSession;
class HotfixWizard;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;
class SecretStore;

/// Hotfix, page 3: which databases carry the patch. The open connection (where the drift was
/// found) and the workspace's saved connections, each opened in the background (one session,
/// one thread each; passwords from the keychain as the connection manager reads them, typed
/// ones kept for this wizard only). The ticked ones get the migration marked applied; the others
/// will show it as pending.
class HotfixTargetsPage : public QWizardPage {
    Q_OBJECT
public:
    struct Target {
        QString name;  ///< profile name, or "current connection"
        QString label; ///< the connection without password
        DbSession *session = nullptr;
        Environment environment = Environment::Local;
        bool current = false;
        bool ready = false;
        QString state; ///< connected, connecting…, password needed, the error
        std::optional<MigrationStatus::State> after; ///< the new migration after the commit
    };

    HotfixTargetsPage(HotfixWizard *wizard, QList<ConnectionProfile> profiles,
                      SecretStore *secrets);
    ~HotfixTargetsPage() override;

    void initializePage() override;
    bool isComplete() const override;
    /// QWizard::next() does not ask isComplete(): an incomplete page must not be left.
    bool validatePage() override { return isComplete(); }

    const QList<Target> &targets() const { return m_targets; }
    QList<int> selected() const;
    /// Ticks or unticks target `index` (0 is the open connection).
    void setSelected(int index, bool patched);
    QTreeWidget *tree() const { return m_tree; }
    /// After the commit: reads every target's history and records the new migration's state.
    void reloadAll(const QString &migration);
    bool reloaded() const { return m_reloading == 0 && m_reloadStarted; }

Q_SIGNALS:
    void targetsReady();
    void reconciled();

private:
    void openProfile(int index, const ConnectionProfile &profile, const QString &password);
    void askPassword();
    void updateItem(int index);
    void updateCommands();

    HotfixWizard *m_wizard;
    QList<ConnectionProfile> m_profiles;
    QPointer<SecretStore> m_secrets;
    QList<Target> m_targets;
    QList<int> m_profileOf; ///< target index → index into m_profiles (-1: current)
    std::vector<std::unique_ptr<DbSession>> m_sessions;
    bool m_started = false;
    int m_reloading = 0;
    bool m_reloadStarted = false;
    QString m_migration;

    QTreeWidget *m_tree;
    QPushButton *m_password;
    QLabel *m_note;
    CommandBox *m_commands;
};
