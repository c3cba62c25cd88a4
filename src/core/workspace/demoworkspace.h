// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// Builds the built-in demo: a Prisma workspace with a SQLite database left exactly as
/// `prisma migrate deploy` leaves it when migration `Unique` fails on two users named 'paul'
/// (Prisma's "failed migration" guide). Opens its own SQLite connection: call it off the GUI
/// thread.
class DemoWorkspace {
public:
    static inline const QString InitName = QStringLiteral("20240101000000_init");
    static inline const QString UniqueName = QStringLiteral("20240102000000_Unique");

    /// Creates the workspace in `root`, which must be absent, empty, or an earlier demo (replaced).
    /// Returns an error message, empty on success.
    static QString create(const QString &root);

    /// The default location (under the user's data directory).
    static QString defaultLocation();
};
