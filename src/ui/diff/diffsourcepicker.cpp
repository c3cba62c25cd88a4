// SPDX-License-Identifier: GPL-3.0-or-later
#include "diffsourcepicker.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QStandardItemModel>

DiffSourcePicker::DiffSourcePicker(QWidget *parent)
    : QWidget(parent)
    , m_mode(new QComboBox(this))
    , m_migration(new QComboBox(this)) {
    m_mode->setObjectName(QStringLiteral("sourceMode"));
    m_migration->setObjectName(QStringLiteral("sourceMigration"));
    m_mode->addItem(tr("Empty schema"), static_cast<int>(Mode::Empty));
    m_mode->addItem(tr("This connection (live database)"), static_cast<int>(Mode::Database));
    m_mode->addItem(tr("Migrations folder (all)"), static_cast<int>(Mode::Migrations));
    m_mode->addItem(tr("Migrations up to…"), static_cast<int>(Mode::MigrationsUpTo));
    m_mode->addItem(tr("Migrations without…"), static_cast<int>(Mode::MigrationsWithout));
    m_mode->addItem(tr("Applied migrations (as the database's history says)"),
                    static_cast<int>(Mode::Applied));
    m_mode->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_migration->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_migration->setMinimumContentsLength(34);
    m_migration->setToolTip(tr("The migration to stop after (inclusive) or to leave out"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_mode);
    layout->addWidget(m_migration);

    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        updateEnabled();
        Q_EMIT changed();
    });
    connect(m_migration, &QComboBox::currentIndexChanged, this, &DiffSourcePicker::changed);
    updateEnabled();
}

void DiffSourcePicker::setContext(const DiffContext &context) {
    m_hasDatabase = context.hasDatabase();
    m_hasMigrations = context.hasMigrations();
    const QString current = m_migration->currentText();
    m_migration->clear();
    // Newest first: "up to" and "without" are mostly about recent migrations.
    for (auto it = context.migrations.crbegin(); it != context.migrations.crend(); ++it)
        m_migration->addItem(*it);
    if (!current.isEmpty() && m_migration->findText(current) >= 0)
        m_migration->setCurrentIndex(m_migration->findText(current));

    auto *model = qobject_cast<QStandardItemModel *>(m_mode->model());
    const auto enable = [model, this](Mode mode, bool on) {
        if (QStandardItem *item = model->item(m_mode->findData(static_cast<int>(mode))))
            item->setEnabled(on);
    };
    enable(Mode::Database, m_hasDatabase);
    enable(Mode::Migrations, m_hasMigrations);
    enable(Mode::MigrationsUpTo, m_hasMigrations && !context.migrations.isEmpty());
    enable(Mode::MigrationsWithout, m_hasMigrations && !context.migrations.isEmpty());
    enable(Mode::Applied, m_hasMigrations && m_hasDatabase);
    updateEnabled();
}

void DiffSourcePicker::setMode(Mode mode, const QString &migration) {
    m_mode->setCurrentIndex(m_mode->findData(static_cast<int>(mode)));
    if (!migration.isEmpty()) {
        if (m_migration->findText(migration) < 0)
            m_migration->addItem(migration);
        m_migration->setCurrentIndex(m_migration->findText(migration));
    }
    updateEnabled();
}

DiffSourcePicker::Mode DiffSourcePicker::mode() const {
    return static_cast<Mode>(m_mode->currentData().toInt());
}

QString DiffSourcePicker::migration() const {
    return m_migration->currentText();
}

void DiffSourcePicker::setSource(const SchemaSource &source) {
    switch (source.kind) {
    case SchemaSource::Kind::Empty:
        setMode(Mode::Empty);
        break;
    case SchemaSource::Kind::Database:
        setMode(Mode::Database);
        break;
    case SchemaSource::Kind::Migrations:
        if (source.onlyIsSet)
            setMode(Mode::Applied);
        else if (!source.upTo.isEmpty())
            setMode(Mode::MigrationsUpTo, source.upTo);
        else if (!source.without.isEmpty())
            setMode(Mode::MigrationsWithout, source.without);
        else
            setMode(Mode::Migrations);
        break;
    }
}

SchemaSource DiffSourcePicker::source(const DiffContext &context) const {
    switch (mode()) {
    case Mode::Empty:
        return {};
    case Mode::Database:
        return context.databaseSource();
    case Mode::Migrations:
        return context.migrationsSource();
    case Mode::MigrationsUpTo:
        return context.migrationsSource(migration());
    case Mode::MigrationsWithout:
        return context.migrationsSource({}, migration());
    case Mode::Applied:
        return context.appliedSource();
    }
    return {};
}

QString DiffSourcePicker::problem() const {
    switch (mode()) {
    case Mode::Empty:
        return {};
    case Mode::Database:
        return m_hasDatabase ? QString() : tr("there is no database connection");
    case Mode::Applied:
        if (!m_hasDatabase)
            return tr("there is no database connection");
        return m_hasMigrations ? QString() : tr("the workspace has no migrations folder");
    case Mode::Migrations:
        return m_hasMigrations ? QString() : tr("the workspace has no migrations folder");
    case Mode::MigrationsUpTo:
    case Mode::MigrationsWithout:
        if (!m_hasMigrations)
            return tr("the workspace has no migrations folder");
        return migration().isEmpty() ? tr("choose a migration") : QString();
    }
    return {};
}

void DiffSourcePicker::updateEnabled() {
    const Mode m = mode();
    const bool needsMigration = m == Mode::MigrationsUpTo || m == Mode::MigrationsWithout;
    m_migration->setEnabled(needsMigration);
    m_migration->setVisible(needsMigration);
}
