// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditjournal.h"

#include "mwbtr.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace {
QJsonObject content(const AuditEntry &e) {
    QJsonObject o{
        {QStringLiteral("time"), e.time.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("osUser"), e.osUser},
        {QStringLiteral("connection"), e.connection},
        {QStringLiteral("environment"), e.environment},
        {QStringLiteral("operation"), e.operation},
        {QStringLiteral("target"), e.target},
        {QStringLiteral("elevated"), e.elevated},
        {QStringLiteral("statements"), QJsonArray::fromStringList(e.statements)},
        {QStringLiteral("success"), e.success},
        {QStringLiteral("result"), e.result},
        {QStringLiteral("durationMs"), e.durationMs},
    };
    if (!e.planHash.isEmpty())
        o.insert(QStringLiteral("planHash"), e.planHash);
    if (!e.reviewer.isEmpty())
        o.insert(QStringLiteral("reviewer"), e.reviewer);
    if (!e.details.isEmpty())
        o.insert(QStringLiteral("details"), QJsonArray::fromStringList(e.details));
    return o;
}
} // namespace

QString AuditEntry::computeHash() const {
    // Compact JSON with Qt's sorted keys: a stable byte form of the content.
    const QByteArray bytes =
        previousHash.toUtf8() + '\n' + QJsonDocument(content(*this)).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QJsonObject AuditEntry::toJson() const {
    QJsonObject o = content(*this);
    o.insert(QStringLiteral("previousHash"), previousHash);
    o.insert(QStringLiteral("hash"), hash);
    return o;
}

AuditEntry AuditEntry::fromJson(const QJsonObject &o) {
    AuditEntry e;
    e.time = QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    e.osUser = o.value(QStringLiteral("osUser")).toString();
    e.connection = o.value(QStringLiteral("connection")).toString();
    e.environment = o.value(QStringLiteral("environment")).toString();
    e.operation = o.value(QStringLiteral("operation")).toString();
    e.target = o.value(QStringLiteral("target")).toString();
    e.elevated = o.value(QStringLiteral("elevated")).toBool();
    for (const QJsonValue &v : o.value(QStringLiteral("statements")).toArray())
        e.statements << v.toString();
    e.success = o.value(QStringLiteral("success")).toBool();
    e.result = o.value(QStringLiteral("result")).toString();
    e.durationMs = o.value(QStringLiteral("durationMs")).toInteger();
    e.planHash = o.value(QStringLiteral("planHash")).toString();
    e.reviewer = o.value(QStringLiteral("reviewer")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("details")).toArray())
        e.details << v.toString();
    e.previousHash = o.value(QStringLiteral("previousHash")).toString();
    e.hash = o.value(QStringLiteral("hash")).toString();
    return e;
}

AuditJournal::AuditJournal(const QString &path)
    : m_path(path) {
}

QString AuditJournal::defaultPath() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("migration-workbench/journal.jsonl"));
}

QString AuditJournal::lastHash(QString *error) const {
    QFile f(m_path);
    if (!f.exists())
        return {};
    if (!f.open(QIODevice::ReadOnly)) {
        *error = MwbTr::tr("Cannot read the journal %1: %2").arg(m_path, f.errorString());
        return {};
    }
    QByteArray last;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        if (!line.isEmpty())
            last = line;
    }
    return last.isEmpty()
               ? QString()
               : QJsonDocument::fromJson(last).object().value(QStringLiteral("hash")).toString();
}

QString AuditJournal::append(AuditEntry entry) {
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    // Two processes (the app and mwb) may write at once: serialise through a lock file.
    QLockFile lock(m_path + QStringLiteral(".lock"));
    if (!lock.tryLock(10000))
        return MwbTr::tr("The journal %1 is locked by another process.").arg(m_path);
    QString error;
    entry.previousHash = lastHash(&error);
    if (!error.isEmpty())
        return error;
    entry.hash = entry.computeHash();
    QFile f(m_path);
    if (!f.open(QIODevice::Append | QIODevice::WriteOnly)) {
        return MwbTr::tr("Cannot write the journal %1: %2").arg(m_path, f.errorString());
    }
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray line = QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact) + '\n';
    if (f.write(line) != line.size() || !f.flush())
        return MwbTr::tr("Cannot write the journal %1: %2").arg(m_path, f.errorString());
    return {};
}

AuditJournal::Verification AuditJournal::verify() const {
    Verification v;
    QFile f(m_path);
    if (!f.exists())
        return v;
    if (!f.open(QIODevice::ReadOnly)) {
        v.intact = false;
        v.problem = f.errorString();
        return v;
    }
    QString previous;
    int lineNumber = 0;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
        auto bad = [&](const QString &problem) {
            v.intact = false;
            v.firstBadLine = lineNumber;
            v.problem = problem;
            return v;
        };
        if (parseError.error != QJsonParseError::NoError || !doc.isObject())
            return bad(MwbTr::tr("line %1 is not a journal entry").arg(lineNumber));
        const AuditEntry e = AuditEntry::fromJson(doc.object());
        if (e.previousHash != previous)
            return bad(
                MwbTr::tr("line %1 does not follow the entry before it (an entry was removed or "
                          "reordered)")
                    .arg(lineNumber));
        if (e.computeHash() != e.hash)
            return bad(MwbTr::tr("line %1 was changed after it was written").arg(lineNumber));
        previous = e.hash;
        ++v.entries;
    }
    return v;
}

QList<AuditEntry> AuditJournal::entries() const {
    QList<AuditEntry> out;
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        if (doc.isObject())
            out << AuditEntry::fromJson(doc.object());
    }
    return out;
}

bool AuditJournal::Filter::matches(const AuditEntry &e) const {
    if (since.isValid() && e.time < since)
        return false;
    if (!connection.isEmpty() && !e.connection.contains(connection, Qt::CaseInsensitive))
        return false;
    if (!operation.isEmpty() && !e.operation.startsWith(operation, Qt::CaseInsensitive))
        return false;
    if (!planHash.isEmpty() && !e.planHash.startsWith(planHash, Qt::CaseInsensitive))
        return false;
    return !failedOnly || !e.success;
}

QList<AuditEntry> AuditJournal::entries(const Filter &filter, QList<int> *lines) const {
    QList<AuditEntry> out;
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    int lineNumber = 0;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        ++lineNumber;
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        if (!doc.isObject())
            continue;
        const AuditEntry e = AuditEntry::fromJson(doc.object());
        if (!filter.matches(e))
            continue;
        out << e;
        if (lines)
            *lines << lineNumber;
    }
    return out;
}

QString AuditJournal::currentOsUser() {
    for (const char *variable : {"USER", "LOGNAME", "USERNAME"})
        if (const QString name = qEnvironmentVariable(variable); !name.isEmpty())
            return name;
#ifdef Q_OS_UNIX
    if (const passwd *entry = getpwuid(getuid()))
        return QString::fromLocal8Bit(entry->pw_name);
#endif
    return {};
}
