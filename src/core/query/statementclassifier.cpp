// SPDX-License-Identifier: GPL-3.0-or-later
#include "statementclassifier.h"

#include "mwbtr.h"

#include <QSet>

namespace {
bool isWordChar(QChar c) {
    return c.isLetterOrNumber() || c == u'_' || c == u'$';
}

/// Functions that change state although they are called from a SELECT.
const QSet<QString> &sideEffectFunctions() {
    static const QSet<QString> names{
        QStringLiteral("NEXTVAL"),
        QStringLiteral("SETVAL"),
        QStringLiteral("PG_ADVISORY_LOCK"),
        QStringLiteral("PG_ADVISORY_XACT_LOCK"),
        QStringLiteral("PG_TRY_ADVISORY_LOCK"),
        QStringLiteral("PG_ADVISORY_UNLOCK"),
        QStringLiteral("PG_ADVISORY_UNLOCK_ALL"),
        QStringLiteral("PG_TERMINATE_BACKEND"),
        QStringLiteral("PG_CANCEL_BACKEND"),
        QStringLiteral("PG_RELOAD_CONF"),
        QStringLiteral("PG_ROTATE_LOGFILE"),
        QStringLiteral("PG_SWITCH_WAL"),
        QStringLiteral("SET_CONFIG"),
        QStringLiteral("LO_IMPORT"),
        QStringLiteral("LO_EXPORT"),
        QStringLiteral("LO_UNLINK"),
        QStringLiteral("LO_CREATE"),
        QStringLiteral("DBLINK_EXEC"),
        QStringLiteral("PG_CREATE_RESTORE_POINT"),
        QStringLiteral("PG_LOGICAL_EMIT_MESSAGE"),
        QStringLiteral("GET_LOCK"),
        QStringLiteral("RELEASE_LOCK"),
        QStringLiteral("RELEASE_ALL_LOCKS"),
        QStringLiteral("LOAD_EXTENSION"),
    };
    return names;
}

/// Settings a read-only session may change: they alter how results look, not data or the
/// session's read-only mode.
const QSet<QString> &harmlessSettings() {
    static const QSet<QString> names{
        QStringLiteral("SEARCH_PATH"),
        QStringLiteral("STATEMENT_TIMEOUT"),
        QStringLiteral("TIMEZONE"),
        QStringLiteral("TIME"),
        QStringLiteral("NAMES"),
        QStringLiteral("CHARACTER"),
        QStringLiteral("WORK_MEM"),
        QStringLiteral("DATESTYLE"),
        QStringLiteral("EXTRA_FLOAT_DIGITS"),
        QStringLiteral("APPLICATION_NAME"),
        QStringLiteral("CLIENT_ENCODING"),
        QStringLiteral("LOCK_TIMEOUT"),
        QStringLiteral("MAX_STATEMENT_TIME"),
        QStringLiteral("MAX_EXECUTION_TIME"),
        QStringLiteral("TIME_ZONE"),
        QStringLiteral("@@SESSION.TIME_ZONE"),
    };
    return names;
}
} // namespace

QStringList StatementClassifier::words(const QString &s, SqlDialect dialect, int limit) {
    QStringList out;
    const qsizetype n = s.size();
    qsizetype i = 0;
    const bool my = dialect == SqlDialect::MySQL;
    auto skipQuoted = [&](QChar quote, bool backslash) {
        ++i;
        while (i < n) {
            const QChar c = s.at(i);
            if (backslash && c == u'\\') {
                i += 2;
                continue;
            }
            ++i;
            if (c == quote) {
                if (i < n && s.at(i) == quote) {
                    ++i;
                    continue;
                }
                return;
            }
        }
    };
    while (i < n && (limit < 0 || out.size() < limit)) {
        const QChar c = s.at(i);
        if (c == u'-' && i + 1 < n && s.at(i + 1) == u'-') {
            while (i < n && s.at(i) != u'\n')
                ++i;
        } else if (my && c == u'#') {
            while (i < n && s.at(i) != u'\n')
                ++i;
        } else if (c == u'/' && i + 1 < n && s.at(i + 1) == u'*') {
            const qsizetype end = s.indexOf(QStringLiteral("*/"), i + 2);
            i = end < 0 ? n : end + 2;
        } else if (c == u'\'') {
            skipQuoted(u'\'', my);
            out << QStringLiteral("'");
        } else if (c == u'"' || c == u'`' || (c == u'[' && dialect == SqlDialect::SQLite)) {
            const qsizetype start = i;
            const QChar close = c == u'[' ? QChar(u']') : c;
            if (my && c == u'"') {
                skipQuoted(u'"', true);
                out << QStringLiteral("'"); // a string in MySQL
                continue;
            }
            skipQuoted(close, false);
            out << s.mid(start, i - start);
        } else if (c == u'$' && dialect == SqlDialect::PostgreSQL &&
                   (i + 1 < n && (s.at(i + 1) == u'$' || s.at(i + 1).isLetter()))) {
            // $tag$ … $tag$ (a parameter like $1 is a word below)
            qsizetype j = i + 1;
            while (j < n && s.at(j) != u'$' && isWordChar(s.at(j)))
                ++j;
            if (j < n && s.at(j) == u'$') {
                const QString tag = s.mid(i, j - i + 1);
                const qsizetype end = s.indexOf(tag, j + 1);
                i = end < 0 ? n : end + tag.size();
                out << QStringLiteral("'");
            } else {
                i = j;
            }
        } else if (isWordChar(c)) {
            const qsizetype start = i;
            while (i < n && isWordChar(s.at(i)))
                ++i;
            out << s.mid(start, i - start).toUpper();
        } else if (c == u'@' && my) {
            const qsizetype start = i;
            ++i;
            while (i < n && (isWordChar(s.at(i)) || s.at(i) == u'@' || s.at(i) == u'.'))
                ++i;
            out << s.mid(start, i - start).toUpper();
        } else {
            if (!c.isSpace())
                out << QString(c);
            ++i;
        }
    }
    return out;
}

StatementClassifier::Result StatementClassifier::classify(const QString &statement,
                                                          SqlDialect dialect) {
    return classifyWords(words(statement, dialect), dialect);
}

StatementClassifier::Result StatementClassifier::classifyWords(QStringList w, SqlDialect dialect) {
    while (!w.isEmpty() && w.first() == QLatin1String("("))
        w.removeFirst();
    Result r;
    if (w.isEmpty()) {
        r.kind = Kind::Read;
        return r;
    }
    const QString first = w.first();
    const QString second = w.value(1);
    auto write = [&](const QString &why) {
        r.kind = Kind::Write;
        r.reason = why;
        return r;
    };
    auto contains = [&](const QString &word) { return w.contains(word); };

    if (first == QLatin1String("BEGIN") || first == QLatin1String("START")) {
        // SQLite's BEGIN … END of a trigger never starts a statement.
        r.kind = Kind::TransactionControl;
        r.beginsTransaction = true;
        return r;
    }
    if (first == QLatin1String("COMMIT") || first == QLatin1String("END") ||
        first == QLatin1String("ABORT") || first == QLatin1String("ROLLBACK")) {
        r.kind = Kind::TransactionControl;
        // ROLLBACK TO [SAVEPOINT] x keeps the transaction; COMMIT AND CHAIN opens the next one.
        r.endsTransaction = !(first == QLatin1String("ROLLBACK") && contains(QStringLiteral("TO")));
        if (contains(QStringLiteral("CHAIN")) && !contains(QStringLiteral("NO")))
            r.beginsTransaction = true;
        return r;
    }
    if (first == QLatin1String("SAVEPOINT") || first == QLatin1String("RELEASE")) {
        r.kind = Kind::TransactionControl;
        return r;
    }
    static const QSet<QString> ddl{
        QStringLiteral("CREATE"),   QStringLiteral("ALTER"),  QStringLiteral("DROP"),
        QStringLiteral("TRUNCATE"), QStringLiteral("RENAME"), QStringLiteral("COMMENT"),
        QStringLiteral("GRANT"),    QStringLiteral("REVOKE"),
    };
    if (ddl.contains(first)) {
        r.kind = Kind::Ddl;
        r.reason = MwbTr::tr("%1 changes the schema").arg(first);
        return r;
    }
    if (first == QLatin1String("USE")) {
        r.kind = Kind::Session;
        return r;
    }
    if (first == QLatin1String("SET") || first == QLatin1String("RESET")) {
        QString name = second;
        if (name == QLatin1String("SESSION") || name == QLatin1String("LOCAL") ||
            name == QLatin1String("@@SESSION"))
            name = w.value(2);
        if (harmlessSettings().contains(name) && !contains(QStringLiteral("TRANSACTION"))) {
            r.kind = Kind::Session;
            return r;
        }
        return write(MwbTr::tr("SET %1 changes the session").arg(name.toLower()));
    }
    if (first == QLatin1String("PRAGMA")) {
        if (contains(QStringLiteral("=")))
            return write(MwbTr::tr("PRAGMA with a value changes the database"));
        r.kind = Kind::Read;
        return r;
    }
    if (first == QLatin1String("EXPLAIN") ||
        (first == QLatin1String("ANALYZE") && dialect == SqlDialect::MySQL &&
         second != QLatin1String("TABLE") && second != QLatin1String("NO_WRITE_TO_BINLOG") &&
         second != QLatin1String("LOCAL"))) {
        const bool analyze = first == QLatin1String("ANALYZE") ||
                             contains(QStringLiteral("ANALYZE")) ||
                             contains(QStringLiteral("ANALYSE"));
        if (!analyze) {
            r.kind = Kind::Read;
            return r;
        }
        // EXPLAIN ANALYZE runs the statement: it is what that statement is.
        static const QSet<QString> starts{
            QStringLiteral("SELECT"), QStringLiteral("INSERT"),  QStringLiteral("UPDATE"),
            QStringLiteral("DELETE"), QStringLiteral("WITH"),    QStringLiteral("MERGE"),
            QStringLiteral("VALUES"), QStringLiteral("REPLACE"), QStringLiteral("TABLE"),
            QStringLiteral("CREATE"), QStringLiteral("EXECUTE")};
        for (qsizetype i = 1; i < w.size(); ++i) {
            if (starts.contains(w.at(i))) {
                const Result inner = classifyWords(w.mid(i), dialect);
                if (inner.writes())
                    return write(MwbTr::tr("EXPLAIN ANALYZE executes the statement"));
                r.kind = Kind::Read;
                return r;
            }
        }
        return write(MwbTr::tr("EXPLAIN ANALYZE executes the statement"));
    }
    static const QSet<QString> reads{QStringLiteral("SELECT"), QStringLiteral("VALUES"),
                                     QStringLiteral("SHOW"),   QStringLiteral("DESCRIBE"),
                                     QStringLiteral("DESC"),   QStringLiteral("WITH"),
                                     QStringLiteral("TABLE"),  QStringLiteral("HELP")};
    static const QSet<QString> changesData{QStringLiteral("INSERT"),  QStringLiteral("UPDATE"),
                                           QStringLiteral("DELETE"),  QStringLiteral("MERGE"),
                                           QStringLiteral("REPLACE"), QStringLiteral("UPSERT"),
                                           QStringLiteral("COPY"),    QStringLiteral("LOAD")};
    if (changesData.contains(first))
        return write(MwbTr::tr("%1 changes data").arg(first));
    if (!reads.contains(first))
        return write(MwbTr::tr("%1 is not known to be read-only").arg(first));
    // A read statement that writes after all: data-modifying CTEs, SELECT … INTO, locking reads,
    // side-effect functions.
    static const QSet<QString> dml{QStringLiteral("INSERT"),  QStringLiteral("UPDATE"),
                                   QStringLiteral("DELETE"),  QStringLiteral("MERGE"),
                                   QStringLiteral("REPLACE"), QStringLiteral("TRUNCATE")};
    for (qsizetype i = 0; i < w.size(); ++i) {
        const QString &t = w.at(i);
        if (dml.contains(t) && first == QLatin1String("WITH")) {
            // REPLACE( is a string function; INSERT( is MySQL's string function.
            if (w.value(i + 1) != QLatin1String("("))
                return write(MwbTr::tr("the WITH query contains %1").arg(t));
        }
        if (t == QLatin1String("INTO") &&
            (first == QLatin1String("SELECT") || first == QLatin1String("WITH")))
            return write(MwbTr::tr("SELECT … INTO creates or writes something"));
        if (t == QLatin1String("FOR") &&
            (w.value(i + 1) == QLatin1String("UPDATE") ||
             w.value(i + 1) == QLatin1String("SHARE") || w.value(i + 1) == QLatin1String("NO") ||
             w.value(i + 1) == QLatin1String("KEY")))
            return write(MwbTr::tr("a locking read (FOR UPDATE/SHARE)"));
        if (t == QLatin1String("LOCK") && w.value(i + 1) == QLatin1String("IN"))
            return write(MwbTr::tr("a locking read (LOCK IN SHARE MODE)"));
        if (w.value(i + 1) == QLatin1String("(") && sideEffectFunctions().contains(t))
            return write(MwbTr::tr("%1() changes state").arg(t.toLower()));
    }
    r.kind = Kind::Read;
    return r;
}
