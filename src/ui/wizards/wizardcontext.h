// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connections/environment.h"
#include "db/dbrequests.h"
#include "diff/diffcontext.h"
#include "history/historyreport.h"

#include <functional>

class DbSession;
class DiffJob;
class QObject;
struct DiffOutcome;

/// What a wizard works on, handed over by MainWindow when it opens: the open connection's
/// session (MainWindow owns it; the wizard holds it weakly), its environment, the diff context
/// (live spec WITH password, wiped by the wizard when it closes), the last history report and
/// the journal every write goes to.
struct WizardContext {
    DbSession *session = nullptr;
    Environment environment = Environment::Local;
    DiffContext diff;
    HistoryReport history;
    QString workspaceRoot;
    QString migrationsDir;
    QString schemaDir;
    QString journalPath;     ///< the audit journal; empty: none
    QString connectionLabel; ///< the connection without password (journal, headers)
    QString connectionName;  ///< short name shown in pages ("dev.db", "app@db:5432/app")

    /// The Prisma provider of the history or, before one was read, of the connection.
    QString provider() const;
    /// An operation on the open connection with the journal fields set (as MainWindow does).
    OperationRequest operation(OperationRequest::Kind kind) const;
    /// Reads the live schema on its own thread (a DiffJob from the database, no script); `done`
    /// runs on the GUI thread with the outcome (`outcome.from` is the schema). The job belongs
    /// to `owner` and deletes itself when done.
    DiffJob *readLiveSchema(QObject *owner, std::function<void(const DiffOutcome &)> done) const;
    /// The word a production confirmation asks for: the database name (SQLite: the file name).
    static QString confirmationWord(const ConnectionSpec &spec);
    /// Overwrites the password this holds.
    void wipe();
};
