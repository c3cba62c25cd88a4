// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/auditjournal.h"

#include <QDialog>

class AuditJournalModel;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class ReadOnlySqlView;

/// The audit journal: its verification at the top ("Journal intact (N entries)" or where the
/// hash chain breaks, that line highlighted), a filter bar (text, since, operation, failed
/// only), the entries, the selected entry's facts and statements, and an HTML report of it.
/// The file is read and verified off the GUI thread; filtering works on what was read.
class AuditJournalDialog : public QDialog {
    Q_OBJECT
public:
    explicit AuditJournalDialog(const QString &journalPath, QWidget *parent = nullptr);

    /// Reads and verifies the journal again (asynchronously; loaded() when done).
    void reload();
    /// Writes HtmlReport::forEntry of the selected entry to `path`; an error message or empty.
    QString exportReport(const QString &path) const;
    void selectRow(int row);

    AuditJournalModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *textFilter() const { return m_text; }
    QCheckBox *failedOnlyBox() const { return m_failedOnly; }
    QComboBox *operationBox() const { return m_operation; }
    QCheckBox *sinceBox() const { return m_sinceEnabled; }
    QDateTimeEdit *sinceEdit() const { return m_since; }
    QPushButton *exportButton() const { return m_export; }
    QString verificationText() const;
    const AuditJournal::Verification &verification() const { return m_verification; }
    QString detailsText() const;

Q_SIGNALS:
    void loaded();

private:
    void applyFilter();
    void showSelected();
    void chooseFileAndExport();
    int selectedRow() const;

    QString m_path;
    QList<AuditEntry> m_all;
    QList<int> m_allLines;
    AuditJournal::Verification m_verification;
    QString m_badLineText;
    bool m_loading = false;

    QLabel *m_status;
    QLineEdit *m_text;
    QCheckBox *m_sinceEnabled;
    QDateTimeEdit *m_since;
    QComboBox *m_operation;
    QCheckBox *m_failedOnly;
    QLabel *m_count;
    AuditJournalModel *m_model;
    QTableView *m_table;
    QPlainTextEdit *m_facts;
    ReadOnlySqlView *m_statements;
    QPushButton *m_export;
    QPushButton *m_reload;
};
