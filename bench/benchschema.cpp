// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchschema.h"

#include <algorithm>

QStringList BenchSchema::ddl(int count, ConnectionSpec::Driver driver, bool changed) {
    const QString timestamp =
        driver == ConnectionSpec::Driver::Postgres ? QStringLiteral("TIMESTAMP(3)")
        : driver == ConnectionSpec::Driver::MySql  ? QStringLiteral("DATETIME(3)")
                                                   : QStringLiteral("DATETIME");
    QStringList statements;
    for (int i = 0; i < count; ++i) {
        const QString t = QStringLiteral("t%1").arg(i, 4, 10, QLatin1Char('0'));
        const QString previous =
            QStringLiteral("t%1").arg(std::max(i - 1, 0), 4, 10, QLatin1Char('0'));
        const bool tenth = changed && i % 10 == 0;
        const bool fiftieth = changed && i % 50 == 0;
        statements << QStringLiteral(
                          "CREATE TABLE %1 (id INTEGER NOT NULL PRIMARY KEY, prev_id INTEGER, c1 "
                          "VARCHAR(100) NOT NULL, c2 INTEGER%4, c3 TEXT, c4 BOOLEAN NOT NULL "
                          "DEFAULT false, c5 %3, c6 NUMERIC(10,2), c7 VARCHAR(20) DEFAULT 'x', c8 "
                          "BIGINT%5, CONSTRAINT %1_prev_id_fkey FOREIGN KEY (prev_id) REFERENCES "
                          "%2 (id) ON DELETE SET NULL ON UPDATE CASCADE)")
                          .arg(t, previous, timestamp,
                               fiftieth ? QStringLiteral(" NOT NULL") : QString(),
                               tenth ? QStringLiteral(", c9 INTEGER") : QString());
        if (!fiftieth)
            statements
                << QStringLiteral("CREATE INDEX %1_prev_id_c1_idx ON %1 (prev_id, c1)").arg(t);
        statements << QStringLiteral("CREATE UNIQUE INDEX %1_c2_c8_key ON %1 (c2, c8 DESC)").arg(t);
        if (tenth)
            statements << QStringLiteral("CREATE INDEX %1_c9_idx ON %1 (c9)").arg(t);
    }
    return statements;
}
