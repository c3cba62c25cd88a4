// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectioneditor.h"

#include "db/databaseurl.h"
#include "ui_connectioneditor.h"

#include <QClipboard>
#include <QFileDialog>
#include <QGuiApplication>

ConnectionEditor::ConnectionEditor(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ConnectionEditor>()) {
    m_ui->setupUi(this);
    m_ui->scopeCombo->addItem(tr("All workspaces (global)"), false);
    m_ui->scopeCombo->addItem(tr("This workspace only"), true);
    m_ui->driverCombo->addItem(QStringLiteral("PostgreSQL"),
                               static_cast<int>(ConnectionSpec::Driver::Postgres));
    m_ui->driverCombo->addItem(QStringLiteral("MySQL / MariaDB"),
                               static_cast<int>(ConnectionSpec::Driver::MySql));
    m_ui->driverCombo->addItem(QStringLiteral("SQLite"),
                               static_cast<int>(ConnectionSpec::Driver::Sqlite));
    for (const char *mode : {"", "disable", "prefer", "require", "verify-ca", "verify-full"})
        m_ui->sslModeCombo->addItem(QString::fromLatin1(mode).isEmpty() ? tr("(driver default)")
                                                                        : QString::fromLatin1(mode),
                                    QString::fromLatin1(mode));
    m_ui->environmentCombo->addItem(tr("Local"), static_cast<int>(Environment::Local));
    m_ui->environmentCombo->addItem(tr("Staging"), static_cast<int>(Environment::Staging));
    m_ui->environmentCombo->addItem(tr("Production"), static_cast<int>(Environment::Production));
    m_ui->colorEdit->setPlaceholderText(tr("#rrggbb (default: by environment)"));
    m_ui->optionsEdit->setPlaceholderText(tr("key=value&key=value, kept in the URL as given"));
    m_ui->shadowUrlEdit->setPlaceholderText(
        tr("optional; without password (it is asked for separately)"));
    m_ui->messageLabel->hide();

    connect(m_ui->driverCombo, &QComboBox::currentIndexChanged, this,
            &ConnectionEditor::updateDriverFields);
    connect(m_ui->environmentCombo, &QComboBox::currentIndexChanged, this, [this] {
        const bool production = m_ui->environmentCombo->currentData().toInt() ==
                                static_cast<int>(Environment::Production);
        if (production)
            m_ui->readOnlyCheck->setChecked(true);
        m_ui->readOnlyCheck->setEnabled(!production);
        Q_EMIT changed();
    });
    connect(m_ui->importButton, &QPushButton::clicked, this, [this] {
        const QString error = importUrl(m_ui->urlEdit->text());
        showMessage(
            error.isEmpty()
                ? tr("Imported. The password, if the URL had one, is in the password field.")
                : error,
            !error.isEmpty());
    });
    connect(m_ui->urlEdit, &QLineEdit::returnPressed, m_ui->importButton, &QPushButton::click);
    connect(m_ui->exportButton, &QPushButton::clicked, this, [this] {
        const QString url = profile().toPrismaUrl(true);
        QGuiApplication::clipboard()->setText(url);
        showMessage(tr("Copied %1 (the password is not included).").arg(url), false);
    });
    connect(m_ui->browseButton, &QToolButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("SQLite database"), m_schemaDir,
            tr("SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)"));
        if (!file.isEmpty())
            m_ui->databaseEdit->setText(file);
    });
    for (QLineEdit *edit : findChildren<QLineEdit *>()) {
        if (edit != m_ui->urlEdit)
            connect(edit, &QLineEdit::textEdited, this, &ConnectionEditor::changed);
    }
    updateDriverFields();
}

ConnectionEditor::~ConnectionEditor() = default;

void ConnectionEditor::setWorkspace(const QString &schemaDir, const QString &workspaceRoot) {
    m_schemaDir = schemaDir;
    m_workspaceRoot = workspaceRoot;
    m_ui->scopeCombo->setEnabled(!workspaceRoot.isEmpty());
}

void ConnectionEditor::setKeychainAvailable(bool available, const QString &reason) {
    // Without a keychain, "remember" still works, but only for the running session.
    m_ui->rememberCheck->setToolTip(available ? QString() : reason);
    m_ui->rememberCheck->setText(
        available ? tr("Remember the password in the system keychain")
                  : tr("Remember the password for this session only (no keychain)"));
}

void ConnectionEditor::updateDriverFields() {
    const auto driver =
        static_cast<ConnectionSpec::Driver>(m_ui->driverCombo->currentData().toInt());
    const bool server = driver != ConnectionSpec::Driver::Sqlite;
    for (QWidget *w :
         {static_cast<QWidget *>(m_ui->hostEdit), static_cast<QWidget *>(m_ui->portSpin),
          static_cast<QWidget *>(m_ui->userEdit), static_cast<QWidget *>(m_ui->passwordEdit),
          static_cast<QWidget *>(m_ui->rememberCheck), static_cast<QWidget *>(m_ui->sslModeCombo),
          static_cast<QWidget *>(m_ui->sslRootCertEdit), static_cast<QWidget *>(m_ui->sslCertEdit),
          static_cast<QWidget *>(m_ui->sslKeyEdit), static_cast<QWidget *>(m_ui->socketEdit)}) {
        w->setVisible(server);
        if (QWidget *label = m_ui->formLayout->labelForField(w))
            label->setVisible(server);
    }
    const bool pg = driver == ConnectionSpec::Driver::Postgres;
    m_ui->schemaEdit->setVisible(pg);
    m_ui->schemaLabel->setVisible(pg);
    m_ui->browseButton->setVisible(!server);
    m_ui->databaseLabel->setText(server ? tr("Database name:") : tr("Database file:"));
    m_ui->portSpin->setSpecialValueText(pg ? tr("default (5432)") : tr("default (3306)"));
    Q_EMIT changed();
}

void ConnectionEditor::setProfile(const ConnectionProfile &p) {
    m_profile = p;
    m_ui->nameEdit->setText(p.name);
    m_ui->scopeCombo->setCurrentIndex(p.workspaceRoot.isEmpty() ? 0 : 1);
    m_ui->driverCombo->setCurrentIndex(m_ui->driverCombo->findData(static_cast<int>(p.driver)));
    m_ui->hostEdit->setText(p.host);
    m_ui->portSpin->setValue(p.port);
    m_ui->databaseEdit->setText(p.database);
    m_ui->userEdit->setText(p.user);
    m_ui->passwordEdit->clear();
    m_ui->rememberCheck->setChecked(p.rememberPassword);
    m_ui->schemaEdit->setText(p.schema);
    m_ui->sslModeCombo->setCurrentIndex(qMax(0, m_ui->sslModeCombo->findData(p.sslMode)));
    m_ui->sslRootCertEdit->setText(p.sslRootCert);
    m_ui->sslCertEdit->setText(p.sslCert);
    m_ui->sslKeyEdit->setText(p.sslKey);
    m_ui->socketEdit->setText(p.socket);
    m_ui->optionsEdit->setText(p.options);
    m_ui->environmentCombo->setCurrentIndex(
        m_ui->environmentCombo->findData(static_cast<int>(p.environment)));
    m_ui->colorEdit->setText(p.color);
    m_ui->readOnlyCheck->setChecked(p.readOnly || p.environment == Environment::Production);
    m_ui->shadowUrlEdit->setText(p.shadowUrl);
    m_ui->messageLabel->hide();
    updateDriverFields();
}

ConnectionProfile ConnectionEditor::profile() const {
    ConnectionProfile p = m_profile;
    p.name = m_ui->nameEdit->text().trimmed();
    p.workspaceRoot = m_ui->scopeCombo->currentData().toBool() ? m_workspaceRoot : QString();
    p.driver = static_cast<ConnectionSpec::Driver>(m_ui->driverCombo->currentData().toInt());
    p.host = m_ui->hostEdit->text().trimmed();
    p.port = m_ui->portSpin->value();
    p.database = m_ui->databaseEdit->text().trimmed();
    p.user = m_ui->userEdit->text().trimmed();
    p.rememberPassword = m_ui->rememberCheck->isChecked();
    p.schema = m_ui->schemaEdit->text().trimmed();
    p.sslMode = m_ui->sslModeCombo->currentData().toString();
    p.sslRootCert = m_ui->sslRootCertEdit->text().trimmed();
    p.sslCert = m_ui->sslCertEdit->text().trimmed();
    p.sslKey = m_ui->sslKeyEdit->text().trimmed();
    p.socket = m_ui->socketEdit->text().trimmed();
    p.options = m_ui->optionsEdit->text().trimmed();
    p.environment = static_cast<Environment>(m_ui->environmentCombo->currentData().toInt());
    p.color = m_ui->colorEdit->text().trimmed();
    p.readOnly = m_ui->readOnlyCheck->isChecked();
    p.shadowUrl = m_ui->shadowUrlEdit->text().trimmed();
    return p;
}

QString ConnectionEditor::typedPassword() const {
    return m_ui->passwordEdit->text();
}

void ConnectionEditor::setShadowUrl(const QString &url) {
    m_ui->shadowUrlEdit->setText(url);
}

void ConnectionEditor::clearPassword() {
    m_ui->passwordEdit->clear();
}

QString ConnectionEditor::importUrl(const QString &url) {
    const DatabaseUrl::Result parsed = DatabaseUrl::parse(url, m_schemaDir);
    if (!parsed.ok())
        return parsed.error;
    ConnectionProfile imported = ConnectionProfile::fromSpec(parsed.spec);
    imported.id = m_profile.id;
    imported.name = m_ui->nameEdit->text().trimmed().isEmpty() ? imported.name
                                                               : m_ui->nameEdit->text().trimmed();
    imported.workspaceRoot = m_profile.workspaceRoot;
    imported.environment = profile().environment;
    setProfile(imported);
    m_ui->passwordEdit->setText(parsed.spec.password);
    m_ui->urlEdit->clear(); // the URL may hold a password: do not keep it on screen
    if (!parsed.warnings.isEmpty())
        showMessage(parsed.warnings.join(QLatin1Char('\n')), false);
    Q_EMIT changed();
    return {};
}

void ConnectionEditor::showMessage(const QString &text, bool error) {
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setStyleSheet(error ? QStringLiteral("QLabel { color: #d63b3b; }")
                                            : QString());
    m_ui->messageLabel->setVisible(!text.isEmpty());
}
