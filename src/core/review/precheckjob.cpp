// SPDX-License-Identifier: GPL-3.0-or-later
#include "precheckjob.h"

#include <QEventLoop>
#include <QThread>

PreCheckJob::PreCheckJob(const ConnectionSpec &spec, QList<PreCheck> checks,
                         const PreCheckOptions &options, QObject *parent)
    : QObject(parent)
    , m_spec(spec)
    , m_checks(std::move(checks))
    , m_options(options)
    , m_cancel(std::make_shared<std::atomic_bool>(false)) {
    qRegisterMetaType<PreCheckReport>();
}

PreCheckJob::~PreCheckJob() {
    if (m_thread) {
        m_cancel->store(true);
        m_thread->wait();
    }
}

void PreCheckJob::start() {
    Q_ASSERT(!m_thread);
    QPointer<PreCheckJob> self(this);
    ConnectionSpec spec = m_spec;
    m_spec.password.fill(QChar(u'\0'));
    m_spec.password.clear();
    QThread *thread = QThread::create(
        [self, spec, checks = m_checks, options = m_options, cancel = m_cancel]() mutable {
            const PreCheckReport report =
                PreCheckRunner::runBlocking(spec, checks, options, cancel.get());
            spec.password.fill(QChar(u'\0'));
            // ~PreCheckJob waits for this thread, so `self` cannot dangle while we run.
            if (self)
                QMetaObject::invokeMethod(
                    self.data(),
                    [self, report] {
                        if (self)
                            Q_EMIT self->finished(report);
                    },
                    Qt::QueuedConnection);
        });
    m_thread = thread;
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void PreCheckJob::cancel() {
    m_cancel->store(true);
}

bool PreCheckJob::isRunning() const {
    return m_thread && m_thread->isRunning();
}

PreCheckReport PreCheckJob::runAndWait() {
    PreCheckReport result;
    QEventLoop loop;
    connect(this, &PreCheckJob::finished, &loop, [&](const PreCheckReport &r) {
        result = r;
        loop.quit();
    });
    start();
    loop.exec();
    return result;
}
