// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// Exit codes of `mwb`, documented in the README.
enum ExitCode : int {
    ExitOk = 0, ///< up to date / success
    ExitNeedsAttention =
        1,            ///< status found something to act on; an operation failed or was refused
    ExitUsage = 2,    ///< bad arguments or bad input (folder, URL, file)
    ExitDatabase = 3, ///< the database could not be reached or read
};
