// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>

#include <functional>
#include <optional>

/// Passwords of connection profiles: in the system keychain (Secret Service through qtkeychain)
/// when one is available, otherwise only for the running session, never in a file. All keychain
/// calls are asynchronous; callbacks run on the GUI thread.
class SecretStore : public QObject {
    Q_OBJECT
public:
    enum class Availability { Unknown, Available, Unavailable };

    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    /// Asks the keychain once whether it works; `availabilityChanged` reports the answer.
    void probe();
    Availability availability() const { return m_availability; }
    /// Why the keychain is not available (for the UI), empty otherwise.
    QString unavailableReason() const { return m_reason; }

    using ReadDone = std::function<void(std::optional<QString> password, const QString &error)>;
    using WriteDone = std::function<void(bool ok, const QString &error)>;

    /// Reads from the session cache first, then from the keychain.
    void read(const QString &key, ReadDone done);
    void write(const QString &key, const QString &password, WriteDone done);
    void remove(const QString &key, WriteDone done = {});

    /// Keeps a password in memory for this run only (when the user chose not to store it).
    void rememberForSession(const QString &key, const QString &password);
    void forgetSession();

Q_SIGNALS:
    void availabilityChanged(SecretStore::Availability availability);

private:
    QHash<QString, QString> m_session;
    Availability m_availability = Availability::Unknown;
    QString m_reason;
};
