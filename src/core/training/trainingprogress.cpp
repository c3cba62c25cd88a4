// SPDX-License-Identifier: GPL-3.0-or-later
#include "trainingprogress.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

QString TrainingProgress::defaultRoot() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/training");
}

TrainingProgress::TrainingProgress(const QString &path)
    : m_path(path.isEmpty() ? defaultRoot() + QStringLiteral("/progress.json") : path) {
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly))
        return;
    const QJsonObject all = QJsonDocument::fromJson(f.readAll()).object();
    for (auto it = all.begin(); it != all.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        m_entries.insert(
            it.key(),
            Entry{o.value(QStringLiteral("workspace")).toString(),
                  o.value(QStringLiteral("database")).toString(),
                  QDateTime::fromString(o.value(QStringLiteral("started")).toString(), Qt::ISODate),
                  QDateTime::fromString(o.value(QStringLiteral("solved")).toString(), Qt::ISODate),
                  o.value(QStringLiteral("checks")).toInt()});
    }
}

void TrainingProgress::started(const QString &scenarioId, const QString &workspace,
                               const QString &database) {
    m_entries.insert(scenarioId,
                     Entry{workspace, database, QDateTime::currentDateTimeUtc(), {}, 0});
}

void TrainingProgress::checked(const QString &scenarioId, bool solved) {
    Entry &e = m_entries[scenarioId];
    ++e.checks;
    if (solved && !e.solved.isValid())
        e.solved = QDateTime::currentDateTimeUtc();
}

void TrainingProgress::reset(const QString &scenarioId) {
    m_entries.remove(scenarioId);
}

bool TrainingProgress::save(QString *error) const {
    QJsonObject all;
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        QJsonObject o{{QStringLiteral("workspace"), it->workspace},
                      {QStringLiteral("database"), it->database},
                      {QStringLiteral("started"), it->started.toString(Qt::ISODate)},
                      {QStringLiteral("checks"), it->checks}};
        if (it->solved.isValid())
            o.insert(QStringLiteral("solved"), it->solved.toString(Qt::ISODate));
        all.insert(it.key(), o);
    }
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile f(m_path);
    if (f.open(QIODevice::WriteOnly) &&
        f.write(QJsonDocument(all).toJson(QJsonDocument::Indented)) >= 0 && f.commit())
        return true;
    if (error)
        *error = f.errorString();
    return false;
}
