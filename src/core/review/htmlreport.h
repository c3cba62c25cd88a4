// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auditjournal.h"
#include "changeplan.h"

/// Self-contained HTML reports (inline CSS, no scripts, no external resources) for a DBA's
/// record: one journal entry (what ran, result, duration, plan hash, reviewer, backup,
/// readiness, schema change), or one change plan (target, steps with bookkeeping, preconditions,
/// lint, pre-checks with sample rows, backup, approval, integrity) with its executions from the
/// journal. Every text is HTML-escaped; any `scheme://user:password@` left in a text is redacted.
class HtmlReport {
public:
    static QString forEntry(const AuditEntry &entry, int line = 0);
    static QString forPlan(const ChangePlan &plan, const QList<AuditEntry> &executions = {});
    /// The text with HTML escaped and URL passwords replaced by ****.
    static QString escape(const QString &text);
};
