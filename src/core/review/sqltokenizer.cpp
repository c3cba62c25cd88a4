// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqltokenizer.h"

namespace {
bool isWordStart(QChar c) {
    return c.isLetter() || c == u'_' || c.unicode() >= 0x80;
}
bool isWordPart(QChar c) {
    return c.isLetterOrNumber() || c == u'_' || c == u'$' || c.unicode() >= 0x80;
}

/// Index just past a quoted run that starts at `i` (the opening quote) and closes with `close`;
/// a doubled closing character is an escaped one; with `backslash`, `\x` is escaped too.
qsizetype skipQuoted(const QString &s, qsizetype i, QChar close, bool backslash) {
    const qsizetype n = s.size();
    ++i;
    while (i < n) {
        const QChar c = s.at(i);
        if (backslash && c == u'\\') {
            i += 2;
            continue;
        }
        if (c == close) {
            if (i + 1 < n && s.at(i + 1) == close && close != u']') {
                i += 2;
                continue;
            }
            return i + 1;
        }
        ++i;
    }
    return n;
}

/// Unquotes an identifier: strips the quotes and undoubles the closing quote.
QString unquote(const QString &quoted, QChar close) {
    QString inner = quoted.mid(1, quoted.size() - (quoted.endsWith(close) ? 2 : 1));
    if (close != u']')
        inner.replace(QString(2, close), QString(close));
    return inner;
}
} // namespace

SqlTokens SqlTokenizer::tokenize(const QString &s, SqlDialect dialect) {
    SqlTokens tokens;
    const qsizetype n = s.size();
    qsizetype i = 0;
    auto add = [&](SqlToken::Type type, qsizetype start, qsizetype end, QString text = {}) {
        tokens.append(SqlToken{type, text.isNull() ? s.mid(start, end - start) : text, start});
    };
    while (i < n) {
        const QChar c = s.at(i);
        const QChar next = i + 1 < n ? s.at(i + 1) : QChar();
        if (c.isSpace()) {
            ++i;
            continue;
        }
        // Comments. MySQL's `--` needs whitespace after it; being tolerant costs nothing here.
        if ((c == u'-' && next == u'-') || (c == u'#' && dialect == SqlDialect::MySQL)) {
            while (i < n && s.at(i) != u'\n' && s.at(i) != u'\r')
                ++i;
            continue;
        }
        if (c == u'/' && next == u'*') {
            int depth = 1;
            i += 2;
            while (i < n && depth > 0) {
                if (s.at(i) == u'*' && i + 1 < n && s.at(i + 1) == u'/') {
                    --depth;
                    i += 2;
                } else if (dialect == SqlDialect::PostgreSQL && s.at(i) == u'/' && i + 1 < n &&
                           s.at(i + 1) == u'*') {
                    ++depth;
                    i += 2;
                } else {
                    ++i;
                }
            }
            continue;
        }
        const qsizetype start = i;
        // Strings: E'…' (PostgreSQL), N'…', X'…', B'…', U&'…' prefixes belong to the literal.
        if ((c == u'E' || c == u'e') && next == u'\'' && dialect == SqlDialect::PostgreSQL) {
            i = skipQuoted(s, i + 1, u'\'', true);
            add(SqlToken::Type::String, start, i);
            continue;
        }
        if (c == u'\'') {
            i = skipQuoted(s, i, u'\'', dialect == SqlDialect::MySQL);
            add(SqlToken::Type::String, start, i);
            continue;
        }
        if (c == u'"') {
            if (dialect == SqlDialect::MySQL) {
                i = skipQuoted(s, i, u'"', true);
                add(SqlToken::Type::String, start, i);
            } else {
                i = skipQuoted(s, i, u'"', false);
                add(SqlToken::Type::QuotedIdentifier, start, i,
                    unquote(s.mid(start, i - start), u'"'));
            }
            continue;
        }
        if (c == u'`' && dialect != SqlDialect::PostgreSQL) {
            i = skipQuoted(s, i, u'`', false);
            add(SqlToken::Type::QuotedIdentifier, start, i, unquote(s.mid(start, i - start), u'`'));
            continue;
        }
        if (c == u'[' && dialect == SqlDialect::SQLite) {
            i = skipQuoted(s, i, u']', false);
            add(SqlToken::Type::QuotedIdentifier, start, i, unquote(s.mid(start, i - start), u']'));
            continue;
        }
        if (c == u'$' && dialect == SqlDialect::PostgreSQL) {
            // $tag$ … $tag$ (a `$1` parameter is a word-ish punctuation here).
            qsizetype j = i + 1;
            while (j < n && (s.at(j).isLetterOrNumber() || s.at(j) == u'_'))
                ++j;
            if (j < n && s.at(j) == u'$' && !(j > i + 1 && s.at(i + 1).isDigit())) {
                const QString tag = s.mid(i, j - i + 1);
                const qsizetype close = s.indexOf(tag, j + 1);
                i = close < 0 ? n : close + tag.size();
                add(SqlToken::Type::String, start, i);
                continue;
            }
        }
        if (c.isDigit() || (c == u'.' && next.isDigit())) {
            while (i < n && (s.at(i).isLetterOrNumber() || s.at(i) == u'.'))
                ++i;
            add(SqlToken::Type::Number, start, i);
            continue;
        }
        if (isWordStart(c)) {
            while (i < n && isWordPart(s.at(i)))
                ++i;
            add(SqlToken::Type::Word, start, i);
            continue;
        }
        if (c == u':' && next == u':') {
            i += 2;
            add(SqlToken::Type::Punctuation, start, i);
            continue;
        }
        ++i;
        add(SqlToken::Type::Punctuation, start, i);
    }
    return tokens;
}
