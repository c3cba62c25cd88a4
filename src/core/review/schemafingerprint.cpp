// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemafingerprint.h"

#include <QCryptographicHash>

QString SchemaFingerprint::hash(const Schema &schema) {
    // A line-oriented canonical text; field separators cannot occur unescaped in it because each
    // value is written with its length.
    QByteArray text;
    auto field = [&text](const QString &value) {
        const QByteArray utf8 = value.toUtf8();
        text += QByteArray::number(utf8.size()) + ':' + utf8 + ' ';
    };
    auto list = [&field, &text](const QStringList &values) {
        text += '[';
        for (const QString &v : values)
            field(v);
        text += "] ";
    };
    field(schema.provider);
    text += '\n';
    for (const SchemaTable &t : schema.tables) {
        text += "T ";
        field(t.name);
        field(t.primaryKeyName);
        list(t.primaryKey);
        text += '\n';
        for (const SchemaColumn &c : t.columns) {
            text += " C ";
            field(c.name);
            field(c.type.toLower());
            field(c.defaultValue);
            field(c.enumName);
            text += (c.nullable ? "N" : "n") + QByteArray(c.autoIncrement ? "A" : "a") + '\n';
        }
        for (const SchemaIndex &i : t.indexes) {
            text += " I ";
            field(i.name);
            list(i.columns);
            list(i.orders);
            field(i.where);
            text += (i.unique ? "U" : "u") + QByteArray(i.constraint ? "C" : "c") + '\n';
        }
        for (const SchemaForeignKey &f : t.foreignKeys) {
            text += " F ";
            field(f.name);
            list(f.columns);
            field(f.referencedTable);
            list(f.referencedColumns);
            field(f.onDelete);
            field(f.onUpdate);
            text += '\n';
        }
    }
    for (const SchemaEnum &e : schema.enums) {
        text += "E ";
        field(e.name);
        list(e.values);
        text += '\n';
    }
    text += "V ";
    list(schema.views);
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
}
