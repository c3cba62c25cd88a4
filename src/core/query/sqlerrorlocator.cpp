// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlerrorlocator.h"

#include <QRegularExpression>
#include <QStringList>

namespace {
/// Start index of each line of `text` (lines end at LF).
QList<qsizetype> lineStarts(const QString &text) {
    QList<qsizetype> starts{0};
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'\n')
            starts << i + 1;
    }
    return starts;
}

bool isWordChar(QChar c) {
    return c.isLetterOrNumber() || c == u'_' || c == u'$';
}

qsizetype tokenLength(const QString &s, qsizetype at) {
    if (at >= s.size())
        return 0;
    qsizetype end = at;
    if (isWordChar(s.at(at))) {
        while (end < s.size() && isWordChar(s.at(end)))
            ++end;
    } else if (s.at(at) == u'"' || s.at(at) == u'`' || s.at(at) == u'\'') {
        const qsizetype close = s.indexOf(s.at(at), at + 1);
        end = close < 0 ? at + 1 : close + 1;
    } else {
        end = at + 1;
    }
    return end - at;
}

/// The first occurrence of `word` in `s` as a whole word (case-insensitive), else as text.
qsizetype findWord(const QString &s, const QString &word, qsizetype from = 0) {
    if (word.isEmpty())
        return -1;
    qsizetype i = from;
    while ((i = s.indexOf(word, i, Qt::CaseInsensitive)) >= 0) {
        const bool startOk = i == 0 || !isWordChar(s.at(i - 1)) || !isWordChar(word.front());
        const qsizetype end = i + word.size();
        const bool endOk = end >= s.size() || !isWordChar(s.at(end)) || !isWordChar(word.back());
        if (startOk && endOk)
            return i;
        ++i;
    }
    return s.indexOf(word, from, Qt::CaseInsensitive);
}
} // namespace

QString SqlErrorLocator::cleanMessage(const QString &message) {
    QStringList kept;
    const QStringList lines = message.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString l = lines.at(i);
        if (l.startsWith(QLatin1String("LINE ")) || l.trimmed() == QLatin1String("^") ||
            (l.trimmed().endsWith(QLatin1Char('^')) && l.trimmed().size() == 1))
            continue;
        if (i > 0 && lines.at(i - 1).startsWith(QLatin1String("LINE ")) &&
            l.trimmed().startsWith(QLatin1Char('^')))
            continue;
        l.remove(QRegularExpression(QStringLiteral("^(ERROR|FATAL):\\s+")));
        l.remove(QRegularExpression(QStringLiteral("\\([0-9A-Z]{5}\\)$")));
        if (!l.trimmed().isEmpty())
            kept << l.trimmed();
    }
    return kept.join(QLatin1Char('\n'));
}

SqlErrorLocator::Location SqlErrorLocator::locate(const QString &statement, const QString &message,
                                                  SqlDialect dialect) {
    Location loc;
    const QList<qsizetype> starts = lineStarts(statement);
    auto at = [&](qsizetype offset) {
        loc.offset = qBound<qsizetype>(0, offset, statement.size());
        loc.length = qMax<qsizetype>(1, tokenLength(statement, loc.offset));
        if (loc.offset == statement.size()) // "at end of input": mark the last character
            loc.offset = qMax<qsizetype>(0, statement.size() - 1);
        return loc;
    };

    if (dialect == SqlDialect::PostgreSQL) {
        // LINE 3: …excerpt…\n<spaces>^   (the caret counts from the start of "LINE 3: ")
        static const QRegularExpression re(QStringLiteral("LINE (\\d+): ([^\\n]*)\\n( *)\\^"));
        const QRegularExpressionMatch m = re.match(message);
        if (m.hasMatch()) {
            const int line = m.captured(1).toInt();
            const qsizetype prefix = QStringLiteral("LINE %1: ").arg(line).size();
            QString excerpt = m.captured(2);
            qsizetype caret = m.capturedLength(3) - prefix;
            if (line >= 1 && line <= starts.size()) {
                const qsizetype lineStart = starts.at(line - 1);
                const qsizetype lineEnd =
                    line < starts.size() ? starts.at(line) - 1 : statement.size();
                const QString lineText = statement.mid(lineStart, lineEnd - lineStart);
                qsizetype base = 0;
                if (excerpt.startsWith(QLatin1String("..."))) {
                    // A long line is cut around the error: find the excerpt in the line.
                    excerpt = excerpt.mid(3);
                    caret -= 3;
                    if (excerpt.endsWith(QLatin1String("...")))
                        excerpt.chop(3);
                    const qsizetype found = lineText.indexOf(excerpt.left(40));
                    base = found < 0 ? 0 : found;
                }
                if (caret >= 0)
                    return at(lineStart + base + qMin(caret, lineText.size()));
            }
        }
    }
    if (dialect == SqlDialect::MySQL) {
        // … near 'rest of statement' at line N
        static const QRegularExpression re(QStringLiteral("near '(.*)' at line (\\d+)"),
                                           QRegularExpression::DotMatchesEverythingOption);
        const QRegularExpressionMatch m = re.match(message);
        if (m.hasMatch()) {
            const int line = m.captured(2).toInt();
            const QString near = m.captured(1);
            const qsizetype from = line >= 1 && line <= starts.size() ? starts.at(line - 1) : 0;
            if (near.isEmpty())
                return at(statement.size());
            const qsizetype found = statement.indexOf(near.left(60), from);
            if (found >= 0)
                return at(found);
        }
    }
    // near "X": syntax error (SQLite), at or near "X" (PostgreSQL without LINE)
    static const QRegularExpression near(QStringLiteral("near \"([^\"]*)\""));
    if (const QRegularExpressionMatch m = near.match(message); m.hasMatch()) {
        const qsizetype found = findWord(statement, m.captured(1));
        if (found >= 0)
            return at(found);
    }
    if (message.contains(QLatin1String("incomplete input")) ||
        message.contains(QLatin1String("end of input")))
        return at(statement.size());
    // Quoted or named objects: relation "x", no such table: x, Unknown column 'x', Table 'db.x'
    static const QRegularExpression named(
        QStringLiteral("(?:\"([^\"]+)\"|'([^']+)'|no such (?:table|column|function): ([\\w.$]+))"));
    auto it = named.globalMatch(message);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        QString name = m.captured(1);
        if (name.isEmpty())
            name = m.captured(2);
        if (name.isEmpty())
            name = m.captured(3);
        // Table 'db.x' doesn't exist; column "u.x": try the whole name, then its last part.
        qsizetype found = findWord(statement, name);
        if (found < 0 && name.contains(QLatin1Char('.')))
            found = findWord(statement, name.section(QLatin1Char('.'), -1));
        if (found >= 0)
            return at(found);
    }
    return loc;
}
