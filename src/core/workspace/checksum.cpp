// SPDX-License-Identifier: GPL-3.0-or-later
#include "checksum.h"

#include <QCryptographicHash>

namespace {
QByteArray sha256(const QByteArray &bytes) {
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

QString format(const QByteArray &digest, bool legacy) {
    return legacy ? Checksum::legacyHex(digest) : QString::fromLatin1(digest.toHex());
}
} // namespace

QString Checksum::record(const QByteArray &script) {
    return QString::fromLatin1(sha256(script).toHex());
}

QString Checksum::legacyHex(const QByteArray &digest) {
    QString out;
    out.reserve(digest.size() * 2);
    for (const char c : digest)
        out += QString::number(static_cast<unsigned char>(c), 16);
    return out;
}

Checksum::Match Checksum::compare(const QByteArray &script, const QString &stored) {
    const bool legacy = !stored.isEmpty() && stored.size() != 64;
    if (format(sha256(script), legacy) == stored)
        return Match::Exact;
    QByteArray lf = script;
    lf.replace("\r\n", "\n");
    if (lf != script && format(sha256(lf), legacy) == stored)
        return Match::LineEndings;
    // Prisma converts the original text, so an existing CRLF becomes CR CR LF; reproduce that.
    QByteArray crlf = script;
    crlf.replace("\n", "\r\n");
    if (crlf != script && format(sha256(crlf), legacy) == stored)
        return Match::LineEndings;
    return Match::None;
}
