// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionmanagerdialog.h"

#include "connectioneditor.h"
#include "connections/connectiondiagnosis.h"
#include "connections/connectionstore.h"
#include "db/databaseurl.h"
#include "db/dbsession.h"
#include "secretstore.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QUuid>
#include <QVBoxLayout>

ConnectionManagerDialog::ConnectionManagerDialog(ConnectionStore &store, SecretStore &secrets,
                                                 const QString &workspaceRoot,
                                                 const QString &schemaDir, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_secrets(secrets)
    , m_workspaceRoot(workspaceRoot)
    , m_list(new QListWidget(this))
    , m_editor(new ConnectionEditor(this))
    , m_testResult(new QLabel(this))
    , m_testButton(new QPushButton(tr("&Test"), this)) {
    setWindowTitle(tr("Connections"));
    resize(960, 640);
    m_editor->setWorkspace(schemaDir, workspaceRoot);
    m_editor->setKeychainAvailable(secrets.availability() != SecretStore::Availability::Unavailable,
                                   secrets.unavailableReason());
    connect(&secrets, &SecretStore::availabilityChanged, this, [this] {
        m_editor->setKeychainAvailable(m_secrets.availability() ==
                                           SecretStore::Availability::Available,
                                       m_secrets.unavailableReason());
    });
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *add = new QPushButton(tr("&New"), this);
    auto *duplicate = new QPushButton(tr("D&uplicate"), this);
    auto *remove = new QPushButton(tr("&Remove"), this);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(duplicate);
    listButtons->addWidget(remove);
    leftLayout->addLayout(listButtons);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_editor, 1);
    rightLayout->addWidget(m_testResult);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setSizes({280, 680});

    auto *buttons = new QDialogButtonBox(this);
    auto *save = buttons->addButton(tr("&Save"), QDialogButtonBox::ApplyRole);
    buttons->addButton(m_testButton, QDialogButtonBox::ActionRole);
    auto *connectButton = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &ConnectionManagerDialog::loadSelected);
    connect(add, &QPushButton::clicked, this, [this] {
        ConnectionProfile p;
        p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        p.name = tr("New connection");
        p.driver = ConnectionSpec::Driver::Postgres;
        p.workspaceRoot = m_workspaceRoot;
        m_currentId = p.id;
        m_editor->setProfile(p);
    });
    connect(duplicate, &QPushButton::clicked, this, [this] {
        if (m_currentId.isEmpty())
            return;
        const ConnectionProfile copy = m_store.duplicate(m_currentId);
        if (!copy.id.isEmpty())
            reload(copy.id);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_currentId.isEmpty())
            return;
        const ConnectionProfile p = m_store.profile(m_currentId);
        if (QMessageBox::question(this, tr("Remove connection"),
                                  tr("Remove the connection \"%1\"?").arg(p.name)) !=
            QMessageBox::Yes)
            return;
        m_secrets.remove(p.secretKey());
        m_store.remove(m_currentId);
        m_currentId.clear();
        reload();
    });
    connect(save, &QPushButton::clicked, this, &ConnectionManagerDialog::saveCurrent);
    connect(m_testButton, &QPushButton::clicked, this, &ConnectionManagerDialog::test);
    connect(connectButton, &QPushButton::clicked, this, [this] {
        const ConnectionProfile p = m_editor->profile();
        if (const QString error = p.validate(); !error.isEmpty()) {
            m_editor->showMessage(error, true);
            return;
        }
        withPassword(p, [this, p](const QString &password) {
            Q_EMIT connectRequested(p, password);
            accept();
        });
    });
    reload();
}

ConnectionManagerDialog::~ConnectionManagerDialog() = default;

void ConnectionManagerDialog::reload(const QString &selectId) {
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    int selectRow = -1;
    for (const ConnectionProfile &p : m_store.profiles(m_workspaceRoot)) {
        auto *item = new QListWidgetItem(p.name, m_list);
        item->setData(Qt::UserRole, p.id);
        item->setToolTip(p.toPrismaUrl(true));
        QString suffix = p.workspaceRoot.isEmpty() ? tr("global") : tr("workspace");
        if (p.environment != Environment::Local)
            suffix += QStringLiteral(", ") + environmentKey(p.environment);
        item->setText(QStringLiteral("%1  (%2)").arg(p.name, suffix));
        if (p.id == selectId || (selectId.isEmpty() && p.id == m_currentId))
            selectRow = m_list->count() - 1;
    }
    if (selectRow < 0 && m_list->count() > 0)
        selectRow = 0;
    m_list->setCurrentRow(selectRow);
    loadSelected();
}

void ConnectionManagerDialog::selectProfile(const QString &id) {
    reload(id);
}

void ConnectionManagerDialog::loadSelected() {
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    m_currentId = item->data(Qt::UserRole).toString();
    m_editor->setProfile(m_store.profile(m_currentId));
    m_testResult->clear();
}

bool ConnectionManagerDialog::saveCurrent() {
    ConnectionProfile p = m_editor->profile();
    if (const QString error = p.validate(); !error.isEmpty()) {
        m_editor->showMessage(error, true);
        return false;
    }
    if (p.id.isEmpty())
        p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // Stored only when asked to: in the keychain, or (without one) for this session only.
    const QString typed = m_editor->typedPassword();
    if (!p.rememberPassword) {
        m_secrets.remove(p.secretKey());
    } else if (!typed.isEmpty()) {
        if (m_secrets.availability() == SecretStore::Availability::Available) {
            m_secrets.write(p.secretKey(), typed, [this](bool ok, const QString &error) {
                if (!ok)
                    m_editor->showMessage(
                        tr("The password could not be stored in the keychain: %1").arg(error),
                        true);
            });
        } else {
            m_secrets.rememberForSession(p.secretKey(), typed);
        }
    }
    m_editor->clearPassword();
    m_store.save(p); // never with the password
    m_currentId = p.id;
    reload(p.id);
    m_editor->showMessage(tr("Saved."), false);
    return true;
}

void ConnectionManagerDialog::withPassword(const ConnectionProfile &profile,
                                           std::function<void(const QString &)> then) {
    const QString typed = m_editor->typedPassword();
    if (!typed.isEmpty() || profile.driver == ConnectionSpec::Driver::Sqlite) {
        then(typed);
        return;
    }
    m_secrets.read(profile.secretKey(), [this, profile, then = std::move(then)](
                                            std::optional<QString> pw, const QString &) {
        if (pw) {
            then(*pw);
            return;
        }
        bool ok = false;
        const QString asked = QInputDialog::getText(
            this, tr("Password"), tr("Password for %1:").arg(profile.toPrismaUrl(false)),
            QLineEdit::Password, QString(), &ok);
        if (!ok)
            return;
        if (profile.rememberPassword)
            m_secrets.rememberForSession(profile.secretKey(), asked); // this run only
        then(asked);
    });
}

void ConnectionManagerDialog::test() {
    const ConnectionProfile p = m_editor->profile();
    if (const QString error = p.validate(); !error.isEmpty()) {
        m_editor->showMessage(error, true);
        return;
    }
    withPassword(p, [this, p](const QString &password) {
        ConnectionSpec spec = p.toSpec(password);
        spec.readOnly = true; // a test never writes
        m_testButton->setEnabled(false);
        m_testResult->setStyleSheet(QString());
        m_testResult->setText(tr("Testing %1…").arg(p.toPrismaUrl(true)));
        m_testSession = std::make_unique<DbSession>(spec);
        connect(m_testSession.get(), &DbSession::opened, this, [this, spec](const OpenResult &r) {
            const ConnectionDiagnosis d =
                ConnectionDiagnosis::diagnose(spec, r.error, r.serverVersion);
            const bool ok = d.kind == ConnectionDiagnosis::Kind::Ok;
            QString text = ok ? tr("Connected: %1").arg(d.serverVersion) : d.message;
            if (!d.hint.isEmpty())
                text += QLatin1Char('\n') + d.hint;
            if (!d.poolerWarning.isEmpty())
                text += QLatin1Char('\n') + d.poolerWarning;
            m_testResult->setText(text);
            m_testResult->setStyleSheet(ok && d.poolerWarning.isEmpty()
                                            ? QStringLiteral("QLabel { color: #2e9d4f; }")
                                            : QStringLiteral("QLabel { color: #d63b3b; }"));
            m_testButton->setEnabled(true);
            Q_EMIT testFinished(ok);
        });
        m_testSession->open();
    });
}

QString ConnectionManagerDialog::lastTestResult() const {
    return m_testResult->text();
}

void ConnectionManagerDialog::importFromWorkspace(const QString &url, const QString &source,
                                                  const QString &shadowUrl) {
    ConnectionProfile p;
    p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    p.name = source;
    p.workspaceRoot = m_workspaceRoot;
    m_currentId = p.id;
    m_editor->setProfile(p);
    const QString error = m_editor->importUrl(url);
    if (!error.isEmpty())
        m_editor->showMessage(tr("%1: %2").arg(source, error), true);
    if (!shadowUrl.isEmpty()) {
        // Kept without its password (a separate secret), like every stored URL.
        const DatabaseUrl::Result shadow = DatabaseUrl::parse(shadowUrl, QString());
        if (shadow.ok())
            m_editor->setShadowUrl(ConnectionProfile::fromSpec(shadow.spec).toPrismaUrl(false));
    }
}
