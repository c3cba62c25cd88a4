// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretstore.h"

#include <qt6keychain/keychain.h>

namespace {
const QString Service = QStringLiteral("migration-workbench");
const QString ProbeKey = QStringLiteral("migration-workbench/probe");
} // namespace

SecretStore::SecretStore(QObject *parent)
    : QObject(parent) {
}

SecretStore::~SecretStore() {
    forgetSession();
}

void SecretStore::probe() {
    auto *job = new QKeychain::ReadPasswordJob(Service, this);
    job->setAutoDelete(true);
    job->setKey(ProbeKey);
    // qtkeychain's plain-text fallback does not apply to libsecret anyway; never allow it.
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *j) {
        const bool works =
            j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound;
        m_availability = works ? Availability::Available : Availability::Unavailable;
        m_reason = works ? QString()
                         : tr("No system keychain is available (%1). Passwords are asked for when "
                              "connecting and can be kept for this session only.")
                               .arg(j->errorString());
        Q_EMIT availabilityChanged(m_availability);
    });
    job->start();
}

void SecretStore::read(const QString &key, ReadDone done) {
    if (m_session.contains(key)) {
        done(m_session.value(key), QString());
        return;
    }
    if (m_availability == Availability::Unavailable) {
        done(std::nullopt, m_reason);
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(Service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (j->error() == QKeychain::NoError)
            done(read->textData(), QString());
        else if (j->error() == QKeychain::EntryNotFound)
            done(std::nullopt, QString());
        else
            done(std::nullopt, j->errorString());
    });
    job->start();
}

void SecretStore::write(const QString &key, const QString &password, WriteDone done) {
    auto *job = new QKeychain::WritePasswordJob(Service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        if (done)
            done(j->error() == QKeychain::NoError, j->errorString());
    });
    job->start();
}

void SecretStore::remove(const QString &key, WriteDone done) {
    m_session.remove(key);
    if (m_availability == Availability::Unavailable) {
        if (done)
            done(true, QString());
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(Service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        if (done)
            done(j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound,
                 j->errorString());
    });
    job->start();
}

void SecretStore::rememberForSession(const QString &key, const QString &password) {
    m_session.insert(key, password);
}

void SecretStore::forgetSession() {
    for (auto it = m_session.begin(); it != m_session.end(); ++it)
        it.value().fill(QChar(u'\0'));
    m_session.clear();
}
