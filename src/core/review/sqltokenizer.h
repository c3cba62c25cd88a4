// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/sqldialect.h"
#include "sqltoken.h"

/// Cuts one statement (as SqlSplitter returns it) into tokens for the linter. Tolerant: it never
/// fails; an unterminated literal or comment simply runs to the end. Knows each dialect's quoting:
/// PostgreSQL "ident", 'str' (E'…' with backslashes), $tag$…$tag$, nested /* */; MySQL `ident`,
/// '…' and "…" strings with backslash escapes, `#` comments; SQLite "ident", `ident`, [ident].
class SqlTokenizer {
public:
    static SqlTokens tokenize(const QString &statement, SqlDialect dialect);
};
