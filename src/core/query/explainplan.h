// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/sqldialect.h"
#include "queryrequests.h"

#include <QByteArray>
#include <QList>
#include <QString>

/// The EXPLAIN statement of each dialect and the parsers that turn its output into a tree:
/// PostgreSQL `EXPLAIN (FORMAT JSON)`, MariaDB/MySQL `EXPLAIN FORMAT=JSON` (MariaDB's
/// `ANALYZE FORMAT=JSON` when analyzing; MySQL 8's `EXPLAIN ANALYZE` text tree), SQLite
/// `EXPLAIN QUERY PLAN` rows (id, parent, detail). Pure functions.
class ExplainPlan {
public:
    /// The statement that explains `sql`; empty with `error` when the dialect cannot analyze.
    static QString explainSql(const QString &sql, SqlDialect dialect, bool analyze, bool mariaDb,
                              QString *error);

    static QList<ExplainNode> parsePostgresJson(const QByteArray &json, QString *error);
    static QList<ExplainNode> parseMySqlJson(const QByteArray &json, QString *error);
    /// MySQL 8 `EXPLAIN ANALYZE`: lines `-> node  (cost=…) (actual time=…)` indented by level.
    static QList<ExplainNode> parseMySqlTree(const QString &text);
    struct SqliteRow {
        int id = 0;
        int parent = 0;
        QString detail;
    };
    static QList<ExplainNode> parseSqliteRows(const QList<SqliteRow> &rows);
};
