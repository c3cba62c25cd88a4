// SPDX-License-Identifier: GPL-3.0-or-later
#include "dotenv.h"

#include <QFile>
#include <QRegularExpression>

QHash<QString, QString> DotEnv::parse(const QByteArray &content) {
    QHash<QString, QString> values;
    static const QRegularExpression line(
        QStringLiteral(R"re(^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*?)\s*$)re"));
    static const QRegularExpression reference(
        QStringLiteral(R"re(\$\{([A-Za-z_][A-Za-z0-9_]*)\})re"));
    const QString text = QString::fromUtf8(content);
    for (const QString &raw : text.split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch m = line.match(raw);
        if (!m.hasMatch())
            continue;
        QString value = m.captured(2);
        const QChar first = value.isEmpty() ? QChar() : value.front();
        const bool quoted = (first == QLatin1Char('"') || first == QLatin1Char('\'') ||
                             first == QLatin1Char('`')) &&
                            value.size() >= 2 && value.indexOf(first, 1) > 0;
        if (quoted) {
            value = value.mid(1, value.indexOf(first, 1) - 1);
            if (first == QLatin1Char('"'))
                value.replace(QLatin1String("\\n"), QLatin1String("\n"));
        } else {
            const int comment = value.indexOf(QLatin1String(" #"));
            if (comment >= 0)
                value = value.left(comment).trimmed();
        }
        if (first != QLatin1Char('\'')) {
            QString expanded;
            qsizetype last = 0;
            for (auto it = reference.globalMatch(value); it.hasNext();) {
                const auto ref = it.next();
                expanded += value.mid(last, ref.capturedStart() - last);
                const QString name = ref.captured(1);
                expanded += values.contains(name)
                                ? values.value(name)
                                : qEnvironmentVariable(name.toLocal8Bit().constData());
                last = ref.capturedEnd();
            }
            value = expanded + value.mid(last);
        }
        values.insert(m.captured(1), value);
    }
    return values;
}

QHash<QString, QString> DotEnv::read(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return parse(file.readAll());
}
