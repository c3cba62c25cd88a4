// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

/// One write the tool made (or refused to make after elevation): who, where, what, with what
/// result.
struct AuditEntry {
    QDateTime time; ///< UTC
    QString osUser;
    QString connection;     ///< redacted URL: never a password
    QString environment;    ///< local, staging, production
    QString operation;      ///< deploy, resolve-applied, resolve-rolled-back, execute
    QString target;         ///< migration name or script name
    bool elevated = false;  ///< a read-only connection was elevated for this operation
    QStringList statements; ///< every statement sent, bookkeeping included
    bool success = false;
    QString result; ///< outcome in one or two lines (error code and message on failure)
    qint64 durationMs = 0;
    /// Plan executions: the content hash of the change plan, its reviewer, and facts around the
    /// run (backup, readiness check, schema change). Empty for plain operations; left out of the
    /// hashed content when empty, so journals written before these fields still verify.
    QString planHash;
    QString reviewer;
    QStringList details;
    QString previousHash; ///< hash of the entry before (empty for the first)
    QString hash;         ///< SHA-256 over previousHash and this entry's content

    QJsonObject toJson() const;
    static AuditEntry fromJson(const QJsonObject &object);
    /// The hash this entry must have, computed from its content and previousHash.
    QString computeHash() const;
};

/// Append-only, hash-chained journal of every write (JSON Lines). Changing, removing or
/// reordering a line breaks the chain, which verify() reports with the line number.
class AuditJournal {
public:
    explicit AuditJournal(const QString &path);

    /// The default location (under the user's data directory).
    static QString defaultPath();
    /// The OS user recorded in entries: USER, LOGNAME or USERNAME, else (Unix) the password
    /// database — containers and services often run without USER.
    static QString currentOsUser();

    /// Appends `entry` (its hashes are filled in here); returns an error message or empty.
    QString append(AuditEntry entry);

    struct Verification {
        bool intact = true;
        int entries = 0;
        int firstBadLine = 0; ///< 1-based; 0 when intact
        QString problem;
    };
    Verification verify() const;
    /// Every entry, oldest first; lines that cannot be parsed are skipped (verify() reports them).
    QList<AuditEntry> entries() const;

    /// What `mwb journal show` and the viewer filter on; empty fields match everything.
    struct Filter {
        QDateTime since;    ///< entries at or after this time
        QString connection; ///< substring of the (redacted) connection, case-insensitive
        QString operation;  ///< operation key (deploy, resolve-applied, execute, …) or prefix
        QString planHash;   ///< prefix of the plan hash
        bool failedOnly = false;

        bool matches(const AuditEntry &entry) const;
    };
    /// The entries that match, oldest first, each with its 1-based line number in `lines`.
    QList<AuditEntry> entries(const Filter &filter, QList<int> *lines = nullptr) const;

private:
    QString lastHash(QString *error) const;

    QString m_path;
};
