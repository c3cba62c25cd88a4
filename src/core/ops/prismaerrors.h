// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// Prisma's user-facing error texts (libs/user-facing-errors), reproduced verbatim in English like
/// the rest of Prisma's output so that transcripts and tools compare equal.
class PrismaErrors {
public:
    static QString p1002LockTimeout(const QString &provider, const QString &holder);
    static QString p3005NotEmpty();
    static QString p3008AlreadyApplied(const QString &name);
    static QString p3009FailedMigrations(const QStringList &lines);
    static QString p3009Line(const QString &name, qint64 startedAtMicros);
    static QString p3011NeverApplied(const QString &name);
    static QString p3012NotFailed(const QString &name);
    static QString p3015MissingFile(const QString &path);
    static QString p3017NotFound(const QString &name);
    static QString p3018Failed(const QString &name, const QString &code, const QString &error);
    static QString p3019ProviderMismatch(const QString &provider, const QString &lockProvider);
    static QString noMigrationsTable();
};
