// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

/// The statements executed on one connection, persisted as JSON lines in
/// `<AppDataLocation>/query-history/<hash of the connection>.jsonl`. The connection is identified
/// by its URL without password; passwords inside statements (CREATE USER … PASSWORD '…',
/// IDENTIFIED BY '…', SET PASSWORD …) are replaced by '****' before anything is written.
class QueryHistory {
public:
    struct Entry {
        QDateTime time;
        QString sql;
        qint64 elapsedMs = 0;
        bool ok = true;
        qint64 rows = -1; ///< rows returned or affected; -1: unknown
        QString error;
    };

    /// `connectionKey`: the redacted URL of the connection. `directory` overrides the location
    /// (tests).
    explicit QueryHistory(const QString &connectionKey, const QString &directory = {});

    QString filePath() const { return m_path; }
    /// Appends one entry (redacted); returns an error message or an empty string.
    QString append(Entry entry);
    /// The newest `limit` entries, oldest first.
    QList<Entry> load(int limit = 5000) const;

    /// The statement with password literals replaced by '****'.
    static QString redact(const QString &sql);
    static QString defaultDirectory();

private:
    QString m_path;
};
