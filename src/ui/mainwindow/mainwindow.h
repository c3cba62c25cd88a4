// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/dbrequests.h"
#include "workspace/workspace.h"

#include <QMainWindow>

#include <memory>

class DbSession;
class HistoryTableModel;
class HistoryView;
class MigrationDetailsPane;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QToolButton;

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

    HistoryTableModel *historyModel() const { return m_model; }
    HistoryView *historyView() const { return m_historyView; }
    MigrationDetailsPane *detailsPane() const { return m_details; }
    QString bannerText() const;

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

    std::unique_ptr<DbSession> m_session;
    Workspace m_workspace;
    bool m_hasWorkspace = false;
    QString m_serverVersion;
    QString m_shownUrl; ///< the URL as shown after connecting (password redacted)

    HistoryTableModel *m_model;
    HistoryView *m_historyView;
    MigrationDetailsPane *m_details;
    QLineEdit *m_urlEdit;
    QPushButton *m_connectButton;
    QLabel *m_banner;
    QLabel *m_connectionLabel;
    QProgressBar *m_progress;
    QToolButton *m_cancelButton;
};
