// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionmatrixdialog.h"

#include "db/dbsession.h"
#include "history/historytablemodel.h"
#include "secretstore.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

ConnectionMatrixDialog::ConnectionMatrixDialog(const QList<ConnectionProfile> &profiles,
                                               const QString &migrationsDir, SecretStore &secrets,
                                               QWidget *parent)
    : QDialog(parent)
    , m_migrationsDir(migrationsDir)
    , m_secrets(secrets)
    , m_table(new QTableWidget(this))
    , m_status(new QLabel(this)) {
    setWindowTitle(tr("Migrations on every connection"));
    resize(900, 560);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);

    m_pending = static_cast<int>(profiles.size());
    m_status->setText(profiles.isEmpty() ? tr("This workspace has no saved connections.")
                                         : tr("Reading %n connection(s)…", nullptr, m_pending));
    for (const ConnectionProfile &p : profiles) {
        if (p.driver == ConnectionSpec::Driver::Sqlite) {
            startProfile(p, QString());
            continue;
        }
        // Only known passwords: a matrix must not pop up one password prompt per database.
        m_secrets.read(p.secretKey(), [this, p](std::optional<QString> pw, const QString &) {
            if (pw || p.user.isEmpty())
                startProfile(p, pw.value_or(QString()));
            else
                finishOne(p.name, nullptr, tr("password needed: connect once to enter it"));
        });
    }
    if (profiles.isEmpty())
        Q_EMIT complete();
}

ConnectionMatrixDialog::~ConnectionMatrixDialog() = default;

void ConnectionMatrixDialog::startProfile(const ConnectionProfile &profile,
                                          const QString &password) {
    ConnectionSpec spec = profile.toSpec(password);
    spec.readOnly = true; // status only
    auto session = std::make_unique<DbSession>(spec);
    DbSession *s = session.get();
    m_sessions.push_back(std::move(session));
    const QString name = profile.name;
    connect(s, &DbSession::opened, this, [this, s, name](const OpenResult &r) {
        if (r.error.isError())
            finishOne(name, nullptr, r.error.message);
        else
            s->loadHistory(m_migrationsDir);
    });
    connect(s, &DbSession::historyLoaded, this, [this, name](const HistoryResult &r) {
        finishOne(name, r.error.isError() ? nullptr : &r.report, r.error.message);
    });
    s->open();
}

void ConnectionMatrixDialog::finishOne(const QString &name, const HistoryReport *report,
                                       const QString &error) {
    if (report)
        m_matrix.addConnection(name, *report);
    else
        m_matrix.addUnreadable(name, error);
    --m_pending;
    render();
    if (m_pending == 0) {
        m_status->setText(tr("%n connection(s) read, each on its own connection and thread.",
                             nullptr, static_cast<int>(m_matrix.connections().size())));
        Q_EMIT complete();
    }
}

void ConnectionMatrixDialog::render() {
    const QStringList connections = m_matrix.connections();
    const QStringList migrations = m_matrix.migrations();
    m_table->clear();
    m_table->setColumnCount(static_cast<int>(connections.size()));
    m_table->setRowCount(static_cast<int>(migrations.size()));
    m_table->setHorizontalHeaderLabels(connections);
    m_table->setVerticalHeaderLabels(migrations);
    for (int c = 0; c < connections.size(); ++c) {
        if (const QString error = m_matrix.error(c); !error.isEmpty())
            m_table->horizontalHeaderItem(c)->setToolTip(error);
        for (int r = 0; r < migrations.size(); ++r) {
            const HistoryMatrix::Cell cell = m_matrix.cell(r, c);
            auto *item = new QTableWidgetItem;
            if (!cell.state) {
                item->setText(tr("—"));
                item->setToolTip(m_matrix.error(c));
            } else {
                QString text = MigrationStatus::stateLabel(*cell.state);
                if (cell.modified)
                    text += tr(" · modified");
                item->setText(text);
                item->setForeground(HistoryTableModel::stateColor(*cell.state, cell.modified));
            }
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
}
