// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

/// A `.env` file as Prisma's dotenv loading reads it: `KEY=value`, optional `export `, single,
/// double or back quotes, `#` comments, `${OTHER}` expansion.
class DotEnv {
public:
    static QHash<QString, QString> parse(const QByteArray &content);
    /// Reads a file; an absent file gives an empty map.
    static QHash<QString, QString> read(const QString &path);
};
