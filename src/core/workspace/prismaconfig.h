// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

/// What `prisma.config.ts` (or `.mts`, `.cts`, `.js`, `.mjs`, `.cjs`) says, read without a
/// JavaScript engine: a tolerant scanner finds the object passed to `defineConfig({ … })` (or
/// `export default { … }`, `module.exports = { … }`) and understands string literals,
/// `env("X")`, `process.env.X` and `process.env["X"]`, and a bare identifier bound by
/// `const NAME = …` to one of those. Everything else that matters (computed paths, spreads, driver
/// adapters configured in code) is listed in `notUnderstood`, so the UI can say what it could not
/// follow instead of guessing.
///
/// Understood keys: `schema`, `migrations.path`, `datasource.url`, `datasource.shadowDatabaseUrl`
/// (also accepted at the top level). Other keys (`migrations.seed`, `engine`, `earlyAccess`,
/// `views`, `typedSql`, …) are ignored.
class PrismaConfig {
public:
    /// A value that is either a string literal or the name of an environment variable.
    struct Value {
        QString literal; ///< the string as written (escapes resolved)
        QString envVar;  ///< the variable named by env("X") / process.env.X
        bool isSet() const { return !literal.isEmpty() || !envVar.isEmpty(); }
    };

    QString path;              ///< the file that was read; empty when there is none
    QString schema;            ///< `schema:` as written, relative to the config file's folder
    QString migrationsPath;    ///< `migrations: { path: … }` as written
    Value datasourceUrl;       ///< `datasource: { url: … }`
    Value shadowDatabaseUrl;   ///< `datasource: { shadowDatabaseUrl: … }`
    QStringList notUnderstood; ///< `key: expression` of each part that matters but was not read

    bool found() const { return !path.isEmpty(); }
    /// The folder of the config file (paths in it are relative to that folder).
    QString baseDir() const;
    /// `schema` as an absolute path; when it names a folder (a multi-file schema), the `.prisma`
    /// file in it that holds the datasource block (else the first one). Empty when unset.
    QString schemaFile() const;
    /// `migrations.path` as an absolute path; empty when unset.
    QString migrationsDir() const;

    /// The config file of a project folder: `prisma.config.{ts,mts,cts,js,mjs,cjs}`, then
    /// `.config/prisma.{…}`. Empty when there is none.
    static QString find(const QString &projectRoot);
    /// Reads and parses a file; an unreadable file gives a config with only `path` and a
    /// `notUnderstood` entry saying so.
    static PrismaConfig read(const QString &path);
    /// Parses config source text (`path` stays empty).
    static PrismaConfig parse(const QString &text);
};
