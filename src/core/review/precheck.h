// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

/// A read-only data check generated from a lint finding: what to count before a statement that
/// existing rows may make fail.
struct PreCheck {
    enum class Kind {
        Duplicates,  ///< before a unique index/constraint: groups of equal non-NULL values
        NullCount,   ///< before SET NOT NULL: rows holding NULL
        RowCount,    ///< before ADD COLUMN … NOT NULL without default: any row at all
        FailingCast, ///< before a type change: values that do not convert
        Orphans,     ///< before a foreign key: rows without a matching referenced row
    };

    Kind kind = Kind::RowCount;
    QString ruleId;          ///< the finding it comes from
    QString source;          ///< migration or script of the finding
    int statementIndex = -1; ///< of the finding
    QString schema;
    QString table;
    QStringList columns;
    QString referencedTable;
    QStringList referencedColumns;
    QString newType;

    static QString kindKey(Kind kind); ///< duplicates, null-count, row-count, failing-cast, orphans
    static Kind kindFromKey(const QString &key);
    /// One line: "Duplicates of (name) in User".
    QString description() const;
    QJsonObject toJson() const;
    static PreCheck fromJson(const QJsonObject &object);
};

/// What a pre-check found.
struct PreCheckResult {
    enum class Status {
        Passed,  ///< nothing in the way
        Failed,  ///< rows that make the statement fail (count, samples)
        Error,   ///< the check itself failed (timeout, missing table …)
        Skipped, ///< cannot be checked here (reason in message)
    };

    PreCheck check;
    Status status = Status::Skipped;
    qint64 count = 0;          ///< offending rows (Duplicates: duplicate groups)
    qint64 affectedRows = 0;   ///< Duplicates: rows in those groups; otherwise = count
    QStringList sampleColumns; ///< column names of the sample rows
    QList<QStringList> sampleRows;
    QString message; ///< one line: what was found, or why it could not be checked
    QString sql;     ///< the counting query that ran
    qint64 elapsedMs = 0;

    bool failed() const { return status == Status::Failed; }
    static QString statusKey(Status status); ///< passed, failed, error, skipped
    static Status statusFromKey(const QString &key);
    QJsonObject toJson() const;
    static PreCheckResult fromJson(const QJsonObject &object);
};

using PreCheckResults = QList<PreCheckResult>;

Q_DECLARE_METATYPE(PreCheck)
Q_DECLARE_METATYPE(PreCheckResult)
