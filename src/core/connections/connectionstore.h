// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionprofile.h"

#include <QList>
#include <QString>

class QSettings;

/// Saved connection profiles in QSettings. Global profiles live under `connections/global/<id>/`,
/// a workspace's under `connections/workspaces/<sha1 of its canonical root, hex>/<id>/`, next to
/// `…/<sha1>/root` (the root path itself). Secrets are never written: no password key exists, a
/// password in the shadow URL is stripped and password-like option keys are dropped.
///
/// Not thread-safe; use it from the thread that owns the QSettings.
class ConnectionStore {
public:
    /// The store reads and writes `settings`, which must outlive it (tests pass a temporary INI).
    explicit ConnectionStore(QSettings &settings);

    /// The global profiles and, when `workspaceRoot` is not empty, that workspace's profiles;
    /// sorted by name (case-insensitive), then id.
    QList<ConnectionProfile> profiles(const QString &workspaceRoot = {}) const;
    /// The profile with this id in any scope; a default profile with an empty id when there is
    /// none.
    ConnectionProfile profile(const QString &id) const;
    /// Whether a profile with this id exists in any scope.
    bool contains(const QString &id) const;
    /// Writes a profile (replacing the one with the same id, also when its scope changed). Gives
    /// the profile a new id first when it has none. False when the settings cannot be written.
    bool save(ConnectionProfile &profile);
    /// Removes a profile; false when there is none with that id.
    bool remove(const QString &id);
    /// Saves a copy (new id, name + " (copy)", same scope) and returns it; a profile with an empty
    /// id when there is no profile `id` or it cannot be written. The caller copies keychain
    /// secrets if it wants them.
    ConnectionProfile duplicate(const QString &id);

    /// The settings group of a workspace: `connections/workspaces/<sha1 hex of canonical root>`.
    static QString workspaceGroup(const QString &workspaceRoot);
    /// The canonical form of a workspace root (symlinks resolved when it exists, cleaned).
    static QString canonicalRoot(const QString &workspaceRoot);

private:
    /// The settings group holding profile `id`, empty when there is none.
    QString groupOf(const QString &id) const;
    /// Removes profile `id` from `group`, and an emptied workspace group with it.
    void removeFrom(const QString &group, const QString &id);
    ConnectionProfile read(const QString &group, const QString &id,
                           const QString &workspaceRoot) const;

    QSettings &m_settings;
};
