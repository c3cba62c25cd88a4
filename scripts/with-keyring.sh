#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring (Secret Service),
# in a throw-away HOME, so keychain tests never touch the user's real keyring.
#   scripts/with-keyring.sh COMMAND [ARGS…]
set -euo pipefail
if ! command -v dbus-run-session >/dev/null || ! command -v gnome-keyring-daemon >/dev/null; then
  echo "with-keyring: dbus-run-session or gnome-keyring-daemon is missing (Debian: dbus-daemon gnome-keyring)" >&2
  exit 77
fi
tmp=$(mktemp -d /tmp/mwb-keyring.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/home" "$tmp/runtime"
chmod 700 "$tmp/runtime"
export HOME="$tmp/home" XDG_RUNTIME_DIR="$tmp/runtime" XDG_DATA_HOME="$tmp/home/.local/share"
exec dbus-run-session -- bash -c '
  printf "mwb-test-keyring\n" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
  exec "$@"' bash "$@"
