#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Quick start, command 2: set up a fresh Debian machine, build with warnings as errors and run every
# test. The tests start their own PostgreSQL and MariaDB on 127.0.0.1 (ctest fixture) and, here,
# fail instead of skipping when a server or a fixture is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
. scripts/env.sh

echo "test: setting up the real Prisma CLI for tst_prismainterop (about 65 s the first time, then under a second)"
if scripts/prisma-oracle.sh setup; then export MWB_REQUIRE_ORACLE=1; fi

echo "test: checking formatting (clang-format)"
files=$(git ls-files 'src/*.cpp' 'src/*.h' 'tests/*.cpp' 'tests/*.h' 'bench/*.cpp' 'bench/*.h' 2>/dev/null || true)
if [ -n "$files" ]; then
  # shellcheck disable=SC2086
  clang-format --dry-run --Werror $files
fi

echo "test: building (warnings are errors)"
mwb_build build-test RelWithDebInfo -DMWB_WARNINGS_AS_ERRORS=ON -DBUILD_TESTING=ON

echo "test: running the tests"
export MWB_REQUIRE_SERVERS=1
export QT_QPA_PLATFORM=offscreen
ctest --test-dir build-test --output-on-failure --no-tests=error "$@"
