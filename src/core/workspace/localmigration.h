// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

/// One subdirectory of the migrations folder, as read from disk.
struct LocalMigration {
    /// Problems found while reading; reported per migration, never fatal.
    enum Problem {
        NoProblem = 0,
        MissingScript = 1 << 0,    ///< no migration.sql (Prisma: P3015 on deploy, P3017 on resolve)
        UnreadableScript = 1 << 1, ///< exists but cannot be opened or read
        EmptyScript = 1 << 2,      ///< zero bytes (legal, but almost always a mistake)
        NotUtf8 = 1 << 3,     ///< invalid UTF-8: Prisma hashes the text with U+FFFD replacements
        HugeScript = 1 << 4,  ///< larger than the reader keeps in memory
        UnusualName = 1 << 5, ///< not ASCII or not `<digits>_<name>`: sort order may differ
        TooLarge = 1 << 6,    ///< larger than the reader accepts at all
    };

    QString name;          ///< directory name = migration name
    QString directoryPath; ///< absolute path of the directory
    QByteArray script;     ///< the bytes Prisma hashes (empty when not kept, see HugeScript)
    QString checksum;      ///< Checksum::record of the script, empty when there is none
    qint64 scriptSize = 0;
    int problems = NoProblem;
    QString problemText; ///< human explanation of `problems`, one sentence per problem

    bool hasScript() const { return !(problems & (MissingScript | UnreadableScript | TooLarge)); }
    QString scriptPath() const;
};

Q_DECLARE_METATYPE(LocalMigration)
