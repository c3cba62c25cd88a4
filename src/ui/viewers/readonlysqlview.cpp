// SPDX-License-Identifier: GPL-3.0-or-later
#include "readonlysqlview.h"

#include "highlightingrepository.h"

#include <QEvent>
#include <QFontDatabase>

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

ReadOnlySqlView::ReadOnlySqlView(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(document())) {
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setProvider(QString());
    applyTheme();
}

void ReadOnlySqlView::setProvider(const QString &provider) {
    const auto definition = HighlightingRepository::instance().definitionForName(
        HighlightingRepository::sqlDefinitionName(provider));
    if (definition.isValid() && definition.name() != m_highlighter->definition().name()) {
        m_highlighter->setDefinition(definition);
        m_highlighter->rehighlight();
    }
}

QString ReadOnlySqlView::definitionName() const {
    return m_highlighter->definition().name();
}

void ReadOnlySqlView::setSql(const QString &sql) {
    setPlainText(sql);
}

void ReadOnlySqlView::changeEvent(QEvent *event) {
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyTheme();
}

void ReadOnlySqlView::applyTheme() {
    const KSyntaxHighlighting::Theme theme = HighlightingRepository::themeFor(palette());
    if (theme.name() == m_highlighter->theme().name() && m_highlighter->theme().isValid())
        return;
    m_highlighter->setTheme(theme);
    QPalette p = palette();
    p.setColor(QPalette::Base,
               QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)));
    p.setColor(QPalette::Text,
               QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal)));
    p.setColor(QPalette::Highlight,
               QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::TextSelection)));
    setPalette(p);
    m_highlighter->rehighlight();
}
