// SPDX-License-Identifier: GPL-3.0-or-later
#include "recoverywizard.h"

#include "commitpage.h"
#include "db/dbsession.h"
#include "diffscriptpage.h"
#include "recoverydatapage.h"
#include "recoveryfailurepage.h"
#include "recoveryoptionpage.h"

RecoveryWizard::RecoveryWizard(WizardContext context, const QString &migration, QWidget *parent)
    : WorkbenchWizard(std::move(context), parent)
    , m_migration(migration)
    , m_failure(new RecoveryFailurePage(this))
    , m_optionPage(new RecoveryOptionPage(this))
    , m_data(new RecoveryDataPage(this))
    , m_script(new DiffScriptPage(this)) {
    setObjectName(QStringLiteral("recoveryWizard"));
    setWindowTitle(tr("Recover Failed Migration — %1").arg(migration));
    m_options = RecoveryAdvisor::options(m_migration, m_forensics);

    m_script->setObjectName(QStringLiteral("recoveryScriptPage"));
    m_script->setRequestProvider([this] { return scriptRequest(); });
    m_script->setCommandsProvider([this] {
        const RecoveryOption *o = option(chosenKind());
        return o ? o->prismaCommands.mid(0, 2) : QStringList{};
    });

    setPage(FailurePage, m_failure);
    setPage(OptionPage, m_optionPage);
    setPage(DataPage, m_data);
    setPage(ScriptPage, m_script);
    auto *commit = new CommitPage(this);
    commit->setStepsProvider([this] { return commitSteps(); });
    setCommitPage(CommitPageId, commit);
    setStartId(FailurePage);

    // The script page's title follows the chosen direction.
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id != ScriptPage)
            return;
        const RecoveryOption::Kind kind = chosenKind();
        if (kind == RecoveryOption::Kind::MoveBackward) {
            m_script->setTitle(tr("Move backward: the script"));
            m_script->setSubTitle(tr("The database compared with the migrations without %1: "
                                     "running this script takes the schema back to before it.")
                                      .arg(m_migration));
        } else {
            m_script->setTitle(tr("Move forward: the script"));
            m_script->setSubTitle(tr("The database compared with the migrations up to %1: "
                                     "running this script completes what it did not do.")
                                      .arg(m_migration));
        }
    });
}

const LocalMigration *RecoveryWizard::localMigration() const {
    const int i = m_context.history.folder.indexOf(m_migration);
    return i >= 0 ? &m_context.history.folder.migrations.at(i) : nullptr;
}

const MigrationRow *RecoveryWizard::failedRow() const {
    const MigrationRow *found = nullptr;
    for (const MigrationRow &row : m_context.history.rows) {
        if (row.migrationName == m_migration && row.isFailed())
            found = &row;
    }
    return found;
}

void RecoveryWizard::setForensics(const Schema &live, const Forensics &forensics) {
    m_live = live;
    m_forensics = forensics;
    m_options = RecoveryAdvisor::options(m_migration, m_forensics);
}

RecoveryOption::Kind RecoveryWizard::chosenKind() const {
    return m_optionPage->chosen().value_or(RecoveryOption::Kind::MoveBackward);
}

const RecoveryOption *RecoveryWizard::option(RecoveryOption::Kind kind) const {
    for (const RecoveryOption &o : m_options) {
        if (o.kind == kind)
            return &o;
    }
    return nullptr;
}

int RecoveryWizard::nextId() const {
    switch (currentId()) {
    case FailurePage:
        return OptionPage;
    case OptionPage:
        switch (chosenKind()) {
        case RecoveryOption::Kind::MoveForward:
            return DataPage;
        case RecoveryOption::Kind::RolledBackRedeploy:
            return CommitPageId;
        case RecoveryOption::Kind::MoveBackward:
        case RecoveryOption::Kind::CompleteMarkApplied:
            return ScriptPage;
        }
        return ScriptPage;
    case DataPage:
        return ScriptPage;
    case ScriptPage:
        return CommitPageId;
    default:
        return -1;
    }
}

DiffRequest RecoveryWizard::scriptRequest() const {
    const DiffContext &c = m_context.diff;
    SchemaSource target;
    if (chosenKind() == RecoveryOption::Kind::MoveBackward) {
        // Back to the migrations without the failed one. When later migrations are still pending,
        // "without" would create them too; the applied set is then the state to return to.
        const int index = m_context.history.folder.indexOf(m_migration);
        const bool last = index == m_context.history.folder.migrations.size() - 1;
        target = last ? c.migrationsSource({}, m_migration) : c.appliedSource();
    } else {
        // Forward to the migrations up to and including the failed one (later pending ones stay
        // for the next deploy).
        target = c.migrationsSource(m_migration);
    }
    return c.request(c.databaseSource(), target);
}

QString RecoveryWizard::redeployPreview() const {
    QString text = tr("-- prisma migrate deploy, once step 1 has recorded the rollback: its own "
                      "preview (lock, bookkeeping, statements) runs then. It applies:\n");
    const HistoryReport &h = m_context.history;
    for (const MigrationStatus &m : h.migrations) {
        if (!m.isLocal() || (m.name != m_migration && m.state != MigrationStatus::State::Pending &&
                             m.state != MigrationStatus::State::RolledBack))
            continue;
        const LocalMigration &local = h.folder.migrations.at(m.localIndex);
        text += QStringLiteral("-- migration %1\n").arg(m.name) +
                QString::fromUtf8(local.script).trimmed() + QLatin1Char('\n');
    }
    return text;
}

QList<CommitStep> RecoveryWizard::commitSteps() const {
    QList<CommitStep> steps;
    const QString where = m_context.connectionName;
    auto operation = [&](OperationRequest::Kind kind, const QString &title,
                         const QStringList &commands) {
        CommitStep s;
        s.kind = CommitStep::Kind::Operation;
        s.title = title;
        s.prismaCommands = commands;
        s.session = m_session;
        s.request = m_context.operation(kind);
        s.request.migrationName = m_migration;
        s.environment = m_context.environment;
        s.connectionName = where;
        s.provider = m_context.provider();
        return s;
    };
    const QString quoted = QLatin1Char('"') + m_migration + QLatin1Char('"');
    const QString markRolledBack =
        QStringLiteral("npx prisma migrate resolve --rolled-back ") + quoted;
    const QString markApplied = QStringLiteral("npx prisma migrate resolve --applied ") + quoted;
    auto execute = [&](const QString &script, const QString &name, const QString &title) {
        CommitStep s = operation(OperationRequest::Kind::Execute, title,
                                 {QStringLiteral("npx prisma db execute --url \"$DATABASE_URL\" "
                                                 "--file %1")
                                      .arg(name)});
        s.request.script = script;
        s.request.scriptName = name;
        s.request.atomic = true; // one transaction where the database allows it
        return s;
    };

    switch (chosenKind()) {
    case RecoveryOption::Kind::MoveBackward:
        if (const QString script = m_script->script(); !script.isEmpty())
            steps << execute(script, QStringLiteral("backward.sql"),
                             tr("Run the backward script on %1").arg(where));
        steps << operation(OperationRequest::Kind::ResolveRolledBack,
                           tr("Mark %1 as rolled back").arg(m_migration), {markRolledBack});
        break;
    case RecoveryOption::Kind::MoveForward: {
        QString script = m_data->deleteStatements().join(QLatin1Char('\n'));
        if (!script.isEmpty())
            script += QStringLiteral("\n\n");
        script += m_script->script();
        if (!script.trimmed().isEmpty())
            steps << execute(script, QStringLiteral("forward.sql"),
                             m_data->deleteStatements().isEmpty()
                                 ? tr("Run the forward script on %1").arg(where)
                                 : tr("Delete the chosen duplicate rows and run the forward "
                                      "script on %1")
                                       .arg(where));
        steps << operation(OperationRequest::Kind::ResolveApplied,
                           tr("Mark %1 as applied").arg(m_migration), {markApplied});
        break;
    }
    case RecoveryOption::Kind::CompleteMarkApplied:
        if (const QString script = m_script->script(); !script.isEmpty())
            steps << execute(script, QStringLiteral("forward.sql"),
                             tr("Run the missing statements on %1").arg(where));
        steps << operation(OperationRequest::Kind::ResolveApplied,
                           tr("Mark %1 as applied").arg(m_migration), {markApplied});
        break;
    case RecoveryOption::Kind::RolledBackRedeploy: {
        steps << operation(OperationRequest::Kind::ResolveRolledBack,
                           tr("Mark %1 as rolled back").arg(m_migration), {markRolledBack});
        CommitStep deploy =
            operation(OperationRequest::Kind::Deploy, tr("Deploy again on %1").arg(where),
                      {QStringLiteral("npx prisma migrate deploy")});
        deploy.request.migrationName.clear();
        deploy.previewAfterEarlierSteps = true;
        deploy.laterPreview = redeployPreview();
        steps << deploy;
        break;
    }
    }
    return steps;
}
