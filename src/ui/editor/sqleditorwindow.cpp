// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqleditorwindow.h"

#include "db/dbsession.h"
#include "db/sqlsplitter.h"
#include "explainview.h"
#include "findreplacebar.h"
#include "query/sqlcompletion.h"
#include "query/sqlerrorlocator.h"
#include "query/statementclassifier.h"
#include "queryhistorydialog.h"
#include "resulttablemodel.h"
#include "resultview.h"
#include "sqlcodeeditor.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QSaveFile>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTime>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

SqlEditorWindow::SqlEditorWindow(const ConnectionSpec &spec, Environment environment,
                                 QWidget *parent, const QString &historyDirectory)
    : QWidget(parent)
    , m_spec(spec)
    , m_environment(environment)
    , m_dialect(sqlDialectForProvider(spec.provider()))
    , m_session(std::make_unique<DbSession>(spec, nullptr, /*cancellable=*/true))
    , m_history(spec.redactedUrl(), historyDirectory)
    , m_editor(new SqlCodeEditor(m_dialect, this))
    , m_findBar(new FindReplaceBar(m_editor, this))
    , m_tabs(new QTabWidget(this))
    , m_log(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_transactionLabel(new QLabel(this))
    , m_timeout(new QSpinBox(this))
    , m_ticker(new QTimer(this)) {
    m_spec.password.fill(QChar(u'\0'));
    m_spec.password.clear();
    setObjectName(QStringLiteral("SqlEditorWindow"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    resize(1100, 760);

    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    createActions(toolbar);

    m_log->setObjectName(QStringLiteral("messageLog"));
    m_log->setReadOnly(true);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setMaximumBlockCount(5000);
    m_tabs->setObjectName(QStringLiteral("resultTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->addTab(m_log, tr("Messages"));
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr); // the log stays
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (m_tabs->widget(index) != m_log)
            m_tabs->widget(index)->deleteLater();
    });

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->setSpacing(0);
    topLayout->addWidget(m_editor, 1);
    topLayout->addWidget(m_findBar);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    m_status->setObjectName(QStringLiteral("editorStatus"));
    auto *statusRow = new QHBoxLayout;
    statusRow->setContentsMargins(0, 0, 0, 0);
    if (m_environment != Environment::Local || m_spec.readOnly) {
        // Where the statements go, in the colours of the main window's environment badge.
        const bool production = m_environment == Environment::Production;
        auto *badge = new QLabel(this);
        badge->setObjectName(QStringLiteral("environmentBadge"));
        badge->setText(production
                           ? (m_spec.readOnly ? tr(" PRODUCTION · read-only ") : tr(" PRODUCTION "))
                       : m_environment == Environment::Staging ? tr(" STAGING ")
                                                               : tr(" read-only "));
        badge->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; "
                                            "font-weight: bold; border-radius: 3px; }")
                                 .arg(production ? QStringLiteral("#c62828")
                                      : m_environment == Environment::Staging
                                          ? QStringLiteral("#ef6c00")
                                          : QStringLiteral("#546e7a")));
        statusRow->addWidget(badge);
    }
    statusRow->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(2);
    layout->addWidget(toolbar);
    layout->addWidget(splitter, 1);
    layout->addLayout(statusRow);
    if (environment != Environment::Local) {
        setAttribute(Qt::WA_StyledBackground); // draws the frame of the style sheet
        setStyleSheet(QStringLiteral("SqlEditorWindow { border: 4px solid %1; }")
                          .arg(environment == Environment::Production ? QStringLiteral("#c62828")
                                                                      : QStringLiteral("#ef6c00")));
    }

    m_ticker->setInterval(100);
    connect(m_ticker, &QTimer::timeout, this, [this] {
        if (m_runId)
            m_status->setText(
                tr("Running… %1 s").arg(QLocale().toString(m_runTimer.elapsed() / 1000.0, 'f', 1)));
    });

    DbSession *s = m_session.get();
    connect(s, &DbSession::opened, this, [this](const OpenResult &r) {
        m_connected = !r.error.isError();
        if (m_connected) {
            m_status->setText(
                tr("Connected to %1%2")
                    .arg(m_spec.displayName(), r.serverVersion.isEmpty()
                                                   ? QString()
                                                   : QStringLiteral(" · ") + r.serverVersion));
            refreshCatalog();
        } else {
            m_status->setText(tr("Not connected"));
            appendMessage(tr("Cannot connect: %1").arg(r.error.message), QStringLiteral("#c62828"));
        }
        updateActions();
        Q_EMIT connectionOpened(m_connected);
    });
    connect(s, &DbSession::statementFinished, this, &SqlEditorWindow::onStatementFinished);
    connect(s, &DbSession::queryFinished, this, &SqlEditorWindow::onQueryFinished);
    connect(s, &DbSession::rowsFetched, this, [this](const RowChunk &chunk) {
        const QPointer<ResultTableModel> model = m_cursors.value(chunk.cursorId);
        if (model)
            model->appendChunk(chunk);
        if (chunk.atEnd || chunk.closed) {
            m_cursors.remove(chunk.cursorId);
            if (m_catalogStale && m_cursors.isEmpty() && !isRunning())
                refreshCatalog();
        }
    });
    connect(s, &DbSession::catalogLoaded, this, [this](const CatalogResult &r) {
        if (!r.error.isError())
            m_editor->setCatalog(r.schema, r.namespaces);
        Q_EMIT catalogLoaded();
    });
    connect(s, &DbSession::transactionEnded, this, [this](const TransactionResult &r) {
        if (r.requestId == m_busyId)
            m_busyId = 0;
        if (r.error.isError())
            appendMessage(
                tr("%1 failed: %2").arg(r.commit ? tr("COMMIT") : tr("ROLLBACK"), r.error.message),
                QStringLiteral("#c62828"));
        else
            appendMessage(r.commit ? tr("Committed.") : tr("Rolled back."),
                          QStringLiteral("#2e7d32"));
        setTransaction(r.transaction);
        updateActions();
    });
    connect(s, &DbSession::explainFinished, this, [this](const ExplainResult &r) {
        if (r.requestId == m_busyId)
            m_busyId = 0;
        m_ticker->stop();
        updateActions();
        if (r.error.isError() && r.nodes.isEmpty()) {
            appendMessage(
                tr("EXPLAIN failed: %1").arg(SqlErrorLocator::cleanMessage(r.error.message)),
                QStringLiteral("#c62828"));
            m_tabs->setCurrentWidget(m_log);
            m_status->setText(tr("EXPLAIN failed"));
            return;
        }
        if (m_explainView) {
            m_tabs->removeTab(m_tabs->indexOf(m_explainView));
            m_explainView->deleteLater();
        }
        m_explainView = new ExplainView(r, m_tabs);
        const int index =
            m_tabs->addTab(m_explainView, r.analyzed ? tr("Plan (analyzed)") : tr("Plan"));
        m_tabs->setCurrentIndex(index);
        m_status->setText(r.analyzed ? tr("Plan with actual timings") : tr("Estimated plan"));
        Q_EMIT explainShown();
    });
    connect(s, &DbSession::exportProgress, this, [this](const ExportProgress &p) {
        if (p.requestId == m_busyId && m_exportProgress)
            m_exportProgress->setLabelText(tr("%1 rows written…").arg(QLocale().toString(p.rows)));
    });
    connect(s, &DbSession::exportFinished, this, [this](const ExportResult &r) {
        if (r.requestId == m_busyId)
            m_busyId = 0;
        if (m_exportProgress) {
            m_exportProgress->reset();
            m_exportProgress->deleteLater();
        }
        if (r.cancelled)
            appendMessage(tr("Export cancelled after %1 rows; no file was written.")
                              .arg(QLocale().toString(r.rows)));
        else if (r.error.isError())
            appendMessage(
                tr("Export failed: %1").arg(SqlErrorLocator::cleanMessage(r.error.message)),
                QStringLiteral("#c62828"));
        else
            appendMessage(tr("Exported %1 rows (%2) in %3 ms.")
                              .arg(QLocale().toString(r.rows), QLocale().formattedDataSize(r.bytes))
                              .arg(r.elapsedMs),
                          QStringLiteral("#2e7d32"));
        updateActions();
        Q_EMIT exportDone(r);
    });

    setManualCommit(environment == Environment::Production);
    setTransaction(TransactionState::None);
    updateTitle();
    updateActions();
    m_status->setText(tr("Connecting to %1…").arg(m_spec.displayName()));
    m_session->open();
}

SqlEditorWindow::~SqlEditorWindow() {
    m_session.reset(); // stops the worker (an open transaction is rolled back by the database)
}

void SqlEditorWindow::createActions(QToolBar *toolbar) {
    auto action = [&](const QString &text, const QKeySequence &key, auto slot) {
        auto *a = new QAction(text, this);
        if (!key.isEmpty())
            a->setShortcut(key);
        a->setShortcutContext(Qt::WindowShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    m_runAction = action(tr("Run"), QKeySequence(Qt::CTRL | Qt::Key_Return),
                         [this] { runStatementAtCursor(); });
    m_runAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_runAction->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_runAction->setToolTip(tr("Run the selection or the statement under the cursor (Ctrl+Enter)"));
    m_runScriptAction = action(tr("Run Script"), QKeySequence(), [this] { runScript(); });
    m_runScriptAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return),
                                     QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Enter),
                                     QKeySequence(Qt::Key_F5)});
    m_runScriptAction->setIcon(style()->standardIcon(QStyle::SP_MediaSeekForward));
    m_runScriptAction->setToolTip(tr("Run every statement of the script (Ctrl+Shift+Enter, F5)"));
    m_cancelAction =
        action(tr("Cancel"), QKeySequence(Qt::CTRL | Qt::Key_Period), [this] { cancel(); });
    m_cancelAction->setIcon(style()->standardIcon(QStyle::SP_BrowserStop));
    m_cancelAction->setToolTip(tr("Interrupt the running statement (Ctrl+.)"));
    m_explainAction = action(tr("Explain"), QKeySequence(Qt::Key_F7), [this] { explain(false); });
    m_explainAction->setToolTip(tr("Show the plan of the statement under the cursor (F7)"));
    m_analyzeAction = action(tr("Explain Analyze"), QKeySequence(Qt::SHIFT | Qt::Key_F7),
                             [this] { explain(true); });
    m_analyzeAction->setToolTip(
        tr("Run the statement and show the plan with actual timings (Shift+F7)"));
    m_autoCommitAction = action(tr("Auto-commit"), QKeySequence(), [this] { updateActions(); });
    m_autoCommitAction->setCheckable(true);
    m_autoCommitAction->setToolTip(
        tr("On: every statement commits by itself. Off: the first write opens a transaction "
           "that you commit or roll back."));
    m_commitAction = action(tr("Commit"), QKeySequence(), [this] { commit(); });
    m_commitAction->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));
    m_rollbackAction = action(tr("Rollback"), QKeySequence(), [this] { rollback(); });
    m_rollbackAction->setIcon(style()->standardIcon(QStyle::SP_DialogDiscardButton));
    auto *historyAction = action(tr("History…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H),
                                 [this] { showHistory(); });
    auto *openAction = action(tr("Open…"), QKeySequence::Open, [this] { openFile(); });
    auto *saveAction = action(tr("Save"), QKeySequence::Save, [this] { saveFile(m_filePath); });
    auto *saveAsAction =
        action(tr("Save As…"), QKeySequence::SaveAs, [this] { saveFile(QStringLiteral("?")); });
    action(tr("Find"), QKeySequence::Find, [this] { m_findBar->showFind(); });
    action(tr("Replace"), QKeySequence(Qt::CTRL | Qt::Key_H), [this] { m_findBar->showReplace(); });
    action(tr("Find Next"), QKeySequence::FindNext, [this] { m_findBar->findNext(true); });
    action(tr("Find Previous"), QKeySequence::FindPrevious, [this] { m_findBar->findNext(false); });
    action(tr("Complete"), QKeySequence(Qt::CTRL | Qt::Key_Space),
           [this] { m_editor->complete(); });

    toolbar->addAction(m_runAction);
    toolbar->addAction(m_runScriptAction);
    toolbar->addAction(m_cancelAction);
    toolbar->addSeparator();
    toolbar->addAction(m_explainAction);
    toolbar->addAction(m_analyzeAction);
    toolbar->addSeparator();
    toolbar->addAction(m_autoCommitAction);
    toolbar->addAction(m_commitAction);
    toolbar->addAction(m_rollbackAction);
    m_transactionLabel->setObjectName(QStringLiteral("transactionState"));
    m_transactionLabel->setMargin(3);
    toolbar->addWidget(m_transactionLabel);
    toolbar->addSeparator();
    m_timeout->setRange(0, 24 * 3600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setSpecialValueText(tr("no timeout"));
    m_timeout->setToolTip(tr("Statement timeout: the database stops a statement that runs longer"));
    toolbar->addWidget(new QLabel(tr(" Timeout: "), toolbar));
    toolbar->addWidget(m_timeout);
    toolbar->addSeparator();
    toolbar->addAction(historyAction);
    // Files in one menu button: the toolbar stays within a normal window width.
    auto *fileButton = new QToolButton(toolbar);
    fileButton->setText(tr("File"));
    fileButton->setPopupMode(QToolButton::InstantPopup);
    auto *fileMenu = new QMenu(fileButton);
    fileMenu->addAction(openAction);
    fileMenu->addAction(saveAction);
    fileMenu->addAction(saveAsAction);
    fileButton->setMenu(fileMenu);
    toolbar->addWidget(fileButton);
}

void SqlEditorWindow::updateTitle() {
    QString title = tr("SQL Editor — %1").arg(m_spec.displayName());
    if (!m_filePath.isEmpty())
        title = QFileInfo(m_filePath).fileName() + QStringLiteral(" · ") + title;
    if (m_environment == Environment::Production)
        title = tr("[PRODUCTION] %1").arg(title);
    setWindowTitle(title);
}

bool SqlEditorWindow::manualCommit() const {
    return !m_autoCommitAction->isChecked();
}

void SqlEditorWindow::setManualCommit(bool manual) {
    m_autoCommitAction->setChecked(!manual);
    updateActions();
}

void SqlEditorWindow::setTimeoutSeconds(int seconds) {
    m_timeout->setValue(seconds);
}

void SqlEditorWindow::setSql(const QString &sql) {
    m_editor->setText(sql);
    m_editor->clearErrors();
}

QString SqlEditorWindow::sql() const {
    return m_editor->text();
}

QString SqlEditorWindow::messages() const {
    return m_log->toPlainText();
}

ExplainView *SqlEditorWindow::explainView() const {
    return m_explainView;
}

QList<ResultView *> SqlEditorWindow::resultViews() const {
    QList<ResultView *> views;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *view = qobject_cast<ResultView *>(m_tabs->widget(i)))
            views << view;
    }
    return views;
}

void SqlEditorWindow::appendMessage(const QString &text, const QString &color) {
    const QString time = QTime::currentTime().toString(QStringLiteral("HH:mm:ss"));
    QString html = QStringLiteral("<span style=\"color:gray\">%1</span> ").arg(time) +
                   text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    if (!color.isEmpty())
        html = QStringLiteral("<span style=\"color:%1\">%2</span>").arg(color, html);
    m_log->appendHtml(html);
}

void SqlEditorWindow::setTransaction(TransactionState state) {
    m_transaction = state;
    switch (state) {
    case TransactionState::None:
        m_transactionLabel->setText(manualCommit() ? tr("no transaction") : QString());
        m_transactionLabel->setStyleSheet(QString());
        break;
    case TransactionState::Open:
        m_transactionLabel->setText(tr(" ● Transaction open "));
        m_transactionLabel->setStyleSheet(
            QStringLiteral("QLabel { background: #ef6c00; color: white; font-weight: bold; "
                           "border-radius: 3px; }"));
        break;
    case TransactionState::Failed:
        m_transactionLabel->setText(tr(" ● Transaction failed: roll back "));
        m_transactionLabel->setStyleSheet(
            QStringLiteral("QLabel { background: #c62828; color: white; font-weight: bold; "
                           "border-radius: 3px; }"));
        break;
    }
    updateActions();
}

void SqlEditorWindow::updateActions() {
    const bool idle = m_connected && m_runId == 0 && m_busyId == 0;
    m_runAction->setEnabled(idle);
    m_runScriptAction->setEnabled(idle);
    m_explainAction->setEnabled(idle);
    m_analyzeAction->setEnabled(idle && m_dialect != SqlDialect::SQLite);
    m_cancelAction->setEnabled(m_runId != 0 || m_busyId != 0);
    m_commitAction->setEnabled(idle && m_transaction == TransactionState::Open);
    m_rollbackAction->setEnabled(idle && m_transaction != TransactionState::None);
    m_commitAction->setVisible(manualCommit() || m_transaction != TransactionState::None);
    m_rollbackAction->setVisible(manualCommit() || m_transaction != TransactionState::None);
    if (m_transaction == TransactionState::None)
        m_transactionLabel->setText(manualCommit() ? tr("no transaction") : QString());
}

void SqlEditorWindow::closeCursors() {
    for (const QPointer<ResultTableModel> &model : std::as_const(m_cursors)) {
        if (model)
            model->markCursorClosed();
    }
    m_cursors.clear();
}

SqlStatement SqlEditorWindow::statementAtCursor() const {
    const QString text = m_editor->text();
    const qsizetype cursor = m_editor->cursorOffset();
    const SqlSplitResult split = SqlSplitter::split(text, m_dialect);
    const SqlStatement *best = nullptr;
    for (const SqlStatement &s : split.statements) {
        // The statement the cursor is in, or the last one that ended before it (cursor after ';').
        if (s.offset <= cursor)
            best = &s;
        if (s.offset <= cursor && cursor <= s.offset + s.length)
            return s;
    }
    if (best)
        return *best;
    return split.statements.isEmpty() ? SqlStatement{} : split.statements.first();
}

QString SqlEditorWindow::selectedOrCurrentStatement(qsizetype *base) const {
    const auto [from, to] = m_editor->selectionOffsets();
    if (to > from) {
        *base = from;
        return m_editor->text().mid(from, to - from);
    }
    const SqlStatement s = statementAtCursor();
    *base = s.offset;
    return s.text;
}

void SqlEditorWindow::runStatementAtCursor() {
    qsizetype base = 0;
    const QString text = selectedOrCurrentStatement(&base);
    startRun(text, base);
}

void SqlEditorWindow::runScript() {
    startRun(m_editor->text(), 0);
}

void SqlEditorWindow::startRun(const QString &text, qsizetype base) {
    if (!m_connected || isRunning() || m_busyId)
        return;
    m_editor->clearErrors();
    const SqlSplitResult split = SqlSplitter::split(text, m_dialect);
    if (!split.ok()) {
        appendMessage(tr("The script cannot be split: %1. Nothing was sent.").arg(split.error),
                      QStringLiteral("#c62828"));
        if (split.errorOffset >= 0)
            m_editor->markError(base + split.errorOffset, 1, split.error);
        m_tabs->setCurrentWidget(m_log);
        return;
    }
    if (split.statements.isEmpty()) {
        m_status->setText(tr("Nothing to run."));
        return;
    }
    QList<SqlStatement> statements = split.statements;
    for (SqlStatement &s : statements) {
        s.offset += base;
        s.byteOffset = 0; // not used past this point; offsets are into the editor text
    }
    // A read-only connection refuses writes before anything of the run is sent.
    if (m_spec.readOnly) {
        for (const SqlStatement &s : std::as_const(statements)) {
            const StatementClassifier::Result kind =
                StatementClassifier::classify(s.text, m_dialect);
            if (kind.writes()) {
                const DbError refusal = DbError::fromMessage(
                    tr("This connection is read-only: nothing was sent (%1).").arg(kind.reason));
                appendMessage(refusal.message, QStringLiteral("#c62828"));
                markStatementError(s, refusal, true);
                m_tabs->setCurrentWidget(m_log);
                return;
            }
        }
    }
    if (m_catalogStale)
        refreshCatalog();
    closeCursors();
    // Old results go; the message log stays.
    const QList<ResultView *> old = resultViews();
    for (ResultView *view : old) {
        m_tabs->removeTab(m_tabs->indexOf(view));
        view->deleteLater();
    }
    if (m_explainView) {
        m_tabs->removeTab(m_tabs->indexOf(m_explainView));
        m_explainView->deleteLater();
    }
    m_resultNumber = 0;
    QueryRunRequest request;
    request.statements = statements;
    request.options.manualCommit = manualCommit();
    request.options.timeoutMs = m_timeout->value() * 1000;
    m_runStatements = statements;
    m_runTimer.start();
    m_runId = m_session->runQuery(request);
    m_ticker->start();
    m_status->setText(tr("Running…"));
    updateActions();
}

void SqlEditorWindow::markStatementError(const SqlStatement &statement, const DbError &error,
                                         bool refused) {
    const QString message = SqlErrorLocator::cleanMessage(error.message);
    SqlErrorLocator::Location at;
    if (!refused)
        at = SqlErrorLocator::locate(statement.text, error.message, m_dialect);
    if (!at.found()) {
        // No position in the message: the statement's first word carries the mark.
        at.offset = 0;
        at.length = 1;
        while (at.length < statement.text.size() && statement.text.at(at.length).isLetterOrNumber())
            ++at.length;
    }
    m_editor->markError(statement.offset + at.offset, at.length,
                        message.section(QLatin1Char('\n'), 0, 0));
}

void SqlEditorWindow::onStatementFinished(const StatementOutcome &outcome) {
    if (outcome.requestId != m_runId || outcome.index >= m_runStatements.size())
        return;
    const SqlStatement &statement = m_runStatements.at(outcome.index);
    const int line =
        static_cast<int>(m_editor->text().left(statement.offset).count(QLatin1Char('\n'))) + 1;
    QString where = tr("[%1] line %2").arg(outcome.index + 1).arg(line);
    QueryHistory::Entry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.sql = statement.text;
    entry.elapsedMs = outcome.elapsedMs;
    entry.ok = !outcome.error.isError();
    if (outcome.error.isError()) {
        const QString message = SqlErrorLocator::cleanMessage(outcome.error.message);
        entry.error = message;
        QString prefix = outcome.cancelled  ? tr("cancelled")
                         : outcome.timedOut ? tr("timed out")
                         : outcome.refused  ? tr("refused")
                                            : tr("error");
        if (!outcome.error.nativeCode.isEmpty() && !outcome.cancelled && !outcome.refused)
            prefix += QStringLiteral(" ") + outcome.error.nativeCode;
        appendMessage(tr("%1 · %2: %3").arg(where, prefix, message), QStringLiteral("#c62828"));
        if (!outcome.cancelled)
            markStatementError(statement, outcome.error, outcome.refused);
        m_tabs->setCurrentWidget(m_log);
    } else if (outcome.hasResultSet) {
        entry.rows = outcome.rows.size();
        auto *model = new ResultTableModel(this);
        model->setResult(outcome.columns, outcome.rows, outcome.cursorId, outcome.truncated);
        connect(model, &ResultTableModel::fetchRequested, this,
                [this](quint64 cursorId, int rows) { m_session->fetchRows(cursorId, rows); });
        if (outcome.cursorId)
            m_cursors.insert(outcome.cursorId, model);
        auto *view = new ResultView(model, statement.text, m_tabs);
        connect(view, &ResultView::exportRequested, this,
                [this, view](ExportFormat format) { exportResult(view, format); });
        const QString name = tr("Result %1").arg(++m_resultNumber);
        const int index = m_tabs->addTab(view, name);
        m_tabs->setTabToolTip(index, statement.text.left(400));
        m_tabs->setCurrentIndex(index);
        appendMessage(
            tr("%1 · %2 · %3 ms → %4")
                .arg(where, outcome.cursorId
                                ? tr("%1 rows so far (more on scroll)").arg(outcome.rows.size())
                                : tr("%n row(s)", nullptr, static_cast<int>(outcome.rows.size())))
                .arg(outcome.elapsedMs)
                .arg(name));
    } else {
        entry.rows = outcome.rowsAffected;
        // DDL and session statements report 0 rows affected; "done" says more.
        const bool dml = StatementClassifier::classify(statement.text, m_dialect).kind ==
                         StatementClassifier::Kind::Write;
        appendMessage(tr("%1 · %2 · %3 ms")
                          .arg(where, outcome.rowsAffected >= 0 && dml
                                          ? tr("%n row(s) affected", nullptr,
                                               static_cast<int>(outcome.rowsAffected))
                                          : tr("done"))
                          .arg(outcome.elapsedMs));
    }
    if (!outcome.notice.isEmpty())
        appendMessage(QStringLiteral("%1 · %2").arg(where, outcome.notice),
                      QStringLiteral("#ef6c00"));
    if (!outcome.refused) {
        // Never blocks the run: a failing history write is said once in the log.
        if (const QString error = m_history.append(entry); !error.isEmpty())
            appendMessage(error, QStringLiteral("#ef6c00"));
    }
}

void SqlEditorWindow::onQueryFinished(const QueryRunResult &result) {
    if (result.requestId != m_runId)
        return;
    m_runId = 0;
    m_ticker->stop();
    setTransaction(result.transaction);
    const QString time = QLocale().toString(result.elapsedMs / 1000.0, 'f', 2);
    if (result.cancelled)
        m_status->setText(tr("Cancelled after %1 s.").arg(time));
    else if (result.failedIndex >= 0)
        m_status->setText(tr("Statement %1 failed; %2 of %3 ran (%4 s).")
                              .arg(result.failedIndex + 1)
                              .arg(result.executed)
                              .arg(m_runStatements.size())
                              .arg(time));
    else
        m_status->setText(tr("%n statement(s) in %1 s.", nullptr, result.executed).arg(time));
    if (result.schemaChanged) {
        m_catalogStale = true;
        if (m_cursors.isEmpty())
            refreshCatalog(); // else when the cursor is done: reading the catalog would close it
    }
    updateActions();
    Q_EMIT runFinished(result);
}

void SqlEditorWindow::refreshCatalog() {
    if (!m_connected)
        return;
    m_catalogStale = false;
    closeCursors();
    m_session->loadCatalog();
}

void SqlEditorWindow::cancel() {
    if (m_runId || m_busyId) {
        m_session->cancel();
        m_status->setText(tr("Cancelling…"));
    }
}

void SqlEditorWindow::explain(bool analyze, bool confirmed) {
    if (!m_connected || isRunning() || m_busyId)
        return;
    qsizetype base = 0;
    const QString statement = selectedOrCurrentStatement(&base).trimmed();
    if (statement.isEmpty())
        return;
    if (analyze && !confirmed) {
        const bool writes = StatementClassifier::classify(statement, m_dialect).writes();
        const QString text =
            writes ? tr("EXPLAIN ANALYZE runs the statement. This one writes: it runs inside a "
                        "transaction that is rolled back afterwards (DDL on MySQL/MariaDB commits "
                        "by itself and cannot be undone). Continue?")
                   : tr("EXPLAIN ANALYZE runs the statement to measure it. Continue?");
        if (QMessageBox::question(this, tr("Explain Analyze"), text) != QMessageBox::Yes)
            return;
    }
    closeCursors();
    m_busyId = m_session->explain(ExplainRequest{0, statement, analyze});
    m_status->setText(analyze ? tr("Running EXPLAIN ANALYZE…") : tr("Reading the plan…"));
    updateActions();
}

void SqlEditorWindow::commit() {
    if (!m_connected || isRunning() || m_busyId)
        return;
    closeCursors();
    m_busyId = m_session->endTransaction(true);
    updateActions();
}

void SqlEditorWindow::rollback() {
    if (!m_connected || isRunning() || m_busyId)
        return;
    closeCursors();
    m_busyId = m_session->endTransaction(false);
    updateActions();
}

QString SqlEditorWindow::guessTableName(const QString &statement) const {
    // The first table after FROM; words() upper-cases bare names, so take it from the text.
    const QHash<QString, QString> aliases = SqlCompletion::tableAliases(statement, m_dialect);
    for (const SchemaTable &t : m_editor->catalog().tables) {
        if (aliases.contains(t.name.toUpper()) || aliases.contains(t.name))
            return t.name;
    }
    return QStringLiteral("exported");
}

void SqlEditorWindow::exportResult(ResultView *view, ExportFormat format, QString path,
                                   QString tableName) {
    if (!view || !m_connected || isRunning() || m_busyId)
        return;
    if (path.isEmpty()) {
        const QString suffix = format == ExportFormat::Csv    ? QStringLiteral("csv")
                               : format == ExportFormat::Json ? QStringLiteral("json")
                                                              : QStringLiteral("sql");
        path = QFileDialog::getSaveFileName(
            this, tr("Export Result"), QStringLiteral("result.") + suffix,
            tr("%1 files (*.%2);;All files (*)").arg(suffix.toUpper(), suffix));
        if (path.isEmpty())
            return;
    }
    if (format == ExportFormat::SqlInserts && tableName.isEmpty()) {
        bool ok = false;
        tableName = QInputDialog::getText(this, tr("Export as INSERT statements"),
                                          tr("Table to insert into:"), QLineEdit::Normal,
                                          guessTableName(view->statement()), &ok);
        if (!ok || tableName.trimmed().isEmpty())
            return;
    }
    closeCursors();
    ExportRequest request;
    request.sql = view->statement();
    request.format = format;
    request.path = path;
    request.tableName = tableName.trimmed();
    request.timeoutMs = m_timeout->value() * 1000;
    m_busyId = m_session->exportResult(request);
    auto *progress = new QProgressDialog(tr("Exporting…"), tr("Cancel"), 0, 0, this);
    progress->setWindowTitle(tr("Export"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    connect(progress, &QProgressDialog::canceled, this, [this] { cancel(); });
    m_exportProgress = progress;
    appendMessage(tr("Exporting to %1…").arg(QDir::toNativeSeparators(path)));
    updateActions();
}

bool SqlEditorWindow::openFile(QString path) {
    if (path.isEmpty()) {
        path = QFileDialog::getOpenFileName(this, tr("Open SQL File"), QFileInfo(m_filePath).path(),
                                            tr("SQL files (*.sql);;All files (*)"));
        if (path.isEmpty())
            return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        appendMessage(tr("Cannot open %1: %2").arg(path, file.errorString()),
                      QStringLiteral("#c62828"));
        return false;
    }
    setSql(QString::fromUtf8(file.readAll()));
    m_editor->setModified(false);
    m_filePath = path;
    updateTitle();
    return true;
}

bool SqlEditorWindow::saveFile(QString path) {
    if (path.isEmpty() || path == QLatin1String("?")) {
        path = QFileDialog::getSaveFileName(this, tr("Save SQL File"),
                                            m_filePath.isEmpty() ? QStringLiteral("query.sql")
                                                                 : m_filePath,
                                            tr("SQL files (*.sql);;All files (*)"));
        if (path.isEmpty())
            return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_editor->text().toUtf8()) < 0 ||
        !file.commit()) {
        appendMessage(tr("Cannot save %1: %2").arg(path, file.errorString()),
                      QStringLiteral("#c62828"));
        return false;
    }
    m_editor->setModified(false);
    m_filePath = path;
    updateTitle();
    return true;
}

void SqlEditorWindow::showHistory() {
    auto *dialog = new QueryHistoryDialog(m_history.load(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QueryHistoryDialog::insertRequested, this, [this](const QString &sql) {
        m_editor->insert(sql.endsWith(QLatin1Char(';')) ? sql : sql + QLatin1Char(';'));
        m_editor->setFocus();
    });
    dialog->open();
}

void SqlEditorWindow::closeEvent(QCloseEvent *event) {
    if (m_transaction != TransactionState::None) {
        const auto answer = QMessageBox::question(
            this, tr("Open Transaction"),
            tr("A transaction is open on this connection. Closing the editor rolls it back."),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard) {
            event->ignore();
            return;
        }
    }
    if (m_editor->isModified() && !m_filePath.isEmpty()) {
        const auto answer = QMessageBox::question(
            this, tr("Unsaved Changes"), tr("Save the changes to %1?").arg(m_filePath),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel ||
            (answer == QMessageBox::Save && !saveFile(m_filePath))) {
            event->ignore();
            return;
        }
    }
    QWidget::closeEvent(event);
}
