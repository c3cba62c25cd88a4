// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrationlinter.h"

#include "db/sqlsplitter.h"
#include "history/historyreport.h"
#include "mwbtr.h"
#include "sqltokenizer.h"

#include <QStringDecoder>

#include <optional>

namespace {
using Severity = LintFinding::Severity;

struct Name {
    QString schema;
    QString name;
    QString key() const { return name.toLower(); }
};

/// A forward-only view over a range of tokens with keyword helpers.
class Cursor {
public:
    Cursor(const SqlTokens &tokens, qsizetype begin, qsizetype end, SqlDialect dialect)
        : m_t(tokens)
        , m_pos(begin)
        , m_end(end)
        , m_dialect(dialect) {}

    bool atEnd() const { return m_pos >= m_end; }
    qsizetype pos() const { return m_pos; }
    const SqlToken *peek(qsizetype ahead = 0) const {
        return m_pos + ahead < m_end ? &m_t.at(m_pos + ahead) : nullptr;
    }
    bool peekKeyword(const char *keyword, qsizetype ahead = 0) const {
        const SqlToken *t = peek(ahead);
        return t && t->isKeyword(QLatin1StringView(keyword));
    }
    bool keyword(const char *keyword) {
        if (!peekKeyword(keyword))
            return false;
        ++m_pos;
        return true;
    }
    /// Consumes the whole sequence, or nothing.
    bool keywords(std::initializer_list<const char *> sequence) {
        qsizetype i = 0;
        for (const char *k : sequence) {
            if (!peekKeyword(k, i))
                return false;
            ++i;
        }
        m_pos += i;
        return true;
    }
    bool punctuation(QChar c) {
        if (const SqlToken *t = peek(); t && t->isPunctuation(c)) {
            ++m_pos;
            return true;
        }
        return false;
    }
    void skip(qsizetype n = 1) { m_pos = qMin(m_end, m_pos + n); }

    /// An identifier as the database folds it: unquoted PostgreSQL names are lower-cased.
    QString identifier(const SqlToken &t) const {
        if (t.type == SqlToken::Type::Word && m_dialect == SqlDialect::PostgreSQL)
            return t.text.toLower();
        return t.text;
    }
    /// `name` or `schema.name` (a three-part name keeps its last two parts).
    std::optional<Name> name() {
        const SqlToken *t = peek();
        if (!t || !t->isIdentifier())
            return std::nullopt;
        Name n{{}, identifier(*t)};
        ++m_pos;
        while (peek() && peek()->isPunctuation(u'.') && peek(1) && peek(1)->isIdentifier()) {
            n.schema = n.name;
            n.name = identifier(*peek(1));
            m_pos += 2;
        }
        return n;
    }
    /// `( a, b(10) DESC, … )`: the leading identifier of each item; empty when not at `(`.
    QStringList nameList() {
        QStringList names;
        if (!punctuation(u'('))
            return names;
        int depth = 1;
        bool itemStart = true;
        while (!atEnd() && depth > 0) {
            const SqlToken &t = *peek();
            if (t.isPunctuation(u'(')) {
                ++depth;
            } else if (t.isPunctuation(u')')) {
                --depth;
            } else if (depth == 1 && t.isPunctuation(u',')) {
                itemStart = true;
            } else if (depth == 1 && itemStart) {
                if (t.isIdentifier())
                    names << identifier(t);
                itemStart = false;
            }
            ++m_pos;
        }
        return names;
    }
    /// Skips a balanced `( … )` when at one.
    void skipParens() {
        if (!peek() || !peek()->isPunctuation(u'('))
            return;
        int depth = 0;
        while (!atEnd()) {
            const SqlToken &t = *peek();
            ++m_pos;
            if (t.isPunctuation(u'('))
                ++depth;
            else if (t.isPunctuation(u')') && --depth == 0)
                return;
        }
    }
    /// Whether a keyword appears at parenthesis depth 0 from here to the end.
    bool containsKeyword(const char *keyword) const {
        int depth = 0;
        for (qsizetype i = m_pos; i < m_end; ++i) {
            const SqlToken &t = m_t.at(i);
            if (t.isPunctuation(u'('))
                ++depth;
            else if (t.isPunctuation(u')'))
                --depth;
            else if (depth == 0 && t.isKeyword(QLatin1StringView(keyword)))
                return true;
        }
        return false;
    }
    bool containsSequence(const char *first, const char *second) const {
        int depth = 0;
        for (qsizetype i = m_pos; i + 1 < m_end; ++i) {
            const SqlToken &t = m_t.at(i);
            if (t.isPunctuation(u'('))
                ++depth;
            else if (t.isPunctuation(u')'))
                --depth;
            else if (depth == 0 && t.isKeyword(QLatin1StringView(first)) &&
                     m_t.at(i + 1).isKeyword(QLatin1StringView(second)))
                return true;
        }
        return false;
    }

private:
    const SqlTokens &m_t;
    qsizetype m_pos;
    qsizetype m_end;
    SqlDialect m_dialect;
};

/// Splits [begin, end) at commas of parenthesis depth 0 (ALTER TABLE's action list).
QList<std::pair<qsizetype, qsizetype>> splitAtCommas(const SqlTokens &t, qsizetype begin,
                                                     qsizetype end) {
    QList<std::pair<qsizetype, qsizetype>> parts;
    int depth = 0;
    qsizetype start = begin;
    for (qsizetype i = begin; i < end; ++i) {
        if (t.at(i).isPunctuation(u'('))
            ++depth;
        else if (t.at(i).isPunctuation(u')'))
            --depth;
        else if (depth == 0 && t.at(i).isPunctuation(u',')) {
            parts.append({start, i});
            start = i + 1;
        }
    }
    if (start < end)
        parts.append({start, end});
    return parts;
}

class ScriptLinter {
public:
    ScriptLinter(SqlDialect dialect, const QString &source, MigrationLinter::State &state)
        : m_dialect(dialect)
        , m_source(source)
        , m_state(state) {}

    LintFindings run(const QString &script) {
        const SqlSplitResult split = SqlSplitter::split(script, m_dialect);
        m_statements = split.statements;
        m_tokens.reserve(m_statements.size());
        for (const SqlStatement &s : std::as_const(m_statements))
            m_tokens.append(SqlTokenizer::tokenize(s.text, m_dialect));
        collectRenames();
        for (m_index = 0; m_index < m_statements.size(); ++m_index)
            lintStatement();
        if (!split.ok()) {
            LintFinding f;
            f.ruleId = LintRule::SyntaxError;
            f.severity = Severity::Error;
            f.source = m_source;
            f.statementIndex = static_cast<int>(m_statements.size());
            f.line = split.errorLine;
            f.column = split.errorColumn;
            f.message =
                MwbTr::tr("The script cannot be split into statements: %1").arg(split.error);
            m_findings << f;
        }
        return m_findings;
    }

private:
    const SqlTokens &tokens() const { return m_tokens.at(m_index); }

    LintFinding &add(const QString &rule, Severity severity, const QString &message,
                     const Name &table = {}) {
        const SqlStatement &s = m_statements.at(m_index);
        LintFinding f;
        f.ruleId = rule;
        f.severity = severity;
        f.source = m_source;
        f.statementIndex = static_cast<int>(m_index);
        f.line = s.line;
        f.column = s.column;
        f.statement = s.text;
        f.message = message;
        f.schema = table.schema;
        f.table = table.name;
        m_findings << f;
        return m_findings.last();
    }

    bool isNewTable(const Name &table) const { return m_state.newTables.contains(table.key()); }
    bool allColumnsNew(const Name &table, const QStringList &columns) const {
        const QSet<QString> added = m_state.newColumns.value(table.key());
        if (columns.isEmpty() || added.isEmpty())
            return false;
        for (const QString &c : columns)
            if (!added.contains(c.toLower()))
                return false;
        return true;
    }

    /// `ALTER TABLE a RENAME TO b` anywhere in the script: drops of `b` before it are a
    /// redefinition, not a loss.
    void collectRenames() {
        for (qsizetype i = 0; i < m_tokens.size(); ++i) {
            const SqlTokens &t = m_tokens.at(i);
            Cursor c(t, 0, t.size(), m_dialect);
            if (!c.keywords({"ALTER", "TABLE"}))
                continue;
            c.keywords({"IF", "EXISTS"});
            c.keyword("ONLY");
            if (!c.name())
                continue;
            if (c.keyword("RENAME")) {
                if (!c.keyword("TO"))
                    c.keyword("AS");
                if (const auto target = c.name())
                    m_renamedTo.insert(target->key(), i);
            }
        }
    }

    void lintStatement() {
        const SqlTokens &t = tokens();
        if (t.isEmpty())
            return;
        Cursor c(t, 0, t.size(), m_dialect);
        QString reason;
        const bool nonTransactional =
            SqlSplitter::isNonTransactional(m_statements.at(m_index), m_dialect, &reason);
        const bool control = c.peekKeyword("BEGIN") || c.peekKeyword("COMMIT") ||
                             c.peekKeyword("ROLLBACK") || c.peekKeyword("SAVEPOINT") ||
                             c.peekKeyword("RELEASE") ||
                             (c.peekKeyword("START") && c.peekKeyword("TRANSACTION", 1)) ||
                             (c.peekKeyword("END") && t.size() <= 2) || c.peekKeyword("ABORT");
        if (nonTransactional && control) {
            add(LintRule::TransactionControl, Severity::Warning,
                MwbTr::tr("Explicit transaction control: it ends or splits the transaction the "
                          "migration runs in, so a failure can leave it half applied."));
            return;
        }
        if (nonTransactional) {
            if (m_dialect == SqlDialect::MySQL) {
                if (!m_implicitCommitReported && m_statements.size() > 1) {
                    m_implicitCommitReported = true;
                    add(LintRule::ImplicitCommit, Severity::Info,
                        MwbTr::tr("MySQL/MariaDB commit DDL implicitly: if a later statement "
                                  "fails, the statements before it stay applied."));
                }
            } else {
                add(LintRule::NonTransactional, Severity::Warning,
                    MwbTr::tr("Cannot run inside a transaction (%1): a failure after it leaves "
                              "the migration half applied.")
                        .arg(reason));
            }
        }
        if (c.keyword("CREATE")) {
            createStatement(c);
        } else if (c.keyword("DROP")) {
            dropStatement(c);
        } else if (c.keywords({"ALTER", "TABLE"})) {
            alterTable(c);
        } else if (c.keyword("TRUNCATE")) {
            c.keyword("TABLE");
            c.keyword("ONLY");
            while (const auto table = c.name()) {
                if (!isNewTable(*table))
                    add(LintRule::Truncate, Severity::Warning,
                        MwbTr::tr("Deletes every row of %1: irreversible without a backup.")
                            .arg(table->name),
                        *table);
                if (!c.punctuation(u','))
                    break;
            }
        } else if (c.keyword("DELETE")) {
            c.keyword("FROM");
            c.keyword("ONLY");
            const auto table = c.name();
            if (table && !isNewTable(*table) && !c.containsKeyword("WHERE"))
                add(LintRule::DeleteAll, Severity::Warning,
                    MwbTr::tr("DELETE without WHERE removes every row of %1.").arg(table->name),
                    *table);
        } else if (c.keyword("UPDATE")) {
            c.keyword("ONLY");
            const auto table = c.name();
            if (table && !isNewTable(*table) && !c.containsKeyword("WHERE"))
                add(LintRule::UpdateAll, Severity::Warning,
                    MwbTr::tr("UPDATE without WHERE changes every row of %1.").arg(table->name),
                    *table);
        } else if (c.keyword("INSERT") || c.keyword("REPLACE")) {
            c.keyword("INTO");
            if (const auto table = c.name())
                m_state.newTables.remove(table->key()); // it has rows now
        }
    }

    void createStatement(Cursor &c) {
        c.keywords({"OR", "REPLACE"});
        const bool unique = c.keyword("UNIQUE");
        if (c.keyword("INDEX")) {
            c.keyword("CONCURRENTLY");
            c.keywords({"IF", "NOT", "EXISTS"});
            if (!c.peekKeyword("ON"))
                c.name();
            if (!c.keyword("ON"))
                return;
            c.keyword("ONLY");
            const auto table = c.name();
            if (!table || !unique)
                return;
            if (c.keyword("USING"))
                c.skip();
            const QStringList columns = c.nameList();
            uniqueOn(*table, columns);
            return;
        }
        for (const char *k : {"GLOBAL", "LOCAL", "TEMP", "TEMPORARY", "UNLOGGED"})
            c.keyword(k);
        if (!c.keyword("TABLE"))
            return;
        c.keywords({"IF", "NOT", "EXISTS"});
        if (const auto table = c.name()) {
            if (c.containsKeyword("SELECT") || c.containsKeyword("LIKE"))
                m_state.newTables.remove(table->key());
            else
                m_state.newTables.insert(table->key());
            m_state.newColumns.remove(table->key());
        }
    }

    void dropStatement(Cursor &c) {
        c.keyword("TEMPORARY");
        if (c.keyword("TABLE")) {
            c.keywords({"IF", "EXISTS"});
            while (const auto table = c.name()) {
                dropTable(*table);
                if (!c.punctuation(u','))
                    break;
            }
        } else if (c.keyword("INDEX")) {
            c.keyword("CONCURRENTLY");
            c.keywords({"IF", "EXISTS"});
            const auto index = c.name();
            Name table;
            if (c.keyword("ON"))
                table = c.name().value_or(Name{});
            if (index && !isNewTable(table))
                add(LintRule::DropIndex, Severity::Info,
                    MwbTr::tr("Drops index %1: queries relying on it slow down; if it was unique, "
                              "duplicates can come in.")
                        .arg(index->name),
                    table);
        }
    }

    void dropTable(const Name &table) {
        m_dropped.insert(table.key());
        if (isNewTable(table)) {
            m_state.newTables.remove(table.key());
            return;
        }
        if (m_renamedTo.value(table.key(), -1) > m_index) {
            add(LintRule::RedefineTable, Severity::Info,
                MwbTr::tr("Table %1 is redefined (copied into a new table, dropped, renamed): "
                          "check that every column is copied.")
                    .arg(table.name),
                table);
            return;
        }
        add(LintRule::DropTable, Severity::Warning,
            MwbTr::tr("Drops table %1 and all its rows: irreversible without a backup.")
                .arg(table.name),
            table);
    }

    void alterTable(Cursor &c) {
        c.keywords({"IF", "EXISTS"});
        c.keyword("ONLY");
        const auto table = c.name();
        if (!table)
            return;
        for (const auto &[begin, end] : splitAtCommas(tokens(), c.pos(), tokens().size())) {
            Cursor action(tokens(), begin, end, m_dialect);
            alterAction(*table, action);
        }
    }

    /// The text of tokens [begin, end) of the current statement, as written.
    QString textOf(qsizetype begin, qsizetype end) const {
        const SqlTokens &t = tokens();
        if (begin >= end || begin >= t.size())
            return {};
        const SqlToken &last = t.at(qMin(end, t.size()) - 1);
        const qsizetype from = t.at(begin).offset;
        return m_statements.at(m_index).text.mid(from, last.offset + last.text.size() - from);
    }

    /// A column definition from the cursor on (after the column name): type text, NOT NULL,
    /// DEFAULT or an automatic value.
    struct ColumnDefinition {
        QString type;
        bool notNull = false;
        bool hasDefault = false;
    };
    ColumnDefinition columnDefinition(Cursor &c, qsizetype end) const {
        ColumnDefinition d;
        const qsizetype typeBegin = c.pos();
        qsizetype typeEnd = end;
        int depth = 0;
        for (qsizetype i = typeBegin; i < end; ++i) {
            const SqlToken &t = tokens().at(i);
            if (t.isPunctuation(u'('))
                ++depth;
            else if (t.isPunctuation(u')'))
                --depth;
            if (depth != 0)
                continue;
            static const char *const constraintWords[] = {
                "NOT",       "NULL",       "DEFAULT", "CONSTRAINT", "PRIMARY",        "UNIQUE",
                "CHECK",     "REFERENCES", "COLLATE", "GENERATED",  "AUTO_INCREMENT", "COMMENT",
                "USING",     "FIRST",      "AFTER",   "ON",         "CHARACTER",      "CHARSET",
                "INVISIBLE", "VISIBLE",    "AS",      "IDENTITY"};
            bool stop = false;
            if (i > typeBegin)
                for (const char *k : constraintWords)
                    stop = stop || t.isKeyword(QLatin1StringView(k));
            if (stop) {
                typeEnd = qMin(typeEnd, i);
            }
            if (t.isKeyword(QLatin1StringView("NOT")) && i + 1 < end &&
                tokens().at(i + 1).isKeyword(QLatin1StringView("NULL")))
                d.notNull = true;
            if (t.isKeyword(QLatin1StringView("PRIMARY")))
                d.notNull = true;
            for (const char *k : {"DEFAULT", "AUTO_INCREMENT", "AUTOINCREMENT", "GENERATED",
                                  "IDENTITY", "SERIAL", "BIGSERIAL", "SMALLSERIAL"})
                if (t.isKeyword(QLatin1StringView(k)))
                    d.hasDefault = true;
        }
        d.type = textOf(typeBegin, typeEnd).simplified();
        return d;
    }

    void alterAction(const Name &table, Cursor &c) {
        const qsizetype end = c.pos() + [&] {
            qsizetype n = 0;
            while (c.peek(n))
                ++n;
            return n;
        }();
        const bool newTable = isNewTable(table);
        if (c.keyword("ADD")) {
            if (c.keyword("CONSTRAINT") && !c.peekKeyword("UNIQUE") && !c.peekKeyword("PRIMARY") &&
                !c.peekKeyword("FOREIGN") && !c.peekKeyword("CHECK"))
                c.name(); // the constraint's name
            if (c.keyword("UNIQUE") || c.keywords({"PRIMARY", "KEY"})) {
                if (!c.keyword("INDEX"))
                    c.keyword("KEY");
                if (c.peek() && c.peek()->isIdentifier() && !c.peekKeyword("USING"))
                    c.name();
                if (c.keyword("USING") && !c.keyword("INDEX"))
                    c.skip();
                const QStringList columns = c.nameList();
                if (!newTable && !columns.isEmpty())
                    uniqueOn(table, columns);
                return;
            }
            if (c.keywords({"FOREIGN", "KEY"})) {
                if (c.peek() && c.peek()->isIdentifier())
                    c.name();
                const QStringList columns = c.nameList();
                if (!c.keyword("REFERENCES"))
                    return;
                const auto referenced = c.name();
                const QStringList referencedColumns = c.nameList();
                if (newTable || !referenced || allColumnsNew(table, columns))
                    return;
                LintFinding &f =
                    add(LintRule::ForeignKeyOnExistingData, Severity::Warning,
                        MwbTr::tr("Adds a foreign key from %1 (%2) to %3: existing rows without "
                                  "a matching %3 row make it fail.")
                            .arg(table.name, columns.join(QStringLiteral(", ")), referenced->name),
                        table);
                f.columns = columns;
                f.referencedTable = referenced->name;
                f.referencedColumns = referencedColumns;
                return;
            }
            if (c.keyword("CHECK")) {
                if (!newTable)
                    add(LintRule::CheckOnExistingData, Severity::Warning,
                        MwbTr::tr("Adds a CHECK constraint to %1: existing rows that violate it "
                                  "make it fail.")
                            .arg(table.name),
                        table);
                return;
            }
            if (c.keyword("INDEX") || c.keyword("KEY") || c.keyword("FULLTEXT") ||
                c.keyword("SPATIAL") || c.keyword("PARTITION"))
                return;
            c.keyword("COLUMN");
            c.keywords({"IF", "NOT", "EXISTS"});
            const auto column = c.name();
            if (!column)
                return;
            const ColumnDefinition d = columnDefinition(c, end);
            if (newTable)
                return;
            m_state.newColumns[table.key()].insert(column->key());
            if (d.notNull && !d.hasDefault) {
                LintFinding &f =
                    add(LintRule::NotNullWithoutDefault, Severity::Warning,
                        MwbTr::tr("Adds NOT NULL column %1 without a default to %2: fails if the "
                                  "table has rows.")
                            .arg(column->name, table.name),
                        table);
                f.columns = {column->name};
            }
            return;
        }
        if (c.keyword("DROP")) {
            if (c.keyword("CONSTRAINT") || c.keywords({"FOREIGN", "KEY"}) || c.keyword("CHECK")) {
                c.keywords({"IF", "EXISTS"});
                const auto name = c.name();
                if (!newTable && name)
                    add(LintRule::DropConstraint, Severity::Info,
                        MwbTr::tr("Drops constraint %1 of %2: rows that violate it can come in "
                                  "afterwards.")
                            .arg(name->name, table.name),
                        table);
                return;
            }
            if (c.keyword("INDEX") || c.keyword("KEY")) {
                const auto name = c.name();
                if (!newTable && name)
                    add(LintRule::DropIndex, Severity::Info,
                        MwbTr::tr("Drops index %1: queries relying on it slow down; if it was "
                                  "unique, duplicates can come in.")
                            .arg(name->name),
                        table);
                return;
            }
            if (c.keywords({"PRIMARY", "KEY"})) {
                if (!newTable)
                    add(LintRule::DropIndex, Severity::Info,
                        MwbTr::tr("Drops the primary key of %1.").arg(table.name), table);
                return;
            }
            if (c.peekKeyword("DEFAULT") || c.peekKeyword("PARTITION") || c.peekKeyword("NOT"))
                return;
            c.keyword("COLUMN");
            c.keywords({"IF", "EXISTS"});
            const auto column = c.name();
            if (!column || newTable)
                return;
            if (m_state.newColumns.value(table.key()).contains(column->key()))
                return;
            LintFinding &f =
                add(LintRule::DropColumn, Severity::Warning,
                    MwbTr::tr("Drops column %1 of %2 and its data: irreversible without a backup; "
                              "old application code that reads it fails.")
                        .arg(column->name, table.name),
                    table);
            f.columns = {column->name};
            return;
        }
        if (c.keyword("ALTER")) {
            c.keyword("COLUMN");
            const auto column = c.name();
            if (!column || newTable)
                return;
            if (c.keywords({"SET", "DATA", "TYPE"}) || c.keyword("TYPE")) {
                const qsizetype typeBegin = c.pos();
                qsizetype typeEnd = end;
                for (qsizetype i = typeBegin; i < end; ++i)
                    if (tokens().at(i).isKeyword(QLatin1StringView("USING")) ||
                        tokens().at(i).isKeyword(QLatin1StringView("COLLATE"))) {
                        typeEnd = i;
                        break;
                    }
                typeChange(table, column->name, textOf(typeBegin, typeEnd).simplified());
                return;
            }
            if (c.keywords({"SET", "NOT", "NULL"}))
                setNotNull(table, column->name);
            return;
        }
        if (c.keyword("MODIFY") || c.keyword("CHANGE")) {
            const bool change = tokens().at(c.pos() - 1).isKeyword(QLatin1StringView("CHANGE"));
            c.keyword("COLUMN");
            const auto column = c.name();
            if (!column || newTable)
                return;
            if (change) {
                const auto renamed = c.name();
                if (renamed && renamed->key() != column->key())
                    rename(table, MwbTr::tr("Renames column %1 of %2 to %3: old application code "
                                            "that uses the old name fails.")
                                      .arg(column->name, table.name, renamed->name));
            }
            const ColumnDefinition d = columnDefinition(c, end);
            if (m_state.newColumns.value(table.key()).contains(column->key()))
                return;
            typeChange(table, column->name, d.type);
            if (d.notNull)
                setNotNull(table, column->name);
            return;
        }
        if (c.keyword("RENAME")) {
            if (c.keyword("COLUMN") ||
                (c.peek() && c.peek()->isIdentifier() && !c.peekKeyword("TO") &&
                 !c.peekKeyword("AS") && !c.peekKeyword("INDEX") && !c.peekKeyword("KEY") &&
                 !c.peekKeyword("CONSTRAINT"))) {
                const auto column = c.name();
                c.keyword("TO");
                const auto target = c.name();
                if (column && target && !newTable)
                    rename(table, MwbTr::tr("Renames column %1 of %2 to %3: old application code "
                                            "that uses the old name fails.")
                                      .arg(column->name, table.name, target->name));
                return;
            }
            if (c.keyword("TO") || c.keyword("AS")) {
                const auto target = c.name();
                if (!target)
                    return;
                const bool wasNew = newTable;
                m_state.newTables.remove(table.key());
                m_state.newColumns.remove(target->key());
                if (wasNew) {
                    m_state.newTables.insert(target->key()); // still empty under its new name
                    return;
                }
                // SQLite's redefinition: the filled copy takes the dropped table's name.
                if (m_dropped.contains(target->key()))
                    return;
                rename(table, MwbTr::tr("Renames table %1 to %2: old application code that uses "
                                        "the old name fails.")
                                  .arg(table.name, target->name));
            }
        }
    }

    void rename(const Name &table, const QString &message) {
        add(LintRule::Rename, Severity::Warning, message, table);
    }

    void typeChange(const Name &table, const QString &column, const QString &type) {
        LintFinding &f = add(LintRule::AlterColumnType, Severity::Warning,
                             MwbTr::tr("Changes the type of %1.%2 to %3: rows that do not convert "
                                       "make it fail, and it may lose precision or rewrite the "
                                       "table under a lock.")
                                 .arg(table.name, column, type),
                             table);
        f.columns = {column};
        f.newType = type;
    }

    void setNotNull(const Name &table, const QString &column) {
        LintFinding &f = add(LintRule::SetNotNull, Severity::Warning,
                             MwbTr::tr("Makes %1.%2 NOT NULL: fails if any row holds NULL there.")
                                 .arg(table.name, column),
                             table);
        f.columns = {column};
    }

    void uniqueOn(const Name &table, const QStringList &columns) {
        if (isNewTable(table) || allColumnsNew(table, columns))
            return;
        LintFinding &f =
            add(LintRule::UniqueOnExistingData, Severity::Warning,
                MwbTr::tr("Adds a unique index on %1 (%2): fails if existing rows hold duplicates.")
                    .arg(table.name, columns.join(QStringLiteral(", "))),
                table);
        f.columns = columns;
    }

    SqlDialect m_dialect;
    QString m_source;
    MigrationLinter::State &m_state;
    QList<SqlStatement> m_statements;
    QList<SqlTokens> m_tokens;
    QHash<QString, qsizetype> m_renamedTo;
    QSet<QString> m_dropped;
    qsizetype m_index = 0;
    bool m_implicitCommitReported = false;
    LintFindings m_findings;
};
} // namespace

LintFindings MigrationLinter::lintScript(const QString &script, SqlDialect dialect,
                                         const QString &source, State *state) {
    State local;
    return ScriptLinter(dialect, source, state ? *state : local).run(script);
}

LintFindings MigrationLinter::lintPending(const HistoryReport &report) {
    LintFindings findings;
    State state;
    const SqlDialect dialect = sqlDialectForProvider(report.provider);
    for (const MigrationStatus &m : report.migrations) {
        if (m.state != MigrationStatus::State::Pending &&
            m.state != MigrationStatus::State::RolledBack)
            continue;
        const LocalMigration *local = report.localOf(m);
        if (!local || !local->hasScript())
            continue;
        QStringDecoder decoder(QStringDecoder::Utf8);
        findings << lintScript(decoder.decode(local->script), dialect, m.name, &state);
    }
    return findings;
}

bool MigrationLinter::hasAtLeast(const LintFindings &findings, LintFinding::Severity threshold) {
    for (const LintFinding &f : findings)
        if (f.severity >= threshold)
            return true;
    return false;
}
