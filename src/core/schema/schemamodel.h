// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

/// A database schema as plain values: what introspection produces and the differ compares.
/// Names are as the database reports them (case kept). `_prisma_migrations` is never included.
struct SchemaColumn {
    QString name;
    QString type; ///< as the database reports it (`integer`, `character varying(255)`, `TEXT` …)
    bool nullable = true;
    QString defaultValue; ///< the default expression as reported, empty when none
    bool autoIncrement =
        false;        ///< serial/identity, AUTO_INCREMENT, SQLite INTEGER PRIMARY KEY AUTOINCREMENT
    QString enumName; ///< PostgreSQL enum type name, or the table-local name for MySQL inline enums
};

struct SchemaIndex {
    QString name;
    QStringList columns; ///< in index order; expressions as text
    QStringList orders;  ///< "ASC"/"DESC" per column (same length as columns)
    bool unique = false;
    bool primaryKey = false; ///< the primary key (also listed in SchemaTable::primaryKey)
    bool constraint = false; ///< a UNIQUE constraint rather than a plain unique index
    QString where;           ///< partial index predicate, empty when none
};

struct SchemaForeignKey {
    QString name;
    QStringList columns;
    QString referencedTable;
    QStringList referencedColumns;
    QString onDelete; ///< CASCADE, SET NULL, SET DEFAULT, RESTRICT, NO ACTION
    QString onUpdate;
};

struct SchemaTable {
    QString name;
    QList<SchemaColumn> columns; ///< in ordinal order
    QString primaryKeyName;
    QStringList primaryKey; ///< column names, empty when none
    QList<SchemaIndex>
        indexes; ///< unique constraints and indexes, without the primary key, by name
    QList<SchemaForeignKey> foreignKeys; ///< by name

    const SchemaColumn *column(const QString &name) const;
};

struct SchemaEnum {
    QString name;
    QStringList values; ///< in declaration order
};

struct Schema {
    QString provider;          ///< postgresql, mysql, sqlite
    QString namespaceName;     ///< PostgreSQL schema / MySQL database / "main"
    QList<SchemaTable> tables; ///< by name
    QList<SchemaEnum> enums;   ///< by name
    QStringList views;         ///< names only

    const SchemaTable *table(const QString &name) const;
    const SchemaEnum *enumType(const QString &name) const;
};

Q_DECLARE_METATYPE(Schema)
