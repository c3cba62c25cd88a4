// SPDX-License-Identifier: GPL-3.0-or-later
#include "changeplanjob.h"

#include <QThread>

ChangePlanJob::ChangePlanJob(QObject *parent)
    : QObject(parent)
    , m_cancel(std::make_shared<std::atomic_bool>(false)) {
    qRegisterMetaType<PlanCreation>();
    qRegisterMetaType<PlanExecution>();
}

ChangePlanJob *ChangePlanJob::creating(const PlanRequest &request, QObject *parent) {
    auto *job = new ChangePlanJob(parent);
    job->m_createRequest = request;
    return job;
}

ChangePlanJob *ChangePlanJob::executing(const ChangePlan &plan, const PlanExecutionRequest &request,
                                        QObject *parent) {
    auto *job = new ChangePlanJob(parent);
    job->m_execute = true;
    job->m_plan = plan;
    job->m_executeRequest = request;
    return job;
}

ChangePlanJob::~ChangePlanJob() {
    if (m_thread) {
        m_cancel->store(true);
        m_thread->wait();
    }
}

void ChangePlanJob::start() {
    Q_ASSERT(!m_thread);
    QPointer<ChangePlanJob> self(this);
    PlanRequest createRequest = m_createRequest;
    PlanExecutionRequest executeRequest = m_executeRequest;
    m_createRequest.spec.password.fill(QChar(u'\0'));
    m_executeRequest.spec.password.fill(QChar(u'\0'));
    QThread *thread = QThread::create([self, execute = m_execute, plan = m_plan, createRequest,
                                       executeRequest, cancel = m_cancel]() mutable {
        // ~ChangePlanJob waits for this thread, so `self` cannot dangle while we run.
        if (execute) {
            const PlanExecution outcome =
                ChangePlanExecutor::execute(plan, executeRequest, cancel.get());
            executeRequest.spec.password.fill(QChar(u'\0'));
            if (self)
                QMetaObject::invokeMethod(
                    self.data(),
                    [self, outcome] {
                        if (self)
                            Q_EMIT self->executed(outcome);
                    },
                    Qt::QueuedConnection);
        } else {
            const PlanCreation outcome = ChangePlanBuilder::create(createRequest, cancel.get());
            createRequest.spec.password.fill(QChar(u'\0'));
            if (self)
                QMetaObject::invokeMethod(
                    self.data(),
                    [self, outcome] {
                        if (self)
                            Q_EMIT self->created(outcome);
                    },
                    Qt::QueuedConnection);
        }
    });
    m_thread = thread;
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void ChangePlanJob::cancel() {
    m_cancel->store(true);
}

bool ChangePlanJob::isRunning() const {
    return m_thread && m_thread->isRunning();
}
