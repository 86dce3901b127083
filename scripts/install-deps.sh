#!/usr/bin/env bash
# Installs what Regie needs on Debian 12, only what is missing. Run as root.
#   install-deps.sh build   compilers, Qt 6.4 and libraries (enough to build and run the demo)
#   install-deps.sh test    the above plus browsers, PostgreSQL and tools the test suites use
set -euo pipefail
what="${1:-build}"

build_packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql
  qt6-httpserver-dev qt6-websockets-dev qt6-webengine-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qtkeychain-qt6-dev
  libssl-dev libsqlite3-dev libxkbcommon-dev libgl-dev
  dbus gnome-keyring libsecret-1-0 openssl tzdata ca-certificates
  python3 python3-yaml libxml2-utils poppler-utils file dpkg-dev
)
test_packages=(
  chromium fonts-noto-core postgresql xvfb xauth nsis debootstrap clang
)
node_packages=(nodejs npm)

wanted=("${build_packages[@]}")
[ "$what" = "test" ] && wanted+=("${test_packages[@]}")
# The machines ship a newer Node.js outside dpkg; only install Debian's when there is none.
command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || wanted+=("${node_packages[@]}")

missing=()
for p in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "regie: installing ${#missing[@]} Debian packages: ${missing[*]}"
  if [ "$(id -u)" -ne 0 ]; then
    echo "regie: run this as root (or with sudo) to install packages" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
echo "regie: dependencies for '$what' are present"
