// SPDX-License-Identifier: GPL-3.0-or-later
#include "statementrunner.h"

#include "db/querycanceller.h"
#include "mwbtr.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

StatementRunner::StatementRunner(OperationContext &context, int totalSteps)
    : m_ctx(context)
    , m_total(totalSteps) {
}

void StatementRunner::step(const QString &what) {
    ++m_done;
    if (m_ctx.progress)
        m_ctx.progress(m_done, m_total, what);
}

DbError StatementRunner::execOne(const QString &sql) {
    QSqlQuery q(m_ctx.db);
    if (m_ctx.canceller)
        m_ctx.canceller->setInterruptible(true);
    const bool ok = q.exec(sql);
    if (m_ctx.canceller)
        m_ctx.canceller->setInterruptible(false);
    if (ok)
        return {};
    const QSqlError e = q.lastError();
    QString message = e.databaseText().trimmed();
    if (message.isEmpty())
        message = e.text();
    return DbError{message, e.nativeErrorCode(), sql};
}

StatementRunner::Outcome StatementRunner::run(const QList<SqlStatement> &statements, bool atomic,
                                              const QString &label) {
    Outcome outcome;
    auto fail = [&](int index, const DbError &error) {
        outcome.ok = false;
        outcome.failedIndex = index;
        outcome.error = error;
        outcome.cancelled =
            outcome.cancelled ||
            (m_ctx.canceller && QueryCanceller::isCancellation(error, m_ctx.spec.driver));
        if (atomic) {
            QSqlQuery rollback(m_ctx.db);
            rollback.exec(QStringLiteral("ROLLBACK"));
        }
        return outcome;
    };
    if (atomic) {
        if (const DbError e = execOne(QStringLiteral("BEGIN")); e.isError())
            return fail(-1, e);
        step(MwbTr::tr("%1: transaction started").arg(label));
    }
    for (int i = 0; i < statements.size(); ++i) {
        if (m_ctx.isCancelled()) {
            outcome.cancelled = true;
            return fail(i, DbError::fromMessage(
                               MwbTr::tr("Cancelled by the user before statement %1.").arg(i + 1)));
        }
        if (const DbError e = execOne(statements.at(i).text); e.isError())
            return fail(i, e);
        ++outcome.executed;
        step(MwbTr::tr("%1: statement %2 of %3").arg(label).arg(i + 1).arg(statements.size()));
    }
    if (atomic) {
        if (const DbError e = execOne(QStringLiteral("COMMIT")); e.isError())
            return fail(static_cast<int>(statements.size()) - 1, e);
        step(MwbTr::tr("%1: committed").arg(label));
    }
    return outcome;
}
