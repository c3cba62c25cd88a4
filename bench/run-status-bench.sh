#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Status benchmark (issue: foundation): 10,000 migrations against 10,000 rows on SQLite and on
# PostgreSQL. Builds if needed, starts a throw-away PostgreSQL, prints the numbers.
# Usage: bench/run-status-bench.sh [BUILD_DIR] [N]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-test}
count=${2:-10000}
. scripts/env.sh
[ -x "$build/bench/status_bench" ] || mwb_build "$build" RelWithDebInfo -DBUILD_TESTING=ON
bench="$build/bench/status_bench"
work=$(mktemp -d /tmp/mwb-bench.XXXXXX)
chmod 755 "$work"
state="$work/servers"
trap 'scripts/test-servers.sh stop "$state" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

echo "== SQLite"
"$bench" generate "$work/sqlite" "$count" "file:./dev.db"
"$bench" measure "$work/sqlite" "file:./dev.db"

echo "== PostgreSQL"
if scripts/test-servers.sh start "$state" >/dev/null; then
  # shellcheck disable=SC1091
  . "$state/servers.env"
  url="postgresql://$MWB_TEST_PG_USER:$MWB_TEST_PG_PASSWORD@127.0.0.1:$MWB_TEST_PG_PORT/postgres"
  "$bench" generate "$work/pg" "$count" "$url"
  "$bench" measure "$work/pg" "$url"
else
  echo "PostgreSQL could not be started: skipped"
fi
