#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Schema introspection benchmark (issue: schema/diff): N tables (10 columns, 2 indexes, 1 foreign
# key each; target: 1,000 tables in under 2 s) on SQLite, PostgreSQL and MariaDB.
# Usage: bench/run-introspect-bench.sh [BUILD_DIR] [N]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-test}
count=${2:-1000}
. scripts/env.sh
[ -x "$build/bench/introspect_bench" ] || mwb_build "$build" RelWithDebInfo -DBUILD_TESTING=ON
bench="$(realpath "$build/bench/introspect_bench")"
work=$(mktemp -d /tmp/mwb-introspect-bench.XXXXXX)
chmod 755 "$work"
trap 'scripts/test-servers.sh stop "$work/servers" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

echo "== SQLite"
(cd "$work" && "$bench" "file:./bench.db" "$count")
echo "== PostgreSQL and MariaDB"
if scripts/test-servers.sh start "$work/servers" >/dev/null; then
  # shellcheck disable=SC1091
  . "$work/servers/servers.env"
  PGPASSWORD="$MWB_TEST_PG_PASSWORD" psql -X -q -h 127.0.0.1 -p "$MWB_TEST_PG_PORT" \
    -U "$MWB_TEST_PG_USER" -d postgres -c 'CREATE DATABASE bench'
  "$bench" "postgresql://$MWB_TEST_PG_USER:$MWB_TEST_PG_PASSWORD@127.0.0.1:$MWB_TEST_PG_PORT/bench" "$count"
  mariadb --no-defaults -h127.0.0.1 -P"$MWB_TEST_MYSQL_PORT" -u"$MWB_TEST_MYSQL_USER" \
    -p"$MWB_TEST_MYSQL_PASSWORD" -e 'CREATE DATABASE bench'
  "$bench" "mysql://$MWB_TEST_MYSQL_USER:$MWB_TEST_MYSQL_PASSWORD@127.0.0.1:$MWB_TEST_MYSQL_PORT/bench" "$count"
else
  echo "test servers could not be started: skipped"
fi
