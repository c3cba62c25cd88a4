// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diffrequest.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class QThread;

/// Runs one DiffEngine request on its own thread (so the GUI never waits on a database) and
/// reports progress and the outcome as queued signals. Cancel interrupts between steps; the job
/// deletes its thread when done. One job per request; start() once.
class DiffJob : public QObject {
    Q_OBJECT
public:
    explicit DiffJob(DiffRequest request, QObject *parent = nullptr);
    ~DiffJob() override;

    void start();
    void cancel();
    bool isRunning() const;

    /// Blocks in a local event loop until the outcome arrives (CLI and tests only).
    DiffOutcome runAndWait();

Q_SIGNALS:
    void progress(const DiffProgress &progress);
    void finished(const DiffOutcome &outcome);

private:
    DiffRequest m_request;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QPointer<QThread> m_thread;
};
