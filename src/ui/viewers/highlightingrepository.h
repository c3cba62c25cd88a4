// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace KSyntaxHighlighting {
class Repository;
class Theme;
} // namespace KSyntaxHighlighting

class QPalette;

/// One shared KSyntaxHighlighting repository: loading it parses hundreds of definitions, so the
/// application does it once (GUI thread only).
class HighlightingRepository {
public:
    static KSyntaxHighlighting::Repository &instance();
    /// The default light or dark theme, whichever suits the palette's base colour.
    static KSyntaxHighlighting::Theme themeFor(const QPalette &palette);
    /// KSyntaxHighlighting definition name for a Prisma provider (`postgresql`, `mysql`, `sqlite`).
    static QString sqlDefinitionName(const QString &provider);
};
