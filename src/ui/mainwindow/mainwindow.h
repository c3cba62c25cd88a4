// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/dbrequests.h"
#include "operations/operationdialog.h"
#include "workspace/workspace.h"

#include <QMainWindow>
#include <QPointer>
#include <QSettings>

#include <memory>

class AuditJournalDialog;
class BaselineWizard;
class ChangePlanDialog;
class ConnectionManagerDialog;
class DiffWindow;
class DriftIndicator;
struct DiffContext;
class ConnectionStore;
class DbSession;
class SecretStore;
struct ConnectionProfile;
class HistoryTableModel;
class HistoryView;
class MigrationDetailsPane;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QToolButton;
class HotfixWizard;
class RecoveryWizard;
class WorkbenchWizard;
struct WizardContext;
class SqlEditorWindow;
class TrainingDialog;
class TrainingPanel;

/// The workbench window: workspace and database at the top, the history in the middle, the
/// selected migration on the right. Owns the database session; never touches QSqlDatabase.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a Prisma project folder and reads its history (with the datasource URL, if any).
    bool openWorkspace(const QString &path);
    /// Creates the demo workspace off the GUI thread, then opens it.
    void openDemo();
    /// Opens a session for `url` (Prisma URL form) and loads the history.
    void connectDatabase(const QString &url);
    void refresh();

    /// Marks the window for `environment`; `color` (#rrggbb) overrides the environment's colour.
    void setEnvironment(Environment environment, const QString &color = {});
    Environment environment() const { return m_environment; }
    /// Opens the preview/confirm/run dialog for an operation on the current connection.
    OperationDialog *startOperation(const OperationRequest &request);
    /// Opens the connection manager (profiles of this workspace and global ones).
    ConnectionManagerDialog *openConnectionManager();
    /// Connects with a saved profile: its environment, read-only rule and password.
    void connectProfile(const ConnectionProfile &profile, const QString &password);
    SecretStore *secretStore() const { return m_secrets; }
    DbSession *session() const { return m_session.get(); }

    /// Opens (or raises) the schema comparison window for this workspace and connection.
    DiffWindow *openDiffWindow();
    /// Opens the comparison window on the drift check (applied migrations vs. the live database)
    /// and runs it; nullptr (with an error shown) without a database or migrations folder.
    DiffWindow *checkDrift();
    DriftIndicator *driftIndicator() const { return m_drift; }
    /// The wizards (failed migration recovery, hotfix reconciliation, baseline), window-modal;
    /// nullptr with an error shown when they cannot start on this connection.
    RecoveryWizard *openRecoveryWizard(const QString &migration = {});
    HotfixWizard *openHotfixWizard();
    BaselineWizard *openBaselineWizard();

    /// Opens the training scenario picker; a built scenario opens here with its guide.
    TrainingDialog *openTraining();
    TrainingPanel *trainingPanel() const { return m_trainingPanel; }

    /// Review: a change plan file in review mode (approve, execute on this connection), and the
    /// audit journal of every write.
    ChangePlanDialog *openChangePlan(const QString &path);
    AuditJournalDialog *openAuditJournal();

    HistoryTableModel *historyModel() const { return m_model; }
    HistoryView *historyView() const { return m_historyView; }
    MigrationDetailsPane *detailsPane() const { return m_details; }
    QString bannerText() const;

public Q_SLOTS:
    /// Opens an SQL editor window on the current connection (its own session and connection),
    /// with `sql` in it; nullptr (with an error shown) without a database connection.
    SqlEditorWindow *openSqlEditor(const QString &sql = {});

Q_SIGNALS:
    /// A history result (or an error) has been shown; for tests and scripted screenshots.
    void historyShown();
    void errorShown(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void startSession(const ConnectionSpec &spec);
    void onHistoryLoaded(const HistoryResult &result);
    void showError(const QString &message);
    void setBanner(const QString &text, const QColor &color);
    void setBusy(bool busy, const QString &what = {});
    void updateTitle();
    void updateOperationActions();
    QString selectedMigration() const;
    /// The connection (with password), the migrations folder and the applied set, for diffs.
    DiffContext diffContext() const;
    void updateDrift();
    /// Wipes the password kept for diffs and shadow replays, and stops what uses it.
    void forgetConnectionSecret();
    WizardContext wizardContext() const;
    void showWizard(WorkbenchWizard *wizard);

    std::unique_ptr<DbSession> m_session;
    QSettings m_settings; ///< the user's settings (QSettings' platform location)
    std::unique_ptr<ConnectionStore> m_store;
    SecretStore *m_secrets;
    Workspace m_workspace;
    bool m_hasWorkspace = false;
    QString m_serverVersion;
    QString m_shownUrl; ///< the URL as shown after connecting (password redacted)
    Environment m_environment = Environment::Local;
    /// The open connection WITH its password, in memory only: diffs and drift checks open their
    /// own connections (shadow replay needs the server's password). Wiped on disconnect/close.
    ConnectionSpec m_diffSpec;
    ConnectionSpec m_shadowSpec; ///< configured shadow database WITH password; invalid: none
    TrainingPanel *m_trainingPanel = nullptr; ///< created with the first training scenario

    HistoryTableModel *m_model;
    HistoryView *m_historyView;
    MigrationDetailsPane *m_details;
    QLineEdit *m_urlEdit;
    QPushButton *m_connectButton;
    QLabel *m_banner;
    QLabel *m_connectionLabel;
    QProgressBar *m_progress;
    QToolButton *m_cancelButton;
    QComboBox *m_environmentBox;
    QLabel *m_environmentBadge;
    QWidget *m_central;
    DriftIndicator *m_drift;
    QPointer<DiffWindow> m_diffWindow;
    QAction *m_deployAction = nullptr;
    QAction *m_markAppliedAction = nullptr;
    QAction *m_markRolledBackAction = nullptr;
    QAction *m_executeAction = nullptr;
    QAction *m_recoverAction = nullptr;
};
