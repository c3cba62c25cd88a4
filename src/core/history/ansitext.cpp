// SPDX-License-Identifier: GPL-3.0-or-later
#include "ansitext.h"

#include <QRegularExpression>

QString AnsiText::strip(const QString &text) {
    if (!text.contains(QChar(0x1B)) && !text.contains(QChar(0x9B)))
        return text;
    static const QRegularExpression escapes(
        QStringLiteral("(?:\\x1B\\][^\\x07\\x1B]*(?:\\x07|\\x1B\\\\))" // OSC … BEL or ST
                       "|(?:(?:\\x1B\\[|\\x{9B})[0-?]*[ -/]*[@-~])"    // CSI … final byte
                       "|(?:\\x1B[@-Z\\\\-_])"));                      // two-byte sequences
    QString out = text;
    out.remove(escapes);
    return out;
}
