// SPDX-License-Identifier: GPL-3.0-or-later
#include "findreplacebar.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <Qsci/qsciscintilla.h>

FindReplaceBar::FindReplaceBar(QsciScintilla *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_find(new QLineEdit(this))
    , m_replace(new QLineEdit(this))
    , m_replaceRow(new QWidget(this))
    , m_case(new QCheckBox(tr("Match case"), this))
    , m_word(new QCheckBox(tr("Whole words"), this))
    , m_regex(new QCheckBox(tr("Regular expression"), this))
    , m_status(new QLabel(this)) {
    setObjectName(QStringLiteral("findReplaceBar"));
    m_find->setPlaceholderText(tr("Find"));
    m_find->setClearButtonEnabled(true);
    m_replace->setPlaceholderText(tr("Replace with"));
    auto *next = new QPushButton(tr("Next"), this);
    auto *previous = new QPushButton(tr("Previous"), this);
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setToolTip(tr("Close (Esc)"));
    auto *replace = new QPushButton(tr("Replace"), m_replaceRow);
    auto *replaceAllButton = new QPushButton(tr("Replace All"), m_replaceRow);

    auto *findRow = new QHBoxLayout;
    findRow->addWidget(m_find, 1);
    findRow->addWidget(previous);
    findRow->addWidget(next);
    findRow->addWidget(m_case);
    findRow->addWidget(m_word);
    findRow->addWidget(m_regex);
    findRow->addWidget(m_status);
    findRow->addWidget(close);
    auto *replaceLayout = new QHBoxLayout(m_replaceRow);
    replaceLayout->setContentsMargins(0, 0, 0, 0);
    replaceLayout->addWidget(m_replace, 1);
    replaceLayout->addWidget(replace);
    replaceLayout->addWidget(replaceAllButton);
    replaceLayout->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(2);
    layout->addLayout(findRow);
    layout->addWidget(m_replaceRow);

    connect(m_find, &QLineEdit::returnPressed, this, [this] { findNext(true); });
    connect(next, &QPushButton::clicked, this, [this] { findNext(true); });
    connect(previous, &QPushButton::clicked, this, [this] { findNext(false); });
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        m_editor->setFocus();
    });
    connect(replace, &QPushButton::clicked, this, [this] {
        if (m_editor->hasSelectedText())
            m_editor->replace(m_replace->text());
        findNext(true);
    });
    connect(replaceAllButton, &QPushButton::clicked, this, &FindReplaceBar::replaceAll);
    hide();
}

void FindReplaceBar::showFind() {
    m_replaceRow->hide();
    show();
    if (m_editor->hasSelectedText() && !m_editor->selectedText().contains(QLatin1Char('\n')))
        m_find->setText(m_editor->selectedText());
    m_find->setFocus();
    m_find->selectAll();
}

void FindReplaceBar::showReplace() {
    showFind();
    m_replaceRow->show();
}

bool FindReplaceBar::findNext(bool forward) {
    if (m_find->text().isEmpty())
        return false;
    int line = -1, index = -1;
    if (!forward && m_editor->hasSelectedText()) {
        // Searching backwards starts before the current match, not inside it.
        int lineTo, indexTo;
        m_editor->getSelection(&line, &index, &lineTo, &indexTo);
    }
    const bool found = m_editor->findFirst(m_find->text(), m_regex->isChecked(),
                                           m_case->isChecked(), m_word->isChecked(),
                                           /*wrap=*/true, forward, line, index);
    m_status->setText(found ? QString() : tr("Not found"));
    return found;
}

int FindReplaceBar::replaceAll() {
    if (m_find->text().isEmpty())
        return 0;
    int count = 0;
    m_editor->beginUndoAction();
    bool found = m_editor->findFirst(m_find->text(), m_regex->isChecked(), m_case->isChecked(),
                                     m_word->isChecked(), /*wrap=*/false, true, 0, 0);
    while (found) {
        m_editor->replace(m_replace->text());
        ++count;
        found = m_editor->findNext();
    }
    m_editor->endUndoAction();
    m_status->setText(tr("%n replaced", nullptr, count));
    return count;
}

void FindReplaceBar::keyPressEvent(QKeyEvent *event) {
    if (event->key() == Qt::Key_Escape) {
        hide();
        m_editor->setFocus();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        event->modifiers() & Qt::ShiftModifier) {
        findNext(false);
        return;
    }
    QWidget::keyPressEvent(event);
}
