// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connections/environment.h"
#include "db/connectionspec.h"
#include "db/sqldialect.h"
#include "db/sqlstatement.h"
#include "query/queryhistory.h"
#include "query/queryrequests.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QWidget>

#include <memory>

class DbSession;
class ExplainView;
class FindReplaceBar;
class QAction;
class QLabel;
class QPlainTextEdit;
class QProgressDialog;
class QSpinBox;
class QTabWidget;
class QTimer;
class QToolBar;
class ResultTableModel;
class ResultView;
class SqlCodeEditor;

/// The SQL editor of one connection: its own DbSession (own worker thread and connection, so its
/// transactions and cursors never meet the main window's), the editor, and one tab per result
/// set beside a message log. Runs the statement under the cursor or the selection (Ctrl+Enter)
/// or the whole script (Ctrl+Shift+Enter, F5), cut by the dialect's splitter; EXPLAIN (F7) and
/// EXPLAIN ANALYZE (Shift+F7, confirmed); auto-commit or manual commit (default on production)
/// with the transaction state shown; read-only connections refuse writes before sending them;
/// statement timeout; cancel; history; .sql files.
class SqlEditorWindow : public QWidget {
    Q_OBJECT
public:
    /// `spec` carries the password (used to connect, then wiped). `historyDirectory` overrides
    /// where the history is kept (tests).
    SqlEditorWindow(const ConnectionSpec &spec, Environment environment, QWidget *parent = nullptr,
                    const QString &historyDirectory = {});
    ~SqlEditorWindow() override;

    SqlCodeEditor *editor() const { return m_editor; }
    DbSession *session() const { return m_session.get(); }
    QTabWidget *resultTabs() const { return m_tabs; }
    FindReplaceBar *findBar() const { return m_findBar; }
    QString messages() const;
    /// Result tabs in order (the message log and plans are not counted).
    QList<ResultView *> resultViews() const;
    ExplainView *explainView() const;
    bool isConnected() const { return m_connected; }
    bool isRunning() const { return m_runId != 0; }
    TransactionState transactionState() const { return m_transaction; }
    bool manualCommit() const;
    void setManualCommit(bool manual);
    void setTimeoutSeconds(int seconds);
    QString filePath() const { return m_filePath; }
    QueryHistory &history() { return m_history; }

    void setSql(const QString &sql);
    QString sql() const;

public Q_SLOTS:
    /// The selection if there is one, else the statement under the cursor.
    void runStatementAtCursor();
    void runScript();
    void cancel();
    /// EXPLAIN ANALYZE executes the statement: asks first unless `confirmed`.
    void explain(bool analyze, bool confirmed = false);
    void commit();
    void rollback();
    /// Writes the whole result of `view`'s statement to `path` (asks for what is empty).
    void exportResult(ResultView *view, ExportFormat format, QString path = {},
                      QString tableName = {});
    bool openFile(QString path = {});
    bool saveFile(QString path = {});
    void showHistory();
    void refreshCatalog();

Q_SIGNALS:
    void connectionOpened(bool ok);
    void runFinished(const QueryRunResult &result);
    void catalogLoaded();
    void exportDone(const ExportResult &result);
    void explainShown();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions(QToolBar *toolbar);
    void startRun(const QString &text, qsizetype base);
    void onStatementFinished(const StatementOutcome &outcome);
    void onQueryFinished(const QueryRunResult &result);
    void closeCursors();
    void setTransaction(TransactionState state);
    void updateActions();
    void appendMessage(const QString &text, const QString &color = {});
    void markStatementError(const SqlStatement &statement, const DbError &error, bool refused);
    /// The statement under the cursor (absolute offsets), or an empty statement.
    SqlStatement statementAtCursor() const;
    QString selectedOrCurrentStatement(qsizetype *base) const;
    QString guessTableName(const QString &statement) const;
    void updateTitle();

    ConnectionSpec m_spec;
    Environment m_environment;
    SqlDialect m_dialect;
    std::unique_ptr<DbSession> m_session;
    QueryHistory m_history;
    SqlCodeEditor *m_editor;
    FindReplaceBar *m_findBar;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_log;
    QLabel *m_status;
    QLabel *m_transactionLabel;
    QSpinBox *m_timeout;
    QTimer *m_ticker;
    QPointer<ExplainView> m_explainView;
    QPointer<QProgressDialog> m_exportProgress;

    QAction *m_runAction = nullptr;
    QAction *m_runScriptAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_explainAction = nullptr;
    QAction *m_analyzeAction = nullptr;
    QAction *m_autoCommitAction = nullptr;
    QAction *m_commitAction = nullptr;
    QAction *m_rollbackAction = nullptr;

    bool m_connected = false;
    quint64 m_runId = 0;
    quint64 m_busyId = 0; ///< explain, export, commit/rollback in flight
    QList<SqlStatement> m_runStatements;
    QElapsedTimer m_runTimer;
    int m_resultNumber = 0;
    QHash<quint64, QPointer<ResultTableModel>> m_cursors;
    TransactionState m_transaction = TransactionState::None;
    bool m_catalogStale = false;
    QString m_filePath;
};
