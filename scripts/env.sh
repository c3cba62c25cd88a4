# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by the other scripts: where setup.sh keeps the KSyntaxHighlighting build.
MWB_KSH_PREFIX="${MWB_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/migration-workbench}/ksyntaxhighlighting-5.116.0-qt6"
export MWB_KSH_PREFIX

# Configures and builds into $1 with build type $2 (extra cmake arguments follow).
mwb_build() {
  local dir=$1 type=$2
  shift 2
  cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" -DCMAKE_PREFIX_PATH="$MWB_KSH_PREFIX" "$@" >/dev/null
  cmake --build "$dir"
}
