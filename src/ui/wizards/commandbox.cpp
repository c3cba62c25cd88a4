// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandbox.h"

#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QVBoxLayout>

CommandBox::CommandBox(QWidget *parent)
    : QGroupBox(tr("Equivalent prisma command(s)"), parent)
    , m_text(new QPlainTextEdit(this)) {
    setObjectName(QStringLiteral("prismaCommands"));
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 4);
    layout->addWidget(m_text);
    setCommands({});
}

void CommandBox::setCommands(const QStringList &commands) {
    m_text->setPlainText(commands.isEmpty() ? tr("(none: this step only reads)")
                                            : commands.join(QLatin1Char('\n')));
    // Tall enough for the commands (wrapped lines included), never taller than five lines.
    const int lines = std::clamp(static_cast<int>(commands.size()) + 1, 2, 5);
    m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * lines + 10);
}

QString CommandBox::text() const {
    return m_text->toPlainText();
}
