// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

/// One guided step of a training scenario: what to do in the workbench, the `prisma` command it
/// corresponds to, and why.
struct ScenarioStep {
    QString hint;
    QString prismaCommand;
    QString reason;
};

/// A training scenario: a story (what happened), a goal, and guided steps. The database and
/// workspace are built by ScenarioBuilder and judged by ScenarioChecker.
struct Scenario {
    QString id; ///< stable key: "failed-unique-backward", …
    int number = 0;
    QString title;
    QString story;
    QString goal;
    QString seed; ///< the Prisma guide it follows (seed file prefix), e.g. "003"
    QList<ScenarioStep> steps;
};

Q_DECLARE_METATYPE(Scenario)
