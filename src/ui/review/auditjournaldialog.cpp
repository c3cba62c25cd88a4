// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditjournaldialog.h"

#include "auditjournalmodel.h"
#include "review/htmlreport.h"
#include "reviewcolors.h"
#include "viewers/readonlysqlview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace {
/// What one read of the journal gives: every entry with its line, the chain's verification and
/// the raw text of the first bad line.
struct JournalSnapshot {
    QList<AuditEntry> entries;
    QList<int> lines;
    AuditJournal::Verification verification;
    QString badLineText;
};

JournalSnapshot readJournal(const QString &path) {
    JournalSnapshot s;
    const AuditJournal journal(path);
    s.entries = journal.entries(AuditJournal::Filter{}, &s.lines);
    s.verification = journal.verify();
    if (s.verification.firstBadLine > 0) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly)) {
            for (int line = 1; !f.atEnd(); ++line) {
                const QByteArray text = f.readLine();
                if (line == s.verification.firstBadLine) {
                    s.badLineText = QString::fromUtf8(text).trimmed();
                    break;
                }
            }
        }
    }
    return s;
}

bool containsText(const AuditEntry &e, const QString &text) {
    if (text.isEmpty())
        return true;
    for (const QString *field : {&e.osUser, &e.connection, &e.environment, &e.operation, &e.target,
                                 &e.result, &e.planHash, &e.reviewer})
        if (field->contains(text, Qt::CaseInsensitive))
            return true;
    for (const QString &s : e.statements)
        if (s.contains(text, Qt::CaseInsensitive))
            return true;
    for (const QString &s : e.details)
        if (s.contains(text, Qt::CaseInsensitive))
            return true;
    return false;
}
} // namespace

AuditJournalDialog::AuditJournalDialog(const QString &journalPath, QWidget *parent)
    : QDialog(parent)
    , m_path(journalPath)
    , m_status(new QLabel(this))
    , m_text(new QLineEdit(this))
    , m_sinceEnabled(new QCheckBox(tr("Since"), this))
    , m_since(new QDateTimeEdit(this))
    , m_operation(new QComboBox(this))
    , m_failedOnly(new QCheckBox(tr("Failed only"), this))
    , m_count(new QLabel(this))
    , m_model(new AuditJournalModel(this))
    , m_table(new QTableView(this))
    , m_facts(new QPlainTextEdit(this))
    , m_statements(new ReadOnlySqlView(this))
    , m_export(new QPushButton(tr("Export HTML Report…"), this))
    , m_reload(new QPushButton(tr("Reload"), this)) {
    setWindowTitle(tr("Audit Journal"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    resize(1200, 720);

    m_status->setWordWrap(true);
    // Never let a long journal line widen the window.
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setText(tr("Reading %1…").arg(QDir::toNativeSeparators(m_path)));
    m_text->setPlaceholderText(tr("Filter: user, connection, target, SQL, result, plan hash…"));
    m_text->setClearButtonEnabled(true);
    m_since->setCalendarPopup(true);
    m_since->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_since->setDateTime(QDateTime::currentDateTime().addDays(-7));
    m_since->setEnabled(false);
    m_operation->addItem(tr("All operations"), QString());
    m_operation->addItem(tr("Deploy"), QStringLiteral("deploy"));
    m_operation->addItem(tr("Resolve (any)"), QStringLiteral("resolve"));
    m_operation->addItem(tr("Resolve --applied"), QStringLiteral("resolve-applied"));
    m_operation->addItem(tr("Resolve --rolled-back"), QStringLiteral("resolve-rolled-back"));
    m_operation->addItem(tr("Execute"), QStringLiteral("execute"));

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_facts->setReadOnly(true);
    m_facts->setPlaceholderText(tr("Select an entry to see its details."));
    m_facts->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_facts->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere); // raw JSON lines
    m_statements->setPlaceholderText(tr("The statements the entry sent appear here."));
    m_export->setEnabled(false);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_text, 2);
    filters->addWidget(m_sinceEnabled);
    filters->addWidget(m_since);
    filters->addWidget(m_operation);
    filters->addWidget(m_failedOnly);
    filters->addWidget(m_count);
    auto *details = new QSplitter(Qt::Horizontal, this);
    details->addWidget(m_facts);
    details->addWidget(m_statements);
    details->setStretchFactor(0, 2);
    details->setStretchFactor(1, 3);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    buttons->addButton(m_reload, QDialogButtonBox::ResetRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(filters);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reload, &QPushButton::clicked, this, &AuditJournalDialog::reload);
    connect(m_export, &QPushButton::clicked, this, &AuditJournalDialog::chooseFileAndExport);
    connect(m_text, &QLineEdit::textChanged, this, &AuditJournalDialog::applyFilter);
    connect(m_sinceEnabled, &QCheckBox::toggled, m_since, &QWidget::setEnabled);
    connect(m_sinceEnabled, &QCheckBox::toggled, this, &AuditJournalDialog::applyFilter);
    connect(m_since, &QDateTimeEdit::dateTimeChanged, this, &AuditJournalDialog::applyFilter);
    connect(m_operation, &QComboBox::currentIndexChanged, this, &AuditJournalDialog::applyFilter);
    connect(m_failedOnly, &QCheckBox::toggled, this, &AuditJournalDialog::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AuditJournalDialog::showSelected);
    reload();
}

void AuditJournalDialog::reload() {
    if (m_loading)
        return;
    m_loading = true;
    m_reload->setEnabled(false);
    auto *watcher = new QFutureWatcher<JournalSnapshot>(this);
    connect(watcher, &QFutureWatcher<JournalSnapshot>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const JournalSnapshot s = watcher->result();
        m_loading = false;
        m_reload->setEnabled(true);
        m_all = s.entries;
        m_allLines = s.lines;
        m_verification = s.verification;
        m_badLineText = s.badLineText;
        const QString where = QDir::toNativeSeparators(m_path);
        if (!QFile::exists(m_path)) {
            m_status->setText(tr("No journal yet at %1: nothing has been written.").arg(where));
            m_status->setStyleSheet(ReviewColors::banner(palette(), ReviewColors::ok()));
        } else if (m_verification.intact) {
            m_status->setText(tr("<b>Journal intact</b> (%n entries): every line follows the one "
                                 "before it and has its recorded hash.<br><small>%1</small>",
                                 nullptr, m_verification.entries)
                                  .arg(where.toHtmlEscaped()));
            m_status->setStyleSheet(ReviewColors::banner(palette(), ReviewColors::ok()));
            m_status->setToolTip({});
        } else {
            QString text = tr("<b>Tampering detected at line %1:</b> %2")
                               .arg(m_verification.firstBadLine)
                               .arg(m_verification.problem.toHtmlEscaped());
            // The raw line is one long JSON token: a short excerpt here, all of it in the tooltip.
            if (!m_badLineText.isEmpty())
                text += QStringLiteral("<br><code>%1</code>")
                            .arg((m_badLineText.size() > 110
                                      ? QString(m_badLineText.left(110) + QChar(0x2026))
                                      : m_badLineText)
                                     .toHtmlEscaped());
            text += QStringLiteral("<br><small>%1</small>").arg(where.toHtmlEscaped());
            m_status->setText(text);
            m_status->setToolTip(m_badLineText);
            m_status->setStyleSheet(ReviewColors::banner(palette(), ReviewColors::error()));
        }
        applyFilter();
        // Take the reader to the line that breaks the chain.
        if (const int row = m_model->rowOfLine(m_verification.firstBadLine); row >= 0)
            selectRow(row);
        Q_EMIT loaded();
    });
    watcher->setFuture(QtConcurrent::run(readJournal, m_path));
}

void AuditJournalDialog::applyFilter() {
    AuditJournal::Filter filter;
    if (m_sinceEnabled->isChecked())
        filter.since = m_since->dateTime().toUTC();
    filter.operation = m_operation->currentData().toString();
    filter.failedOnly = m_failedOnly->isChecked();
    const QString text = m_text->text().trimmed();
    QList<AuditEntry> entries;
    QList<int> lines;
    for (qsizetype i = 0; i < m_all.size(); ++i) {
        if (filter.matches(m_all.at(i)) && containsText(m_all.at(i), text)) {
            entries << m_all.at(i);
            lines << m_allLines.value(i);
        }
    }
    m_model->setEntries(entries, lines, m_verification.intact ? 0 : m_verification.firstBadLine);
    m_count->setText(tr("%1 of %2").arg(entries.size()).arg(m_all.size()));
    m_table->resizeColumnsToContents();
    // Long connections and results must not push the rest out of sight (tooltips show them).
    for (int c = 0; c < AuditJournalModel::ColumnCount; ++c) {
        const int cap = c == AuditJournalModel::ConnectionColumn ? 220
                        : c == AuditJournalModel::ResultColumn   ? 240
                                                                 : 180;
        m_table->setColumnWidth(c, qMin(m_table->columnWidth(c), cap));
    }
    showSelected();
}

int AuditJournalDialog::selectedRow() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void AuditJournalDialog::selectRow(int row) {
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
}

void AuditJournalDialog::showSelected() {
    const int row = selectedRow();
    m_export->setEnabled(row >= 0);
    if (row < 0) {
        m_facts->clear();
        m_statements->setSql({});
        return;
    }
    const AuditEntry &e = m_model->entry(row);
    QStringList facts;
    facts << tr("Line %1 of the journal").arg(m_model->lineOf(row));
    if (!m_verification.intact && m_model->lineOf(row) == m_verification.firstBadLine)
        facts << tr("THIS LINE BREAKS THE HASH CHAIN: %1").arg(m_verification.problem)
              << m_badLineText;
    facts << tr("Time: %1 (%2 UTC)")
                 .arg(e.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")),
                      e.time.toString(QStringLiteral("HH:mm:ss")));
    facts << tr("User: %1").arg(e.osUser.isEmpty() ? tr("(unknown)") : e.osUser);
    facts << tr("Connection: %1 (%2)").arg(e.connection, e.environment);
    facts << tr("Operation: %1%2").arg(e.operation, e.elevated ? tr(", elevated") : QString());
    if (!e.target.isEmpty())
        facts << tr("Target: %1").arg(e.target);
    facts << tr("Duration: %1 ms").arg(e.durationMs);
    if (!e.planHash.isEmpty())
        facts << tr("Change plan: %1").arg(e.planHash);
    if (!e.reviewer.isEmpty())
        facts << tr("Approved by: %1").arg(e.reviewer);
    for (const QString &d : e.details)
        facts << d;
    facts << QString() << (e.success ? tr("Result: success") : tr("Result: FAILED"));
    facts << e.result;
    m_facts->setPlainText(facts.join(QLatin1Char('\n')));
    QString sql;
    for (const QString &s : e.statements) {
        QString t = s.trimmed();
        if (!t.endsWith(QLatin1Char(';')))
            t += QLatin1Char(';');
        sql += t + QLatin1Char('\n');
    }
    m_statements->setSql(sql.isEmpty() ? tr("-- No statements were sent.") : sql);
}

QString AuditJournalDialog::exportReport(const QString &path) const {
    const int row = selectedRow();
    if (row < 0)
        return tr("Select an entry first.");
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return f.errorString();
    f.write(HtmlReport::forEntry(m_model->entry(row), m_model->lineOf(row)).toUtf8());
    if (!f.commit())
        return f.errorString();
    return {};
}

void AuditJournalDialog::chooseFileAndExport() {
    const int row = selectedRow();
    if (row < 0)
        return;
    const AuditEntry &e = m_model->entry(row);
    const QString name = QStringLiteral("mwb-%1-%2.html")
                             .arg(e.operation, e.time.toString(QStringLiteral("yyyyMMdd-HHmmss")));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export HTML Report"), QDir::home().filePath(name), tr("HTML files (*.html)"));
    if (path.isEmpty())
        return;
    if (const QString error = exportReport(path); !error.isEmpty())
        QMessageBox::warning(this, tr("Export HTML Report"), error);
}

QString AuditJournalDialog::verificationText() const {
    return m_status->text();
}

QString AuditJournalDialog::detailsText() const {
    return m_facts->toPlainText();
}
