// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

/// Colours of the review widgets. Backgrounds are the palette's base tinted towards a signal
/// colour, so that text stays readable in light and dark themes alike.
namespace ReviewColors {
inline QColor error() {
    return QColor(0xd6, 0x3b, 0x3b);
}
inline QColor warning() {
    return QColor(0xd9, 0x8a, 0x1c);
}
inline QColor ok() {
    return QColor(0x2e, 0x9d, 0x4f);
}

/// `base` moved `amount` (0…1) of the way towards `signal`.
inline QColor tint(const QColor &base, const QColor &signal, double amount) {
    return QColor::fromRgbF(
        static_cast<float>(base.redF() + (signal.redF() - base.redF()) * amount),
        static_cast<float>(base.greenF() + (signal.greenF() - base.greenF()) * amount),
        static_cast<float>(base.blueF() + (signal.blueF() - base.blueF()) * amount));
}

/// A banner style sheet: tinted background, a border and the text colour of the palette.
inline QString banner(const QPalette &palette, const QColor &signal) {
    return QStringLiteral("QLabel { background: %1; border: 1px solid %2; border-radius: 4px; "
                          "padding: 6px; color: %3; }")
        .arg(tint(palette.color(QPalette::Base), signal, 0.18).name(), signal.name(),
             palette.color(QPalette::Text).name());
}
} // namespace ReviewColors
