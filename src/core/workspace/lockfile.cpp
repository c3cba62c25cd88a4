// SPDX-License-Identifier: GPL-3.0-or-later
#include "lockfile.h"

#include "mwbtr.h"

#include <QDir>
#include <QFile>

LockFile LockFile::parse(const QByteArray &content) {
    LockFile lock;
    lock.present = true;
    lock.provider = ProviderNotFound;
    const QString text = QString::fromUtf8(content);
    for (const QString &rawLine : text.split(QLatin1Char('\n'))) {
        const QString line = rawLine.trimmed();
        if (!line.startsWith(QLatin1String("provider")))
            continue;
        QString value = line;
        if (value.startsWith(QLatin1String("provider = ")))
            value = value.mid(11);
        if (value.startsWith(QLatin1Char('"')))
            value = value.mid(1);
        if (value.endsWith(QLatin1Char('"')))
            value.chop(1);
        lock.provider = value;
        break;
    }
    return lock;
}

LockFile LockFile::read(const QString &migrationsDir) {
    QFile file(QDir(migrationsDir).filePath(QStringLiteral("migration_lock.toml")));
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        LockFile lock;
        lock.present = true;
        lock.provider = ProviderNotFound;
        lock.error = MwbTr::tr("Cannot read %1: %2").arg(file.fileName(), file.errorString());
        return lock;
    }
    return parse(file.readAll());
}
