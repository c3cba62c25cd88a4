// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrationsfolder.h"

#include "checksum.h"
#include "mwbtr.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>
#include <thread>
#include <vector>

QString LocalMigration::scriptPath() const {
    return directoryPath + QStringLiteral("/migration.sql");
}

int MigrationsFolderScan::indexOf(const QString &name) const {
    for (int i = 0; i < migrations.size(); ++i) {
        if (migrations.at(i).name == name)
            return i;
    }
    return -1;
}

namespace {
void addProblem(LocalMigration &m, LocalMigration::Problem p, const QString &text) {
    m.problems |= p;
    if (!m.problemText.isEmpty())
        m.problemText += QLatin1Char(' ');
    m.problemText += text;
}

bool isUsualName(const QString &name) {
    static const QRegularExpression usual(QStringLiteral("^[0-9]+_[A-Za-z0-9_-]*$"));
    return usual.match(name).hasMatch();
}
} // namespace

LocalMigration MigrationsFolder::readMigration(const QString &directoryPath) {
    LocalMigration m;
    m.directoryPath = directoryPath;
    m.name = QFileInfo(directoryPath).fileName();
    if (!isUsualName(m.name)) {
        addProblem(m, LocalMigration::UnusualName,
                   MwbTr::tr("The name is not of the form <digits>_<name> in ASCII, so its order "
                             "may differ between Prisma versions."));
    }

    QFile file(m.scriptPath());
    const QFileInfo info(file);
    if (!info.exists()) {
        addProblem(m, LocalMigration::MissingScript,
                   MwbTr::tr("migration.sql is missing (Prisma fails with P3015 when it reaches "
                             "this migration)."));
        return m;
    }
    if (!info.isFile()) {
        addProblem(m, LocalMigration::UnreadableScript,
                   MwbTr::tr("migration.sql is not a regular file."));
        return m;
    }
    m.scriptSize = info.size();
    if (m.scriptSize > ReadLimit) {
        addProblem(m, LocalMigration::TooLarge,
                   MwbTr::tr("migration.sql is %1 MiB, larger than the %2 MiB this tool reads.")
                       .arg(m.scriptSize / (1024 * 1024))
                       .arg(ReadLimit / (1024 * 1024)));
        return m;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        addProblem(m, LocalMigration::UnreadableScript,
                   MwbTr::tr("migration.sql cannot be read: %1.").arg(file.errorString()));
        return m;
    }
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        addProblem(m, LocalMigration::UnreadableScript,
                   MwbTr::tr("migration.sql cannot be read: %1.").arg(file.errorString()));
        return m;
    }
    if (bytes.isEmpty())
        addProblem(m, LocalMigration::EmptyScript, MwbTr::tr("migration.sql is empty."));

    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        addProblem(m, LocalMigration::NotUtf8,
                   MwbTr::tr("migration.sql is not valid UTF-8; Prisma reads it with replacement "
                             "characters, and the checksum is computed the same way."));
        bytes = text.toUtf8();
    }
    m.checksum = Checksum::record(bytes);
    if (bytes.size() > KeepLimit) {
        addProblem(m, LocalMigration::HugeScript,
                   MwbTr::tr("migration.sql is larger than %1 MiB; it is hashed but not shown.")
                       .arg(KeepLimit / (1024 * 1024)));
    }
    m.script = std::move(bytes);
    return m;
}

MigrationsFolderScan MigrationsFolder::scan(const QString &path, const std::atomic_bool *cancel) {
    MigrationsFolderScan scan;
    const QFileInfo info(path);
    scan.path = info.absoluteFilePath();
    if (!info.exists())
        return scan; // Prisma: a missing migrations directory is an empty list
    scan.exists = true;
    if (!info.isDir()) {
        scan.error = MwbTr::tr("%1 is not a directory.").arg(scan.path);
        return scan;
    }
    QDir dir(scan.path);
    if (!dir.isReadable()) {
        scan.error = MwbTr::tr("The migrations folder %1 cannot be read.").arg(scan.path);
        return scan;
    }
    scan.lock = LockFile::read(scan.path);

    // Prisma keeps real directories only (Dirent.isDirectory() is false for symlinks), hidden ones
    // too.
    QList<QByteArray> names; // UTF-8, so that std::sort gives Prisma's byte order
    QDirIterator it(scan.path, QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden | QDir::NoSymLinks);
    while (it.hasNext()) {
        it.next();
        names.append(it.fileName().toUtf8());
    }
    std::sort(names.begin(), names.end());

    // Reading thousands of small files is dominated by system calls; a few threads overlap them.
    QList<LocalMigration> read(names.size());
    std::atomic_bool stopped{false};
    auto work = [&](qsizetype first, qsizetype step) {
        for (qsizetype i = first; i < names.size(); i += step) {
            if (cancel && cancel->load()) {
                stopped = true;
                return;
            }
            read[i] = readMigration(dir.filePath(QString::fromUtf8(names.at(i))));
        }
    };
    const qsizetype threads =
        names.size() < 256 ? 1 : std::clamp<qsizetype>(std::thread::hardware_concurrency(), 1, 4);
    std::vector<std::thread> pool;
    for (qsizetype t = 1; t < threads; ++t)
        pool.emplace_back(work, t, threads);
    work(0, threads);
    for (std::thread &thread : pool)
        thread.join();
    if (stopped) {
        scan.cancelled = true;
        return scan;
    }
    scan.migrations = std::move(read);
    return scan;
}
