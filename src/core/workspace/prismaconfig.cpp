// SPDX-License-Identifier: GPL-3.0-or-later
#include "prismaconfig.h"

#include "mwbtr.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace {
bool isQuote(QChar c) {
    return c == QLatin1Char('"') || c == QLatin1Char('\'') || c == QLatin1Char('`');
}

bool isIdentifierChar(QChar c) {
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('$');
}

int skipBalanced(const QString &code, int i);

/// `code[i]` is a quote; returns the index after the closing quote (template literals may hold
/// `${…}`).
int skipString(const QString &code, int i) {
    const QChar quote = code.at(i);
    const int n = static_cast<int>(code.size());
    ++i;
    while (i < n) {
        const QChar c = code.at(i);
        if (c == QLatin1Char('\\')) {
            i += 2;
        } else if (c == quote) {
            return i + 1;
        } else if (quote == QLatin1Char('`') && c == QLatin1Char('$') && i + 1 < n &&
                   code.at(i + 1) == QLatin1Char('{')) {
            i = skipBalanced(code, i + 1);
        } else if (c == QLatin1Char('\n') && quote != QLatin1Char('`')) {
            return i; // unterminated: stop at the line end
        } else {
            ++i;
        }
    }
    return n;
}

/// `code[i]` is `(`, `[` or `{`; returns the index after its partner (or the end).
int skipBalanced(const QString &code, int i) {
    const int n = static_cast<int>(code.size());
    int depth = 0;
    while (i < n) {
        const QChar c = code.at(i);
        if (isQuote(c)) {
            i = skipString(code, i);
            continue;
        }
        if (c == QLatin1Char('(') || c == QLatin1Char('[') || c == QLatin1Char('{'))
            ++depth;
        else if (c == QLatin1Char(')') || c == QLatin1Char(']') || c == QLatin1Char('}')) {
            if (--depth == 0)
                return i + 1;
        }
        ++i;
    }
    return n;
}

/// The index where the expression starting at `i` ends: a `,`, `;` or closing bracket at depth 0.
int expressionEnd(const QString &code, int i) {
    const int n = static_cast<int>(code.size());
    while (i < n) {
        const QChar c = code.at(i);
        if (isQuote(c))
            i = skipString(code, i);
        else if (c == QLatin1Char('(') || c == QLatin1Char('[') || c == QLatin1Char('{'))
            i = skipBalanced(code, i);
        else if (c == QLatin1Char(',') || c == QLatin1Char(';') || c == QLatin1Char(')') ||
                 c == QLatin1Char(']') || c == QLatin1Char('}'))
            return i;
        else
            ++i;
    }
    return n;
}

/// The source with `//` and `/* */` comments replaced by blanks (strings untouched).
QString withoutComments(const QString &source) {
    QString out = source;
    const int n = static_cast<int>(source.size());
    int i = 0;
    while (i < n) {
        const QChar c = source.at(i);
        if (isQuote(c)) {
            i = skipString(source, i);
        } else if (c == QLatin1Char('/') && i + 1 < n && source.at(i + 1) == QLatin1Char('/')) {
            while (i < n && source.at(i) != QLatin1Char('\n'))
                out[i++] = QLatin1Char(' ');
        } else if (c == QLatin1Char('/') && i + 1 < n && source.at(i + 1) == QLatin1Char('*')) {
            int end = static_cast<int>(source.indexOf(QLatin1String("*/"), i + 2));
            end = end < 0 ? n : end + 2;
            for (; i < end; ++i) {
                if (out.at(i) != QLatin1Char('\n'))
                    out[i] = QLatin1Char(' ');
            }
        } else {
            ++i;
        }
    }
    return out;
}

struct Property {
    enum class Kind { Value, Shorthand, Spread, Other };
    Kind kind = Kind::Value;
    QString key;
    QString value; ///< the expression as written (for Spread and Other: the whole text)
};

QString unquote(const QString &quoted) {
    QString s = quoted.mid(1, quoted.size() - 2);
    QString out;
    out.reserve(s.size());
    for (int i = 0; i < s.size(); ++i) {
        if (s.at(i) != QLatin1Char('\\') || i + 1 >= s.size()) {
            out += s.at(i);
            continue;
        }
        const QChar next = s.at(++i);
        if (next == QLatin1Char('n'))
            out += QLatin1Char('\n');
        else if (next == QLatin1Char('t'))
            out += QLatin1Char('\t');
        else
            out += next;
    }
    return out;
}

/// The properties of the object literal whose `{` is at `open`.
QList<Property> parseObject(const QString &code, int open) {
    QList<Property> props;
    const int n = static_cast<int>(code.size());
    int i = open + 1;
    while (i < n) {
        while (i < n && (code.at(i).isSpace() || code.at(i) == QLatin1Char(',')))
            ++i;
        if (i >= n || code.at(i) == QLatin1Char('}'))
            break;
        Property p;
        const int start = i;
        if (code.mid(i, 3) == QLatin1String("...")) {
            i = expressionEnd(code, i + 3);
            p.kind = Property::Kind::Spread;
            p.value = code.mid(start, i - start).simplified();
            props << p;
            continue;
        }
        if (isQuote(code.at(i))) {
            i = skipString(code, i);
            p.key = unquote(code.mid(start, i - start));
        } else if (code.at(i) == QLatin1Char('[')) {
            i = skipBalanced(code, i);
            p.key = code.mid(start, i - start);
            p.kind = Property::Kind::Other;
        } else {
            while (i < n && isIdentifierChar(code.at(i)))
                ++i;
            p.key = code.mid(start, i - start);
            // `async adapter() {…}`, `get url() {…}`: the name follows the modifier.
            static const QStringList modifiers = {QStringLiteral("async"), QStringLiteral("get"),
                                                  QStringLiteral("set")};
            int next = i;
            while (next < n && code.at(next).isSpace())
                ++next;
            if (modifiers.contains(p.key) && next < n && isIdentifierChar(code.at(next))) {
                const int nameStart = next;
                while (next < n && isIdentifierChar(code.at(next)))
                    ++next;
                p.key = code.mid(nameStart, next - nameStart);
                p.kind = Property::Kind::Other;
                i = next;
            }
        }
        while (i < n && code.at(i).isSpace())
            ++i;
        if (p.key.isEmpty()) { // not a property: skip to the next one
            i = qMax(i + 1, expressionEnd(code, i));
            continue;
        }
        if (i < n && code.at(i) == QLatin1Char(':') && p.kind == Property::Kind::Value) {
            const int end = expressionEnd(code, i + 1);
            p.value = code.mid(i + 1, end - i - 1).trimmed();
            i = end;
        } else if (i >= n || code.at(i) == QLatin1Char(',') || code.at(i) == QLatin1Char('}')) {
            p.kind = p.kind == Property::Kind::Value ? Property::Kind::Shorthand : p.kind;
        } else { // a method, getter, computed key with a value, …
            i = expressionEnd(code, i);
            p.kind = Property::Kind::Other;
            p.value = code.mid(start, i - start).simplified();
        }
        props << p;
    }
    return props;
}

QString shortened(const QString &expression) {
    const QString s = expression.simplified();
    return s.size() > 80 ? s.left(79) + QChar(0x2026) : s;
}

/// The initializer of `const|let|var NAME = …` on its line, or empty.
QString variableInitializer(const QString &code, const QString &name) {
    const QRegularExpression declaration(
        QStringLiteral(R"(\b(?:const|let|var)\s+%1\s*(?::[^=\n]+)?=\s*([^;\n]+))")
            .arg(QRegularExpression::escape(name)));
    return declaration.match(code).captured(1).trimmed();
}

/// The `{` of the object bound by `const|let|var NAME = {` (optionally `defineConfig({`), or -1.
int variableObject(const QString &code, const QString &name) {
    const QRegularExpression declaration(
        QStringLiteral(R"(\b(?:const|let|var)\s+%1\s*(?::[^=\n]+)?=\s*(?:defineConfig\s*\(\s*)?\{)")
            .arg(QRegularExpression::escape(name)));
    const auto m = declaration.match(code);
    return m.hasMatch() ? static_cast<int>(m.capturedEnd() - 1) : -1;
}

bool isIdentifier(const QString &s) {
    static const QRegularExpression identifier(QStringLiteral(R"(^[A-Za-z_$][\w$]*$)"));
    return identifier.match(s).hasMatch();
}

/// A string literal, env("X"), process.env.X / ["X"], or an identifier bound to one of those.
bool interpret(QString expression, const QString &code, PrismaConfig::Value *out,
               bool followVariables = true) {
    static const QRegularExpression typeSuffix(
        QStringLiteral(R"(\s+(?:as\s+[\w.<>\[\]| ]+|satisfies\s+[\w.<>\[\]| ]+)$)"));
    static const QRegularExpression doubleQuoted(QStringLiteral(R"(^"(?:[^"\\\n]|\\.)*"$)"));
    static const QRegularExpression singleQuoted(QStringLiteral(R"(^'(?:[^'\\\n]|\\.)*'$)"));
    static const QRegularExpression plainTemplate(QStringLiteral(R"(^`(?:[^`\\$]|\\.)*`$)"));
    static const QRegularExpression envCall(QStringLiteral(
        R"re(^env\s*(?:<[^>]*>)?\s*\(\s*(["'`])([A-Za-z_][A-Za-z0-9_]*)\1\s*\)$)re"));
    static const QRegularExpression processEnv(QStringLiteral(
        R"re(^process\.env(?:\.([A-Za-z_]\w*)|\[\s*(["'`])([A-Za-z_]\w*)\2\s*\])$)re"));
    expression = expression.trimmed();
    expression.remove(typeSuffix);
    while (expression.endsWith(QLatin1Char('!')))
        expression.chop(1);
    while (expression.startsWith(QLatin1Char('(')) &&
           skipBalanced(expression, 0) == expression.size())
        expression = expression.mid(1, expression.size() - 2).trimmed();
    if (doubleQuoted.match(expression).hasMatch() || singleQuoted.match(expression).hasMatch() ||
        plainTemplate.match(expression).hasMatch()) {
        out->literal = unquote(expression);
        return true;
    }
    if (const auto m = envCall.match(expression); m.hasMatch()) {
        out->envVar = m.captured(2);
        return true;
    }
    if (const auto m = processEnv.match(expression); m.hasMatch()) {
        out->envVar = m.captured(1).isEmpty() ? m.captured(3) : m.captured(1);
        return true;
    }
    if (followVariables && isIdentifier(expression)) {
        const QString initializer = variableInitializer(code, expression);
        return !initializer.isEmpty() && interpret(initializer, code, out, false);
    }
    return false;
}
} // namespace

QString PrismaConfig::baseDir() const {
    return path.isEmpty() ? QDir::currentPath() : QFileInfo(path).absolutePath();
}

QString PrismaConfig::schemaFile() const {
    if (schema.isEmpty())
        return {};
    const QString resolved = QDir::cleanPath(QDir(baseDir()).absoluteFilePath(schema));
    if (!QFileInfo(resolved).isDir())
        return resolved;
    // A multi-file schema: the file with the datasource block decides where migrations live.
    static const QRegularExpression datasource(QStringLiteral(R"((^|\n)\s*datasource\s+\w+\s*\{)"));
    QStringList files;
    QDirIterator it(resolved, {QStringLiteral("*.prisma")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    for (const QString &file : std::as_const(files)) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly) && QString::fromUtf8(f.readAll()).contains(datasource))
            return file;
    }
    return files.isEmpty() ? QDir(resolved).filePath(QStringLiteral("schema.prisma"))
                           : files.constFirst();
}

QString PrismaConfig::migrationsDir() const {
    if (migrationsPath.isEmpty())
        return {};
    return QDir::cleanPath(QDir(baseDir()).absoluteFilePath(migrationsPath));
}

QString PrismaConfig::find(const QString &projectRoot) {
    static const QStringList extensions = {QStringLiteral("ts"),  QStringLiteral("mts"),
                                           QStringLiteral("cts"), QStringLiteral("js"),
                                           QStringLiteral("mjs"), QStringLiteral("cjs")};
    const QDir root(projectRoot);
    for (const QString &base :
         {QStringLiteral("prisma.config."), QStringLiteral(".config/prisma.")}) {
        for (const QString &extension : extensions) {
            const QString candidate = root.filePath(base + extension);
            if (QFileInfo(candidate).isFile())
                return QDir::cleanPath(QFileInfo(candidate).absoluteFilePath());
        }
    }
    return {};
}

PrismaConfig PrismaConfig::read(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        PrismaConfig config;
        config.path = path;
        config.notUnderstood << MwbTr::tr("the file cannot be read: %1").arg(file.errorString());
        return config;
    }
    PrismaConfig config = parse(QString::fromUtf8(file.readAll()));
    config.path = QFileInfo(path).absoluteFilePath();
    return config;
}

PrismaConfig PrismaConfig::parse(const QString &text) {
    PrismaConfig config;
    const QString code = withoutComments(text);

    int open = -1;
    static const QRegularExpression direct(QStringLiteral(
        R"(\bdefineConfig\s*(?:<[^>]*>)?\s*\(\s*\{|\bexport\s+default\s*\{|\bmodule\.exports\s*=\s*\{)"));
    static const QRegularExpression byName(QStringLiteral(
        R"(\b(?:export\s+default|module\.exports\s*=)\s*(?:defineConfig\s*\(\s*)?([A-Za-z_$][\w$]*)\s*\)?\s*;?)"));
    if (const auto m = direct.match(code); m.hasMatch())
        open = static_cast<int>(m.capturedEnd() - 1);
    else if (const auto named = byName.match(code); named.hasMatch())
        open = variableObject(code, named.captured(1));
    if (open < 0) {
        config.notUnderstood << MwbTr::tr("no configuration object was found (expected export "
                                          "default defineConfig({ … }))");
        return config;
    }

    const auto note = [&config](const QString &where, const QString &expression) {
        config.notUnderstood << QStringLiteral("%1: %2").arg(where, shortened(expression));
    };
    // The object of a property: an inline literal or a variable bound to one.
    const auto objectOf = [&code](const Property &p) -> int {
        const QString expression = p.kind == Property::Kind::Shorthand ? p.key : p.value;
        if (expression.startsWith(QLatin1Char('{')))
            return -2; // inline: the caller parses p.value itself
        return isIdentifier(expression) ? variableObject(code, expression) : -1;
    };
    const auto properties = [&code,
                             &objectOf](const Property &p) -> std::optional<QList<Property>> {
        const int at = objectOf(p);
        if (at == -2)
            return parseObject(p.value, 0);
        if (at >= 0)
            return parseObject(code, at);
        return std::nullopt;
    };
    const auto value = [&](const Property &p, const QString &where, Value *out) {
        const QString expression = p.kind == Property::Kind::Shorthand ? p.key : p.value;
        Value v;
        if (p.kind == Property::Kind::Other || !interpret(expression, code, &v))
            note(where, expression);
        else
            *out = v;
    };

    for (const Property &p : parseObject(code, open)) {
        if (p.kind == Property::Kind::Spread) {
            note(MwbTr::tr("spread"), p.value);
        } else if (p.key == QLatin1String("schema")) {
            Value v;
            value(p, QStringLiteral("schema"), &v);
            if (!v.envVar.isEmpty())
                note(QStringLiteral("schema"), p.value);
            config.schema = v.literal;
        } else if (p.key == QLatin1String("migrations")) {
            const auto inner = properties(p);
            if (!inner) {
                note(QStringLiteral("migrations"), p.value);
                continue;
            }
            for (const Property &m : *inner) {
                if (m.kind == Property::Kind::Spread) {
                    note(QStringLiteral("migrations"), m.value);
                } else if (m.key == QLatin1String("path")) {
                    Value v;
                    value(m, QStringLiteral("migrations.path"), &v);
                    if (!v.envVar.isEmpty())
                        note(QStringLiteral("migrations.path"), m.value);
                    config.migrationsPath = v.literal;
                }
            }
        } else if (p.key == QLatin1String("datasource")) {
            const auto inner = properties(p);
            if (!inner) {
                note(QStringLiteral("datasource"), p.value);
                continue;
            }
            for (const Property &d : *inner) {
                if (d.kind == Property::Kind::Spread)
                    note(QStringLiteral("datasource"), d.value);
                else if (d.key == QLatin1String("url"))
                    value(d, QStringLiteral("datasource.url"), &config.datasourceUrl);
                else if (d.key == QLatin1String("shadowDatabaseUrl"))
                    value(d, QStringLiteral("datasource.shadowDatabaseUrl"),
                          &config.shadowDatabaseUrl);
            }
        } else if (p.key == QLatin1String("shadowDatabaseUrl")) {
            value(p, QStringLiteral("shadowDatabaseUrl"), &config.shadowDatabaseUrl);
        } else if (p.key == QLatin1String("adapter")) {
            note(QStringLiteral("adapter"),
                 MwbTr::tr("a driver adapter set up in code (its connection is not visible here)"));
        } else if (p.key == QLatin1String("migrate")) {
            const auto inner = properties(p);
            if (inner && std::any_of(inner->cbegin(), inner->cend(), [](const Property &m) {
                    return m.key == QLatin1String("adapter");
                }))
                note(QStringLiteral("migrate.adapter"),
                     MwbTr::tr("a driver adapter set up in code (its connection is not visible "
                               "here)"));
        } else if (p.kind == Property::Kind::Other && p.key.startsWith(QLatin1Char('['))) {
            note(p.key, p.value);
        }
    }
    return config;
}
