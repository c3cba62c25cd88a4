// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connections/connectionprofile.h"
#include "history/historymatrix.h"

#include <QDialog>

#include <memory>
#include <vector>

class DbSession;
class QLabel;
class QTableWidget;
class SecretStore;

/// The workspace's status on every database at once: one session (one worker thread) per
/// connection profile, reading `_prisma_migrations` in parallel, shown as migration × connection.
class ConnectionMatrixDialog : public QDialog {
    Q_OBJECT
public:
    ConnectionMatrixDialog(const QList<ConnectionProfile> &profiles, const QString &migrationsDir,
                           SecretStore &secrets, QWidget *parent = nullptr);
    ~ConnectionMatrixDialog() override;

    const HistoryMatrix &matrix() const { return m_matrix; }
    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    /// Every connection has answered (or failed).
    void complete();

private:
    void startProfile(const ConnectionProfile &profile, const QString &password);
    void finishOne(const QString &name, const HistoryReport *report, const QString &error);
    void render();

    QString m_migrationsDir;
    SecretStore &m_secrets;
    std::vector<std::unique_ptr<DbSession>> m_sessions;
    HistoryMatrix m_matrix;
    int m_pending = 0;
    QTableWidget *m_table;
    QLabel *m_status;
};
