// SPDX-License-Identifier: GPL-3.0-or-later
#include "queryhistory.h"

#include "mwbtr.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>

QueryHistory::QueryHistory(const QString &connectionKey, const QString &directory) {
    const QString dir = directory.isEmpty() ? defaultDirectory() : directory;
    const QByteArray hash =
        QCryptographicHash::hash(connectionKey.toUtf8(), QCryptographicHash::Sha256).toHex();
    m_path = QDir(dir).filePath(QString::fromLatin1(hash.left(24)) + QStringLiteral(".jsonl"));
}

QString QueryHistory::defaultDirectory() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("query-history"));
}

QString QueryHistory::redact(const QString &sql) {
    // PASSWORD 'x', IDENTIFIED BY 'x', IDENTIFIED WITH plugin BY 'x', SET PASSWORD … = 'x',
    // PASSWORD('x'), ENCRYPTED PASSWORD 'x', and $$-quoted or E'…' forms.
    static const QRegularExpression re(
        QStringLiteral(
            "((?:PASSWORD|IDENTIFIED(?:\\s+WITH\\s+\\S+)?\\s+(?:BY|AS))\\s*(?:=\\s*)?"
            "(?:PASSWORD\\s*)?\\(?\\s*)(E?'(?:[^']|'')*'|\\$[A-Za-z_]*\\$.*?\\$[A-Za-z_]*\\$|"
            "\"(?:[^\"]|\"\")*\")"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    QString out = sql;
    out.replace(re, QStringLiteral("\\1'****'"));
    return out;
}

QString QueryHistory::append(Entry entry) {
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
        return MwbTr::tr("Cannot write the query history %1: %2").arg(m_path, file.errorString());
    // Only the user may read what was typed into the editor.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QJsonObject o{{QStringLiteral("time"), entry.time.toUTC().toString(Qt::ISODateWithMs)},
                  {QStringLiteral("sql"), redact(entry.sql)},
                  {QStringLiteral("ms"), entry.elapsedMs},
                  {QStringLiteral("ok"), entry.ok}};
    if (entry.rows >= 0)
        o.insert(QStringLiteral("rows"), entry.rows);
    if (!entry.error.isEmpty())
        o.insert(QStringLiteral("error"), redact(entry.error));
    const QByteArray line = QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    if (file.write(line) != line.size())
        return MwbTr::tr("Cannot write the query history %1: %2").arg(m_path, file.errorString());
    return {};
}

QList<QueryHistory::Entry> QueryHistory::load(int limit) const {
    QList<Entry> entries;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.isEmpty())
            continue; // a torn last line after a crash
        Entry e;
        e.time =
            QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
        e.sql = o.value(QStringLiteral("sql")).toString();
        e.elapsedMs = o.value(QStringLiteral("ms")).toInteger();
        e.ok = o.value(QStringLiteral("ok")).toBool(true);
        e.rows = o.value(QStringLiteral("rows")).toInteger(-1);
        e.error = o.value(QStringLiteral("error")).toString();
        entries.append(e);
    }
    if (limit >= 0 && entries.size() > limit)
        entries = entries.mid(entries.size() - limit);
    return entries;
}
