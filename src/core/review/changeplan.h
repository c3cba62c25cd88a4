// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lintfinding.h"
#include "ops/operationplan.h"
#include "planprecondition.h"
#include "precheck.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>

/// A reviewer's sign-off: who, when, and the content hash they saw.
struct PlanApproval {
    QString reviewer;
    QDateTime time; ///< UTC
    QString planHash;
    QString comment;

    bool isEmpty() const { return reviewer.isEmpty(); }
};

/// A change plan: one write operation against one database, written down for review before it
/// runs — the exact statements (bookkeeping included, from the operation's dry run), the target
/// (URL without password) and environment, the preconditions re-checked at execution, lint
/// findings and data pre-check results, the backup step, the author and a SHA-256 content hash.
/// A plan file is readable JSON: the content fields, then `hash` and `approval`.
///
/// The hash covers the content exactly as stored (compact JSON with sorted keys, without `hash`
/// and `approval`): changing anything in the file — a statement, a precondition, the target —
/// breaks it. The approval binds a reviewer to that hash; the author cannot approve.
struct ChangePlan {
    static inline const QString Format = QStringLiteral("mwb-change-plan/1");

    QString id; ///< UUID
    QString title;
    QString author;    ///< OS user who created it
    QDateTime created; ///< UTC

    QString connection;     ///< redacted URL (never a password)
    QString connectionName; ///< human label
    QString provider;       ///< postgresql, mysql, sqlite
    QString environment;    ///< local, staging, production

    QString workspaceRoot;
    QString migrationsDir;

    OperationPlan::Operation operation = OperationPlan::Operation::Deploy;
    QString migrationName; ///< resolve
    QString scriptName;    ///< execute
    QString script;        ///< execute: the exact script
    bool atomic = true;    ///< deploy: transaction per migration; execute: whole script

    OperationPlan preview; ///< every statement in order, from the dry run
    QList<PlanPrecondition> preconditions;
    LintFindings lint;
    PreCheckResults preChecks;
    bool backupRequired = false; ///< the operation changes schema or data
    bool backupPlanned = false;  ///< a backup tool was available when the plan was made
    QString backupStatement;     ///< what the backup step will do (or that none will be taken)
    QString readinessUrl;        ///< optional GET after execution, expecting 200

    QString hash; ///< as stored in the file (or computed by seal())
    PlanApproval approval;

    /// The hashed part, as a JSON object.
    QJsonObject contentJson() const;
    /// content + hash + approval, as written to the file.
    QJsonObject toJson() const;
    /// Parses a plan file's object and remembers the hash of its content exactly as found (not
    /// as re-serialised), which verifyIntegrity() compares with `hash`.
    static bool fromJson(const QJsonObject &object, ChangePlan *plan, QString *error);

    static QString hashOf(const QJsonObject &content);
    /// Sets `hash` from the current content (after creating or editing a plan in memory).
    void seal();

    bool save(const QString &path, QString *error) const;
    static bool load(const QString &path, ChangePlan *plan, QString *error);

    /// Empty when the stored hash matches the content; else why the plan cannot be trusted.
    QString verifyIntegrity() const;
    /// Empty when an approval by someone other than the author covers this exact content.
    QString verifyApproval() const;
    /// Records `reviewer`'s approval; refuses a tampered plan, an empty name and the author.
    QString approve(const QString &reviewer, const QDateTime &time, const QString &comment = {});

    bool isApproved() const { return verifyIntegrity().isEmpty() && verifyApproval().isEmpty(); }
    QString operationKey() const { return OperationPlan::operationKey(operation); }
    /// "resolve-rolled-back 20240102000000_Unique on postgresql://app:****@db/app".
    QString summary() const;

    /// The OS user name (USER, else USERNAME).
    static QString currentUser();
    static bool sameUser(const QString &a, const QString &b);

private:
    QString m_loadedContentHash; ///< hash of the content exactly as loaded (empty: not loaded)
};

Q_DECLARE_METATYPE(ChangePlan)
