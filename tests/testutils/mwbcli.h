// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

/// The real `mwb` binary of this build, run as a user would (C locale, no DATABASE_URL from the
/// test's environment), for the CLI tests.
class MwbCli {
public:
    struct Run {
        int exitCode = -1; ///< -1 when it did not finish in time
        QString out;
        QString err;
    };

    static Run run(const QStringList &args, const QString &workingDir = {}, int timeoutMs = 120000);
};
