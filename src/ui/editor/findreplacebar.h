// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QsciScintilla;

/// Find and replace for a QScintilla editor: next/previous (Enter / Shift+Enter), case, whole
/// word, regular expression, replace and replace all (one undo step). Escape closes it.
class FindReplaceBar : public QWidget {
    Q_OBJECT
public:
    explicit FindReplaceBar(QsciScintilla *editor, QWidget *parent = nullptr);

    void showFind();
    void showReplace();
    bool findNext(bool forward = true);
    int replaceAll();
    QLineEdit *findEdit() const { return m_find; }
    QLineEdit *replaceEdit() const { return m_replace; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QsciScintilla *m_editor;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QWidget *m_replaceRow;
    QCheckBox *m_case;
    QCheckBox *m_word;
    QCheckBox *m_regex;
    QLabel *m_status;
};
