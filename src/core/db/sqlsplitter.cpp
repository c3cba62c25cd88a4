// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlsplitter.h"

#include "mwbtr.h"

#include <QStringView>
#include <QVarLengthArray>

namespace {

bool isSpace(char16_t c) {
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f' || c == u'\v';
}
bool isDigit(char16_t c) {
    return c >= u'0' && c <= u'9';
}
// Every dialect lets non-ASCII characters into identifiers (PostgreSQL: any byte >= 0x80).
bool isIdentStart(char16_t c) {
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_' || c >= 0x80;
}
bool isIdentChar(char16_t c) {
    return isIdentStart(c) || isDigit(c) || c == u'$';
}
bool isDollarTagChar(char16_t c) {
    return isIdentStart(c) || isDigit(c);
}

// Keywords are ASCII; an ASCII-only fold keeps non-ASCII identifiers from matching them.
bool isKeyword(QStringView word, QLatin1String keyword) {
    if (word.size() != keyword.size())
        return false;
    const char *k = keyword.data();
    for (qsizetype i = 0; i < word.size(); ++i) {
        char16_t c = word[i].unicode();
        if (c >= u'a' && c <= u'z')
            c = static_cast<char16_t>(c - (u'a' - u'A'));
        if (c != static_cast<char16_t>(k[i]))
            return false;
    }
    return true;
}

enum class TokenKind { End, Word, Quoted, Symbol, Delimiter, ExecutableComment, Error };

struct Token {
    TokenKind kind = TokenKind::End;
    qsizetype start = 0;
    qsizetype end = 0;
};

enum class Unterminated { String, Identifier, DollarQuote, BlockComment };

/// Tokens of one dialect; whitespace and comments are skipped. Quoted strings and identifiers,
/// dollar quotes and MySQL executable comments are single tokens.
class Lexer {
public:
    Lexer(QStringView text, SqlDialect dialect)
        : m_s(text.utf16())
        , m_n(text.size())
        , m_dialect(dialect) {}

    Token next();
    QStringView text(const Token &token) const {
        return QStringView(m_s + token.start, token.end - token.start);
    }
    void setPosition(qsizetype position) { m_pos = position; }
    /// A mysql-client delimiter other than ";": found anywhere outside quotes and comments, even
    /// inside a word; ";" is then an ordinary character.
    void setDelimiter(QStringView delimiter) {
        m_delimiter = delimiter == u";" ? QString() : delimiter.toString();
    }
    bool hasCustomDelimiter() const { return !m_delimiter.isEmpty(); }
    /// Lex the content of MySQL `/*!…*/` comments as code (to classify a statement).
    void setExecutableCommentsAsCode(bool on) { m_executableAsCode = on; }

    Unterminated error() const { return m_error; }
    QStringView errorTag() const { return m_errorTag; }

private:
    char16_t at(qsizetype i) const { return i < m_n ? m_s[i] : u'\0'; }
    bool delimiterAt(qsizetype i) const {
        const qsizetype size = m_delimiter.size();
        return m_s[i] == m_delimiter.front().unicode() && m_n - i >= size &&
               QStringView(m_s + i, size) == m_delimiter;
    }
    bool mysqlDashComment(qsizetype afterDashes) const {
        if (afterDashes >= m_n)
            return true;
        const char16_t c = m_s[afterDashes];
        return isSpace(c) || c < 0x20 || c == 0x7F;
    }
    // PostgreSQL ends a line comment at CR too; SQLite's tokenizer and the mysql client at LF only.
    void skipLineComment() {
        const bool crEnds = m_dialect == SqlDialect::PostgreSQL;
        while (m_pos < m_n && m_s[m_pos] != u'\n' && !(crEnds && m_s[m_pos] == u'\r'))
            ++m_pos;
    }
    Token fail(Unterminated kind, qsizetype start) {
        m_error = kind;
        m_pos = m_n;
        return {TokenKind::Error, start, start};
    }
    Token word(qsizetype start);
    Token doubledQuote(qsizetype start, qsizetype quote, Unterminated kind);
    Token backslashQuote(qsizetype start, qsizetype quote, Unterminated kind);
    Token bracketQuote(qsizetype start);
    Token dollar(qsizetype start);
    bool blockComment(qsizetype start, Token *token);

    const char16_t *m_s;
    qsizetype m_n;
    SqlDialect m_dialect;
    qsizetype m_pos = 0;
    QString m_delimiter;
    bool m_executableAsCode = false;
    bool m_inExecutable = false;
    Unterminated m_error = Unterminated::String;
    QStringView m_errorTag;
};

Token Lexer::next() {
    while (m_pos < m_n) {
        const qsizetype start = m_pos;
        // The mysql client looks for its delimiter before anything else.
        if (!m_delimiter.isEmpty() && delimiterAt(start)) {
            m_pos += m_delimiter.size();
            return {TokenKind::Delimiter, start, m_pos};
        }
        const char16_t c = m_s[start];
        if (isSpace(c) || (c == 0xFEFF && start == 0)) {
            ++m_pos;
            continue;
        }
        switch (c) {
        case u'-':
            if (at(start + 1) == u'-' &&
                (m_dialect != SqlDialect::MySQL || mysqlDashComment(start + 2))) {
                skipLineComment();
                continue;
            }
            break;
        case u'#':
            if (m_dialect == SqlDialect::MySQL) {
                skipLineComment();
                continue;
            }
            break;
        case u'/':
            if (at(start + 1) == u'*') {
                Token token;
                if (blockComment(start, &token))
                    return token;
                continue;
            }
            break;
        case u'*':
            if (m_inExecutable && at(start + 1) == u'/') {
                m_inExecutable = false;
                m_pos += 2;
                continue;
            }
            break;
        case u'\'':
            if (m_dialect == SqlDialect::MySQL)
                return backslashQuote(start, start, Unterminated::String);
            return doubledQuote(start, start, Unterminated::String);
        case u'"':
            if (m_dialect == SqlDialect::MySQL)
                return backslashQuote(start, start, Unterminated::String);
            return doubledQuote(start, start, Unterminated::Identifier);
        case u'`':
            if (m_dialect != SqlDialect::PostgreSQL)
                return doubledQuote(start, start, Unterminated::Identifier);
            break;
        case u'[':
            if (m_dialect == SqlDialect::SQLite)
                return bracketQuote(start);
            break;
        case u'$':
            if (m_dialect == SqlDialect::PostgreSQL)
                return dollar(start);
            break;
        default:
            break;
        }
        if (isIdentChar(c))
            return word(start);
        ++m_pos;
        return {TokenKind::Symbol, start, m_pos};
    }
    return {TokenKind::End, m_n, m_n};
}

Token Lexer::word(qsizetype start) {
    // PostgreSQL numbers stop at '$': "1$a$" is 1 followed by a dollar quote.
    const bool stopAtDollar = m_dialect == SqlDialect::PostgreSQL && isDigit(m_s[start]);
    const bool delimited = !m_delimiter.isEmpty();
    qsizetype end = start + 1;
    while (end < m_n && isIdentChar(m_s[end]) && !(stopAtDollar && m_s[end] == u'$') &&
           !(delimited && delimiterAt(end)))
        ++end;
    if (m_dialect == SqlDialect::PostgreSQL && end == start + 1 && at(end) == u'\'' &&
        (m_s[start] == u'E' || m_s[start] == u'e'))
        return backslashQuote(start, end, Unterminated::String);
    m_pos = end;
    return {TokenKind::Word, start, end};
}

// '…' where a doubled quote stands for one (SQL standard); also "…" and `…` identifiers.
Token Lexer::doubledQuote(qsizetype start, qsizetype quote, Unterminated kind) {
    const char16_t q = m_s[quote];
    for (qsizetype i = quote + 1; i < m_n; ++i) {
        if (m_s[i] != q)
            continue;
        if (i + 1 < m_n && m_s[i + 1] == q) {
            ++i;
            continue;
        }
        m_pos = i + 1;
        return {TokenKind::Quoted, start, m_pos};
    }
    return fail(kind, start);
}

// MySQL strings and PostgreSQL E'…': a backslash escapes the next character, '' works too.
Token Lexer::backslashQuote(qsizetype start, qsizetype quote, Unterminated kind) {
    const char16_t q = m_s[quote];
    for (qsizetype i = quote + 1; i < m_n; ++i) {
        const char16_t c = m_s[i];
        if (c == u'\\') {
            ++i;
            continue;
        }
        if (c != q)
            continue;
        if (i + 1 < m_n && m_s[i + 1] == q) {
            ++i;
            continue;
        }
        m_pos = i + 1;
        return {TokenKind::Quoted, start, m_pos};
    }
    return fail(kind, start);
}

Token Lexer::bracketQuote(qsizetype start) {
    for (qsizetype i = start + 1; i < m_n; ++i) {
        if (m_s[i] == u']') {
            m_pos = i + 1;
            return {TokenKind::Quoted, start, m_pos};
        }
    }
    return fail(Unterminated::Identifier, start);
}

Token Lexer::dollar(qsizetype start) {
    qsizetype i = start + 1;
    if (isDigit(at(i))) { // $1: a positional parameter, not a quote
        while (isDigit(at(i)))
            ++i;
        m_pos = i;
        return {TokenKind::Symbol, start, i};
    }
    if (i < m_n && isIdentStart(m_s[i])) {
        while (i < m_n && isDollarTagChar(m_s[i]))
            ++i;
    }
    if (at(i) != u'$') { // "$abc" without the closing '$' is an operator character and a word
        m_pos = start + 1;
        return {TokenKind::Symbol, start, m_pos};
    }
    const QStringView tag(m_s + start, i + 1 - start);
    // The body ends at the first exact "$tag$": what PostgreSQL's lexer does, one '$' at a time.
    const qsizetype close = QStringView(m_s, m_n).indexOf(tag, i + 1);
    if (close < 0) {
        m_errorTag = tag;
        return fail(Unterminated::DollarQuote, start);
    }
    m_pos = close + tag.size();
    return {TokenKind::Quoted, start, m_pos};
}

/// Skips a comment, or returns true with *token set (executable comment or error).
bool Lexer::blockComment(qsizetype start, Token *token) {
    const QStringView all(m_s, m_n);
    switch (m_dialect) {
    case SqlDialect::PostgreSQL: {
        // Nested, like PostgreSQL's lexer: every "/*" opens, every "*/" closes one level.
        int depth = 1;
        qsizetype i = start + 2;
        while (i < m_n) {
            if (m_s[i] == u'*' && at(i + 1) == u'/') {
                i += 2;
                if (--depth == 0)
                    break;
            } else if (m_s[i] == u'/' && at(i + 1) == u'*') {
                i += 2;
                ++depth;
            } else {
                ++i;
            }
        }
        if (depth > 0) {
            *token = fail(Unterminated::BlockComment, start);
            return true;
        }
        m_pos = i;
        return false;
    }
    case SqlDialect::MySQL: {
        const bool executable =
            at(start + 2) == u'!' || (at(start + 2) == u'M' && at(start + 3) == u'!');
        if (executable && m_executableAsCode) {
            m_pos = start + (at(start + 2) == u'!' ? 3 : 4);
            while (isDigit(at(m_pos))) // the version number
                ++m_pos;
            m_inExecutable = true;
            return false;
        }
        const qsizetype close = all.indexOf(u"*/", start + 2);
        if (close < 0) {
            *token = fail(Unterminated::BlockComment, start);
            return true;
        }
        m_pos = close + 2;
        if (!executable)
            return false;
        // `/*!50003 CREATE */` is code on the server: part of the statement, opaque for splitting.
        *token = {TokenKind::ExecutableComment, start, m_pos};
        return true;
    }
    case SqlDialect::SQLite: {
        // SQLite ends an unterminated comment at the end of the input without complaint.
        const qsizetype close = all.indexOf(u"*/", start + 2);
        m_pos = close < 0 ? m_n : close + 2;
        return false;
    }
    }
    return false;
}

/// Line, column and UTF-8 offset of increasing positions, in one pass over the text.
class PositionTracker {
public:
    explicit PositionTracker(QStringView text)
        : m_s(text.utf16())
        , m_n(text.size()) {}

    void advanceTo(qsizetype target) {
        if (target < m_pos) // callers only go forward; restarting keeps it correct regardless
            *this = PositionTracker(QStringView(m_s, m_n));
        for (; m_pos < target; ++m_pos) {
            const char16_t c = m_s[m_pos];
            if (c == u'\n' || (c == u'\r' && !(m_pos + 1 < m_n && m_s[m_pos + 1] == u'\n'))) {
                ++m_line;
                m_column = 1;
                ++m_bytes;
            } else if (c < 0x80) {
                ++m_column;
                ++m_bytes;
            } else if (c < 0x800) {
                ++m_column;
                m_bytes += 2;
            } else if (QChar::isHighSurrogate(c) && m_pos + 1 < m_n &&
                       QChar::isLowSurrogate(m_s[m_pos + 1])) {
                ++m_column;
                m_bytes += 4;
                ++m_pos; // the low surrogate; statements never start between the two
            } else if (QChar::isSurrogate(c)) {
                ++m_column;
                ++m_bytes; // QString::toUtf8() writes '?' for a lone surrogate
            } else {
                ++m_column;
                m_bytes += 3;
            }
        }
    }
    qsizetype bytes() const { return m_bytes; }
    int line() const { return m_line; }
    int column() const { return m_column; }

private:
    const char16_t *m_s;
    qsizetype m_n;
    qsizetype m_pos = 0;
    qsizetype m_bytes = 0;
    int m_line = 1;
    int m_column = 1;
};

QString unterminatedMessage(Unterminated kind, QStringView tag, int line, int column) {
    switch (kind) {
    case Unterminated::String:
        return MwbTr::tr("Unterminated string literal starting at line %1, column %2")
            .arg(line)
            .arg(column);
    case Unterminated::Identifier:
        return MwbTr::tr("Unterminated quoted identifier starting at line %1, column %2")
            .arg(line)
            .arg(column);
    case Unterminated::DollarQuote:
        return MwbTr::tr("Unterminated dollar-quoted string %1 starting at line %2, column %3")
            .arg(tag.toString())
            .arg(line)
            .arg(column);
    case Unterminated::BlockComment:
        return MwbTr::tr("Unterminated block comment starting at line %1, column %2")
            .arg(line)
            .arg(column);
    }
    return {};
}

/// The statement-level pass over the lexer's tokens.
class Splitter {
public:
    Splitter(const QString &script, SqlDialect dialect)
        : m_script(script)
        , m_dialect(dialect)
        , m_lexer(script, dialect)
        , m_positions(script) {}

    SqlSplitResult run();

private:
    /// What the first words of a statement say about BEGIN … END bodies.
    enum class Head { Start, Create, Begin, BeginNot, Compound, Plain };
    struct State {
        qsizetype start = -1; ///< first significant token, -1 before it
        qsizetype end = -1;   ///< end of the last significant token (but a trailing ';')
        Head head = Head::Start;
        int headWords = 0;
        int definerWords = -1; ///< MySQL: words of the DEFINER user seen, -1 outside it
        int depth = 0;         ///< open BEGIN/CASE in a compound body
        qsizetype blockStart = -1;
        qsizetype beginStart = -1;
        int parens = 0;          ///< PostgreSQL: like psql, `;` inside parentheses does not split
        bool pendingEnd = false; ///< MySQL: END seen, the next word says what it closed
    };
    enum class Directive { None, Done, Failed };

    void significant(const Token &token);
    void advanceHead(QStringView word, qsizetype start);
    void trackBlock(QStringView word, qsizetype start);
    void open(qsizetype start) {
        if (m_state.depth++ == 0)
            m_state.blockStart = start;
    }
    void resolvePendingEnd() {
        if (m_state.pendingEnd) {
            m_state.pendingEnd = false;
            --m_state.depth;
        }
    }
    bool isRoutineKind(QStringView word) const;
    bool isCreateModifier(QStringView word) const;
    Directive delimiterDirective(const Token &token);
    void emitStatement();
    void fail(const QString &message, qsizetype offset);

    const QString &m_script;
    SqlDialect m_dialect;
    Lexer m_lexer;
    PositionTracker m_positions;
    State m_state;
    SqlSplitResult m_result;
};

SqlSplitResult Splitter::run() {
    for (;;) {
        const Token token = m_lexer.next();
        switch (token.kind) {
        case TokenKind::Error:
            m_positions.advanceTo(token.start);
            fail(unterminatedMessage(m_lexer.error(), m_lexer.errorTag(), m_positions.line(),
                                     m_positions.column()),
                 token.start);
            return m_result;
        case TokenKind::End:
            resolvePendingEnd();
            if (m_state.depth > 0) {
                m_positions.advanceTo(m_state.blockStart);
                fail(MwbTr::tr("Unterminated BEGIN ... END block starting at line %1, column %2: "
                               "END is missing")
                         .arg(m_positions.line())
                         .arg(m_positions.column()),
                     m_state.blockStart);
                return m_result;
            }
            emitStatement();
            return m_result;
        case TokenKind::Delimiter: // the user's explicit delimiter ends the statement, body or not
            resolvePendingEnd();
            emitStatement();
            continue;
        default:
            break;
        }
        if (token.kind == TokenKind::Symbol && m_script.at(token.start) == u';' &&
            !m_lexer.hasCustomDelimiter()) {
            resolvePendingEnd();
            if (m_state.depth == 0 && m_state.parens == 0) {
                emitStatement();
                continue;
            }
        }
        if (m_dialect == SqlDialect::MySQL && token.kind == TokenKind::Word && m_state.start < 0 &&
            isKeyword(m_lexer.text(token), QLatin1String("DELIMITER"))) {
            const Directive directive = delimiterDirective(token);
            if (directive == Directive::Failed)
                return m_result;
            if (directive == Directive::Done)
                continue;
        }
        significant(token);
    }
}

void Splitter::significant(const Token &token) {
    if (m_state.start < 0)
        m_state.start = token.start;
    // Under a DELIMITER the mysql client drops trailing semicolons, and so empty statements ";".
    if (!m_lexer.hasCustomDelimiter() || token.kind != TokenKind::Symbol ||
        m_script.at(token.start) != u';')
        m_state.end = token.end;
    const QStringView word = token.kind == TokenKind::Word ? m_lexer.text(token) : QStringView();
    if (m_state.pendingEnd) {
        m_state.pendingEnd = false;
        // END IF / END LOOP / END WHILE / END REPEAT close constructs that were never counted.
        if (isKeyword(word, QLatin1String("IF")) || isKeyword(word, QLatin1String("LOOP")) ||
            isKeyword(word, QLatin1String("WHILE")) || isKeyword(word, QLatin1String("REPEAT")))
            return;
        --m_state.depth; // END CASE closes a CASE, a bare END the innermost BEGIN or CASE
        if (isKeyword(word, QLatin1String("CASE")))
            return;
    }
    if (token.kind == TokenKind::Symbol && m_dialect == SqlDialect::PostgreSQL) {
        const QChar c = m_script.at(token.start);
        if (c == u'(')
            ++m_state.parens;
        else if (c == u')' && m_state.parens > 0)
            --m_state.parens;
    }
    if (token.kind != TokenKind::Word)
        return;
    if (m_state.head == Head::Compound)
        trackBlock(word, token.start);
    else if (m_state.head != Head::Plain)
        advanceHead(word, token.start);
}

bool Splitter::isRoutineKind(QStringView word) const {
    switch (m_dialect) {
    case SqlDialect::PostgreSQL:
        return isKeyword(word, QLatin1String("FUNCTION")) ||
               isKeyword(word, QLatin1String("PROCEDURE"));
    case SqlDialect::MySQL:
        return isKeyword(word, QLatin1String("PROCEDURE")) ||
               isKeyword(word, QLatin1String("FUNCTION")) ||
               isKeyword(word, QLatin1String("TRIGGER")) || isKeyword(word, QLatin1String("EVENT"));
    case SqlDialect::SQLite:
        return isKeyword(word, QLatin1String("TRIGGER"));
    }
    return false;
}

bool Splitter::isCreateModifier(QStringView word) const {
    switch (m_dialect) {
    case SqlDialect::PostgreSQL:
        return isKeyword(word, QLatin1String("OR")) || isKeyword(word, QLatin1String("REPLACE"));
    case SqlDialect::MySQL:
        return isKeyword(word, QLatin1String("OR")) || isKeyword(word, QLatin1String("REPLACE")) ||
               isKeyword(word, QLatin1String("DEFINER")) ||
               isKeyword(word, QLatin1String("AGGREGATE")) ||
               isKeyword(word, QLatin1String("SQL")) ||
               isKeyword(word, QLatin1String("SECURITY")) ||
               isKeyword(word, QLatin1String("INVOKER"));
    case SqlDialect::SQLite:
        return isKeyword(word, QLatin1String("TEMP")) ||
               isKeyword(word, QLatin1String("TEMPORARY"));
    }
    return false;
}

// Only the definitions of routines and triggers have bodies whose semicolons do not split.
void Splitter::advanceHead(QStringView word, qsizetype start) {
    if (++m_state.headWords > 16) {
        m_state.head = Head::Plain;
        return;
    }
    switch (m_state.head) {
    case Head::Start:
        if (isKeyword(word, QLatin1String("CREATE"))) {
            m_state.head = Head::Create;
        } else if (m_dialect == SqlDialect::MySQL && isKeyword(word, QLatin1String("BEGIN"))) {
            m_state.head = Head::Begin; // MariaDB's BEGIN NOT ATOMIC, or a transaction
            m_state.beginStart = start;
        } else {
            m_state.head = Head::Plain;
        }
        return;
    case Head::Begin:
        m_state.head = isKeyword(word, QLatin1String("NOT")) ? Head::BeginNot : Head::Plain;
        return;
    case Head::BeginNot:
        if (isKeyword(word, QLatin1String("ATOMIC"))) {
            m_state.head = Head::Compound;
            open(m_state.beginStart);
        } else {
            m_state.head = Head::Plain;
        }
        return;
    case Head::Create:
        if (isRoutineKind(word)) {
            m_state.head = Head::Compound;
        } else if (isCreateModifier(word)) {
            if (isKeyword(word, QLatin1String("DEFINER")))
                m_state.definerWords = 0;
        } else if (m_dialect == SqlDialect::MySQL && m_state.definerWords >= 0 &&
                   m_state.definerWords < 2) {
            ++m_state.definerWords; // DEFINER = user@host, CURRENT_USER
        } else {
            m_state.head = Head::Plain;
        }
        return;
    case Head::Compound:
    case Head::Plain:
        return;
    }
}

void Splitter::trackBlock(QStringView word, qsizetype start) {
    const bool begin = isKeyword(word, QLatin1String("BEGIN"));
    const bool caseWord = isKeyword(word, QLatin1String("CASE"));
    const bool end = isKeyword(word, QLatin1String("END"));
    switch (m_dialect) {
    case SqlDialect::PostgreSQL:
        // psql's heuristic: outside parentheses, BEGIN opens, CASE opens inside a body, END closes.
        if (m_state.parens > 0)
            return;
        if (begin || (caseWord && m_state.depth > 0))
            open(start);
        else if (end && m_state.depth > 0)
            --m_state.depth;
        return;
    case SqlDialect::MySQL:
        if (begin || caseWord)
            open(start);
        else if (end && m_state.depth > 0)
            m_state.pendingEnd = true;
        return;
    case SqlDialect::SQLite:
        if (begin || caseWord)
            open(start);
        else if (end && m_state.depth > 0)
            --m_state.depth;
        return;
    }
}

// The mysql client's `DELIMITER xx` command: a line of its own between statements; the first
// argument (optionally quoted) is the new delimiter, the rest of the line is ignored.
Splitter::Directive Splitter::delimiterDirective(const Token &token) {
    const char16_t *s = QStringView(m_script).utf16();
    const qsizetype n = m_script.size();
    qsizetype i = token.start - 1;
    while (i >= 0 && (s[i] == u' ' || s[i] == u'\t'))
        --i;
    if (i >= 0 && s[i] != u'\n' && s[i] != u'\r' && !(i == 0 && s[0] == 0xFEFF))
        return Directive::None;
    i = token.end;
    if (i < n && !isSpace(s[i]))
        return Directive::None; // DELIMITER( or DELIMITER; is SQL for the server to reject
    while (i < n && (s[i] == u' ' || s[i] == u'\t'))
        ++i;
    qsizetype first = i;
    qsizetype last = i;
    if (i < n && (s[i] == u'\'' || s[i] == u'"' || s[i] == u'`')) {
        first = i + 1;
        last = first;
        while (last < n && s[last] != s[i] && s[last] != u'\n' && s[last] != u'\r')
            ++last;
    } else {
        while (last < n && !isSpace(s[last]))
            ++last;
    }
    const QStringView delimiter(s + first, last - first);
    m_positions.advanceTo(token.start);
    const int line = m_positions.line();
    const int column = m_positions.column();
    if (delimiter.isEmpty()) {
        fail(MwbTr::tr("DELIMITER at line %1, column %2 is not followed by a delimiter")
                 .arg(line)
                 .arg(column),
             token.start);
        return Directive::Failed;
    }
    if (delimiter.contains(u'\\')) {
        fail(MwbTr::tr("The delimiter set at line %1, column %2 contains a backslash")
                 .arg(line)
                 .arg(column),
             token.start);
        return Directive::Failed;
    }
    // The mysql client keeps at most 15 bytes of a delimiter and silently drops the rest.
    if (delimiter.size() > 15) {
        fail(MwbTr::tr("The delimiter set at line %1, column %2 is longer than 15 characters")
                 .arg(line)
                 .arg(column),
             token.start);
        return Directive::Failed;
    }
    if (!delimiter.isValidUtf16()) {
        fail(MwbTr::tr("The delimiter set at line %1, column %2 is not valid text")
                 .arg(line)
                 .arg(column),
             token.start);
        return Directive::Failed;
    }
    m_lexer.setDelimiter(delimiter);
    i = last;
    while (i < n && s[i] != u'\n') // the client reads lines; the rest of this one is ignored
        ++i;
    m_lexer.setPosition(i);
    return Directive::Done;
}

void Splitter::emitStatement() {
    if (m_state.start >= 0 && m_state.end > m_state.start) {
        m_positions.advanceTo(m_state.start);
        SqlStatement statement;
        statement.text = m_script.mid(m_state.start, m_state.end - m_state.start);
        statement.offset = m_state.start;
        statement.length = statement.text.size();
        statement.byteOffset = m_positions.bytes();
        statement.line = m_positions.line();
        statement.column = m_positions.column();
        m_result.statements.append(std::move(statement));
    }
    m_state = State();
}

void Splitter::fail(const QString &message, qsizetype offset) {
    m_positions.advanceTo(offset);
    m_result.error = message;
    m_result.errorOffset = offset;
    m_result.errorLine = m_positions.line();
    m_result.errorColumn = m_positions.column();
}

/// The first tokens of a statement, to classify it.
class LeadingTokens {
public:
    LeadingTokens(const QString &text, SqlDialect dialect)
        : m_lexer(text, dialect) {
        m_lexer.setExecutableCommentsAsCode(true);
        while (m_tokens.size() < m_tokens.capacity()) {
            const Token token = m_lexer.next();
            if (token.kind == TokenKind::End || token.kind == TokenKind::Error)
                break;
            if (token.kind != TokenKind::Delimiter)
                m_tokens.append(token);
        }
    }
    qsizetype size() const { return m_tokens.size(); }
    bool is(qsizetype k, const char *keyword) const {
        return k < m_tokens.size() && m_tokens[k].kind == TokenKind::Word &&
               isKeyword(m_lexer.text(m_tokens[k]), QLatin1String(keyword));
    }
    bool symbol(qsizetype k, char16_t c) const {
        return k < m_tokens.size() && m_tokens[k].kind == TokenKind::Symbol &&
               m_lexer.text(m_tokens[k]) == QStringView(&c, 1);
    }
    bool hasWord(const char *keyword, qsizetype from = 0) const {
        for (qsizetype k = from; k < m_tokens.size(); ++k) {
            if (is(k, keyword))
                return true;
        }
        return false;
    }
    bool hasWords(const char *first, const char *second) const {
        for (qsizetype k = 0; k + 1 < m_tokens.size(); ++k) {
            if (is(k, first) && is(k + 1, second))
                return true;
        }
        return false;
    }
    QString upper(qsizetype k) const {
        return k < m_tokens.size() ? m_lexer.text(m_tokens[k]).toString().toUpper() : QString();
    }

private:
    Lexer m_lexer;
    QVarLengthArray<Token, 16> m_tokens;
};

QString controlsTransaction(const QString &command) {
    return MwbTr::tr("%1 starts or ends a transaction itself").arg(command);
}

QString notInTransactionBlock(const QString &command) {
    return MwbTr::tr("%1 cannot run inside a transaction block").arg(command);
}

QString postgresReason(const LeadingTokens &t) {
    if (t.is(0, "ABORT"))
        return controlsTransaction(QStringLiteral("ABORT"));
    if (t.is(0, "PREPARE") && t.is(1, "TRANSACTION"))
        return controlsTransaction(QStringLiteral("PREPARE TRANSACTION"));
    if (t.is(0, "VACUUM"))
        return notInTransactionBlock(QStringLiteral("VACUUM"));
    if (t.is(0, "CREATE") || t.is(0, "DROP")) {
        const QString verb = t.upper(0);
        const qsizetype k = t.is(1, "UNIQUE") ? 2 : 1;
        if (t.is(k, "INDEX") && t.is(k + 1, "CONCURRENTLY"))
            return notInTransactionBlock(verb + QStringLiteral(" INDEX CONCURRENTLY"));
        if (t.is(1, "DATABASE") || t.is(1, "TABLESPACE"))
            return notInTransactionBlock(verb + QLatin1Char(' ') + t.upper(1));
        return {};
    }
    if (t.is(0, "REINDEX")) {
        // REINDEX [(options)] kind [CONCURRENTLY] name; CONCURRENTLY may also be an option.
        qsizetype k = 1;
        if (t.symbol(k, u'(')) {
            while (k < t.size() && !t.symbol(k, u')'))
                ++k;
            ++k;
        }
        if (t.is(k, "SCHEMA") || t.is(k, "DATABASE") || t.is(k, "SYSTEM"))
            return notInTransactionBlock(QStringLiteral("REINDEX ") + t.upper(k));
        if (t.hasWord("CONCURRENTLY", 1))
            return notInTransactionBlock(QStringLiteral("REINDEX CONCURRENTLY"));
        return {};
    }
    if (t.is(0, "ALTER")) {
        if (t.is(1, "SYSTEM"))
            return notInTransactionBlock(QStringLiteral("ALTER SYSTEM"));
        if (t.is(1, "DATABASE") && t.hasWords("SET", "TABLESPACE"))
            return notInTransactionBlock(QStringLiteral("ALTER DATABASE ... SET TABLESPACE"));
        if (t.is(1, "TYPE") && t.hasWords("ADD", "VALUE"))
            return MwbTr::tr(
                "ALTER TYPE ... ADD VALUE cannot run inside a transaction block before "
                "PostgreSQL 12, and the new value cannot be used before it commits");
    }
    return {};
}

QString mysqlReason(const LeadingTokens &t) {
    if (t.is(0, "XA"))
        return controlsTransaction(QStringLiteral("XA"));
    qsizetype k = 1;
    if (t.is(0, "CREATE") && t.is(1, "OR") && t.is(2, "REPLACE"))
        k = 3;
    // Temporary tables are the exception: creating or dropping one does not commit.
    if ((t.is(0, "CREATE") || t.is(0, "DROP")) && t.is(k, "TEMPORARY"))
        return {};
    static const char *const committing[] = {
        "CREATE", "ALTER",   "DROP",     "RENAME", "TRUNCATE", "GRANT",   "REVOKE",    "LOCK",
        "UNLOCK", "ANALYZE", "OPTIMIZE", "REPAIR", "FLUSH",    "INSTALL", "UNINSTALL",
    };
    for (const char *keyword : committing) {
        if (t.is(0, keyword))
            return MwbTr::tr("%1 commits the current transaction implicitly in MySQL and MariaDB")
                .arg(t.upper(0));
    }
    return {};
}

QString sqliteReason(const LeadingTokens &t) {
    if (t.is(0, "VACUUM") || t.is(0, "ATTACH"))
        return notInTransactionBlock(t.upper(0));
    if (t.is(0, "PRAGMA")) {
        const qsizetype k = t.symbol(2, u'.') ? 3 : 1; // PRAGMA schema.name
        const bool sets = t.symbol(k + 1, u'=') || t.symbol(k + 1, u'(');
        if (sets && t.is(k, "FOREIGN_KEYS"))
            return MwbTr::tr("PRAGMA foreign_keys is a no-op inside a transaction");
        if (sets && t.is(k, "JOURNAL_MODE"))
            return MwbTr::tr("PRAGMA journal_mode cannot switch to or from WAL inside a "
                             "transaction");
    }
    return {};
}

QString nonTransactionalReason(const LeadingTokens &t, SqlDialect dialect) {
    if (t.is(0, "BEGIN")) {
        if (dialect == SqlDialect::MySQL && t.is(1, "NOT") && t.is(2, "ATOMIC"))
            return {}; // MariaDB's anonymous compound statement
        return controlsTransaction(QStringLiteral("BEGIN"));
    }
    if (t.is(0, "START") && t.is(1, "TRANSACTION"))
        return controlsTransaction(QStringLiteral("START TRANSACTION"));
    for (const char *keyword : {"COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE"}) {
        if (t.is(0, keyword))
            return controlsTransaction(t.upper(0));
    }
    switch (dialect) {
    case SqlDialect::PostgreSQL:
        return postgresReason(t);
    case SqlDialect::MySQL:
        return mysqlReason(t);
    case SqlDialect::SQLite:
        return sqliteReason(t);
    }
    return {};
}

} // namespace

SqlSplitResult SqlSplitter::split(const QString &script, SqlDialect dialect) {
    return Splitter(script, dialect).run();
}

bool SqlSplitter::isNonTransactional(const SqlStatement &statement, SqlDialect dialect,
                                     QString *reason) {
    const QString why = nonTransactionalReason(LeadingTokens(statement.text, dialect), dialect);
    if (reason)
        *reason = why;
    return !why.isEmpty();
}
