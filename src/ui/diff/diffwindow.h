// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diffcontext.h"
#include "sidebysidedocument.h"

#include <QMainWindow>
#include <QPointer>

class DiffJob;
class DiffSourcePicker;
class DiffSqlView;
class DiffSummaryTree;
class QAction;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QToolButton;
class ReadOnlySqlView;

/// Compares two schema sources (empty, the live database, the migrations folder in part or in
/// full) on a DiffJob thread and shows the result: a tree of the changes, both sides' DDL side by
/// side (aligned, changes tinted, scrolling together, F8/Shift+F8 between changes), the generated
/// script (save, copy, verify on a shadow copy) and Prisma's summary. Non-modal.
class DiffWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit DiffWindow(const DiffContext &context, QWidget *parent = nullptr);
    ~DiffWindow() override;

    /// Replaces the connection and migrations (the old password is wiped).
    void setContext(const DiffContext &context);
    void setSources(const SchemaSource &from, const SchemaSource &to);
    /// Compares what the two pickers say.
    void compare();
    /// Runs `request` (cancelling a comparison still running).
    void start(const DiffRequest &request);
    /// Shows an outcome computed elsewhere (the drift check) for `request`.
    void showOutcome(const DiffRequest &request, const DiffOutcome &outcome);
    void cancel();
    /// Runs the last comparison again with verification of its script on a shadow copy.
    void verifyScript();
    bool nextChange();
    bool previousChange();

    bool isRunning() const { return !m_job.isNull(); }
    int currentChange() const { return m_currentChange; }
    const DiffOutcome &outcome() const { return m_outcome; }
    const SideBySideDocument &sideBySide() const { return m_document; }

    DiffSourcePicker *fromPicker() const { return m_fromPicker; }
    DiffSourcePicker *toPicker() const { return m_toPicker; }
    DiffSummaryTree *summaryTree() const { return m_tree; }
    DiffSqlView *leftPane() const { return m_left; }
    DiffSqlView *rightPane() const { return m_right; }
    ReadOnlySqlView *scriptView() const { return m_script; }
    QPlainTextEdit *summaryView() const { return m_summary; }
    QTabWidget *tabs() const { return m_tabs; }
    QString errorText() const;
    QString statusText() const;
    QString verificationText() const;

Q_SIGNALS:
    /// An outcome (or an error) is on screen; for tests and scripted screenshots.
    void outcomeShown();
    /// "Open in SQL Editor": the main window opens its editor on the script.
    void openInEditorRequested(const QString &script);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildUi();
    void setRunning(bool running, const QString &what = {});
    void onFinished(const DiffOutcome &outcome);
    void showError(const DiffOutcome &outcome);
    void showVerification(const DiffOutcome &outcome);
    void goToChange(int index);
    void showObject(const QString &kind, const QString &object, const QString &item);
    void updateChangeActions();
    void updateCompareEnabled();
    void saveScript();
    void setMessage(QLabel *label, const QString &text, const QColor &tone);
    void updateLegend();

    DiffContext m_context;
    DiffRequest m_request; ///< the one shown or running (with password: wiped when replaced)
    DiffOutcome m_outcome;
    bool m_hasOutcome = false;
    SideBySideDocument m_document;
    int m_currentChange = -1;
    QPointer<DiffJob> m_job;
    bool m_cancelRequested = false;

    DiffSourcePicker *m_fromPicker = nullptr;
    DiffSourcePicker *m_toPicker = nullptr;
    QPushButton *m_compareButton = nullptr;
    QToolButton *m_swapButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QToolButton *m_cancelButton = nullptr;
    QLabel *m_error = nullptr;
    DiffSummaryTree *m_tree = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_fromHeader = nullptr;
    QLabel *m_toHeader = nullptr;
    DiffSqlView *m_left = nullptr;
    DiffSqlView *m_right = nullptr;
    QLabel *m_changeLabel = nullptr;
    QLabel *m_legend = nullptr;
    ReadOnlySqlView *m_script = nullptr;
    QLabel *m_verification = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_previousAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_editorAction = nullptr;
    QAction *m_verifyAction = nullptr;
};
