// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/connectionspec.h"
#include "workspace/workspace.h"

#include <QCommandLineOption>

#include <optional>

class QCommandLineParser;

/// `--workspace` and `--url`, shared by every command that talks to a database: finds the
/// workspace and turns the URL (or the workspace's datasource URL) into a ConnectionSpec.
class TargetOptions {
public:
    explicit TargetOptions(QCommandLineParser &parser);

    /// Resolves both; on failure prints the specific error and returns the exit code.
    std::optional<int> resolve(const QCommandLineParser &parser, bool needsWorkspace = true);

    Workspace workspace;
    bool hasWorkspace = false;
    ConnectionSpec spec;

private:
    QCommandLineOption m_workspace;
    QCommandLineOption m_url;
};
