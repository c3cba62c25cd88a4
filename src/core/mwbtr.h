// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

/// Translation context for user-visible text produced by non-QObject core code.
struct MwbTr {
    Q_DECLARE_TR_FUNCTIONS(Mwb)
};
