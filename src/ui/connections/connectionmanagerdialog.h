// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connections/connectionprofile.h"

#include <QDialog>

#include <memory>

class ConnectionEditor;
class ConnectionStore;
class DbSession;
class QLabel;
class QListWidget;
class QPushButton;
class SecretStore;

/// Connection profiles of the workspace and global ones: add, edit, duplicate, remove, test in
/// the background with a precise diagnosis, and connect. Passwords go to the SecretStore only.
class ConnectionManagerDialog : public QDialog {
    Q_OBJECT
public:
    ConnectionManagerDialog(ConnectionStore &store, SecretStore &secrets,
                            const QString &workspaceRoot, const QString &schemaDir,
                            QWidget *parent = nullptr);
    ~ConnectionManagerDialog() override;

    /// Adds the workspace's DATABASE_URL / SHADOW_DATABASE_URL as a new, unsaved profile.
    void importFromWorkspace(const QString &url, const QString &source,
                             const QString &shadowUrl = {});
    void selectProfile(const QString &id);
    ConnectionEditor *editor() const { return m_editor; }
    QString lastTestResult() const;

Q_SIGNALS:
    /// The user chose to connect; `password` is empty when none is needed or known.
    void connectRequested(const ConnectionProfile &profile, const QString &password);
    void testFinished(bool ok);

private:
    void reload(const QString &selectId = {});
    void loadSelected();
    bool saveCurrent();
    /// Gets the password (typed, session, keychain), then calls `then` with it.
    void withPassword(const ConnectionProfile &profile, std::function<void(const QString &)> then);
    void test();

    ConnectionStore &m_store;
    SecretStore &m_secrets;
    QString m_workspaceRoot;
    QListWidget *m_list;
    ConnectionEditor *m_editor;
    QLabel *m_testResult;
    QPushButton *m_testButton;
    std::unique_ptr<DbSession> m_testSession;
    QString m_currentId;
};
