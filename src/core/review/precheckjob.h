// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "precheckrunner.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QThread;

/// Runs PreCheckRunner::runBlocking on its own thread (its own connection, opened there) so the
/// GUI never waits on a database; the report comes back as a queued signal. Cancel stops between
/// checks and interrupts a running SQLite check. One job per run; start() once.
class PreCheckJob : public QObject {
    Q_OBJECT
public:
    /// `spec` carries the password; the job wipes its copy once the thread has taken it.
    PreCheckJob(const ConnectionSpec &spec, QList<PreCheck> checks,
                const PreCheckOptions &options = {}, QObject *parent = nullptr);
    ~PreCheckJob() override;

    void start();
    void cancel();
    bool isRunning() const;
    /// Blocks in a local event loop until the report arrives (CLI and tests only).
    PreCheckReport runAndWait();

Q_SIGNALS:
    void finished(const PreCheckReport &report);

private:
    ConnectionSpec m_spec;
    QList<PreCheck> m_checks;
    PreCheckOptions m_options;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QPointer<QThread> m_thread;
};

Q_DECLARE_METATYPE(PreCheckReport)
