// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diffcontext.h"

#include <QWidget>

class QComboBox;

/// One side of a comparison: empty, the live database, or the migrations folder (all of it, up
/// to a migration, without one, or the applied set), with the migration to stop at or leave out.
class DiffSourcePicker : public QWidget {
    Q_OBJECT
public:
    enum class Mode { Empty, Database, Migrations, MigrationsUpTo, MigrationsWithout, Applied };

    explicit DiffSourcePicker(QWidget *parent = nullptr);

    /// Enables the modes the context offers and fills the migration list.
    void setContext(const DiffContext &context);
    void setMode(Mode mode, const QString &migration = {});
    Mode mode() const;
    QString migration() const;
    /// Sets the mode from a source (as a drift check built it).
    void setSource(const SchemaSource &source);
    /// The source for this choice, with the context's connection (and password).
    SchemaSource source(const DiffContext &context) const;
    /// Why the current choice cannot be compared (empty: it can).
    QString problem() const;

    QComboBox *modeBox() const { return m_mode; }
    QComboBox *migrationBox() const { return m_migration; }

Q_SIGNALS:
    void changed();

private:
    void updateEnabled();

    QComboBox *m_mode;
    QComboBox *m_migration;
    bool m_hasDatabase = false;
    bool m_hasMigrations = false;
};
