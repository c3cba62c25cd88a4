// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupresult.h"

QJsonObject BackupResult::toJson() const {
    return QJsonObject{{QStringLiteral("taken"), taken},
                       {QStringLiteral("method"), method},
                       {QStringLiteral("file"), file},
                       {QStringLiteral("bytes"), bytes},
                       {QStringLiteral("sha256"), sha256},
                       {QStringLiteral("time"),
                        time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString()},
                       {QStringLiteral("elapsedMs"), elapsedMs},
                       {QStringLiteral("statement"), statement},
                       {QStringLiteral("error"), error}};
}

BackupResult BackupResult::fromJson(const QJsonObject &o) {
    BackupResult b;
    b.taken = o.value(QStringLiteral("taken")).toBool();
    b.method = o.value(QStringLiteral("method")).toString();
    b.file = o.value(QStringLiteral("file")).toString();
    b.bytes = o.value(QStringLiteral("bytes")).toInteger();
    b.sha256 = o.value(QStringLiteral("sha256")).toString();
    b.time = QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    b.elapsedMs = o.value(QStringLiteral("elapsedMs")).toInteger();
    b.statement = o.value(QStringLiteral("statement")).toString();
    b.error = o.value(QStringLiteral("error")).toString();
    return b;
}
