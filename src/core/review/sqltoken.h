// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

/// One lexical token of a single SQL statement, as SqlTokenizer cuts it. Comments and whitespace
/// are not tokens.
struct SqlToken {
    enum class Type {
        Word,             ///< keyword or unquoted identifier, as written
        QuotedIdentifier, ///< "…", `…` or […]; `text` is the name without quotes
        String,           ///< a string literal (or a PostgreSQL dollar-quoted body), as written
        Number,
        Punctuation, ///< one character, or `::` (PostgreSQL cast)
    };

    Type type = Type::Word;
    QString text;
    qsizetype offset = 0; ///< QChar index of the token's first character in the statement

    /// Case-insensitive keyword test (unquoted words only: `"table"` is an identifier).
    bool isKeyword(QLatin1StringView keyword) const {
        return type == Type::Word && text.compare(keyword, Qt::CaseInsensitive) == 0;
    }
    bool isPunctuation(QChar c) const {
        return type == Type::Punctuation && text.size() == 1 && text.at(0) == c;
    }
    bool isIdentifier() const { return type == Type::Word || type == Type::QuotedIdentifier; }
};

using SqlTokens = QList<SqlToken>;
