#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Deploy benchmark (issue: operations): 1,000 small migrations on SQLite and on PostgreSQL, through
# the real engine, atomic and statement by statement. Usage: bench/run-deploy-bench.sh [BUILD_DIR] [N]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-test}
count=${2:-1000}
. scripts/env.sh
[ -x "$build/bench/deploy_bench" ] || mwb_build "$build" RelWithDebInfo -DBUILD_TESTING=ON
bench="$build/bench/deploy_bench"
work=$(mktemp -d /tmp/mwb-deploy-bench.XXXXXX)
chmod 755 "$work"
trap 'scripts/test-servers.sh stop "$work/servers" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

echo "== SQLite"
"$bench" "file:./bench.db" "$count"
echo "== PostgreSQL and MariaDB"
if scripts/test-servers.sh start "$work/servers" >/dev/null; then
  # shellcheck disable=SC1091
  . "$work/servers/servers.env"
  "$bench" "postgresql://$MWB_TEST_PG_USER:$MWB_TEST_PG_PASSWORD@127.0.0.1:$MWB_TEST_PG_PORT/postgres" "$count"
  mariadb --no-defaults -h127.0.0.1 -P"$MWB_TEST_MYSQL_PORT" -u"$MWB_TEST_MYSQL_USER" \
    -p"$MWB_TEST_MYSQL_PASSWORD" -e 'CREATE DATABASE bench'
  "$bench" "mysql://$MWB_TEST_MYSQL_USER:$MWB_TEST_MYSQL_PASSWORD@127.0.0.1:$MWB_TEST_MYSQL_PORT/bench" "$count"
else
  echo "test servers could not be started: skipped"
fi
