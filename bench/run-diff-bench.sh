#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Schema diff benchmark (issue: schema/diff): two schemas of N tables (10 columns, 2 indexes,
# 1 foreign key each; the second changed in every 10th/50th table) on SQLite, PostgreSQL and
# MariaDB. Prints the in-memory diff time (target: under 100 ms for 1,000 tables) and the
# end-to-end time; where the real Prisma CLI runs (SQLite, PostgreSQL), times
#   prisma migrate diff --from-schema-datasource (A) --to-migrations (B's DDL) --script
# against `mwb diff --from url:A --to migrations:DIR --script` and prints the ratio, and whether
# both print the same summary.
# Usage: bench/run-diff-bench.sh [BUILD_DIR] [N]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-test}
count=${2:-1000}
. scripts/env.sh
[ -x "$build/bench/diff_bench" ] && [ -x "$build/src/cli/mwb" ] ||
  mwb_build "$build" RelWithDebInfo -DBUILD_TESTING=ON
bench="$(realpath "$build/bench/diff_bench")"
mwb="$(realpath "$build/src/cli/mwb")"
work=$(mktemp -d /tmp/mwb-diff-bench.XXXXXX)
chmod 755 "$work"
trap 'scripts/test-servers.sh stop "$work/servers" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

now() { date +%s.%N; }
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

# project DIR PROVIDER: a Prisma project whose only migration is the changed schema's DDL.
project() {
  mkdir -p "$1/prisma/migrations/20240101000000_b"
  printf 'datasource db {\n  provider = "%s"\n  url      = env("DATABASE_URL")\n}\n' "$2" \
    >"$1/prisma/schema.prisma"
  printf 'provider = "%s"\n' "$2" >"$1/prisma/migrations/migration_lock.toml"
  "$bench" ddl "$count" "$2" changed >"$1/prisma/migrations/20240101000000_b/migration.sql"
}

# compare PROVIDER DB URL_A: Prisma vs mwb on the same inputs (median of 3 each).
compare() {
  local provider=$1 db=$2 url=$3 dir="$work/project-$1" t0 t1 ours=() theirs=() i
  scripts/prisma-oracle.sh available >/dev/null 2>&1 || {
    echo "provider=$provider: Prisma oracle not available, no ratio"; return; }
  project "$dir" "$provider"
  for i in 1 2 3; do
    t0=$(now)
    "$mwb" diff --from "url:$url" --to "migrations:$dir/prisma/migrations" --script \
      >"$work/ours.sql" 2>/dev/null
    t1=$(now); ours+=("$(seconds "$t0" "$t1")")
    t0=$(now)
    ORACLE_URL=$url ORACLE_CREATE_DB=0 scripts/prisma-oracle.sh run "$db" "$dir" migrate diff \
      --from-schema-datasource prisma/schema.prisma --to-migrations prisma/migrations --script \
      >"$work/theirs.sql" 2>/dev/null
    t1=$(now); theirs+=("$(seconds "$t0" "$t1")")
  done
  local o p
  o=$(printf '%s\n' "${ours[@]}" | sort -n | sed -n 2p)
  p=$(printf '%s\n' "${theirs[@]}" | sort -n | sed -n 2p)
  "$mwb" diff --from "url:$url" --to "migrations:$dir/prisma/migrations" >"$work/ours.txt" 2>/dev/null || true
  ORACLE_URL=$url ORACLE_CREATE_DB=0 scripts/prisma-oracle.sh run "$db" "$dir" migrate diff \
    --from-schema-datasource prisma/schema.prisma --to-migrations prisma/migrations \
    2>/dev/null | grep -v '^Loaded Prisma config\|^Prisma config detected' >"$work/theirs.txt" || true
  local same=no
  # Blank lines ignored: the banner lines removed above leave one behind (tst_prismainterop
  # compares byte for byte).
  if diff -B "$work/theirs.txt" "$work/ours.txt" >"$work/summary.diff"; then same=yes; else head -8 "$work/summary.diff" >&2; fi
  echo "provider=$provider: live A -> migrations B, script: mwb median ${o} s, prisma migrate diff median ${p} s, ratio mwb/prisma $(awk -v a="$o" -v b="$p" 'BEGIN { printf "%.2f", a / b }'); same summary: $same"
}

echo "== SQLite"
(cd "$work" && "$bench" "file:./a.db" "file:./b.db" "$count")
compare sqlite sqlite "file:$work/a.db"
echo "== PostgreSQL and MariaDB"
if scripts/test-servers.sh start "$work/servers" >/dev/null; then
  # shellcheck disable=SC1091
  . "$work/servers/servers.env"
  export PGPASSWORD="$MWB_TEST_PG_PASSWORD"
  for d in bench_a bench_b; do
    psql -X -q -h 127.0.0.1 -p "$MWB_TEST_PG_PORT" -U "$MWB_TEST_PG_USER" -d postgres -c "CREATE DATABASE $d"
    mariadb --no-defaults -h127.0.0.1 -P"$MWB_TEST_MYSQL_PORT" -u"$MWB_TEST_MYSQL_USER" \
      -p"$MWB_TEST_MYSQL_PASSWORD" -e "CREATE DATABASE $d"
  done
  pg="postgresql://$MWB_TEST_PG_USER:$MWB_TEST_PG_PASSWORD@127.0.0.1:$MWB_TEST_PG_PORT"
  my="mysql://$MWB_TEST_MYSQL_USER:$MWB_TEST_MYSQL_PASSWORD@127.0.0.1:$MWB_TEST_MYSQL_PORT"
  "$bench" "$pg/bench_a" "$pg/bench_b" "$count"
  compare postgresql pg "$pg/bench_a"
  "$bench" "$my/bench_a" "$my/bench_b" "$count"
  echo "provider=mysql: the Prisma oracle has no MySQL connector, no ratio"
else
  echo "test servers could not be started: skipped"
fi
