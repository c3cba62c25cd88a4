// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "connections/connectionmanagerdialog.h"
#include "connections/connectionmatrixdialog.h"
#include "connections/connectionprofile.h"
#include "connections/connectionstore.h"
#include "connections/secretstore.h"
#include "db/databaseurl.h"
#include "db/dbsession.h"
#include "diff/diffcontext.h"
#include "diff/diffwindow.h"
#include "diff/driftindicator.h"
#include "editor/sqleditorwindow.h"
#include "history/historytablemodel.h"
#include "history/historyview.h"
#include "history/migrationdetailspane.h"
#include "review/auditjournal.h"
#include "review/auditjournaldialog.h"
#include "review/changeplandialog.h"
#include "training/trainingdialog.h"
#include "training/trainingpanel.h"
#include "wizards/baselinewizard.h"
#include "wizards/hotfixwizard.h"
#include "wizards/recoverywizard.h"
#include "workspace/demoworkspace.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_model(new HistoryTableModel(this))
    , m_historyView(new HistoryView(m_model, this))
    , m_details(new MigrationDetailsPane(this))
    , m_urlEdit(new QLineEdit(this))
    , m_connectButton(new QPushButton(tr("Connect"), this))
    , m_banner(new QLabel(this))
    , m_connectionLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancelButton(new QToolButton(this))
    , m_environmentBox(new QComboBox(this))
    , m_environmentBadge(new QLabel(this))
    , m_central(new QWidget(this))
    , m_drift(new DriftIndicator(this)) {
    m_secrets = new SecretStore(this);
    m_store = std::make_unique<ConnectionStore>(m_settings);
    m_secrets->probe();
    setObjectName(QStringLiteral("MainWindow"));
    createActions();

    m_urlEdit->setPlaceholderText(
        tr("Database URL: file:./dev.db, postgresql://user@host/db?schema=public, mysql://…"));
    m_urlEdit->setClearButtonEnabled(true);
    m_urlEdit->setMinimumWidth(300);
    connect(m_urlEdit, &QLineEdit::returnPressed, m_connectButton, &QPushButton::click);
    connect(m_connectButton, &QPushButton::clicked, this, [this] {
        if (!m_shownUrl.isEmpty() && m_urlEdit->text() == m_shownUrl && m_session)
            refresh(); // the redacted URL of the open connection: nothing to reconnect
        else
            connectDatabase(m_urlEdit->text());
    });

    m_banner->setWordWrap(true);
    m_banner->setMargin(8);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->hide();

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_historyView);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({760, 500});
    splitter->setChildrenCollapsible(false);

    auto *central = m_central;
    central->setObjectName(QStringLiteral("centralFrame"));
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(140);
    m_progress->setTextVisible(false);
    m_cancelButton->setText(tr("Cancel"));
    connect(m_cancelButton, &QToolButton::clicked, this, [this] {
        if (m_session)
            m_session->cancel();
    });
    statusBar()->addWidget(m_connectionLabel, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelButton);
    setBusy(false);

    m_historyView->addBarWidget(m_drift);
    connect(m_drift, &DriftIndicator::openRequested, this, [this] {
        DiffWindow *window = openDiffWindow();
        if (m_drift->hasOutcome())
            window->showOutcome(m_drift->request(), m_drift->outcome());
        else if (m_drift->state() == DriftIndicator::State::Checking)
            window->start(m_drift->request());
    });

    connect(m_historyView, &HistoryView::currentMigrationChanged, this, [this](int index) {
        m_details->showMigration(m_model->report(), index);
        updateOperationActions();
    });
    m_historyView->tableView()->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_historyView->tableView()->addActions(
        {m_recoverAction, m_markAppliedAction, m_markRolledBackAction});
    setEnvironment(Environment::Local);
    updateOperationActions();

    resize(1280, 800);
    updateTitle();
    m_connectionLabel->setText(tr("Open a Prisma workspace (File ▸ Open Workspace) or the demo."));
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions() {
    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto *openAction = new QAction(QIcon::fromTheme(QStringLiteral("document-open"),
                                                    style()->standardIcon(QStyle::SP_DirOpenIcon)),
                                   tr("&Open Workspace…"), this);
    openAction->setObjectName(QStringLiteral("actionOpenWorkspace"));
    openAction->setShortcut(QKeySequence::Open);
    connect(openAction, &QAction::triggered, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(
            this, tr("Open Prisma Workspace"),
            QSettings().value(QStringLiteral("lastWorkspace")).toString());
        if (!dir.isEmpty())
            openWorkspace(dir);
    });
    auto *demoAction =
        new QAction(QIcon::fromTheme(QStringLiteral("applications-education"),
                                     style()->standardIcon(QStyle::SP_FileDialogInfoView)),
                    tr("Open &Demo Workspace"), this);
    demoAction->setObjectName(QStringLiteral("actionOpenDemo"));
    demoAction->setToolTip(tr("A SQLite workspace with a failed migration, as in Prisma's guide"));
    connect(demoAction, &QAction::triggered, this, &MainWindow::openDemo);
    auto *refreshAction =
        new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Refresh"), this);
    refreshAction->setObjectName(QStringLiteral("actionRefresh"));
    refreshAction->setShortcut(QKeySequence::Refresh);
    connect(refreshAction, &QAction::triggered, this, &MainWindow::refresh);
    auto *connectionsAction =
        new QAction(QIcon::fromTheme(QStringLiteral("network-server-database"),
                                     style()->standardIcon(QStyle::SP_DriveNetIcon)),
                    tr("&Connections…"), this);
    connectionsAction->setObjectName(QStringLiteral("actionConnections"));
    connectionsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(connectionsAction, &QAction::triggered, this, &MainWindow::openConnectionManager);
    auto *findAction = new QAction(tr("&Find Migration"), this);
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, m_historyView, &HistoryView::focusFilter);
    auto *quitAction = new QAction(tr("&Quit"), this);
    quitAction->setShortcut(QKeySequence::Quit);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    fileMenu->addAction(openAction);
    fileMenu->addAction(demoAction);
    fileMenu->addAction(connectionsAction);
    auto *matrixAction = fileMenu->addAction(tr("Status on &Every Connection…"), this, [this] {
        if (!m_hasWorkspace) {
            showError(tr("Open a workspace first."));
            return;
        }
        auto *dialog = new ConnectionMatrixDialog(m_store->profiles(m_workspace.root),
                                                  m_workspace.migrationsDir, *m_secrets, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    matrixAction->setObjectName(QStringLiteral("actionConnectionMatrix"));
    fileMenu
        ->addAction(tr("Open Change &Plan…"), this,
                    [this] {
                        const QString file = QFileDialog::getOpenFileName(
                            this, tr("Open Change Plan"), m_workspace.root,
                            tr("Change plans (*.json)"));
                        if (!file.isEmpty())
                            openChangePlan(file);
                    })
        ->setObjectName(QStringLiteral("actionOpenChangePlan"));
    fileMenu->addSeparator();
    fileMenu->addAction(quitAction);
    auto *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->addAction(refreshAction);
    viewMenu->addAction(findAction);
    auto *operationsMenu = menuBar()->addMenu(tr("&Operations"));
    m_deployAction = operationsMenu->addAction(tr("&Deploy Pending Migrations…"), this, [this] {
        OperationRequest request;
        request.kind = OperationRequest::Kind::Deploy;
        startOperation(request);
    });
    m_deployAction->setObjectName(QStringLiteral("actionDeploy"));
    m_markAppliedAction = operationsMenu->addAction(tr("Mark Selected as &Applied…"), this, [this] {
        OperationRequest request;
        request.kind = OperationRequest::Kind::ResolveApplied;
        request.migrationName = selectedMigration();
        startOperation(request);
    });
    m_markRolledBackAction =
        operationsMenu->addAction(tr("Mark Selected as &Rolled Back…"), this, [this] {
            OperationRequest request;
            request.kind = OperationRequest::Kind::ResolveRolledBack;
            request.migrationName = selectedMigration();
            startOperation(request);
        });
    operationsMenu->addSeparator();
    m_executeAction = operationsMenu->addAction(tr("&Execute SQL Script…"), this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("Execute SQL Script"), m_workspace.root,
                                         tr("SQL scripts (*.sql);;All files (*)"));
        if (file.isEmpty())
            return;
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            showError(tr("Cannot read %1: %2").arg(file, f.errorString()));
            return;
        }
        OperationRequest request;
        request.kind = OperationRequest::Kind::Execute;
        request.script = QString::fromUtf8(f.readAll());
        request.scriptName = QFileInfo(file).fileName();
        request.atomic = false;
        startOperation(request);
    });
    operationsMenu->addSeparator();
    m_recoverAction = operationsMenu->addAction(tr("Re&cover Failed Migration…"), this, [this] {
        openRecoveryWizard(selectedMigration());
    });
    m_recoverAction->setObjectName(QStringLiteral("actionRecoverFailed"));
    operationsMenu->addAction(tr("&Baseline Database…"), this, [this] { openBaselineWizard(); })
        ->setObjectName(QStringLiteral("actionBaseline"));
    auto *schemaMenu = menuBar()->addMenu(tr("&Schema"));
    auto *compareAction =
        schemaMenu->addAction(tr("&Compare Schemas…"), this, [this] { openDiffWindow(); });
    compareAction->setObjectName(QStringLiteral("actionCompareSchemas"));
    compareAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    compareAction->setToolTip(tr("Compare the database, the migrations folder (in full or in part) "
                                 "or an empty schema, side by side, with a script"));
    auto *driftAction = schemaMenu->addAction(tr("Check &Drift"), this, [this] { checkDrift(); });
    driftAction->setObjectName(QStringLiteral("actionCheckDrift"));
    driftAction->setToolTip(tr("Compare the live schema with what the applied migrations produce"));
    schemaMenu->addAction(tr("Reconcile &Hotfix…"), this, [this] { openHotfixWizard(); })
        ->setObjectName(QStringLiteral("actionReconcileHotfix"));
    auto *toolsMenu = menuBar()->addMenu(tr("&Tools"));
    auto *sqlEditorAction =
        toolsMenu->addAction(tr("SQL &Editor"), this, [this] { openSqlEditor(); });
    sqlEditorAction->setObjectName(QStringLiteral("actionSqlEditor"));
    sqlEditorAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    sqlEditorAction->setToolTip(tr("Run SQL on the current connection in an editor window"));
    toolsMenu->addAction(tr("&Audit Journal…"), this, [this] { openAuditJournal(); })
        ->setObjectName(QStringLiteral("actionAuditJournal"));
    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    auto *trainingAction =
        helpMenu->addAction(QIcon::fromTheme(QStringLiteral("applications-education")),
                            tr("&Training…"), this, [this] { openTraining(); });
    trainingAction->setToolTip(tr("Guided, self-checking exercises in Prisma's production "
                                  "recovery, on a private database"));
    helpMenu->addAction(tr("&About Migration Workbench"), this, [this] {
        QMessageBox::about(this, tr("About Migration Workbench"),
                           tr("<h3>Migration Workbench %1</h3><p>See and repair Prisma Migrate "
                              "migration histories in PostgreSQL, MySQL/MariaDB and SQLite.</p>"
                              "<p>Licensed under the GNU GPL, version 3 or later.</p>")
                               .arg(QApplication::applicationVersion()));
    });

    toolbar->addAction(openAction);
    toolbar->addAction(demoAction);
    toolbar->addAction(trainingAction);
    toolbar->addAction(connectionsAction);
    toolbar->addSeparator();
    m_environmentBox->addItem(tr("Local"), static_cast<int>(Environment::Local));
    m_environmentBox->addItem(tr("Staging"), static_cast<int>(Environment::Staging));
    m_environmentBox->addItem(tr("Production"), static_cast<int>(Environment::Production));
    m_environmentBox->setToolTip(
        tr("The environment of this database. Production connections are "
           "read-only until you confirm an operation by typing the database name."));
    connect(m_environmentBox, &QComboBox::activated, this, [this] {
        setEnvironment(static_cast<Environment>(m_environmentBox->currentData().toInt()));
    });
    toolbar->addAction(refreshAction);
    toolbar->addAction(m_deployAction);
    // The connection gets a row of its own: with the actions beside a stretching URL field the
    // toolbar overflowed at common window widths and hid Deploy behind ».
    addToolBarBreak(Qt::TopToolBarArea);
    auto *connectionBar = addToolBar(tr("Connection"));
    connectionBar->setObjectName(QStringLiteral("connectionToolbar"));
    connectionBar->setMovable(false);
    connectionBar->addWidget(m_environmentBadge);
    connectionBar->addWidget(m_environmentBox);
    connectionBar->addWidget(new QLabel(tr(" Database: "), connectionBar));
    connectionBar->addWidget(m_urlEdit);
    connectionBar->addWidget(m_connectButton);
}

bool MainWindow::openWorkspace(const QString &path) {
    Workspace ws;
    QString error;
    if (!Workspace::locate(path, &ws, &error)) {
        showError(error);
        return false;
    }
    m_workspace = ws;
    m_hasWorkspace = true;
    QSettings().setValue(QStringLiteral("lastWorkspace"), ws.root);
    updateTitle();
    QString source;
    const QString url = ws.datasourceUrl(&source);
    if (url.isEmpty()) {
        m_urlEdit->clear();
        startSession(ConnectionSpec{}); // the folder alone, until a database is given
    } else {
        connectDatabase(url);
    }
    return true;
}

void MainWindow::connectDatabase(const QString &url) {
    if (url.trimmed().isEmpty()) {
        startSession(ConnectionSpec{});
        return;
    }
    DatabaseUrl::Result parsed =
        DatabaseUrl::parse(url, m_hasWorkspace ? m_workspace.schemaDir() : QString());
    if (!parsed.ok()) {
        showError(tr("The database URL is invalid: %1").arg(parsed.error));
        return;
    }
    // Production connections are read-only; an operation elevates them once, after confirmation.
    parsed.spec.readOnly = m_environment == Environment::Production;
    m_shownUrl = parsed.spec.redactedUrl();
    m_urlEdit->setText(parsed.spec.driver == ConnectionSpec::Driver::Sqlite ? url.trimmed()
                                                                            : m_shownUrl);
    if (parsed.spec.driver == ConnectionSpec::Driver::Sqlite)
        m_shownUrl = url.trimmed();
    startSession(parsed.spec);
    parsed.spec.password.fill(QChar(u'\0'));
    // Prisma's shadowDatabaseUrl (schema.prisma, prisma.config.ts or .env), for drift and diff.
    if (m_hasWorkspace) {
        if (const QString shadowUrl = m_workspace.shadowDatabaseUrl(); !shadowUrl.isEmpty()) {
            DatabaseUrl::Result shadow = DatabaseUrl::parse(shadowUrl, m_workspace.schemaDir());
            if (shadow.ok())
                m_shadowSpec = shadow.spec;
            shadow.spec.password.fill(QChar(u'\0'));
        }
    }
}

void MainWindow::startSession(const ConnectionSpec &spec) {
    forgetConnectionSecret();
    if (spec.isValid())
        m_diffSpec = spec; // the only copy with the password once the caller wipes its own
    m_session = std::make_unique<DbSession>(spec, nullptr, /*cancellable=*/spec.isValid());
    m_serverVersion.clear();
    connect(m_session.get(), &DbSession::busyChanged, this, [this](bool busy) { setBusy(busy); });
    connect(m_session.get(), &DbSession::opened, this, [this](const OpenResult &r) {
        if (r.error.isError()) {
            showError(r.error.message);
            return;
        }
        m_serverVersion = r.serverVersion;
        refresh();
    });
    connect(m_session.get(), &DbSession::historyLoaded, this, &MainWindow::onHistoryLoaded);
    setBusy(true, spec.isValid() ? tr("Connecting to %1…").arg(spec.displayName()) : QString());
    if (spec.isValid())
        m_session->open();
    else
        refresh();
}

void MainWindow::refresh() {
    if (!m_session || !m_hasWorkspace)
        return;
    setBusy(true, tr("Reading the migration history…"));
    m_session->loadHistory(m_workspace.migrationsDir);
}

void MainWindow::onHistoryLoaded(const HistoryResult &result) {
    if (result.error.isError()) {
        m_drift->clear();
        showError(result.error.message);
        return;
    }
    const QString selected = m_details->shownName();
    m_model->setReport(result.report);
    const HistoryReport &report = result.report;
    if (!m_historyView->selectMigration(selected)) {
        // Start where the trouble is: the first migration that needs attention.
        for (const MigrationStatus &m : report.migrations) {
            if (m.needsAttention()) {
                m_historyView->selectMigration(m.name);
                break;
            }
        }
    }

    const QString where =
        m_session && m_session->hasDatabase()
            ? m_session->spec().displayName() +
                  (m_serverVersion.isEmpty() ? QString() : QStringLiteral(" · ") + m_serverVersion)
            : tr("no database (folder only)");
    m_connectionLabel->setText(tr("%1 · %2 · read in %3 ms")
                                   .arg(QDir::toNativeSeparators(m_workspace.root), where)
                                   .arg(result.elapsedMs));

    const int failed = report.countInState(MigrationStatus::State::Failed);
    const int pending = report.countInState(MigrationStatus::State::Pending);
    const int rolledBack = report.countInState(MigrationStatus::State::RolledBack);
    int modified = 0;
    int missing = 0;
    for (const MigrationStatus &m : report.migrations) {
        modified += m.modified ? 1 : 0;
        missing += m.isLocal() ? 0 : 1;
    }
    QStringList parts;
    QColor color(0x2e, 0x9d, 0x4f);
    if (!report.databaseRead) {
        parts << tr("%n local migration(s). Enter a database URL to compare them with a database.",
                    nullptr, static_cast<int>(report.folder.migrations.size()));
        color = QColor(0x3b, 0x7d, 0xd8);
    } else if (!report.prisma.errorCode.isEmpty()) {
        parts << tr("Prisma refuses to work here (%1): %2")
                     .arg(report.prisma.errorCode, report.prisma.errorMessage);
        color = QColor(0xd6, 0x3b, 0x3b);
    } else {
        if (failed > 0) {
            parts << tr("%n failed migration(s): prisma migrate deploy is blocked (P3009) until "
                        "they are resolved.",
                        nullptr, failed);
            color = QColor(0xd6, 0x3b, 0x3b);
        }
        if (pending > 0)
            parts << tr("%n pending migration(s).", nullptr, pending);
        if (rolledBack > 0)
            parts << tr("%n rolled back (deploy runs them again).", nullptr, rolledBack);
        if (modified > 0)
            parts << tr("%n modified after apply.", nullptr, modified);
        if (missing > 0)
            parts << tr("%n missing locally.", nullptr, missing);
        if (!report.tableExists)
            parts << tr(
                "No _prisma_migrations table: this database is not managed by Prisma Migrate yet.");
        if (failed == 0 && (pending || rolledBack || modified || missing || !report.tableExists))
            color = QColor(0xd9, 0x8c, 0x00);
        if (parts.isEmpty())
            parts << tr("Database schema is up to date with the migrations folder.");
        parts << tr("(prisma migrate status would exit with %1.)").arg(report.prisma.exitCode);
    }
    setBanner(parts.join(QLatin1Char(' ')), color);
    setBusy(false);
    updateOperationActions();
    updateDrift();
    Q_EMIT historyShown();
}

void MainWindow::openDemo() {
    const QString location = DemoWorkspace::defaultLocation();
    setBusy(true, tr("Creating the demo workspace…"));
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, location] {
        const QString error = watcher->result();
        watcher->deleteLater();
        setBusy(false);
        if (!error.isEmpty())
            showError(error);
        else
            openWorkspace(location);
    });
    // Building the demo opens a SQLite connection: never on the GUI thread.
    watcher->setFuture(QtConcurrent::run([location] { return DemoWorkspace::create(location); }));
}

void MainWindow::showError(const QString &message) {
    setBusy(false);
    setBanner(message, QColor(0xd6, 0x3b, 0x3b));
    Q_EMIT errorShown(message);
}

QString MainWindow::bannerText() const {
    return m_banner->isVisible() || !m_banner->text().isEmpty() ? m_banner->text() : QString();
}

void MainWindow::setBanner(const QString &text, const QColor &color) {
    m_banner->setText(text);
    m_banner->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: white; border-radius: 4px; "
                       "font-weight: bold; }")
            .arg(color.name()));
    m_banner->setVisible(!text.isEmpty());
}

void MainWindow::setBusy(bool busy, const QString &what) {
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy);
    if (busy && !what.isEmpty())
        m_connectionLabel->setText(what);
}

void MainWindow::updateTitle() {
    QString title = m_hasWorkspace
                        ? tr("%1 — Migration Workbench").arg(QDir(m_workspace.root).dirName())
                        : tr("Migration Workbench");
    if (m_environment == Environment::Production)
        title = tr("[PRODUCTION] %1").arg(title);
    else if (m_environment == Environment::Staging)
        title = tr("[staging] %1").arg(title);
    setWindowTitle(title);
}

void MainWindow::setEnvironment(Environment environment, const QString &profileColor) {
    const bool changed = environment != m_environment;
    m_environment = environment;
    m_environmentBox->setCurrentIndex(m_environmentBox->findData(static_cast<int>(environment)));
    QString color;
    QString text;
    switch (environment) {
    case Environment::Production:
        color = QStringLiteral("#c62828");
        text = tr(" PRODUCTION · read-only ");
        break;
    case Environment::Staging:
        color = QStringLiteral("#ef6c00");
        text = tr(" STAGING ");
        break;
    case Environment::Local:
        break;
    }
    if (!profileColor.isEmpty() && environment != Environment::Local)
        color = profileColor;
    m_environmentBadge->setText(text);
    m_environmentBadge->setVisible(!text.isEmpty());
    m_environmentBadge->setStyleSheet(
        QStringLiteral(
            "QLabel { background: %1; color: white; font-weight: bold; border-radius: 3px; }")
            .arg(color));
    m_central->setStyleSheet(
        color.isEmpty()
            ? QString()
            : QStringLiteral("QWidget#centralFrame { border: 4px solid %1; }").arg(color));
    updateTitle();
    // The read-only mode is part of the connection: reconnect with the new environment.
    if (changed && m_session && m_session->hasDatabase() && !m_urlEdit->text().isEmpty())
        m_connectButton->click();
}

QString MainWindow::selectedMigration() const {
    return m_details->shownName();
}

void MainWindow::updateOperationActions() {
    const bool connected = m_session && m_session->hasDatabase() && m_hasWorkspace;
    const MigrationStatus *status = nullptr;
    for (const MigrationStatus &m : m_model->report().migrations) {
        if (m.name == selectedMigration())
            status = &m;
    }
    m_deployAction->setEnabled(connected);
    m_executeAction->setEnabled(m_session && m_session->hasDatabase());
    m_markAppliedAction->setEnabled(connected && status && status->isLocal() &&
                                    status->state != MigrationStatus::State::Applied);
    m_markRolledBackAction->setEnabled(connected && status &&
                                       status->state == MigrationStatus::State::Failed);
    m_recoverAction->setEnabled(connected &&
                                m_model->report().countInState(MigrationStatus::State::Failed) > 0);
}

ConnectionManagerDialog *MainWindow::openConnectionManager() {
    auto *dialog = new ConnectionManagerDialog(
        *m_store, *m_secrets, m_hasWorkspace ? m_workspace.root : QString(),
        m_hasWorkspace ? m_workspace.schemaDir() : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConnectionManagerDialog::connectRequested, this, &MainWindow::connectProfile);
    // First visit of a workspace: offer its DATABASE_URL as a profile to save.
    if (m_hasWorkspace && m_store->profiles(m_workspace.root).isEmpty()) {
        QString source;
        const QString url = m_workspace.datasourceUrl(&source);
        if (!url.isEmpty())
            dialog->importFromWorkspace(url, source, m_workspace.shadowDatabaseUrl());
    }
    dialog->open();
    return dialog;
}

void MainWindow::connectProfile(const ConnectionProfile &profile, const QString &password) {
    QString pw = password;
    ConnectionSpec spec = profile.toSpec(pw);
    pw.fill(QChar(u'\0'));
    m_environment = profile.environment; // no reconnect: we are about to connect
    setEnvironment(profile.environment, profile.color);
    spec.readOnly = profile.effectiveReadOnly();
    m_shownUrl = profile.toPrismaUrl(true);
    m_urlEdit->setText(m_shownUrl);
    startSession(spec);
    spec.password.fill(QChar(u'\0'));
    if (!profile.shadowUrl.trimmed().isEmpty()) {
        // The shadow password lives in the keychain under its own key; read it for this session.
        const QString schemaDir = m_hasWorkspace ? m_workspace.schemaDir() : QString();
        QPointer<DbSession> session = m_session.get();
        m_secrets->read(profile.shadowSecretKey(),
                        [this, session, profile, schemaDir](std::optional<QString> shadowPassword,
                                                            const QString &) {
                            if (!session || session != m_session.get())
                                return; // connected elsewhere meanwhile
                            QString secret = shadowPassword.value_or(QString());
                            QString error;
                            m_shadowSpec = profile.shadowSpec(secret, schemaDir, &error);
                            secret.fill(QChar(u'\0'));
                            updateDrift();
                        });
    }
}

OperationDialog *MainWindow::startOperation(const OperationRequest &request) {
    if (!m_session || !m_session->hasDatabase()) {
        showError(tr("Connect to a database first."));
        return nullptr;
    }
    OperationRequest r = request;
    r.migrationsDir = m_workspace.migrationsDir;
    r.journalPath = AuditJournal::defaultPath(); // every write, elevated or not, is journaled
    r.environment = environmentKey(m_environment);
    r.connectionLabel = m_session->spec().redactedUrl();
    const QString provider = m_model->report().provider.isEmpty() ? m_session->spec().provider()
                                                                  : m_model->report().provider;
    auto *dialog = new OperationDialog(m_session.get(), r, m_environment, provider, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    DiffContext review = diffContext(); // pre-checks and change plans need the password
    dialog->setReviewContext(review.database, m_hasWorkspace ? m_workspace.root : QString());
    review.wipe();
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        if (dialog->hasWritten())
            refresh();
    });
    dialog->open();
    return dialog;
}

ChangePlanDialog *MainWindow::openChangePlan(const QString &path) {
    auto *dialog = new ChangePlanDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setJournalPath(AuditJournal::defaultPath());
    DiffContext context = diffContext(); // executing opens its own connection
    dialog->setConnection(context.database);
    context.wipe();
    dialog->load(path);
    connect(dialog, &ChangePlanDialog::executed, this, [this] { refresh(); });
    dialog->show();
    return dialog;
}

AuditJournalDialog *MainWindow::openAuditJournal() {
    auto *dialog = new AuditJournalDialog(AuditJournal::defaultPath(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

TrainingDialog *MainWindow::openTraining() {
    auto *dialog = new TrainingDialog(m_store.get(), m_secrets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TrainingDialog::ready, this,
            [this](const Scenario &scenario, const ScenarioBuilder::Result &result) {
                if (!openWorkspace(result.workspace))
                    return;
                // A server scenario's .env has no password: connect with the one in memory.
                if (result.database.driver != ConnectionSpec::Driver::Sqlite)
                    startSession(result.database);
                if (!m_trainingPanel) {
                    auto *dock = new QDockWidget(tr("Training"), this);
                    dock->setObjectName(QStringLiteral("trainingDock"));
                    m_trainingPanel = new TrainingPanel(dock);
                    dock->setWidget(m_trainingPanel);
                    addDockWidget(Qt::RightDockWidgetArea, dock);
                    connect(m_trainingPanel, &TrainingPanel::resetRequested, this,
                            [this](const QString &id) { openTraining()->start(id); });
                    // What the check judged is what the history should show.
                    connect(m_trainingPanel, &TrainingPanel::checked, this, [this] { refresh(); });
                }
                m_trainingPanel->setScenario(scenario, result.workspace, result.database);
                m_trainingPanel->parentWidget()->show();
            });
    dialog->open();
    return dialog;
}

DiffContext MainWindow::diffContext() const {
    DiffContext context;
    if (m_session && m_session->hasDatabase())
        context.database = m_diffSpec;
    if (context.database.isValid())
        context.shadowDatabase = m_shadowSpec;
    const HistoryReport &report = m_model->report();
    if (m_hasWorkspace && report.folder.exists && report.folder.error.isEmpty()) {
        context.migrationsDir = m_workspace.migrationsDir;
        for (const LocalMigration &migration : report.folder.migrations)
            context.migrations.append(migration.name);
        if (report.databaseRead)
            context.applied = DiffContext::appliedMigrations(report);
    }
    return context;
}

void MainWindow::updateDrift() {
    DiffContext context = diffContext();
    if (m_diffWindow)
        m_diffWindow->setContext(context);
    const HistoryReport &report = m_model->report();
    // A lock file for another provider is P3019 (the banner says so): nothing to replay here.
    if (report.databaseRead && context.canCheckDrift() &&
        report.folder.lock.allows(context.provider()))
        m_drift->check(context.driftRequest());
    else
        m_drift->clear();
    context.wipe();
}

DiffWindow *MainWindow::openDiffWindow() {
    if (!m_diffWindow) {
        DiffContext context = diffContext();
        m_diffWindow = new DiffWindow(context, this);
        m_diffWindow->setWindowFlag(Qt::Window);
        m_diffWindow->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_diffWindow, &DiffWindow::openInEditorRequested, this,
                [this](const QString &script) { openSqlEditor(script); });
        context.wipe();
    }
    m_diffWindow->show();
    m_diffWindow->raise();
    m_diffWindow->activateWindow();
    return m_diffWindow;
}

DiffWindow *MainWindow::checkDrift() {
    DiffContext context = diffContext();
    if (!context.canCheckDrift()) {
        context.wipe();
        showError(tr("A drift check needs a database connection and a migrations folder."));
        return nullptr;
    }
    DiffWindow *window = openDiffWindow();
    DiffRequest request = context.driftRequest();
    window->start(request);
    DiffContext::wipe(request);
    context.wipe();
    return window;
}

void MainWindow::forgetConnectionSecret() {
    m_drift->clear();
    if (m_diffWindow) {
        DiffContext context = diffContext();
        DiffContext::wipe(context.database);
        context.database = ConnectionSpec{};
        context.applied.clear();
        m_diffWindow->setContext(context);
    }
    DiffContext::wipe(m_diffSpec);
    m_diffSpec = ConnectionSpec{};
    DiffContext::wipe(m_shadowSpec);
    m_shadowSpec = ConnectionSpec{};
}

void MainWindow::closeEvent(QCloseEvent *event) {
    if (m_diffWindow)
        m_diffWindow->close();
    forgetConnectionSecret();
    m_session.reset(); // stops the worker thread before the widgets go
    QMainWindow::closeEvent(event);
}

SqlEditorWindow *MainWindow::openSqlEditor(const QString &sql) {
    if (!m_session || !m_session->hasDatabase() || !m_diffSpec.isValid()) {
        showError(
            tr("Connect to a database first: the SQL editor works on the current connection."));
        return nullptr;
    }
    // Its own session: the editor's transactions and cursors never meet the history's.
    ConnectionSpec spec = m_diffSpec;
    spec.readOnly = m_session->spec().readOnly;
    auto *editor = new SqlEditorWindow(spec, m_environment, this);
    DiffContext::wipe(spec);
    editor->setWindowFlag(Qt::Window);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    if (!sql.isEmpty())
        editor->setSql(sql);
    editor->show();
    editor->raise();
    editor->activateWindow();
    return editor;
}

WizardContext MainWindow::wizardContext() const {
    WizardContext c;
    c.session = m_session.get();
    c.environment = m_environment;
    c.diff = diffContext();
    c.history = m_model->report();
    c.workspaceRoot = m_workspace.root;
    c.migrationsDir = m_workspace.migrationsDir;
    c.schemaDir = m_workspace.schemaDir();
    c.journalPath = AuditJournal::defaultPath(); // every write, elevated or not, is journaled
    if (m_session) {
        c.connectionLabel = m_session->spec().redactedUrl();
        c.connectionName = m_session->spec().displayName();
    }
    return c;
}

void MainWindow::showWizard(WorkbenchWizard *wizard) {
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &WorkbenchWizard::committed, this, &MainWindow::refresh);
    wizard->open(); // window-modal: the session must not change under it
}

RecoveryWizard *MainWindow::openRecoveryWizard(const QString &migration) {
    QString name; // the given migration when it failed, else the first failed one
    for (const MigrationStatus &m : m_model->report().migrations) {
        if (m.state == MigrationStatus::State::Failed && (name.isEmpty() || m.name == migration))
            name = m.name;
    }
    if (!m_session || !m_session->hasDatabase() || !m_hasWorkspace || name.isEmpty()) {
        showError(tr("There is no failed migration to recover on this connection."));
        return nullptr;
    }
    auto *wizard = new RecoveryWizard(wizardContext(), name, this);
    showWizard(wizard);
    return wizard;
}

HotfixWizard *MainWindow::openHotfixWizard() {
    DiffContext check = diffContext();
    const bool possible = m_hasWorkspace && check.canCheckDrift();
    check.wipe();
    if (!possible) {
        showError(tr("Reconciling a hotfix needs a database connection and a migrations folder."));
        return nullptr;
    }
    auto *wizard =
        new HotfixWizard(wizardContext(), m_store->profiles(m_workspace.root), m_secrets, this);
    showWizard(wizard);
    return wizard;
}

BaselineWizard *MainWindow::openBaselineWizard() {
    if (!m_session || !m_session->hasDatabase() || !m_hasWorkspace) {
        showError(tr("Baselining needs a workspace and a database connection."));
        return nullptr;
    }
    auto *wizard = new BaselineWizard(wizardContext(), this);
    showWizard(wizard);
    return wizard;
}
