// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlcodeeditor.h"

#include "sqllexer.h"
#include "viewers/highlightingrepository.h"

#include <QEvent>
#include <QFontDatabase>
#include <QKeyEvent>
#include <Qsci/qscistyle.h>

#include <KSyntaxHighlighting/Theme>

namespace {
constexpr int kErrorIndicator = 8;
constexpr int kCompletionListId = 1;
constexpr int kAnnotationStyle = 100; ///< beyond the lexer's styles
} // namespace

SqlCodeEditor::SqlCodeEditor(SqlDialect dialect, QWidget *parent)
    : QsciScintilla(parent)
    , m_dialect(dialect)
    , m_lexer(new SqlLexer(dialect, this)) {
    setObjectName(QStringLiteral("sqlCodeEditor"));
    setUtf8(true);
    setLexer(m_lexer);
    setMarginType(0, NumberMargin);
    setMarginLineNumbers(0, true);
    setFolding(BoxedTreeFoldStyle, 2);
    setAutoIndent(true);
    setIndentationsUseTabs(false);
    setIndentationWidth(4);
    setTabWidth(4);
    setBraceMatching(SloppyBraceMatch);
    setCaretLineVisible(true);
    setEolMode(EolUnix);
    setAnnotationDisplay(AnnotationBoxed);
    indicatorDefine(SquiggleIndicator, kErrorIndicator);
    setIndicatorForegroundColor(QColor(0xe0, 0x1b, 0x24), kErrorIndicator);
    // The horizontal scroll bar follows the longest line instead of a fixed 2000 pixels.
    SendScintilla(SCI_SETSCROLLWIDTH, 1);
    SendScintilla(SCI_SETSCROLLWIDTHTRACKING, 1);
    // Completion lists keep our order (columns first), not Scintilla's alphabetical one.
    SendScintilla(SCI_AUTOCSETORDER, SC_ORDER_CUSTOM);
    SendScintilla(SCI_AUTOCSETIGNORECASE, 1);
    setAutoCompletionSource(AcsNone);
    connect(this, &QsciScintilla::userListActivated, this, [this](int id, const QString &label) {
        if (id != kCompletionListId)
            return;
        QString insert = label;
        for (const SqlCompletion::Item &item : std::as_const(m_completion.items)) {
            if (item.label == label) {
                insert = item.insert;
                break;
            }
        }
        const int from = bytePosition(m_completion.start);
        const int to = static_cast<int>(SendScintilla(SCI_GETCURRENTPOS));
        SendScintilla(SCI_SETSEL, from, to);
        replaceSelectedText(insert);
    });
    connect(this, &QsciScintilla::linesChanged, this, &SqlCodeEditor::updateMarginWidth);
    connect(this, &QsciScintilla::SCN_CHARADDED, this, [this](int ch) {
        // While typing: after a dot, and once a name has two characters.
        if (ch == '.') {
            complete(false);
        } else if (QChar(ch).isLetterOrNumber() || ch == '_') {
            const qsizetype cursor = cursorOffset();
            const QString t = text();
            qsizetype start = cursor;
            while (start > 0 && (t.at(start - 1).isLetterOrNumber() || t.at(start - 1) == u'_'))
                --start;
            if (cursor - start >= 2 || isListActive())
                complete(false);
        }
    });
    applyTheme();
    updateMarginWidth();
}

void SqlCodeEditor::applyTheme() {
    if (m_applyingTheme)
        return;
    m_applyingTheme = true;
    using KSH = KSyntaxHighlighting::Theme;
    const KSH theme = HighlightingRepository::themeFor(palette());
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_lexer->applyTheme(theme, font);
    auto color = [&](KSH::EditorColorRole role) {
        return QColor::fromRgba(theme.editorColor(role));
    };
    setMarginsFont(font);
    setMarginsBackgroundColor(color(KSH::IconBorder));
    setMarginsForegroundColor(color(KSH::LineNumbers));
    setFoldMarginColors(color(KSH::IconBorder), color(KSH::IconBorder));
    setCaretLineBackgroundColor(color(KSH::CurrentLine));
    setCaretForegroundColor(QColor::fromRgba(theme.textColor(KSH::Normal)));
    setSelectionBackgroundColor(color(KSH::TextSelection));
    setMatchedBraceBackgroundColor(color(KSH::BracketMatching));
    setMatchedBraceForegroundColor(QColor::fromRgba(theme.textColor(KSH::Normal)));
    setUnmatchedBraceForegroundColor(QColor::fromRgba(theme.textColor(KSH::Error)));
    // The annotation below a failing line: the theme's error colour on a tinted background.
    const QColor error = QColor::fromRgba(theme.textColor(KSH::Error));
    const QColor paper = color(KSH::BackgroundColor);
    const QColor mixed((paper.red() * 4 + error.red()) / 5, (paper.green() * 4 + error.green()) / 5,
                       (paper.blue() * 4 + error.blue()) / 5);
    // The caret line of the annotation lines up with the code: same fixed font.
    const QByteArray family = font.family().toUtf8();
    SendScintilla(SCI_STYLESETFONT, kAnnotationStyle, family.constData());
    SendScintilla(SCI_STYLESETSIZE, kAnnotationStyle, qMax(1, font.pointSize()));
    SendScintilla(SCI_STYLESETFORE, kAnnotationStyle, error);
    SendScintilla(SCI_STYLESETBACK, kAnnotationStyle, mixed);
    SendScintilla(SCI_ANNOTATIONSETSTYLEOFFSET, 0);
    m_applyingTheme = false;
}

void SqlCodeEditor::changeEvent(QEvent *event) {
    QsciScintilla::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyTheme();
}

void SqlCodeEditor::keyPressEvent(QKeyEvent *event) {
    if (event->key() == Qt::Key_Space && event->modifiers() == Qt::ControlModifier) {
        complete(true);
        return;
    }
    QsciScintilla::keyPressEvent(event);
}

void SqlCodeEditor::updateMarginWidth() {
    setMarginWidth(0, QStringLiteral("0%1").arg(qMax(lines(), 100)));
}

int SqlCodeEditor::bytePosition(qsizetype offset) const {
    return static_cast<int>(text().left(offset).toUtf8().size());
}

qsizetype SqlCodeEditor::charOffset(int bytePos) const {
    // The editor's text is UTF-8 inside Scintilla.
    const QByteArray bytes = text().toUtf8();
    return QString::fromUtf8(bytes.left(bytePos)).size();
}

qsizetype SqlCodeEditor::cursorOffset() const {
    return charOffset(static_cast<int>(SendScintilla(SCI_GETCURRENTPOS)));
}

void SqlCodeEditor::setCursorOffset(qsizetype offset) {
    const int pos = bytePosition(offset);
    SendScintilla(SCI_GOTOPOS, pos);
}

std::pair<qsizetype, qsizetype> SqlCodeEditor::selectionOffsets() const {
    const int start = static_cast<int>(SendScintilla(SCI_GETSELECTIONSTART));
    const int end = static_cast<int>(SendScintilla(SCI_GETSELECTIONEND));
    return {charOffset(start), charOffset(end)};
}

void SqlCodeEditor::markError(qsizetype offset, qsizetype length, const QString &message) {
    const int from = bytePosition(offset);
    const int to = bytePosition(offset + qMax<qsizetype>(1, length));
    SendScintilla(SCI_SETINDICATORCURRENT, kErrorIndicator);
    SendScintilla(SCI_INDICATORFILLRANGE, from, to - from);
    const int line = static_cast<int>(SendScintilla(SCI_LINEFROMPOSITION, from));
    const int column = static_cast<int>(SendScintilla(SCI_GETCOLUMN, from));
    // The message starts under the error: a caret line first, like psql.
    const QString annotation = QString(column, u' ') + QStringLiteral("^ ") + message;
    const QByteArray utf8 = annotation.toUtf8();
    SendScintilla(SCI_ANNOTATIONSETTEXT, line, utf8.constData());
    SendScintilla(SCI_ANNOTATIONSETSTYLE, line, kAnnotationStyle);
    m_errors.append({offset, length});
    ensureLineVisible(line);
}

void SqlCodeEditor::clearErrors() {
    SendScintilla(SCI_SETINDICATORCURRENT, kErrorIndicator);
    SendScintilla(SCI_INDICATORCLEARRANGE, 0, SendScintilla(SCI_GETLENGTH));
    clearAnnotations();
    m_errors.clear();
}

QList<std::pair<qsizetype, qsizetype>> SqlCodeEditor::errorRanges() const {
    return m_errors;
}

void SqlCodeEditor::setCatalog(const Schema &schema, const QStringList &namespaces) {
    m_schema = schema;
    m_namespaces = namespaces;
}

void SqlCodeEditor::complete(bool explicitRequest) {
    m_completion =
        SqlCompletion::complete(text(), cursorOffset(), m_schema, m_namespaces, m_dialect);
    if (!explicitRequest && m_completion.qualifier.isEmpty()) {
        // While typing, only names from the schema pop up by themselves, not every keyword.
        QList<SqlCompletion::Item> names;
        for (const SqlCompletion::Item &item : std::as_const(m_completion.items)) {
            if (item.kind == SqlCompletion::Item::Kind::Column ||
                item.kind == SqlCompletion::Item::Kind::Table ||
                item.kind == SqlCompletion::Item::Kind::View ||
                item.kind == SqlCompletion::Item::Kind::Schema)
                names.append(item);
        }
        m_completion.items = names;
    }
    QStringList labels;
    for (const SqlCompletion::Item &item : std::as_const(m_completion.items))
        labels << item.label;
    labels.removeDuplicates();
    if (labels.isEmpty() || (labels.size() == 1 && labels.first() == m_completion.prefix)) {
        if (isListActive())
            cancelList();
        return;
    }
    showUserList(kCompletionListId, labels);
}
