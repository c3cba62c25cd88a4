// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemasummary.h"

// Prisma's wording (sql_migration.rs drift_summary) is reproduced verbatim, so it is not
// translated.
namespace {
QString list(const QStringList &columns) {
    return QLatin1Char('(') + columns.join(QStringLiteral(", ")) + QLatin1Char(')');
}

void section(QString &out, const QString &header, const QStringList &names) {
    if (names.isEmpty())
        return;
    out += QStringLiteral("\n%1\n").arg(header);
    for (const QString &n : names)
        out += QStringLiteral("  - %1\n").arg(n);
}

QString columnChanges(const ColumnChange &c) {
    QStringList parts;
    if (c.arityChanged)
        // Rust's Debug form of ColumnArity, as 6.19.3 prints it.
        parts << (c.becameOptional ? QStringLiteral("changed from Required to Nullable")
                                   : QStringLiteral("changed from Nullable to Required"));
    if (c.defaultChanged)
        parts << QStringLiteral("default changed from `%1` to `%2`")
                     .arg(c.defaultBefore.isEmpty() ? QStringLiteral("None") : c.defaultBefore,
                          c.defaultAfter.isEmpty() ? QStringLiteral("None") : c.defaultAfter);
    if (c.typeChanged)
        parts << QStringLiteral("type changed");
    if (c.autoIncrementChanged)
        parts << (c.becameAutoIncrement ? QStringLiteral("column became autoincrementing")
                                        : QStringLiteral("column is no longer autoincrementing"));
    return parts.join(QStringLiteral(", "));
}
} // namespace

QString SchemaSummary::render(const SchemaDiff &diff) {
    if (diff.isEmpty())
        return QStringLiteral("No difference detected.\n");
    QString out;
    section(out, QStringLiteral("[+] Added Schemas"), diff.addedSchemas);
    section(out, QStringLiteral("[+] Added enums"), diff.addedEnums);
    section(out, QStringLiteral("[+] Added tables"), diff.addedTables);
    section(out, QStringLiteral("[-] Removed enums"), diff.removedEnums);
    section(out, QStringLiteral("[-] Removed tables"), diff.removedTables);
    section(out, QStringLiteral("[-] Removed views"), diff.removedViews);
    // SQLite rebuilds: one header per table, without items (the table is not also "changed").
    for (const QString &t : diff.redefinedTables)
        out += QStringLiteral("\n[*] Redefined table `%1`\n").arg(t);
    for (const EnumDiff &e : diff.changedEnums) {
        out += QStringLiteral("\n[*] Changed the `%1` enum\n").arg(e.name);
        for (const QString &v : e.addedValues)
            out += QStringLiteral("  [+] Added variant `%1`\n").arg(v);
        for (const QString &v : e.removedValues)
            out += QStringLiteral("  [-] Removed variant `%1`\n").arg(v);
    }
    for (const TableDiff &t : diff.changedTables) {
        out += QStringLiteral("\n[*] Changed the `%1` table\n").arg(t.table);
        for (const SchemaForeignKey &fk : t.removedForeignKeys)
            out +=
                QStringLiteral("  [-] Removed foreign key on columns %1\n").arg(list(fk.columns));
        for (const SchemaIndex &i : t.removedIndexes)
            out += QStringLiteral("  [-] Removed %1index on columns %2\n")
                       .arg(i.unique ? QStringLiteral("unique ") : QString(), list(i.columns));
        if (t.primaryKeyDropped)
            out += QStringLiteral("  [-] Dropped the primary key on columns %1\n")
                       .arg(list(t.primaryKeyBefore));
        for (const QString &c : t.removedColumns)
            out += QStringLiteral("  [-] Removed column `%1`\n").arg(c);
        for (const QString &c : t.addedColumns)
            out += QStringLiteral("  [+] Added column `%1`\n").arg(c);
        for (const ColumnChange &c : t.alteredColumns)
            out +=
                QStringLiteral("  [*] Altered column `%1` (%2)\n").arg(c.column, columnChanges(c));
        if (t.primaryKeyAdded)
            out += QStringLiteral("  [+] Added primary key on columns %1\n")
                       .arg(list(t.primaryKeyAfter));
        for (const SchemaIndex &i : t.addedIndexes)
            out += QStringLiteral("  [+] Added %1index on columns %2\n")
                       .arg(i.unique ? QStringLiteral("unique ") : QString(), list(i.columns));
        for (const SchemaForeignKey &fk : t.addedForeignKeys)
            out += QStringLiteral("  [+] Added foreign key on columns %1\n").arg(list(fk.columns));
    }
    return out;
}
