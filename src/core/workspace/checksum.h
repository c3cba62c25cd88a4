// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

/// Prisma's migration checksum: how it is recorded and how a file is compared with a stored value
/// (schema-connector checksum.rs). Pure functions, usable from any thread.
class Checksum {
public:
    /// How a script matched a stored checksum.
    enum class Match {
        Exact,       ///< the file as it is on disk
        LineEndings, ///< only after CRLF->LF or LF->CRLF conversion (not an edit for Prisma)
        None,        ///< modified
    };

    /// The value Prisma writes: lowercase hex SHA-256 of the script bytes, 64 characters.
    static QString record(const QByteArray &script);

    /// Prisma's comparison rule: the script as is, with CRLF replaced by LF, and with LF replaced
    /// by CRLF; a stored value that is non-empty and not 64 characters long is compared in the
    /// legacy unpadded hex form.
    static Match compare(const QByteArray &script, const QString &stored);
    static bool matches(const QByteArray &script, const QString &stored) {
        return compare(script, stored) != Match::None;
    }

    /// Lowercase hex of each byte without zero padding (the pre-2.23 Prisma bug,
    /// prisma-engines#1887).
    static QString legacyHex(const QByteArray &digest);
};
