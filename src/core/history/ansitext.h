// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// Prisma stores Postgres errors in `logs` with ANSI colour escapes; this removes them for display.
class AnsiText {
public:
    /// Removes CSI (`ESC [ … letter`), OSC (`ESC ] … BEL/ST`) and two-byte escape sequences.
    static QString strip(const QString &text);
};
