// SPDX-License-Identifier: GPL-3.0-or-later
#include "diffwindow.h"

#include "diffsourcepicker.h"
#include "diffsqlview.h"
#include "diffsummarytree.h"
#include "schema/diffjob.h"
#include "schema/schemascriptrenderer.h"
#include "viewers/readonlysqlview.h"

#include <QAction>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
QColor mix(const QColor &a, const QColor &b, qreal t) {
    return QColor::fromRgbF(static_cast<float>(a.redF() * (1 - t) + b.redF() * t),
                            static_cast<float>(a.greenF() * (1 - t) + b.greenF() * t),
                            static_cast<float>(a.blueF() * (1 - t) + b.blueF() * t));
}

const QColor ErrorTone(0xd6, 0x3b, 0x3b);
const QColor WarningTone(0xd9, 0x8c, 0x00);
const QColor OkTone(0x2e, 0x9d, 0x4f);

void syncScrollBars(QScrollBar *a, QScrollBar *b) {
    QObject::connect(a, &QScrollBar::valueChanged, b, &QScrollBar::setValue);
    QObject::connect(b, &QScrollBar::valueChanged, a, &QScrollBar::setValue);
}

/// A one-line label that elides in the middle (paths keep their start and their end).
class ElidedLabel : public QLabel {
public:
    using QLabel::QLabel;

protected:
    void paintEvent(QPaintEvent *) override {
        QPainter painter(this);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.setFont(font());
        painter.drawText(contentsRect(), Qt::AlignLeft | Qt::AlignVCenter,
                         fontMetrics().elidedText(text(), Qt::ElideMiddle, contentsRect().width()));
    }
};

QLabel *headerLabel(QWidget *parent) {
    auto *label = new ElidedLabel(parent);
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    label->setTextFormat(Qt::PlainText);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}
} // namespace

DiffWindow::DiffWindow(const DiffContext &context, QWidget *parent)
    : QMainWindow(parent) {
    setObjectName(QStringLiteral("DiffWindow"));
    setWindowTitle(tr("Compare Schemas — Migration Workbench"));
    buildUi();
    setContext(context);
    // What most people ask first: what does the database have that the migrations do not?
    if (context.hasMigrations())
        m_fromPicker->setMode(DiffSourcePicker::Mode::Migrations);
    if (context.hasDatabase())
        m_toPicker->setMode(DiffSourcePicker::Mode::Database);
    updateCompareEnabled();
    resize(1280, 820);
}

DiffWindow::~DiffWindow() {
    if (m_job)
        m_job->cancel();
    DiffContext::wipe(m_request);
    m_context.wipe();
}

void DiffWindow::buildUi() {
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);

    // Sources.
    m_fromPicker = new DiffSourcePicker(central);
    m_fromPicker->setObjectName(QStringLiteral("fromPicker"));
    m_toPicker = new DiffSourcePicker(central);
    m_toPicker->setObjectName(QStringLiteral("toPicker"));
    m_swapButton = new QToolButton(central);
    m_swapButton->setText(tr("Swap"));
    m_swapButton->setToolTip(tr("Exchange the two sides"));
    m_compareButton = new QPushButton(tr("&Compare"), central);
    m_compareButton->setObjectName(QStringLiteral("compareButton"));
    m_compareButton->setDefault(true);
    m_compareButton->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh"),
                                              style()->standardIcon(QStyle::SP_BrowserReload)));
    auto *sources = new QGridLayout;
    sources->addWidget(new QLabel(tr("From:"), central), 0, 0);
    sources->addWidget(m_fromPicker, 0, 1);
    sources->addWidget(new QLabel(tr("To:"), central), 1, 0);
    sources->addWidget(m_toPicker, 1, 1);
    sources->addWidget(m_swapButton, 0, 2, 2, 1);
    sources->addWidget(m_compareButton, 0, 3, 2, 1);
    sources->setColumnStretch(4, 1);
    layout->addLayout(sources);
    connect(m_fromPicker, &DiffSourcePicker::changed, this, &DiffWindow::updateCompareEnabled);
    connect(m_toPicker, &DiffSourcePicker::changed, this, &DiffWindow::updateCompareEnabled);
    connect(m_compareButton, &QPushButton::clicked, this, &DiffWindow::compare);
    auto *compareAction = new QAction(tr("Compare"), this);
    compareAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    connect(compareAction, &QAction::triggered, this, [this] {
        if (m_compareButton->isEnabled())
            compare();
    });
    addAction(compareAction);
    connect(m_swapButton, &QToolButton::clicked, this, [this] {
        const auto fromMode = m_fromPicker->mode();
        const QString fromMigration = m_fromPicker->migration();
        m_fromPicker->setMode(m_toPicker->mode(), m_toPicker->migration());
        m_toPicker->setMode(fromMode, fromMigration);
    });

    // Progress and errors.
    m_progress = new QProgressBar(central);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(120);
    m_progress->setTextVisible(false);
    m_status = new QLabel(central);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_cancelButton = new QToolButton(central);
    m_cancelButton->setText(tr("Cancel"));
    connect(m_cancelButton, &QToolButton::clicked, this, &DiffWindow::cancel);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_progress);
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_cancelButton);
    layout->addLayout(statusRow);
    m_error = new QLabel(central);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    layout->addWidget(m_error);

    // Results: the tree of changes, and the tabs.
    auto *splitter = new QSplitter(Qt::Horizontal, central);
    m_tree = new DiffSummaryTree(splitter);
    connect(m_tree, &DiffSummaryTree::objectSelected, this, &DiffWindow::showObject);
    m_tabs = new QTabWidget(splitter);
    m_tabs->setDocumentMode(true);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({360, 900});
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);

    // Side by side.
    auto *sideBySide = new QWidget(m_tabs);
    auto *sideLayout = new QVBoxLayout(sideBySide);
    sideLayout->setContentsMargins(0, 4, 0, 0);
    m_previousAction = new QAction(
        QIcon::fromTheme(QStringLiteral("go-up"), style()->standardIcon(QStyle::SP_ArrowUp)),
        tr("&Previous Change"), this);
    m_previousAction->setObjectName(QStringLiteral("actionPreviousChange"));
    m_previousAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));
    m_previousAction->setToolTip(tr("Previous change (Shift+F8)"));
    connect(m_previousAction, &QAction::triggered, this, &DiffWindow::previousChange);
    m_nextAction = new QAction(
        QIcon::fromTheme(QStringLiteral("go-down"), style()->standardIcon(QStyle::SP_ArrowDown)),
        tr("&Next Change"), this);
    m_nextAction->setObjectName(QStringLiteral("actionNextChange"));
    m_nextAction->setShortcut(QKeySequence(Qt::Key_F8));
    m_nextAction->setToolTip(tr("Next change (F8)"));
    connect(m_nextAction, &QAction::triggered, this, &DiffWindow::nextChange);
    addAction(m_previousAction);
    addAction(m_nextAction);
    auto *navigation = new QHBoxLayout;
    for (QAction *action : {m_previousAction, m_nextAction}) {
        auto *button = new QToolButton(sideBySide);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        navigation->addWidget(button);
    }
    m_changeLabel = new QLabel(sideBySide);
    m_changeLabel->setObjectName(QStringLiteral("changeLabel"));
    navigation->addWidget(m_changeLabel);
    navigation->addStretch(1);
    m_legend = new QLabel(sideBySide);
    navigation->addWidget(m_legend);
    sideLayout->addLayout(navigation);

    auto *panes = new QSplitter(Qt::Horizontal, sideBySide);
    panes->setChildrenCollapsible(false);
    const auto paneWith = [panes](QLabel *header, DiffSqlView *view) {
        auto *box = new QWidget(panes);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        boxLayout->setSpacing(2);
        boxLayout->addWidget(header);
        boxLayout->addWidget(view, 1);
        panes->addWidget(box);
    };
    m_fromHeader = headerLabel(sideBySide);
    m_fromHeader->setObjectName(QStringLiteral("fromHeader"));
    m_toHeader = headerLabel(sideBySide);
    m_toHeader->setObjectName(QStringLiteral("toHeader"));
    m_left = new DiffSqlView(DiffSqlView::Side::Left, sideBySide);
    m_right = new DiffSqlView(DiffSqlView::Side::Right, sideBySide);
    paneWith(m_fromHeader, m_left);
    paneWith(m_toHeader, m_right);
    sideLayout->addWidget(panes, 1);
    syncScrollBars(m_left->verticalScrollBar(), m_right->verticalScrollBar());
    syncScrollBars(m_left->horizontalScrollBar(), m_right->horizontalScrollBar());
    m_tabs->addTab(sideBySide, tr("Side by Side"));

    // Script.
    auto *scriptPage = new QWidget(m_tabs);
    auto *scriptLayout = new QVBoxLayout(scriptPage);
    scriptLayout->setContentsMargins(0, 4, 0, 0);
    m_saveAction = new QAction(QIcon::fromTheme(QStringLiteral("document-save-as"),
                                                style()->standardIcon(QStyle::SP_DialogSaveButton)),
                               tr("&Save Script…"), this);
    m_saveAction->setShortcut(QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, &DiffWindow::saveScript);
    m_copyAction =
        new QAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("&Copy Script"), this);
    connect(m_copyAction, &QAction::triggered, this,
            [this] { QGuiApplication::clipboard()->setText(m_outcome.script.text()); });
    m_verifyAction =
        new QAction(QIcon::fromTheme(QStringLiteral("dialog-ok-apply"),
                                     style()->standardIcon(QStyle::SP_DialogApplyButton)),
                    tr("&Verify Script"), this);
    m_verifyAction->setObjectName(QStringLiteral("actionVerifyScript"));
    m_verifyAction->setToolTip(tr("Apply the script to a shadow copy of the “from” side and check "
                                  "that nothing differs from the “to” side afterwards"));
    connect(m_verifyAction, &QAction::triggered, this, &DiffWindow::verifyScript);
    m_editorAction = new QAction(QIcon::fromTheme(QStringLiteral("document-edit")),
                                 tr("Open in SQL &Editor"), this);
    m_editorAction->setObjectName(QStringLiteral("actionOpenInEditor"));
    m_editorAction->setToolTip(tr("Open the script in the SQL editor of this connection, to "
                                  "review, change and run it"));
    connect(m_editorAction, &QAction::triggered, this,
            [this] { Q_EMIT openInEditorRequested(m_outcome.script.text()); });
    addAction(m_saveAction);
    auto *scriptButtons = new QHBoxLayout;
    for (QAction *action : {m_saveAction, m_copyAction, m_verifyAction, m_editorAction}) {
        auto *button = new QToolButton(scriptPage);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        scriptButtons->addWidget(button);
    }
    scriptButtons->addStretch(1);
    scriptLayout->addLayout(scriptButtons);
    m_verification = new QLabel(scriptPage);
    m_verification->setObjectName(QStringLiteral("verificationLabel"));
    m_verification->setTextFormat(Qt::PlainText);
    m_verification->setWordWrap(true);
    m_verification->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verification->hide();
    scriptLayout->addWidget(m_verification);
    m_script = new ReadOnlySqlView(scriptPage);
    m_script->setObjectName(QStringLiteral("scriptView"));
    scriptLayout->addWidget(m_script, 1);
    m_tabs->addTab(scriptPage, tr("Script"));

    // Prisma's summary.
    m_summary = new QPlainTextEdit(m_tabs);
    m_summary->setObjectName(QStringLiteral("summaryView"));
    m_summary->setReadOnly(true);
    m_summary->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_summary->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_tabs->addTab(m_summary, tr("Summary"));

    setCentralWidget(central);
    setRunning(false);
    updateChangeActions();
    m_saveAction->setEnabled(false);
    m_copyAction->setEnabled(false);
    m_editorAction->setEnabled(false);
    m_verifyAction->setEnabled(false);

    updateLegend();
    m_status->setText(tr("Choose the two sides and press Compare."));
}

void DiffWindow::updateLegend() {
    const QPalette p = m_left->palette();
    const auto swatch = [&p](SideBySideDocument::RowKind kind, const QString &text) {
        return QStringLiteral("<span style=\"background:%1; border-left: 3px solid %2\">"
                              "&nbsp;&nbsp;&nbsp;&nbsp;</span>&nbsp;%3")
            .arg(DiffSqlView::rowColor(kind, p).name(), DiffSqlView::markerColor(kind).name(),
                 text.toHtmlEscaped());
    };
    m_legend->setText(swatch(SideBySideDocument::RowKind::Changed, tr("changed")) +
                      QStringLiteral("&nbsp;&nbsp;") +
                      swatch(SideBySideDocument::RowKind::Removed, tr("only in “from”")) +
                      QStringLiteral("&nbsp;&nbsp;") +
                      swatch(SideBySideDocument::RowKind::Added, tr("only in “to”")));
}

void DiffWindow::setContext(const DiffContext &context) {
    m_context.wipe();
    m_context = context;
    m_fromPicker->setContext(m_context);
    m_toPicker->setContext(m_context);
    updateCompareEnabled();
}

void DiffWindow::setSources(const SchemaSource &from, const SchemaSource &to) {
    m_fromPicker->setSource(from);
    m_toPicker->setSource(to);
    updateCompareEnabled();
}

void DiffWindow::updateCompareEnabled() {
    QStringList problems;
    if (const QString p = m_fromPicker->problem(); !p.isEmpty())
        problems << tr("From: %1").arg(p);
    if (const QString p = m_toPicker->problem(); !p.isEmpty())
        problems << tr("To: %1").arg(p);
    m_compareButton->setEnabled(problems.isEmpty() && !isRunning());
    m_compareButton->setToolTip(problems.isEmpty() ? tr("Compare the two sides (Ctrl+Return)")
                                                   : problems.join(QLatin1Char('\n')));
}

void DiffWindow::compare() {
    if (!m_fromPicker->problem().isEmpty() || !m_toPicker->problem().isEmpty()) {
        updateCompareEnabled();
        return;
    }
    start(m_context.request(m_fromPicker->source(m_context), m_toPicker->source(m_context)));
}

void DiffWindow::start(const DiffRequest &request) {
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr); // its outcome is stale now
        m_job->cancel();
    }
    if (&request != &m_request) {
        DiffContext::wipe(m_request);
        m_request = request;
    }
    setSources(request.from, request.to);
    m_cancelRequested = false;
    auto *job = new DiffJob(request, this);
    m_job = job;
    connect(job, &DiffJob::finished, job, &QObject::deleteLater);
    connect(job, &DiffJob::progress, this, [this](const DiffProgress &p) {
        if (!p.what.isEmpty())
            m_status->setText(p.what);
    });
    connect(job, &DiffJob::finished, this, &DiffWindow::onFinished);
    setRunning(true,
               request.verify
                   ? tr("Verifying the script on a shadow copy…")
                   : tr("Comparing %1 with %2…").arg(request.from.label(), request.to.label()));
    job->start();
}

void DiffWindow::cancel() {
    if (!m_job)
        return;
    m_cancelRequested = true;
    m_job->cancel();
    m_status->setText(tr("Cancelling…"));
}

void DiffWindow::verifyScript() {
    if (!m_hasOutcome || isRunning())
        return;
    DiffRequest request = m_request;
    request.verify = true;
    request.renderScript = true;
    start(request);
    DiffContext::wipe(request);
}

void DiffWindow::setRunning(bool running, const QString &what) {
    m_progress->setVisible(running);
    m_cancelButton->setVisible(running);
    if (!what.isEmpty())
        m_status->setText(what);
    m_fromPicker->setEnabled(!running);
    m_toPicker->setEnabled(!running);
    m_swapButton->setEnabled(!running);
    if (m_verifyAction)
        m_verifyAction->setEnabled(!running && m_hasOutcome && m_outcome.ok());
    updateCompareEnabled();
}

void DiffWindow::onFinished(const DiffOutcome &outcome) {
    if (sender() != m_job)
        return;
    m_job = nullptr;
    if (m_cancelRequested && outcome.error.isError()) {
        setRunning(false, tr("Cancelled."));
        Q_EMIT outcomeShown();
        return;
    }
    showOutcome(m_request, outcome);
}

void DiffWindow::showOutcome(const DiffRequest &request, const DiffOutcome &outcome) {
    if (&request != &m_request) {
        DiffContext::wipe(m_request);
        m_request = request;
    }
    setSources(request.from, request.to);
    m_outcome = outcome;
    m_hasOutcome = true;
    setRunning(false);
    m_saveAction->setEnabled(outcome.ok());
    m_copyAction->setEnabled(outcome.ok());
    m_editorAction->setEnabled(outcome.ok());
    m_verifyAction->setEnabled(outcome.ok());

    const QString fromLabel =
        outcome.fromLabel.isEmpty() ? request.from.label() : outcome.fromLabel;
    const QString toLabel = outcome.toLabel.isEmpty() ? request.to.label() : outcome.toLabel;
    m_fromHeader->setText(tr("From: %1").arg(fromLabel));
    m_fromHeader->setToolTip(fromLabel);
    m_toHeader->setText(tr("To: %1").arg(toLabel));
    m_toHeader->setToolTip(toLabel);

    if (!outcome.ok()) {
        showError(outcome);
        m_tree->clear();
        m_document = SideBySideDocument();
        m_left->setDocument(m_document);
        m_right->setDocument(m_document);
        m_script->setSql(QString());
        m_summary->clear();
        m_currentChange = -1;
        updateChangeActions();
        m_status->setText(tr("The comparison failed."));
        Q_EMIT outcomeShown();
        return;
    }
    m_error->hide();

    QString provider = outcome.to.provider.isEmpty() ? outcome.from.provider : outcome.to.provider;
    if (provider.isEmpty())
        provider = outcome.script.provider;
    m_left->setProvider(provider);
    m_right->setProvider(provider);
    m_script->setProvider(provider);

    m_tree->setDiff(outcome.diff);
    m_document = SideBySideDocument::build(SchemaScriptRenderer::ddl(outcome.from),
                                           SchemaScriptRenderer::ddl(outcome.to));
    m_left->setDocument(m_document);
    m_right->setDocument(m_document);
    m_currentChange = -1;
    updateChangeActions();
    m_script->setSql(outcome.script.text());
    m_summary->setPlainText(outcome.summary);
    showVerification(outcome);

    const int changes = DiffSummaryTree::changeCount(outcome.diff);
    m_status->setText(outcome.diff.isEmpty()
                          ? tr("No differences: both sides have the same schema.")
                          : tr("%n change(s).", nullptr, changes));
    statusBar()->showMessage(
        outcome.verification.ran
            ? tr("Read in %1 ms, compared in %2 ms, verified in %3 ms.")
                  .arg(outcome.readMs)
                  .arg(outcome.diffMs)
                  .arg(outcome.verifyMs)
            : tr("Read in %1 ms, compared in %2 ms.").arg(outcome.readMs).arg(outcome.diffMs));
    if (outcome.verification.ran)
        m_tabs->setCurrentIndex(1);
    Q_EMIT outcomeShown();
}

void DiffWindow::setMessage(QLabel *label, const QString &text, const QColor &tone) {
    const QPalette p = palette();
    const bool dark = p.color(QPalette::Window).lightness() < 128;
    label->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border: 1px solid %3; "
                                        "border-radius: 4px; padding: 6px; }")
                             .arg(mix(p.color(QPalette::Base), tone, dark ? 0.3 : 0.15).name(),
                                  p.color(QPalette::Text).name(), tone.name()));
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

void DiffWindow::showError(const DiffOutcome &outcome) {
    QStringList lines;
    if (outcome.failedSide == QLatin1String("from"))
        lines << tr("Could not read the “from” side (%1).").arg(outcome.fromLabel);
    else if (outcome.failedSide == QLatin1String("to"))
        lines << tr("Could not read the “to” side (%1).").arg(outcome.toLabel);
    else
        lines << tr("The comparison failed.");
    if (!outcome.failedMigration.isEmpty() &&
        !outcome.error.message.contains(outcome.failedMigration))
        lines << tr("Migration %1 failed to apply cleanly to the shadow database.")
                     .arg(outcome.failedMigration);
    const QString code = outcome.error.nativeCode;
    lines << (code.isEmpty() || outcome.error.message.contains(code)
                  ? outcome.error.message
                  : tr("%1: %2").arg(code, outcome.error.message));
    if (!outcome.error.statement.isEmpty())
        lines << tr("Statement: %1").arg(outcome.error.statement.trimmed());
    if (code == QLatin1String("P3014"))
        lines << tr("Replaying migrations needs a temporary shadow database, and this database "
                    "user may not create databases. Compare with a user that may (for example "
                    "CREATEDB on PostgreSQL), or configure a shadow database for the connection.");
    setMessage(m_error, lines.join(QLatin1Char('\n')), ErrorTone);
    m_verification->hide();
}

void DiffWindow::showVerification(const DiffOutcome &outcome) {
    const DiffVerification &v = outcome.verification;
    if (!v.ran) {
        m_verification->hide();
        return;
    }
    if (v.error.isError()) {
        setMessage(
            m_verification,
            tr("Verification failed: the script could not be applied to a shadow copy of "
               "the “from” side.\n%1%2")
                    .arg(v.error.nativeCode.isEmpty() ? QString()
                                                      : v.error.nativeCode + QStringLiteral(": "),
                         v.error.message) +
                (v.error.statement.isEmpty()
                     ? QString()
                     : QLatin1Char('\n') + tr("Statement: %1").arg(v.error.statement.trimmed())),
            ErrorTone);
    } else if (v.passed) {
        setMessage(m_verification,
                   tr("Verified: after the script, the “from” side has exactly the schema of the "
                      "“to” side."),
                   OkTone);
    } else {
        setMessage(m_verification,
                   tr("Not verified: after the script, these differences remain:\n%1")
                       .arg(v.remainingSummary.trimmed()),
                   WarningTone);
    }
}

QString DiffWindow::errorText() const {
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

QString DiffWindow::statusText() const {
    return m_status->text();
}

QString DiffWindow::verificationText() const {
    return m_verification->isVisibleTo(this) ? m_verification->text() : QString();
}

bool DiffWindow::nextChange() {
    if (m_currentChange + 1 >= m_document.changes().size())
        return false;
    goToChange(m_currentChange + 1);
    return true;
}

bool DiffWindow::previousChange() {
    if (m_currentChange <= 0)
        return false;
    goToChange(m_currentChange - 1);
    return true;
}

void DiffWindow::goToChange(int index) {
    m_currentChange = index;
    const int row = m_document.changes().at(index);
    int rows = 0;
    while (row + rows < m_document.rowCount() &&
           m_document.kind(row + rows) != SideBySideDocument::RowKind::Same)
        ++rows;
    m_tabs->setCurrentIndex(0);
    m_left->setCurrentChange(row, rows);
    m_right->setCurrentChange(row, rows);
    m_left->showRow(row);
    m_right->showRow(row);
    updateChangeActions();
}

void DiffWindow::showObject(const QString &kind, const QString &object, const QString &item) {
    int row = m_document.rowOfItem(kind, object, item);
    if (row < 0)
        row = m_document.rowOfItem(QString(), object, item);
    if (row < 0)
        return;
    m_tabs->setCurrentIndex(0);
    m_left->showRow(row);
    m_right->showRow(row);
    // F8 continues from here.
    int index = -1;
    const QList<int> &changes = m_document.changes();
    while (index + 1 < changes.size() && changes.at(index + 1) <= row)
        ++index;
    m_currentChange = index;
    updateChangeActions();
}

void DiffWindow::updateChangeActions() {
    const auto count = m_document.changes().size();
    m_nextAction->setEnabled(m_currentChange + 1 < count);
    m_previousAction->setEnabled(m_currentChange > 0);
    if (count == 0)
        m_changeLabel->setText(m_hasOutcome && m_outcome.ok() ? tr("No changes") : QString());
    else if (m_currentChange < 0)
        m_changeLabel->setText(tr("%n changed region(s)", nullptr, static_cast<int>(count)));
    else
        m_changeLabel->setText(tr("Change %1 of %2").arg(m_currentChange + 1).arg(count));
}

void DiffWindow::saveScript() {
    if (!m_hasOutcome || !m_outcome.ok())
        return;
    QString dir = m_context.migrationsDir.isEmpty() ? QDir::homePath() : m_context.migrationsDir;
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Save Script"), QDir(dir).filePath(QStringLiteral("migration.sql")),
        tr("SQL scripts (*.sql);;All files (*)"));
    if (file.isEmpty())
        return;
    QSaveFile out(file);
    const QByteArray bytes = m_outcome.script.text().toUtf8();
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        setMessage(m_error, tr("Cannot write %1: %2").arg(file, out.errorString()), ErrorTone);
        return;
    }
    statusBar()->showMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(file)), 5000);
}

void DiffWindow::changeEvent(QEvent *event) {
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_legend)
        updateLegend();
}

void DiffWindow::closeEvent(QCloseEvent *event) {
    cancel();
    QMainWindow::closeEvent(event);
}
