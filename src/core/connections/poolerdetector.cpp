// SPDX-License-Identifier: GPL-3.0-or-later
#include "poolerdetector.h"

#include "mwbtr.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

namespace {
bool isTrue(const QString &value) {
    const QString v = value.trimmed().toLower();
    return v == QLatin1String("true") || v == QLatin1String("1") || v == QLatin1String("yes");
}

/// The backend pid seen inside its own transaction, or 0 on failure.
qint64 backendPidInTransaction(QSqlDatabase &db) {
    if (!db.transaction())
        return 0;
    QSqlQuery q(db);
    qint64 pid = 0;
    if (q.exec(QStringLiteral("SELECT pg_backend_pid()")) && q.next())
        pid = q.value(0).toLongLong();
    q.finish();
    db.commit();
    return pid;
}
} // namespace

QString PoolerDetector::warningFor(const ConnectionSpec &spec, const QUrlQuery &params) {
    if (spec.driver != ConnectionSpec::Driver::Postgres)
        return {};
    QStringList reasons;
    if (isTrue(params.queryItemValue(QStringLiteral("pgbouncer"), QUrl::FullyDecoded)))
        reasons << MwbTr::tr("the URL says pgbouncer=true");
    if (spec.port == 6432)
        reasons << MwbTr::tr("port 6432 is PgBouncer's default");
    else if (spec.port == 6543)
        reasons << MwbTr::tr("port 6543 is Supabase's transaction pooler");
    const QString host = spec.host.toLower();
    if (host.contains(QLatin1String("-pooler")))
        reasons << MwbTr::tr("the host %1 is a Neon pooler endpoint").arg(spec.host);
    else if (host.contains(QLatin1String("pooler.")))
        reasons << MwbTr::tr("the host %1 is a Supabase pooler").arg(spec.host);
    if (reasons.isEmpty())
        return {};
    return MwbTr::tr(
               "This connection seems to go through a transaction pooler (%1). Prisma Migrate "
               "needs a direct connection: advisory locks and prepared statements break "
               "behind transaction pooling. Use the direct database URL (Prisma's directUrl) "
               "for migrations.")
        .arg(reasons.join(QStringLiteral("; ")));
}

bool PoolerDetector::looksPooled(QSqlDatabase &db) {
    if (!db.isOpen() || db.driverName() != QLatin1String("QPSQL"))
        return false;
    const qint64 first = backendPidInTransaction(db);
    if (first == 0)
        return false;
    // Several rounds: a pooler under no load tends to hand out the same server connection again.
    for (int round = 0; round < 3; ++round) {
        const qint64 next = backendPidInTransaction(db);
        if (next == 0)
            return false;
        if (next != first)
            return true;
    }
    return false;
}
