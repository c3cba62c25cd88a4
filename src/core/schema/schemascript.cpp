// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemascript.h"

QStringList SchemaScript::statements() const {
    QStringList out;
    for (const ScriptStep &step : steps)
        out += step.statements;
    return out;
}

QString SchemaScript::text(bool withWarnings) const {
    if (steps.isEmpty())
        return QStringLiteral("-- This is an empty migration.\n");
    QString out;
    // Prisma's render_script: the warnings comment, then a blank line *before* every step but
    // the first, so that the file does not end in an empty line.
    if (withWarnings && !warnings.isEmpty()) {
        out += QStringLiteral("/*\n  Warnings:\n\n");
        for (const QString &w : warnings)
            out += QStringLiteral("  - ") + w + QLatin1Char('\n');
        out += QStringLiteral("\n*/\n");
    }
    bool first = true;
    for (const ScriptStep &step : steps) {
        if (step.statements.isEmpty())
            continue;
        if (!first)
            out += QLatin1Char('\n');
        first = false;
        out += QStringLiteral("-- ") + step.kind + QLatin1Char('\n');
        for (const QString &statement : step.statements)
            out += statement + QStringLiteral(";\n");
    }
    return out;
}
