// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionstore.h"

#include "mwbtr.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QUrl>
#include <QUuid>

#include <algorithm>

namespace {
const QString GlobalGroup = QStringLiteral("connections/global");
const QString WorkspacesGroup = QStringLiteral("connections/workspaces");
const QString RootKey = QStringLiteral("root");
/// Written for every profile: its presence marks a profile group.
const QString DriverKey = QStringLiteral("driver");

QString driverKey(ConnectionSpec::Driver driver) {
    switch (driver) {
    case ConnectionSpec::Driver::Sqlite:
        return QStringLiteral("sqlite");
    case ConnectionSpec::Driver::Postgres:
        return QStringLiteral("postgresql");
    case ConnectionSpec::Driver::MySql:
        return QStringLiteral("mysql");
    case ConnectionSpec::Driver::None:
        break;
    }
    return QStringLiteral("none");
}

ConnectionSpec::Driver driverFromKey(const QString &key) {
    if (key == QLatin1String("sqlite"))
        return ConnectionSpec::Driver::Sqlite;
    if (key == QLatin1String("postgresql"))
        return ConnectionSpec::Driver::Postgres;
    if (key == QLatin1String("mysql"))
        return ConnectionSpec::Driver::MySql;
    return ConnectionSpec::Driver::None;
}

bool isPasswordKey(const QString &key) {
    return key.contains(QLatin1String("password"), Qt::CaseInsensitive) ||
           key.compare(QLatin1String("pass"), Qt::CaseInsensitive) == 0;
}

/// The URL without the password of its user info (`scheme://user:secret@host` → `user@host`).
QString withoutPassword(const QString &url) {
    const int start = url.indexOf(QLatin1String("://"));
    if (start < 0)
        return url;
    const int authorityStart = start + 3;
    int authorityEnd = url.size();
    for (const QChar c : {QLatin1Char('/'), QLatin1Char('?'), QLatin1Char('#')}) {
        const int i = url.indexOf(c, authorityStart);
        if (i >= 0)
            authorityEnd = qMin(authorityEnd, i);
    }
    // A raw "/" in a password ends the authority early: look for the "@" up to the path's end.
    int at = url.lastIndexOf(QLatin1Char('@'), authorityEnd - 1);
    if (at < authorityStart) {
        const int query = url.indexOf(QLatin1Char('?'), authorityStart);
        const int limit = query >= 0 ? query : url.size();
        at = url.lastIndexOf(QLatin1Char('@'), limit - 1);
        if (at < authorityStart)
            return url;
    }
    const int colon = url.indexOf(QLatin1Char(':'), authorityStart);
    if (colon < 0 || colon > at)
        return url;
    return url.left(colon) + url.mid(at);
}

/// The options without any password-like item; the other items stay as written.
QString withoutPasswordOptions(const QString &options) {
    QStringList kept;
    for (const QString &item : options.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const QString key =
            QUrl::fromPercentEncoding(item.section(QLatin1Char('='), 0, 0).toUtf8());
        if (!isPasswordKey(key))
            kept << item;
    }
    return kept.join(QLatin1Char('&'));
}
} // namespace

ConnectionStore::ConnectionStore(QSettings &settings)
    : m_settings(settings) {
}

QString ConnectionStore::canonicalRoot(const QString &workspaceRoot) {
    if (workspaceRoot.isEmpty())
        return {};
    const QFileInfo info(workspaceRoot);
    const QString canonical = info.canonicalFilePath();
    return QDir::cleanPath(canonical.isEmpty() ? info.absoluteFilePath() : canonical);
}

QString ConnectionStore::workspaceGroup(const QString &workspaceRoot) {
    const QByteArray hash =
        QCryptographicHash::hash(canonicalRoot(workspaceRoot).toUtf8(), QCryptographicHash::Sha1);
    return WorkspacesGroup + QLatin1Char('/') + QString::fromLatin1(hash.toHex());
}

ConnectionProfile ConnectionStore::read(const QString &group, const QString &id,
                                        const QString &workspaceRoot) const {
    const QString prefix = group + QLatin1Char('/') + id + QLatin1Char('/');
    const auto text = [&](const QString &key) { return m_settings.value(prefix + key).toString(); };
    ConnectionProfile p;
    p.id = id;
    p.name = text(QStringLiteral("name"));
    p.driver = driverFromKey(text(DriverKey));
    p.host = text(QStringLiteral("host"));
    p.port =
        m_settings.value(prefix + QStringLiteral("port"), ConnectionProfile::defaultPort(p.driver))
            .toInt();
    p.database = text(QStringLiteral("database"));
    p.user = text(QStringLiteral("user"));
    p.schema = text(QStringLiteral("schema"));
    p.sslMode = text(QStringLiteral("sslMode"));
    p.sslRootCert = text(QStringLiteral("sslRootCert"));
    p.sslCert = text(QStringLiteral("sslCert"));
    p.sslKey = text(QStringLiteral("sslKey"));
    p.socket = text(QStringLiteral("socket"));
    p.options = text(QStringLiteral("options"));
    p.environment = environmentFromKey(text(QStringLiteral("environment")));
    p.color = text(QStringLiteral("color"));
    p.readOnly = m_settings.value(prefix + QStringLiteral("readOnly"), false).toBool();
    p.shadowUrl = text(QStringLiteral("shadowUrl"));
    p.rememberPassword =
        m_settings.value(prefix + QStringLiteral("rememberPassword"), false).toBool();
    p.workspaceRoot = workspaceRoot;
    return p;
}

QList<ConnectionProfile> ConnectionStore::profiles(const QString &workspaceRoot) const {
    QList<ConnectionProfile> result;
    m_settings.beginGroup(GlobalGroup);
    const QStringList globalIds = m_settings.childGroups();
    m_settings.endGroup();
    for (const QString &id : globalIds) {
        if (m_settings.contains(GlobalGroup + QLatin1Char('/') + id + QLatin1Char('/') + DriverKey))
            result << read(GlobalGroup, id, QString());
    }
    if (!workspaceRoot.isEmpty()) {
        const QString group = workspaceGroup(workspaceRoot);
        const QString root = m_settings.value(group + QLatin1Char('/') + RootKey).toString();
        m_settings.beginGroup(group);
        const QStringList ids = m_settings.childGroups();
        m_settings.endGroup();
        for (const QString &id : ids) {
            if (m_settings.contains(group + QLatin1Char('/') + id + QLatin1Char('/') + DriverKey))
                result << read(group, id, root.isEmpty() ? canonicalRoot(workspaceRoot) : root);
        }
    }
    std::sort(result.begin(), result.end(),
              [](const ConnectionProfile &a, const ConnectionProfile &b) {
                  const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
                  return byName != 0 ? byName < 0 : a.id < b.id;
              });
    return result;
}

QString ConnectionStore::groupOf(const QString &id) const {
    if (id.isEmpty() || id.contains(QLatin1Char('/')))
        return {};
    if (m_settings.contains(GlobalGroup + QLatin1Char('/') + id + QLatin1Char('/') + DriverKey))
        return GlobalGroup;
    m_settings.beginGroup(WorkspacesGroup);
    const QStringList workspaces = m_settings.childGroups();
    m_settings.endGroup();
    for (const QString &hash : workspaces) {
        const QString group = WorkspacesGroup + QLatin1Char('/') + hash;
        if (m_settings.contains(group + QLatin1Char('/') + id + QLatin1Char('/') + DriverKey))
            return group;
    }
    return {};
}

ConnectionProfile ConnectionStore::profile(const QString &id) const {
    const QString group = groupOf(id);
    if (group.isEmpty())
        return {};
    const QString root = group == GlobalGroup
                             ? QString()
                             : m_settings.value(group + QLatin1Char('/') + RootKey).toString();
    return read(group, id, root);
}

bool ConnectionStore::contains(const QString &id) const {
    return !groupOf(id).isEmpty();
}

bool ConnectionStore::save(ConnectionProfile &profile) {
    if (profile.id.isEmpty())
        profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (profile.id.contains(QLatin1Char('/')))
        return false;
    // Secrets never reach the settings file, whatever the caller put in the profile.
    profile.shadowUrl = withoutPassword(profile.shadowUrl);
    profile.options = withoutPasswordOptions(profile.options);
    profile.workspaceRoot = canonicalRoot(profile.workspaceRoot);

    if (const QString old = groupOf(profile.id); !old.isEmpty())
        removeFrom(old, profile.id);
    QString group = GlobalGroup;
    if (!profile.workspaceRoot.isEmpty()) {
        group = workspaceGroup(profile.workspaceRoot);
        m_settings.setValue(group + QLatin1Char('/') + RootKey, profile.workspaceRoot);
    }
    const QString prefix = group + QLatin1Char('/') + profile.id + QLatin1Char('/');
    m_settings.setValue(prefix + QStringLiteral("name"), profile.name);
    m_settings.setValue(prefix + DriverKey, driverKey(profile.driver));
    m_settings.setValue(prefix + QStringLiteral("host"), profile.host);
    m_settings.setValue(prefix + QStringLiteral("port"), profile.port);
    m_settings.setValue(prefix + QStringLiteral("database"), profile.database);
    m_settings.setValue(prefix + QStringLiteral("user"), profile.user);
    m_settings.setValue(prefix + QStringLiteral("schema"), profile.schema);
    m_settings.setValue(prefix + QStringLiteral("sslMode"), profile.sslMode);
    m_settings.setValue(prefix + QStringLiteral("sslRootCert"), profile.sslRootCert);
    m_settings.setValue(prefix + QStringLiteral("sslCert"), profile.sslCert);
    m_settings.setValue(prefix + QStringLiteral("sslKey"), profile.sslKey);
    m_settings.setValue(prefix + QStringLiteral("socket"), profile.socket);
    m_settings.setValue(prefix + QStringLiteral("options"), profile.options);
    m_settings.setValue(prefix + QStringLiteral("environment"),
                        environmentKey(profile.environment));
    m_settings.setValue(prefix + QStringLiteral("color"), profile.color);
    m_settings.setValue(prefix + QStringLiteral("readOnly"), profile.readOnly);
    m_settings.setValue(prefix + QStringLiteral("shadowUrl"), profile.shadowUrl);
    m_settings.setValue(prefix + QStringLiteral("rememberPassword"), profile.rememberPassword);
    m_settings.sync();
    return m_settings.status() == QSettings::NoError;
}

void ConnectionStore::removeFrom(const QString &group, const QString &id) {
    m_settings.remove(group + QLatin1Char('/') + id);
    if (group == GlobalGroup)
        return;
    m_settings.beginGroup(group);
    const bool empty = m_settings.childGroups().isEmpty();
    m_settings.endGroup();
    if (empty) // the workspace's last profile: forget its root path too
        m_settings.remove(group);
}

bool ConnectionStore::remove(const QString &id) {
    const QString group = groupOf(id);
    if (group.isEmpty())
        return false;
    removeFrom(group, id);
    m_settings.sync();
    return true;
}

ConnectionProfile ConnectionStore::duplicate(const QString &id) {
    ConnectionProfile copy = profile(id);
    if (copy.id.isEmpty())
        return {};
    copy.id.clear();
    copy.name = MwbTr::tr("%1 (copy)").arg(copy.name);
    if (!save(copy))
        return {};
    return copy;
}
