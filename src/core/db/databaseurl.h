// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionspec.h"

/// Prisma datasource URLs: `file:` (relative to the schema file's folder, as Prisma resolves it),
/// `postgresql://` / `postgres://` and `mysql://`.
class DatabaseUrl {
public:
    struct Result {
        ConnectionSpec spec;
        QString error; ///< says which part of the URL is wrong; empty on success
        bool ok() const { return error.isEmpty(); }
    };

    /// `schemaDir` is the folder of schema.prisma, used to resolve relative `file:` URLs.
    static Result parse(const QString &url, const QString &schemaDir);
};
