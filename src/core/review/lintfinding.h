// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

/// The rule ids MigrationLinter reports (stable: used in JSON, plans and tests).
namespace LintRule {
inline const QString SyntaxError = QStringLiteral("syntax-error");
inline const QString DropTable = QStringLiteral("drop-table");
inline const QString DropColumn = QStringLiteral("drop-column");
inline const QString Truncate = QStringLiteral("truncate");
inline const QString DeleteAll = QStringLiteral("delete-without-where");
inline const QString UpdateAll = QStringLiteral("update-without-where");
inline const QString AlterColumnType = QStringLiteral("alter-column-type");
inline const QString DropIndex = QStringLiteral("drop-index");
inline const QString DropConstraint = QStringLiteral("drop-constraint");
inline const QString Rename = QStringLiteral("rename");
inline const QString NotNullWithoutDefault = QStringLiteral("not-null-without-default");
inline const QString SetNotNull = QStringLiteral("set-not-null");
inline const QString UniqueOnExistingData = QStringLiteral("unique-on-existing-data");
inline const QString ForeignKeyOnExistingData = QStringLiteral("foreign-key-on-existing-data");
inline const QString CheckOnExistingData = QStringLiteral("check-on-existing-data");
inline const QString NonTransactional = QStringLiteral("non-transactional");
inline const QString ImplicitCommit = QStringLiteral("implicit-commit");
inline const QString TransactionControl = QStringLiteral("transaction-control");
inline const QString RedefineTable = QStringLiteral("redefine-table");
} // namespace LintRule

/// One finding of the migration linter: where (source, statement, position), how bad, which rule,
/// and a one-line explanation. The subject (table, columns, referenced table, new type) is what
/// data pre-checks are generated from.
struct LintFinding {
    enum class Severity { Info, Warning, Error };

    QString ruleId;
    Severity severity = Severity::Warning;
    QString source;          ///< migration name or script name
    int statementIndex = -1; ///< 0-based index of the statement in its source
    int line = 0;            ///< 1-based position of the statement in its source
    int column = 0;
    QString statement; ///< the statement's text
    QString message;   ///< one line, translated

    QString schema; ///< PostgreSQL schema when the statement qualified the table
    QString table;
    QStringList columns;
    QString referencedTable;
    QStringList referencedColumns;
    QString newType; ///< alter-column-type: the type the column is changed to
    QString detail;  ///< extra facts added by pre-checks ("2 duplicate groups …")

    static QString severityKey(Severity severity); ///< "info", "warning", "error"
    static Severity severityFromKey(const QString &key);
    static QString severityLabel(Severity severity); ///< translated
    QJsonObject toJson() const;
    static LintFinding fromJson(const QJsonObject &object);
};

using LintFindings = QList<LintFinding>;

Q_DECLARE_METATYPE(LintFinding)
