// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changeplanbuilder.h"
#include "changeplanexecutor.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QThread;

/// Creates or executes a change plan on its own thread (its own connections, opened there), so
/// the GUI never waits on a database; the outcome comes back as a queued signal. Cancel stops
/// between steps and interrupts a running operation. One job per run; start() once.
class ChangePlanJob : public QObject {
    Q_OBJECT
public:
    /// A job that creates a plan (`request.spec` carries the password).
    static ChangePlanJob *creating(const PlanRequest &request, QObject *parent = nullptr);
    /// A job that executes `plan` (`request.spec` carries the password).
    static ChangePlanJob *executing(const ChangePlan &plan, const PlanExecutionRequest &request,
                                    QObject *parent = nullptr);
    ~ChangePlanJob() override;

    void start();
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void created(const PlanCreation &creation);
    void executed(const PlanExecution &execution);

private:
    explicit ChangePlanJob(QObject *parent);

    bool m_execute = false;
    PlanRequest m_createRequest;
    ChangePlan m_plan;
    PlanExecutionRequest m_executeRequest;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QPointer<QThread> m_thread;
};

Q_DECLARE_METATYPE(PlanCreation)
Q_DECLARE_METATYPE(PlanExecution)
