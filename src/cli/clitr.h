// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

/// Translation context of the command-line tool.
struct CliTr {
    Q_DECLARE_TR_FUNCTIONS(mwb)
};
