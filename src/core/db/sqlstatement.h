// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// One statement of a script, as cut by SqlSplitter, with its position in the script.
/// Lines end at LF, CRLF or a lone CR; columns count Unicode code points (a surrogate pair is one
/// column, a lone surrogate too).
struct SqlStatement {
    QString text; ///< from the first significant token to the end of the last one, without the
                  ///< terminator; comments inside kept, leading and trailing comments/whitespace
                  ///< excluded (MySQL `/*! … */` executable comments are significant)
    qsizetype offset = 0; ///< index (QChar/UTF-16 units) of text's first character in the script
    qsizetype length = 0; ///< text.size()
    qsizetype byteOffset = 0; ///< the same position as a UTF-8 byte offset (for error reports and
                              ///< QScintilla): script.left(offset).toUtf8().size()
    int line = 1;             ///< 1-based line of the first character
    int column = 1;           ///< 1-based column in Unicode code points
};
Q_DECLARE_TYPEINFO(SqlStatement, Q_RELOCATABLE_TYPE);
