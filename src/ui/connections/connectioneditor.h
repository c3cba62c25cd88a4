// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connections/connectionprofile.h"

#include <QWidget>

#include <memory>

namespace Ui {
class ConnectionEditor;
}

/// The form for one connection profile (forms/connections/connectioneditor.ui): every field of a
/// profile, import from a Prisma URL and export to one (without the password).
class ConnectionEditor : public QWidget {
    Q_OBJECT
public:
    explicit ConnectionEditor(QWidget *parent = nullptr);
    ~ConnectionEditor() override;

    void setProfile(const ConnectionProfile &profile);
    /// The profile as edited (id and workspace scope kept from setProfile).
    ConnectionProfile profile() const;
    /// The password typed in the form (empty = use the stored one or ask).
    QString typedPassword() const;
    void clearPassword();
    void setShadowUrl(const QString &url);

    /// The folder `file:` URLs are relative to (the workspace's schema folder) and the workspace
    /// root offered as scope; empty when no workspace is open.
    void setWorkspace(const QString &schemaDir, const QString &workspaceRoot);
    /// Whether the keychain can store passwords; otherwise "remember" is disabled with the reason.
    void setKeychainAvailable(bool available, const QString &reason);

    /// Fills the form from a Prisma URL; returns the error (empty on success).
    QString importUrl(const QString &url);
    void showMessage(const QString &text, bool error);

Q_SIGNALS:
    void changed();

private:
    void updateDriverFields();

    std::unique_ptr<Ui::ConnectionEditor> m_ui;
    ConnectionProfile m_profile;
    QString m_schemaDir;
    QString m_workspaceRoot;
};
