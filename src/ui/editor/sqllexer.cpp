// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqllexer.h"

#include "query/sqlkeywords.h"

#include <QColor>
#include <QFont>

#include <KSyntaxHighlighting/Theme>

namespace {
QByteArray lowerList(const QStringList &words) {
    return words.join(QLatin1Char(' ')).toLower().toLatin1();
}
} // namespace

SqlLexer::SqlLexer(SqlDialect dialect, QObject *parent)
    : QsciLexerSQL(parent)
    , m_dialect(dialect)
    , m_keywords(lowerList(SqlKeywords::keywords(dialect)))
    , m_types(lowerList(SqlKeywords::types(dialect)))
    , m_functions(lowerList(SqlKeywords::functions(dialect))) {
    const bool my = dialect == SqlDialect::MySQL;
    setBackslashEscapes(my);
    setHashComments(my);
    setQuotedIdentifiers(my);
    setFoldComments(true);
    setFoldCompact(false);
}

const char *SqlLexer::keywords(int set) const {
    switch (set) {
    case 1:
        return m_keywords.constData();
    case 5:
        return m_types.constData();
    case 6:
        return m_functions.constData();
    default:
        return nullptr;
    }
}

void SqlLexer::applyTheme(const KSyntaxHighlighting::Theme &theme, const QFont &font) {
    using KSH = KSyntaxHighlighting::Theme;
    const QColor paper = QColor::fromRgba(theme.editorColor(KSH::BackgroundColor));
    setDefaultPaper(paper);
    setPaper(paper, -1);
    setDefaultFont(font);
    setFont(font, -1);
    auto style = [&](int sciStyle, KSH::TextStyle kshStyle) {
        setColor(QColor::fromRgba(theme.textColor(kshStyle)), sciStyle);
        QFont f = font;
        f.setBold(theme.isBold(kshStyle));
        f.setItalic(theme.isItalic(kshStyle));
        setFont(f, sciStyle);
    };
    style(Default, KSH::Normal);
    style(Identifier, KSH::Normal);
    style(Keyword, KSH::Keyword);
    style(PlusKeyword, KSH::Keyword);
    style(Comment, KSH::Comment);
    style(CommentLine, KSH::Comment);
    style(CommentDoc, KSH::Comment);
    style(CommentLineHash, KSH::Comment);
    style(PlusComment, KSH::Comment);
    style(CommentDocKeyword, KSH::Documentation);
    style(CommentDocKeywordError, KSH::Error);
    style(Number, KSH::DecVal);
    style(SingleQuotedString, KSH::String);
    // "…" is a string in MySQL, an identifier elsewhere.
    style(DoubleQuotedString, m_dialect == SqlDialect::MySQL ? KSH::String : KSH::Variable);
    style(QuotedIdentifier, KSH::Variable);
    style(Operator, KSH::Operator);
    style(QuotedOperator, KSH::Operator);
    style(KeywordSet5, KSH::DataType);
    style(KeywordSet6, KSH::Function);
    style(KeywordSet7, KSH::BuiltIn);
    style(KeywordSet8, KSH::Extension);
}
