#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Quick start, command 1: set up a fresh Debian machine, build, and launch Migration Workbench on
# the built-in demo workspace (SQLite, no server needed).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
. scripts/env.sh
mwb_build build Release -DBUILD_TESTING=OFF
app=build/src/app/migration-workbench
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  exec "$app" --demo "$@"
fi
# No display (a server or a container): render the window offscreen and save a picture of it.
echo "demo: no display found; rendering the demo offscreen to build/demo.png"
QT_QPA_PLATFORM=offscreen "$app" --demo --screenshot build/demo.png "$@"
echo "demo: open build/demo.png, or run '$app --demo' on a machine with a display"
