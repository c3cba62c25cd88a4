// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/sqldialect.h"
#include "query/sqlcompletion.h"
#include "schema/schemamodel.h"

#include <Qsci/qsciscintilla.h>

class SqlLexer;

/// The SQL text editor: dialect keywords highlighted in the KSyntaxHighlighting theme of the
/// palette (light/dark), line numbers, folding, auto-indent, bracket matching, completion from the
/// introspected schema (Ctrl+Space, after `.`, and while typing a name), and the failing
/// statement's error underlined with the database's message below the line.
/// Positions in the API are QChar offsets into text(); Scintilla's byte positions stay inside.
class SqlCodeEditor : public QsciScintilla {
    Q_OBJECT
public:
    explicit SqlCodeEditor(SqlDialect dialect, QWidget *parent = nullptr);

    SqlDialect dialect() const { return m_dialect; }
    SqlLexer *sqlLexer() const { return m_lexer; }
    void setCatalog(const Schema &schema, const QStringList &namespaces);
    const Schema &catalog() const { return m_schema; }

    qsizetype cursorOffset() const;
    void setCursorOffset(qsizetype offset);
    /// Selection as [start, end) QChar offsets; start == end without a selection.
    std::pair<qsizetype, qsizetype> selectionOffsets() const;

    /// Underlines [offset, offset + length) and shows `message` below its line.
    void markError(qsizetype offset, qsizetype length, const QString &message);
    void clearErrors();
    /// The marked ranges (for tests): pairs of QChar offset and length.
    QList<std::pair<qsizetype, qsizetype>> errorRanges() const;

    /// Computes the candidates at the cursor and shows them (no list when there is none).
    void complete(bool explicitRequest = true);
    const SqlCompletion::Result &lastCompletion() const { return m_completion; }

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void applyTheme();
    int bytePosition(qsizetype offset) const;
    qsizetype charOffset(int bytePosition) const;
    void updateMarginWidth();

    SqlDialect m_dialect;
    SqlLexer *m_lexer;
    Schema m_schema;
    QStringList m_namespaces;
    SqlCompletion::Result m_completion;
    QList<std::pair<qsizetype, qsizetype>> m_errors;
    bool m_applyingTheme = false;
};
