// SPDX-License-Identifier: GPL-3.0-or-later
#include "highlightingrepository.h"

#include <QPalette>

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

KSyntaxHighlighting::Repository &HighlightingRepository::instance() {
    static KSyntaxHighlighting::Repository repository;
    return repository;
}

KSyntaxHighlighting::Theme HighlightingRepository::themeFor(const QPalette &palette) {
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    return instance().defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                        : KSyntaxHighlighting::Repository::LightTheme);
}

QString HighlightingRepository::sqlDefinitionName(const QString &provider) {
    if (provider == QLatin1String("postgresql"))
        return QStringLiteral("SQL (PostgreSQL)");
    if (provider == QLatin1String("mysql"))
        return QStringLiteral("SQL (MySQL)");
    return QStringLiteral("SQL");
}
