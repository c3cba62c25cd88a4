// SPDX-License-Identifier: GPL-3.0-or-later
#include "diffjob.h"

#include "diffengine.h"

#include <QEventLoop>
#include <QThread>

DiffJob::DiffJob(DiffRequest request, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_cancel(std::make_shared<std::atomic_bool>(false)) {
    qRegisterMetaType<DiffOutcome>();
    qRegisterMetaType<DiffProgress>();
}

DiffJob::~DiffJob() {
    if (m_thread) {
        // The thread only holds a QPointer to us; let it finish before we go.
        m_cancel->store(true);
        m_thread->wait();
    }
}

void DiffJob::start() {
    Q_ASSERT(!m_thread);
    QPointer<DiffJob> self(this);
    DiffRequest request = m_request;
    m_request.from.database.password.fill(QChar(u'\0'));
    m_request.to.database.password.fill(QChar(u'\0'));
    m_request.shadowServer.password.fill(QChar(u'\0'));
    m_request.shadowDatabase.password.fill(QChar(u'\0'));
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    QThread *thread = QThread::create([self, request, cancel]() mutable {
        const quint64 id = request.requestId;
        const DiffOutcome outcome =
            DiffEngine::run(request, cancel.get(), [self, id](const QString &what) {
                // ~DiffJob waits for this thread, so `self` cannot dangle while we run.
                if (self)
                    QMetaObject::invokeMethod(
                        self.data(),
                        [self, p = DiffProgress{id, what}] {
                            if (self)
                                Q_EMIT self->progress(p);
                        },
                        Qt::QueuedConnection);
            });
        for (ConnectionSpec *spec : {&request.from.database, &request.to.database,
                                     &request.shadowServer, &request.shadowDatabase})
            spec->password.fill(QChar(u'\0'));
        if (self)
            QMetaObject::invokeMethod(
                self.data(),
                [self, outcome] {
                    if (self)
                        Q_EMIT self->finished(outcome);
                },
                Qt::QueuedConnection);
    });
    m_thread = thread;
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void DiffJob::cancel() {
    m_cancel->store(true);
}

bool DiffJob::isRunning() const {
    return m_thread && m_thread->isRunning();
}

DiffOutcome DiffJob::runAndWait() {
    DiffOutcome result;
    QEventLoop loop;
    connect(this, &DiffJob::finished, &loop, [&](const DiffOutcome &o) {
        result = o;
        loop.quit();
    });
    start();
    loop.exec();
    return result;
}
