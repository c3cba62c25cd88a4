// SPDX-License-Identifier: GPL-3.0-or-later
#include "hotfixtargetspage.h"

#include "commandbox.h"
#include "connections/secretstore.h"
#include "db/dbsession.h"
#include "hotfixwizard.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

HotfixTargetsPage::HotfixTargetsPage(HotfixWizard *wizard, QList<ConnectionProfile> profiles,
                                     SecretStore *secrets)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_profiles(std::move(profiles))
    , m_secrets(secrets)
    , m_tree(new QTreeWidget(this))
    , m_password(new QPushButton(tr("Enter &Password…"), this))
    , m_note(new QLabel(this))
    , m_commands(new CommandBox(this)) {
    setObjectName(QStringLiteral("hotfixTargetsPage"));
    setTitle(tr("Where is the patch?"));
    setSubTitle(tr("Tick every database the hotfix was applied to: the migration is marked "
                   "applied there. The others get it as a pending migration on their next "
                   "deploy."));
    m_tree->setObjectName(QStringLiteral("targets"));
    m_tree->setRootIsDecorated(false);
    m_tree->setHeaderLabels({tr("Patched?"), tr("Connection"), tr("Environment"), tr("State")});
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    m_password->setEnabled(false);
    m_note->setWordWrap(true);
    connect(m_tree, &QTreeWidget::itemChanged, this, [this] {
        updateCommands();
        Q_EMIT completeChanged();
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        const int i = item ? m_tree->indexOfTopLevelItem(item) : -1;
        m_password->setEnabled(i > 0 && !m_targets.at(i).ready && !m_targets.at(i).session);
    });
    connect(m_password, &QPushButton::clicked, this, &HotfixTargetsPage::askPassword);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_note, 1);
    buttons->addWidget(m_password, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_commands);
}

HotfixTargetsPage::~HotfixTargetsPage() = default;

void HotfixTargetsPage::initializePage() {
    updateCommands();
    if (m_started)
        return;
    m_started = true;
    const WizardContext &c = m_wizard->context();
    Target current;
    current.name = tr("%1 (open connection)").arg(c.connectionName);
    current.label = c.connectionLabel;
    current.session = m_wizard->session();
    current.environment = c.environment;
    current.current = true;
    current.ready = current.session != nullptr;
    current.state = tr("connected · the drift was found here");
    m_targets << current;
    m_profileOf << -1;
    for (int p = 0; p < m_profiles.size(); ++p) {
        const ConnectionProfile &profile = m_profiles.at(p);
        // The open connection is already listed.
        if (profile.toSpec(QString()).redactedUrl() == c.connectionLabel)
            continue;
        Target t;
        t.name = profile.name;
        t.label = profile.toPrismaUrl(true);
        t.environment = profile.environment;
        t.state = tr("reading the password…");
        m_targets << t;
        m_profileOf << p;
    }
    m_tree->clear();
    {
        QSignalBlocker block(m_tree);
        for (int i = 0; i < m_targets.size(); ++i) {
            auto *item = new QTreeWidgetItem(m_tree);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(0, i == 0 ? Qt::Checked : Qt::Unchecked);
            updateItem(i);
        }
    }
    m_note->setText(m_profiles.isEmpty()
                        ? tr("This workspace has no saved connections: only the open one can be "
                             "marked. Save the others in File ▸ Connections to reconcile them "
                             "here.")
                        : QString());
    for (int i = 1; i < m_targets.size(); ++i) {
        const ConnectionProfile profile = m_profiles.at(m_profileOf.at(i));
        if (profile.driver == ConnectionSpec::Driver::Sqlite || profile.user.isEmpty() ||
            !m_secrets) {
            openProfile(i, profile, QString());
            continue;
        }
        // Only known passwords here; "Enter Password…" asks for the others, one at a time.
        QPointer<HotfixTargetsPage> self(this);
        m_secrets->read(profile.secretKey(),
                        [self, i, profile](std::optional<QString> pw, const QString &) {
                            if (!self)
                                return;
                            if (pw) {
                                self->openProfile(i, profile, *pw);
                                return;
                            }
                            self->m_targets[i].state = tr("password needed");
                            self->updateItem(i);
                        });
    }
    updateCommands();
}

void HotfixTargetsPage::openProfile(int index, const ConnectionProfile &profile,
                                    const QString &password) {
    ConnectionSpec spec = profile.toSpec(password);
    spec.readOnly = profile.effectiveReadOnly();
    auto session = std::make_unique<DbSession>(spec, nullptr, /*cancellable=*/true);
    spec.password.fill(QChar(u'\0'));
    DbSession *s = session.get();
    m_sessions.push_back(std::move(session));
    m_targets[index].session = s;
    m_targets[index].state = tr("connecting…");
    updateItem(index);
    connect(s, &DbSession::opened, this, [this, index](const OpenResult &r) {
        Target &t = m_targets[index];
        t.ready = !r.error.isError();
        t.state = t.ready ? tr("connected · %1").arg(r.serverVersion) : r.error.message;
        updateItem(index);
        Q_EMIT completeChanged();
        bool all = true;
        for (const Target &target : std::as_const(m_targets))
            all = all && (target.ready || !target.session);
        if (all)
            Q_EMIT targetsReady();
    });
    s->open();
}

void HotfixTargetsPage::askPassword() {
    const int i = m_tree->indexOfTopLevelItem(m_tree->currentItem());
    if (i <= 0 || m_targets.at(i).session)
        return;
    const ConnectionProfile profile = m_profiles.at(m_profileOf.at(i));
    bool ok = false;
    QString typed = QInputDialog::getText(this, tr("Password"),
                                          tr("Password for %1:").arg(profile.toPrismaUrl(false)),
                                          QLineEdit::Password, QString(), &ok);
    if (ok)
        openProfile(i, profile, typed);
    typed.fill(QChar(u'\0'));
    m_password->setEnabled(false);
}

void HotfixTargetsPage::updateItem(int index) {
    QTreeWidgetItem *item = m_tree->topLevelItem(index);
    if (!item)
        return;
    const Target &t = m_targets.at(index);
    QSignalBlocker block(m_tree);
    item->setText(1, QStringLiteral("%1\n%2").arg(t.name, t.label));
    item->setText(2, environmentLabel(t.environment));
    QString state = t.state;
    if (t.after)
        state =
            t.after == MigrationStatus::State::Applied
                ? tr("marked applied")
                : tr("%1 — the next deploy applies it").arg(MigrationStatus::stateLabel(*t.after));
    item->setText(3, state);
    item->setForeground(3, t.ready || t.after ? palette().color(QPalette::Text)
                                              : QColor(0xd6, 0x3b, 0x3b));
}

QList<int> HotfixTargetsPage::selected() const {
    QList<int> out;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        if (m_tree->topLevelItem(i)->checkState(0) == Qt::Checked)
            out << i;
    }
    return out;
}

void HotfixTargetsPage::setSelected(int index, bool patched) {
    if (QTreeWidgetItem *item = m_tree->topLevelItem(index))
        item->setCheckState(0, patched ? Qt::Checked : Qt::Unchecked);
}

bool HotfixTargetsPage::isComplete() const {
    const QList<int> chosen = selected();
    if (chosen.isEmpty())
        return false;
    for (int i : chosen) {
        if (!m_targets.at(i).ready)
            return false;
    }
    return true;
}

void HotfixTargetsPage::updateCommands() {
    QStringList commands;
    const QString name = m_wizard->plannedFolderName();
    for (int i : selected())
        commands << QStringLiteral("DATABASE_URL=\"%1\" npx prisma migrate resolve --applied "
                                   "\"%2\"")
                        .arg(m_targets.at(i).label, name);
    commands << tr("# the others: commit the migration; their next `prisma migrate deploy` "
                   "applies it");
    m_commands->setCommands(commands);
}

void HotfixTargetsPage::reloadAll(const QString &migration) {
    m_migration = migration;
    m_reloadStarted = true;
    for (int i = 0; i < m_targets.size(); ++i) {
        Target &t = m_targets[i];
        if (!t.session || !t.ready)
            continue;
        ++m_reloading;
        // Any history of that session from now on will do: MainWindow may reload the open one
        // at the same time (a newer request supersedes ours there).
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = connect(t.session, &DbSession::historyLoaded, this,
                              [this, i, connection](const HistoryResult &r) {
                                  disconnect(*connection);
                                  Target &target = m_targets[i];
                                  for (const MigrationStatus &m : r.report.migrations) {
                                      if (m.name == m_migration)
                                          target.after = m.state;
                                  }
                                  if (r.error.isError())
                                      target.state = r.error.message;
                                  updateItem(i);
                                  if (--m_reloading == 0)
                                      Q_EMIT reconciled();
                              });
        t.session->loadHistory(m_wizard->context().migrationsDir);
    }
    if (m_reloading == 0)
        Q_EMIT reconciled();
}
