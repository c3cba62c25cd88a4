// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

/// A read-only SQL text view highlighted by KSyntaxHighlighting, following the palette (light or
/// dark theme).
class ReadOnlySqlView : public QPlainTextEdit {
    Q_OBJECT
public:
    explicit ReadOnlySqlView(QWidget *parent = nullptr);

    /// Chooses the SQL dialect from a Prisma provider name.
    void setProvider(const QString &provider);
    void setSql(const QString &sql);
    QString definitionName() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();

    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr;
};
