#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SQL editor benchmark (issue: SQL editor): a 1,000,000-row SELECT on PostgreSQL — time to the
# first rows, scrolling in chunks, export of the whole result to CSV, peak RSS — and a stall probe
# that drives the real editor window offscreen (target: the GUI thread is never late by 50 ms).
# Usage: bench/run-query-bench.sh [BUILD_DIR] [ROWS]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-test}
rows=${2:-1000000}
. scripts/env.sh
[ -x "$build/bench/query_bench" ] || mwb_build "$build" RelWithDebInfo -DBUILD_TESTING=ON
bench="$(realpath "$build/bench/query_bench")"
work=$(mktemp -d /tmp/mwb-query-bench.XXXXXX)
chmod 755 "$work"
trap 'scripts/test-servers.sh stop "$work/servers" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen

if scripts/test-servers.sh start "$work/servers" >/dev/null; then
  # shellcheck disable=SC1091
  . "$work/servers/servers.env"
  PGPASSWORD="$MWB_TEST_PG_PASSWORD" psql -X -q -h 127.0.0.1 -p "$MWB_TEST_PG_PORT" \
    -U "$MWB_TEST_PG_USER" -d postgres -c 'CREATE DATABASE bench'
  url="postgresql://$MWB_TEST_PG_USER:$MWB_TEST_PG_PASSWORD@127.0.0.1:$MWB_TEST_PG_PORT/bench"
  echo "== engine (DbSession + worker, no widgets)"
  "$bench" engine "$url" "$rows"
  echo "== GUI stall probe (SqlEditorWindow, offscreen)"
  "$bench" gui "$url" "$rows"
else
  echo "test servers could not be started: skipped"
fi
