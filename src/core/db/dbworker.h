// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionspec.h"
#include "dbrequests.h"

#include <QObject>

#include <atomic>
#include <memory>

/// Owns one database connection and does all work on it. Lives in its own QThread (created by
/// DbSession); every slot runs on that thread and the connection is created there. Nothing here
/// ever asks the user anything.
class DbWorker : public QObject {
    Q_OBJECT
public:
    explicit DbWorker(const ConnectionSpec &spec);
    ~DbWorker() override;

    void open(quint64 requestId);
    void loadHistory(const HistoryRequest &request,
                     const std::shared_ptr<std::atomic_bool> &cancel);

Q_SIGNALS:
    void opened(const OpenResult &result);
    void historyLoaded(const HistoryResult &result);

private:
    void assertWorkerThread() const;

    ConnectionSpec m_spec;
    QString m_connectionName;
    bool m_open = false;
};
