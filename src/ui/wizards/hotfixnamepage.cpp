// SPDX-License-Identifier: GPL-3.0-or-later
#include "hotfixnamepage.h"

#include "commandbox.h"
#include "hotfixwizard.h"
#include "wizards/migrationwriter.h"

#include <QDateTime>
#include <QDir>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTimer>
#include <QVBoxLayout>

HotfixNamePage::HotfixNamePage(HotfixWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_name(new QLineEdit(this))
    , m_preview(new QLabel(this))
    , m_sql(new QPlainTextEdit(this))
    , m_commands(new CommandBox(this))
    , m_clock(new QTimer(this)) {
    setObjectName(QStringLiteral("hotfixNamePage"));
    setTitle(tr("Capture the hotfix as a migration"));
    setSubTitle(tr("The new migration holds the change made by hand. It is marked applied where "
                   "the patch already is, and stays pending everywhere else."));
    m_name->setObjectName(QStringLiteral("migrationName"));
    m_name->setText(QStringLiteral("hotfix"));
    m_name->setPlaceholderText(tr("retroactively add index"));
    m_preview->setObjectName(QStringLiteral("folderPreview"));
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sql->setObjectName(QStringLiteral("capturedSql"));
    m_sql->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_sql->setLineWrapMode(QPlainTextEdit::NoWrap);
    connect(m_name, &QLineEdit::textChanged, this, &HotfixNamePage::updatePreview);
    connect(m_sql, &QPlainTextEdit::textChanged, this, &HotfixNamePage::completeChanged);
    // The timestamp is the time of the commit; the preview follows the clock until then.
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, &HotfixNamePage::updatePreview);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Folder:"), m_preview);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("migration.sql (edit it if the drift holds more than the "
                                    "hotfix):"),
                                 this));
    layout->addWidget(m_sql, 1);
    layout->addWidget(m_commands);
}

void HotfixNamePage::initializePage() {
    const QString script = m_wizard->driftScript();
    if (script != m_capturedFrom) {
        m_capturedFrom = script;
        m_sql->setPlainText(script);
    }
    m_clock->start();
    updatePreview();
}

QString HotfixNamePage::migrationName() const {
    return MigrationWriter::sanitisedName(m_name->text());
}

QString HotfixNamePage::sql() const {
    return m_sql->toPlainText();
}

QString HotfixNamePage::folderPreview() const {
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")) +
           QLatin1Char('_') + migrationName();
}

void HotfixNamePage::updatePreview() {
    const QString name = migrationName();
    const bool valid = !name.isEmpty() && name != QLatin1String("_");
    m_preview->setText(valid ? QStringLiteral("%1/%2/migration.sql")
                                   .arg(QDir::toNativeSeparators(m_wizard->context().migrationsDir),
                                        folderPreview())
                             : tr("Give the migration a name (letters, digits, underscores)."));
    m_commands->setCommands(
        {QStringLiteral("npx prisma migrate dev --create-only --name %1").arg(name),
         QStringLiteral("npx prisma migrate diff --from-migrations ./prisma/migrations --to-url "
                        "\"$DATABASE_URL\" --shadow-database-url \"$SHADOW_DATABASE_URL\" "
                        "--script > prisma/migrations/%1/migration.sql")
             .arg(folderPreview())});
    Q_EMIT completeChanged();
}

bool HotfixNamePage::isComplete() const {
    const QString name = migrationName();
    return !name.isEmpty() && name != QLatin1String("_") && !sql().trimmed().isEmpty();
}
