// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diffrequest.h"

struct HistoryReport;

#include <atomic>
#include <functional>

/// Reads both sides of a DiffRequest (introspection of live databases, replay of migrations
/// folders on shadow databases), diffs them, renders the summary and the script, and optionally
/// verifies the script on a shadow copy. Blocking: runs on a worker thread (DiffJob) or in the
/// CLI; it opens and closes its own connections on the calling thread.
class DiffEngine {
public:
    using ProgressCallback = std::function<void(const QString &what)>;
    static DiffOutcome run(const DiffRequest &request, const std::atomic_bool *cancel = nullptr,
                           const ProgressCallback &progress = {});

    /// Prisma's drift check (`migrate dev` diagnostics): the applied migrations (rows finished and
    /// not rolled back) replayed on a shadow database, compared with the live database.
    /// `live` must carry the password; it is also the shadow server unless `configuredShadow`.
    static DiffRequest driftRequest(const ConnectionSpec &live, const HistoryReport &history,
                                    const ConnectionSpec &configuredShadow = {});
};
