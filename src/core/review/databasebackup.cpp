// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasebackup.h"

#include "mwbtr.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QStandardPaths>

#include <sqlite3.h>

namespace {
QString sha256Of(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return QString::fromLatin1(hash.result().toHex());
}

QString safeName(QString name) {
    for (QChar &c : name)
        if (!c.isLetterOrNumber() && c != u'_' && c != u'-' && c != u'.')
            c = u'_';
    return name.isEmpty() ? QStringLiteral("database") : name;
}

BackupResult notTaken(const QString &method, const QString &reason) {
    BackupResult r;
    r.method = method;
    r.error = reason;
    r.time = QDateTime::currentDateTimeUtc();
    r.statement = MwbTr::tr("No backup was taken: %1").arg(reason);
    return r;
}

BackupResult finish(BackupResult r, const QElapsedTimer &timer) {
    r.taken = true;
    r.bytes = QFileInfo(r.file).size();
    r.sha256 = sha256Of(r.file);
    r.time = QDateTime::currentDateTimeUtc();
    r.elapsedMs = timer.elapsed();
    r.statement =
        MwbTr::tr("Backup taken with %1: %2 (%3, sha256 %4)")
            .arg(r.method, r.file, QLocale::c().formattedDataSize(r.bytes), r.sha256.left(12));
    return r;
}

BackupResult sqliteBackup(const ConnectionSpec &spec, const QString &target,
                          const std::atomic_bool *cancel) {
    QElapsedTimer timer;
    timer.start();
    BackupResult r;
    r.method = QStringLiteral("sqlite-backup-api");
    r.file = target;
    sqlite3 *source = nullptr;
    sqlite3 *destination = nullptr;
    QString error;
    if (sqlite3_open_v2(QFile::encodeName(spec.database).constData(), &source, SQLITE_OPEN_READONLY,
                        nullptr) != SQLITE_OK) {
        error = QString::fromUtf8(sqlite3_errmsg(source));
    } else if (sqlite3_open_v2(QFile::encodeName(target).constData(), &destination,
                               SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
        error = QString::fromUtf8(sqlite3_errmsg(destination));
    } else {
        sqlite3_busy_timeout(source, 5000);
        sqlite3_backup *backup = sqlite3_backup_init(destination, "main", source, "main");
        if (!backup) {
            error = QString::fromUtf8(sqlite3_errmsg(destination));
        } else {
            int rc = SQLITE_OK;
            // In chunks, so that a writer elsewhere is not locked out for the whole copy; a
            // write in between restarts the copy, which keeps it consistent.
            while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
                if (cancel && cancel->load())
                    break;
                rc = sqlite3_backup_step(backup, 256);
                if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                    sqlite3_sleep(50);
            }
            sqlite3_backup_finish(backup);
            if (rc != SQLITE_DONE)
                error = cancel && cancel->load() ? MwbTr::tr("Cancelled.")
                                                 : QString::fromUtf8(sqlite3_errstr(rc));
        }
    }
    sqlite3_close(destination);
    sqlite3_close(source);
    if (!error.isEmpty()) {
        QFile::remove(target);
        return notTaken(r.method, MwbTr::tr("the SQLite copy failed: %1").arg(error));
    }
    return finish(r, timer);
}
} // namespace

QString DatabaseBackup::toolFor(const ConnectionSpec &spec, QString *reason) {
    switch (spec.driver) {
    case ConnectionSpec::Driver::Sqlite:
        return QStringLiteral("sqlite-backup-api");
    case ConnectionSpec::Driver::Postgres: {
        const QString tool = QStandardPaths::findExecutable(QStringLiteral("pg_dump"));
        if (tool.isEmpty())
            *reason = MwbTr::tr("pg_dump is not installed (Debian: postgresql-client).");
        return tool;
    }
    case ConnectionSpec::Driver::MySql: {
        for (const char *name : {"mariadb-dump", "mysqldump"}) {
            const QString tool = QStandardPaths::findExecutable(QString::fromLatin1(name));
            if (!tool.isEmpty())
                return tool;
        }
        *reason = MwbTr::tr("neither mariadb-dump nor mysqldump is installed (Debian: "
                            "mariadb-client).");
        return {};
    }
    case ConnectionSpec::Driver::None:
        break;
    }
    *reason = MwbTr::tr("no database is configured.");
    return {};
}

QString DatabaseBackup::plannedStatement(const ConnectionSpec &spec) {
    QString reason;
    const QString tool = toolFor(spec, &reason);
    if (tool.isEmpty())
        return MwbTr::tr("No backup will be taken: %1 Take one yourself before executing.")
            .arg(reason);
    if (spec.driver == ConnectionSpec::Driver::Sqlite)
        return MwbTr::tr("A consistent copy of the SQLite file is made before executing.");
    return MwbTr::tr("A backup is taken with %1 before executing.").arg(QFileInfo(tool).fileName());
}

BackupResult DatabaseBackup::run(const ConnectionSpec &spec, const QString &directory,
                                 int timeoutMs, const std::atomic_bool *cancel) {
    QString reason;
    const QString tool = toolFor(spec, &reason);
    if (tool.isEmpty())
        return notTaken(QStringLiteral("none"), reason);
    if (!QDir().mkpath(directory))
        return notTaken(QFileInfo(tool).fileName(),
                        MwbTr::tr("cannot create the backup folder %1.").arg(directory));
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'"));
    const QString base = safeName(spec.driver == ConnectionSpec::Driver::Sqlite
                                      ? QFileInfo(spec.database).completeBaseName()
                                      : spec.database);
    if (spec.driver == ConnectionSpec::Driver::Sqlite)
        return sqliteBackup(
            spec, QDir(directory).filePath(base + QLatin1Char('-') + stamp + QStringLiteral(".db")),
            cancel);

    QElapsedTimer timer;
    timer.start();
    BackupResult r;
    r.method = QFileInfo(tool).fileName();
    QStringList args;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const bool pg = spec.driver == ConnectionSpec::Driver::Postgres;
    if (pg) {
        r.file =
            QDir(directory).filePath(base + QLatin1Char('-') + stamp + QStringLiteral(".dump"));
        args << QStringLiteral("--format=custom") << QStringLiteral("--no-password")
             << QStringLiteral("--file=") + r.file;
        args << QStringLiteral("--host=") + (spec.socketDir.isEmpty() ? spec.host : spec.socketDir);
        if (spec.port > 0)
            args << QStringLiteral("--port=%1").arg(spec.port);
        if (!spec.user.isEmpty())
            args << QStringLiteral("--username=") + spec.user;
        if (!spec.schema.isEmpty())
            args << QStringLiteral("--schema=") + spec.schema;
        args << QStringLiteral("--dbname=") + spec.database;
        env.remove(QStringLiteral("PGPASSFILE"));
        if (!spec.password.isEmpty())
            env.insert(QStringLiteral("PGPASSWORD"), spec.password);
        if (!spec.sslMode.isEmpty())
            env.insert(QStringLiteral("PGSSLMODE"), spec.sslMode);
        if (!spec.sslRootCert.isEmpty())
            env.insert(QStringLiteral("PGSSLROOTCERT"), spec.sslRootCert);
        if (!spec.sslCert.isEmpty())
            env.insert(QStringLiteral("PGSSLCERT"), spec.sslCert);
        if (!spec.sslKey.isEmpty())
            env.insert(QStringLiteral("PGSSLKEY"), spec.sslKey);
        env.insert(QStringLiteral("PGCONNECT_TIMEOUT"),
                   QString::number(qMax(1, spec.connectTimeoutSeconds)));
    } else {
        r.file = QDir(directory).filePath(base + QLatin1Char('-') + stamp + QStringLiteral(".sql"));
        args << QStringLiteral("--single-transaction") << QStringLiteral("--routines")
             << QStringLiteral("--triggers") << QStringLiteral("--result-file=") + r.file;
        if (!spec.socketDir.isEmpty())
            args << QStringLiteral("--socket=") + spec.socketDir;
        else
            args << QStringLiteral("--host=") + spec.host << QStringLiteral("--protocol=TCP");
        if (spec.port > 0)
            args << QStringLiteral("--port=%1").arg(spec.port);
        if (!spec.user.isEmpty())
            args << QStringLiteral("--user=") + spec.user;
        if (!spec.sslRootCert.isEmpty())
            args << QStringLiteral("--ssl-ca=") + spec.sslRootCert;
        if (!spec.sslCert.isEmpty())
            args << QStringLiteral("--ssl-cert=") + spec.sslCert;
        if (!spec.sslKey.isEmpty())
            args << QStringLiteral("--ssl-key=") + spec.sslKey;
        args << spec.database;
        if (!spec.password.isEmpty())
            env.insert(QStringLiteral("MYSQL_PWD"), spec.password);
    }
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(tool, args);
    if (!process.waitForStarted(10000))
        return notTaken(
            r.method,
            MwbTr::tr("%1 could not be started: %2").arg(r.method, process.errorString()));
    while (!process.waitForFinished(200)) {
        if ((cancel && cancel->load()) || timer.elapsed() > timeoutMs) {
            process.kill();
            process.waitForFinished(5000);
            QFile::remove(r.file);
            return notTaken(r.method, cancel && cancel->load()
                                          ? MwbTr::tr("cancelled.")
                                          : MwbTr::tr("%1 took longer than %2 s and was stopped.")
                                                .arg(r.method)
                                                .arg(timeoutMs / 1000));
        }
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        QString stderrText = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
        if (!spec.password.isEmpty())
            stderrText.replace(spec.password, QStringLiteral("****"));
        QFile::remove(r.file);
        return notTaken(r.method, MwbTr::tr("%1 failed (exit code %2): %3")
                                      .arg(r.method)
                                      .arg(process.exitCode())
                                      .arg(stderrText.section(QLatin1Char('\n'), 0, 2)));
    }
    return finish(r, timer);
}
