// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

/// Per-user training progress (which scenarios were started, where, and when they were solved),
/// kept as JSON in the user's data folder. Never holds a password.
class TrainingProgress {
public:
    struct Entry {
        QString workspace;
        QString database; ///< redacted URL
        QDateTime started;
        QDateTime solved; ///< invalid while unsolved
        int checks = 0;
    };

    /// `path` empty: `<AppDataLocation>/training/progress.json`.
    explicit TrainingProgress(const QString &path = {});

    static QString defaultRoot(); ///< `<AppDataLocation>/training`
    Entry entry(const QString &scenarioId) const { return m_entries.value(scenarioId); }
    bool has(const QString &scenarioId) const { return m_entries.contains(scenarioId); }
    void started(const QString &scenarioId, const QString &workspace, const QString &database);
    void checked(const QString &scenarioId, bool solved);
    void reset(const QString &scenarioId);
    /// Writes the file; false with `error` set on failure.
    bool save(QString *error = nullptr) const;

private:
    QString m_path;
    QHash<QString, Entry> m_entries;
};
