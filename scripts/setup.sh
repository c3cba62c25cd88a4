#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs everything Migration Workbench needs on Debian 12 (or newer) and builds
# KSyntaxHighlighting for Qt 6 when the distribution does not ship it. Idempotent: a second run
# only checks and returns within a few seconds.
set -euo pipefail

packages=(g++ cmake ninja-build pkgconf
  qt6-base-dev libqt6sql6-sqlite libqt6sql6-psql libqt6sql6-mysql libqscintilla2-qt6-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl1-mesa-dev qtkeychain-qt6-dev
  xvfb xauth imagemagick fonts-dejavu-core extra-cmake-modules perl xz-utils
  postgresql mariadb-server gnome-keyring libsecret-1-0 dbus-daemon dbus-x11 clang-format
  sqlite3 libsqlite3-dev dpkg-dev file procps python3 util-linux)

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${#missing[@]} Debian packages: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# KSyntaxHighlighting for Qt 6: the distribution's KF6 package when it exists, otherwise 5.116
# from Debian's source archive, built static into a private prefix outside the clone.
if dpkg-query -W -f='${Status}' libkf6syntaxhighlighting-dev 2>/dev/null | grep -q "install ok installed"; then
  echo "setup: using the distribution's KF6 SyntaxHighlighting"
  exit 0
fi
if apt-cache show libkf6syntaxhighlighting-dev >/dev/null 2>&1 &&
   apt-get install -s --no-install-recommends libkf6syntaxhighlighting-dev 2>/dev/null | grep -q '^Inst libkf6syntaxhighlighting-dev' &&
   ! apt-get install -s --no-install-recommends libkf6syntaxhighlighting-dev 2>/dev/null | grep -q '^Remv'; then
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libkf6syntaxhighlighting-dev
  exit 0
fi

ksh_version=5.116.0
ksh_sha256=6f8ccacebd0dc9ce050b2b23b715750c97938b3336fbbb80967920cb8c1dfaa7
cache_root="${MWB_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/migration-workbench}"
prefix="$cache_root/ksyntaxhighlighting-$ksh_version-qt6"
if [ -f "$prefix/.complete" ]; then
  echo "setup: KSyntaxHighlighting $ksh_version for Qt 6 already in $prefix"
  exit 0
fi

echo "setup: building KSyntaxHighlighting $ksh_version for Qt 6 into $prefix"
work="$cache_root/ksh-build"
rm -rf "$work"
mkdir -p "$work/apt/lists/partial" "$work/apt/archives/partial" "$work/src"
# The same archive the machine already uses, read from its own sources (never a hard-coded host).
uri=$(grep -hE '^URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '{print $2}' | grep -v security | head -n1 || true)
if [ -z "$uri" ]; then
  uri=$(grep -hE '^deb ' /etc/apt/sources.list 2>/dev/null | grep -v security | awk '{print $2}' | head -n1 || true)
fi
[ -n "$uri" ] || { echo "setup: cannot find the Debian archive URI in the apt sources" >&2; exit 1; }
echo "deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $uri trixie main" > "$work/apt/sources.list"
cat > "$work/apt/apt.conf" <<CONF
Dir::Etc::SourceList "$work/apt/sources.list";
Dir::Etc::SourceParts "/dev/null";
Dir::State::Lists "$work/apt/lists";
Dir::Cache::Archives "$work/apt/archives";
Dir::Cache "$work/apt/cache";
APT::Sandbox::User "root";
CONF
mkdir -p "$work/apt/cache"
APT_CONFIG="$work/apt/apt.conf" apt-get update -qq
(cd "$work/src" && APT_CONFIG="$work/apt/apt.conf" apt-get source -qq --download-only --tar-only "ksyntax-highlighting=${ksh_version}-1")
tarball=$(ls "$work"/src/ksyntax-highlighting_${ksh_version}.orig.tar.* | head -n1)
echo "$ksh_sha256  $tarball" | sha256sum -c --quiet
tar -xf "$tarball" -C "$work/src"
srcdir=$(find "$work/src" -maxdepth 1 -type d -name 'syntax-highlighting-*' -o -maxdepth 1 -type d -name 'ksyntax-highlighting-*' | head -n1)
# Bookworm's ECM is 5.103; 5.116 builds fine with it.
sed -i 's/find_package(ECM 5\.116\.0/find_package(ECM 5.103.0/' "$srcdir/CMakeLists.txt"
cmake -S "$srcdir" -B "$work/build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DQT_MAJOR_VERSION=6 \
  -DBUILD_TESTING=OFF -DBUILD_QCH=OFF -DBUILD_SHARED_LIBS=OFF -DCMAKE_POSITION_INDEPENDENT_CODE=ON \
  -DCMAKE_INSTALL_PREFIX="$prefix" >"$work/configure.log"
cmake --build "$work/build" >"$work/build.log"
cmake --install "$work/build" >"$work/install.log"
touch "$prefix/.complete"
rm -rf "$work"
echo "setup: KSyntaxHighlighting installed in $prefix"
