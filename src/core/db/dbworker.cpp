// SPDX-License-Identifier: GPL-3.0-or-later
#include "dbworker.h"

#include "connectionopener.h"
#include "history/historyclassifier.h"
#include "history/historyreader.h"
#include "mwbtr.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QThread>
#include <QUuid>

DbWorker::DbWorker(const ConnectionSpec &spec)
    : m_spec(spec)
    , m_connectionName(QStringLiteral("mwb:") +
                       QUuid::createUuid().toString(QUuid::WithoutBraces)) {
}

DbWorker::~DbWorker() {
    // Runs on the worker thread (deleteLater before the thread finishes), where the connection
    // lives.
    if (m_open)
        ConnectionOpener::close(m_connectionName);
}

void DbWorker::assertWorkerThread() const {
    Q_ASSERT(QThread::currentThread() == thread());
}

void DbWorker::open(quint64 requestId) {
    assertWorkerThread();
    OpenResult result;
    result.requestId = requestId;
    if (m_open) {
        ConnectionOpener::close(m_connectionName);
        m_open = false;
    }
    if (m_spec.isValid()) {
        result.error = ConnectionOpener::open(m_spec, m_connectionName, &result.serverVersion);
        m_open = !result.error.isError();
    }
    // The password is only needed to connect; do not keep it in this thread's memory.
    m_spec.password.fill(QChar(u'\0'));
    m_spec.password.clear();
    Q_EMIT opened(result);
}

void DbWorker::loadHistory(const HistoryRequest &request,
                           const std::shared_ptr<std::atomic_bool> &cancel) {
    assertWorkerThread();
    QElapsedTimer timer;
    timer.start();
    HistoryResult result;
    result.requestId = request.requestId;

    const MigrationsFolderScan folder = MigrationsFolder::scan(request.migrationsDir, cancel.get());
    if (folder.cancelled) {
        result.error = DbError::fromMessage(MwbTr::tr("Cancelled."));
    } else if (!folder.error.isEmpty()) {
        result.error = DbError::fromMessage(folder.error);
    } else if (!m_spec.isValid()) {
        result.report = HistoryClassifier::classify(folder, nullptr, QString());
    } else if (!m_open) {
        result.error = DbError::fromMessage(MwbTr::tr("The connection is not open."));
    } else {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        const HistoryReadResult read = HistoryReader::read(db, m_spec, cancel.get());
        if (read.error.isError())
            result.error = read.error;
        else
            result.report = HistoryClassifier::classify(folder, &read, m_spec.provider());
    }
    result.elapsedMs = timer.elapsed();
    Q_EMIT historyLoaded(result);
}
