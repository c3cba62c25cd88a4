// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for SqlSplitter: the first byte picks the dialect, the rest is the script
// (UTF-8). Every invariant of the result is checked; a violation aborts with a message.
#include "db/sqlsplitter.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void violated(const char *what, const QString &script, qsizetype index) {
    std::fprintf(stderr, "sqlsplitter invariant violated: %s (statement %lld)\nscript: %s\n", what,
                 static_cast<long long>(index), script.toUtf8().constData());
    std::abort();
}

#define CHECK(condition)                                                                           \
    do {                                                                                           \
        if (!(condition))                                                                          \
            violated(#condition, script, index);                                                   \
    } while (false)

bool isAsciiSpace(QChar c) {
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f' || c == u'\v';
}

/// Line and column of an offset, computed naively: lines end at LF, CRLF or a lone CR, columns
/// count code points.
void lineColumn(const QString &script, qsizetype offset, int *line, int *column) {
    *line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        const QChar c = script.at(i);
        const bool crlf = c == u'\r' && i + 1 < script.size() && script.at(i + 1) == u'\n';
        if (c == u'\n' || (c == u'\r' && !crlf)) {
            ++*line;
            lineStart = i + 1;
        }
    }
    *column =
        static_cast<int>(QStringView(script).mid(lineStart, offset - lineStart).toUcs4().size()) +
        1;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size == 0)
        return 0;
    const auto dialect = static_cast<SqlDialect>(data[0] % 3);
    const QString script = QString::fromUtf8(reinterpret_cast<const char *>(data + 1),
                                             static_cast<qsizetype>(size - 1));
    const SqlSplitResult result = SqlSplitter::split(script, dialect);

    const bool hasDelimiter = dialect == SqlDialect::MySQL &&
                              script.contains(QLatin1String("delimiter"), Qt::CaseInsensitive);
    qsizetype index = -1;
    qsizetype previousEnd = 0;
    for (const SqlStatement &statement : result.statements) {
        ++index;
        CHECK(statement.offset >= previousEnd); // increasing and not overlapping
        CHECK(statement.offset >= 0);
        CHECK(statement.length > 0);
        CHECK(statement.offset + statement.length <= script.size());
        CHECK(statement.length == statement.text.size());
        CHECK(script.mid(statement.offset, statement.length) == statement.text);
        CHECK(!statement.text.isEmpty());
        CHECK(!isAsciiSpace(statement.text.front()) && !isAsciiSpace(statement.text.back()));
        CHECK(statement.byteOffset == script.left(statement.offset).toUtf8().size());
        int line = 0;
        int column = 0;
        lineColumn(script, statement.offset, &line, &column);
        CHECK(statement.line == line);
        CHECK(statement.column == column);
        previousEnd = statement.offset + statement.length;
        for (const SqlDialect any :
             {SqlDialect::PostgreSQL, SqlDialect::MySQL, SqlDialect::SQLite}) {
            QString reason;
            const bool nonTransactional = SqlSplitter::isNonTransactional(statement, any, &reason);
            CHECK(nonTransactional == !reason.isEmpty());
        }
        // Without the mysql client's DELIMITER, a statement split again is itself, whole. (In
        // MySQL a final "--" is a comment, while "--;" was not.)
        const bool dashesAtEnd =
            dialect == SqlDialect::MySQL && statement.text.endsWith(QLatin1String("--"));
        if (!hasDelimiter && !dashesAtEnd && statement.text.front() != QChar(0xFEFF)) {
            const SqlSplitResult again = SqlSplitter::split(statement.text, dialect);
            CHECK(again.ok());
            CHECK(again.statements.size() == 1);
            CHECK(again.statements.constFirst().text == statement.text);
        }
    }

    index = -1;
    if (result.ok()) {
        CHECK(result.errorOffset == -1);
        CHECK(result.errorLine == 0 && result.errorColumn == 0);
    } else {
        CHECK(result.errorOffset >= previousEnd);
        CHECK(result.errorOffset <= script.size());
        int line = 0;
        int column = 0;
        lineColumn(script, result.errorOffset, &line, &column);
        CHECK(result.errorLine == line);
        CHECK(result.errorColumn == column);
    }
    return 0;
}
