// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGroupBox>

class QPlainTextEdit;

/// "Equivalent prisma command(s)": the commands a page stands for, monospaced and selectable,
/// so that what the wizard does can be repeated (or reviewed) with Prisma's own CLI.
class CommandBox : public QGroupBox {
    Q_OBJECT
public:
    explicit CommandBox(QWidget *parent = nullptr);
    void setCommands(const QStringList &commands);
    QString text() const;

private:
    QPlainTextEdit *m_text;
};
