#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The real Prisma CLI (6.19.3, offline, SQLite and PostgreSQL) for the interop tests, taken from
# ../shared/tools/prisma-oracle (read-only) and set up in a cache directory outside the clone.
#
#   scripts/prisma-oracle.sh setup
#       Copies the oracle into the cache and runs its setup.sh there (npm ci from the npm
#       registry, better-sqlite3 native build, CLI patches). Needs the registry the first time
#       only: a second setup with the same package-lock.json and node version does nothing.
#   scripts/prisma-oracle.sh available
#       Exit 0 when setup is complete and node runs it, else prints the reason and exits 3.
#   scripts/prisma-oracle.sh run <sqlite|pg> <project-dir> <prisma args...>
#       Runs the cached oracle's run.sh (environment such as ORACLE_URL, ORACLE_PG_PORT,
#       ORACLE_DBNAME and ORACLE_CREATE_DB passes through; see its README).
#
# Exit status: 3 = the oracle is not available (missing node/npm/headers, setup failed or not
# done, no shared folder), with one line on stderr saying why; 2 = bad arguments; otherwise
# setup's status, or for `run` the Prisma CLI's own exit code.
#
# Environment:
#   MWB_SHARED_DIR  the shared folder (default: ../shared beside the repository)
#   MWB_CACHE_DIR   cache root (default: ${XDG_CACHE_HOME:-$HOME/.cache}/migration-workbench);
#                   the oracle lives in its prisma-oracle/ subfolder
#   ORACLE_NODEDIR  prefix holding include/node/node.h (default /usr), as for the oracle's setup.sh
set -euo pipefail

prog=prisma-oracle
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
if [ -n "${MWB_SHARED_DIR:-}" ]; then
  src=$MWB_SHARED_DIR/tools/prisma-oracle
else
  src=$repo/../shared/tools/prisma-oracle
fi
cache_root=${MWB_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/migration-workbench}
dest=$cache_root/prisma-oracle
stamp=$dest/.mwb-setup-done
log=$cache_root/prisma-oracle-setup.log

usage() {
  echo "usage: $0 setup | available | run <sqlite|pg> <project-dir> <prisma args...>" >&2
  exit 2
}

unavailable() {
  echo "$prog: $*" >&2
  exit 3
}

# sha256 of the source's package-lock.json plus the node version (the native better-sqlite3
# addon is built for one node ABI): when it changes, npm ci and the build run again.
install_key() {
  {
    sha256sum <"$1/package-lock.json" | cut -d' ' -f1
    node --version
  } | sha256sum | cut -d' ' -f1
}

# sha256 over every file of the source except node_modules (run.sh, prisma.config.ts, the
# patches …): when only these change, they are copied again and the patches re-applied.
tree_key() {
  (cd "$1" && find . -path ./node_modules -prune -o -path ./.mwb-setup-done -prune -o -type f \
    -print0 | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum | cut -d' ' -f1)
}

# Copies the source tree (without node_modules) over DIR, writable.
copy_tree() {
  mkdir -p "$1"
  tar -C "$src" --exclude=./node_modules -cf - . | tar -C "$1" --no-same-permissions -xf -
  chmod -R u+w "$1"
}

# One line naming what the build needs and is missing, or nothing.
missing_tools() {
  local nodedir=${ORACLE_NODEDIR:-/usr} major
  command -v node >/dev/null 2>&1 || {
    echo "node is not installed (Debian: apt-get install nodejs; Prisma 6 needs node >= 18.18)"
    return
  }
  major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
  [ "$major" -ge 18 ] || {
    echo "node $(node --version) is too old (Prisma 6.19.3 needs node >= 18.18)"
    return
  }
  command -v npm >/dev/null 2>&1 || {
    echo "npm is not installed (Debian: apt-get install npm)"
    return
  }
  [ -f "$nodedir/include/node/node.h" ] || {
    echo "node headers not found in $nodedir/include/node (Debian's nodejs 18 has them in" \
      "libnode-dev; nodesource's nodejs ships them; or set ORACLE_NODEDIR)"
    return
  }
  command -v python3 >/dev/null 2>&1 || {
    echo "python3 is not installed (needed by node-gyp and the CLI patches)"
    return
  }
  if ! command -v g++ >/dev/null 2>&1 || ! command -v make >/dev/null 2>&1; then
    echo "g++ and make are needed to build better-sqlite3 (Debian: apt-get install g++ make)"
    return
  fi
}

# Prints the reason the cached oracle cannot run, or nothing when it can.
not_ready() {
  command -v node >/dev/null 2>&1 || {
    echo "node is not installed"
    return
  }
  if [ ! -f "$stamp" ] || [ ! -f "$dest/node_modules/prisma/build/index.js" ]; then
    echo "not set up in $dest (run: scripts/prisma-oracle.sh setup)"
    return
  fi
  if [ -f "$src/package-lock.json" ]; then
    if [ "$(sed -n 1p "$stamp")" != "$(install_key "$src")" ] ||
      [ "$(sed -n 2p "$stamp")" != "$(tree_key "$src")" ]; then
      echo "the setup in $dest is out of date with $src (run: scripts/prisma-oracle.sh setup)"
      return
    fi
  fi
  local out
  out=$(cd "$dest" && node -e "require('better-sqlite3')(':memory:').exec('select 1')" 2>&1) || {
    echo "node cannot load the cached oracle's better-sqlite3: $(printf '%s\n' "$out" |
      grep -m1 -E 'Error|error' || printf '%s\n' "$out" | head -n 1)"
    return
  }
}

cmd_setup() {
  if [ ! -f "$src/package-lock.json" ] || [ ! -x "$src/setup.sh" ] || [ ! -x "$src/run.sh" ]; then
    unavailable "no Prisma oracle at $src (set MWB_SHARED_DIR to the shared folder)"
  fi
  src=$(cd "$src" && pwd -P)
  local why
  why=$(missing_tools)
  [ -z "$why" ] || unavailable "$why"
  mkdir -p "$cache_root" || unavailable "cannot create $cache_root"
  # One setup at a time (parallel test runs share the cache).
  if command -v flock >/dev/null 2>&1; then
    exec 9>"$cache_root/prisma-oracle.lock"
    flock 9
  fi
  local ikey tkey
  ikey=$(install_key "$src")
  tkey=$(tree_key "$src")
  if [ -f "$stamp" ] && [ -f "$dest/node_modules/prisma/build/index.js" ] &&
    [ "$(sed -n 1p "$stamp")" = "$ikey" ]; then
    if [ "$(sed -n 2p "$stamp")" = "$tkey" ]; then
      echo "$prog: up to date in $dest"
      return 0
    fi
    # Same packages, other scripts: refresh the files and re-apply the CLI patches (quick).
    echo "$prog: refreshing the scripts in $dest"
    rm -f "$stamp"
    copy_tree "$dest"
    if ! (cd "$dest" && scripts/patch-prisma.sh) >"$log" 2>&1; then
      unavailable "setup failed re-applying the CLI patches: $(tail -n 1 "$log") (log: $log)"
    fi
    printf '%s\n%s\n' "$ikey" "$tkey" >"$stamp"
    return 0
  fi
  echo "$prog: setting up the Prisma 6.19.3 oracle in $dest (npm ci, better-sqlite3 build; log: $log)"
  rm -rf "$dest"
  copy_tree "$dest"
  if ! "$dest/setup.sh" >"$log" 2>&1; then
    local last code
    code=$(sed -n -E 's/^npm (ERR!|error) code ([A-Z0-9_]+).*/\2/p' "$log" | head -n 1)
    if [ -n "$code" ]; then
      last="npm ci failed ($code): $(grep -m1 -E '^npm (ERR!|error) ([A-Za-z]*Error: |.*(failed|reason|404))' "$log" |
        sed -E 's/^npm (ERR!|error) //')"
    else
      last=$(grep -v '^[[:space:]]*$' "$log" | tail -n 1)
    fi
    unavailable "setup failed: ${last:-no output} (log: $log)"
  fi
  why=$(cd "$dest" && node -e "require('better-sqlite3')(':memory:').exec('select 1')" 2>&1) ||
    unavailable "setup finished but better-sqlite3 does not load: $(printf '%s' "$why" | head -n 1)"
  printf '%s\n%s\n' "$ikey" "$tkey" >"$stamp"
  echo "$prog: ready"
}

cmd_available() {
  local why
  why=$(not_ready)
  [ -z "$why" ] || unavailable "$why"
}

cmd_run() {
  [ $# -ge 2 ] || usage
  case $1 in
    sqlite | pg) ;;
    *) echo "$prog: unknown database '$1' (sqlite|pg)" >&2; exit 2 ;;
  esac
  # Only the cheap checks here: every test calls run many times.
  command -v node >/dev/null 2>&1 || unavailable "node is not installed"
  if [ ! -f "$stamp" ] || [ ! -x "$dest/run.sh" ]; then
    unavailable "not set up in $dest (run: scripts/prisma-oracle.sh setup)"
  fi
  exec "$dest/run.sh" "$@"
}

[ $# -ge 1 ] || usage
command=$1
shift
case $command in
  setup) [ $# -eq 0 ] || usage; cmd_setup ;;
  available) [ $# -eq 0 ] || usage; cmd_available ;;
  run) cmd_run "$@" ;;
  *) usage ;;
esac
