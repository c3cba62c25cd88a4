// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/sqldialect.h"

#include <QByteArray>
#include <Qsci/qscilexersql.h>

namespace KSyntaxHighlighting {
class Theme;
}

/// QScintilla's SQL lexer with the keyword, type and function sets of one dialect (MySQL: `#`
/// comments, backslash escapes, backtick identifiers) and the colours of a KSyntaxHighlighting
/// theme, so the editor looks like the read-only SQL views.
class SqlLexer : public QsciLexerSQL {
    Q_OBJECT
public:
    explicit SqlLexer(SqlDialect dialect, QObject *parent = nullptr);

    SqlDialect dialect() const { return m_dialect; }
    const char *keywords(int set) const override;
    /// Colours, fonts and paper of every style from `theme`.
    void applyTheme(const KSyntaxHighlighting::Theme &theme, const QFont &font);

private:
    SqlDialect m_dialect;
    QByteArray m_keywords;
    QByteArray m_types;
    QByteArray m_functions;
};
