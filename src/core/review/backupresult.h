// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

/// What the backup step did: a file (with its size and SHA-256), or a clear statement that no
/// backup was taken and why. Plans and the journal record it as it is.
struct BackupResult {
    bool taken = false;
    QString method; ///< sqlite-backup-api, pg_dump, mariadb-dump, mysqldump, none
    QString file;   ///< the backup file (absolute), empty when none
    qint64 bytes = 0;
    QString sha256;
    QDateTime time; ///< UTC, when it finished
    qint64 elapsedMs = 0;
    QString statement; ///< one line for people: "Backup taken with pg_dump: /…/x.dump (2 MB)" or
                       ///< "No backup was taken: pg_dump is not installed."
    QString error;     ///< why it failed (taken is then false)

    QJsonObject toJson() const;
    static BackupResult fromJson(const QJsonObject &object);
};

Q_DECLARE_METATYPE(BackupResult)
