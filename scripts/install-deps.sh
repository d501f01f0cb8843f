#!/usr/bin/env bash
# Installs what DEX Desk needs to build, run and test on Debian 12 (bookworm). Idempotent: when
# every package is present it only checks and returns in well under a second. Uses sudo when not
# run as root. With --for-tests it also installs what the test command needs beyond building and
# running: the tools that prove the install from a fresh root and build and check the packages.
# scripts/check-fresh-install.sh proves this list on a fresh Debian 12 root in every CI run.
set -euo pipefail

packages=(
  # build
  build-essential cmake ninja-build pkg-config clang-format git help2man
  # Qt 6 and QtKeychain
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qtkeychain-qt6-dev libsecret-1-0 qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev libqt6opengl6-dev
  libqt6sql6-sqlite libqt6sql6-psql libgl-dev libvulkan-dev libxkbcommon-dev libarchive-dev
  # running headless, keychain tests, screenshots, certificates for HTTPS tests
  dbus dbus-x11 gnome-keyring xvfb xauth x11-utils fonts-dejavu-core openssl curl
)
if [ "${1:-}" = --for-tests ]; then
  packages+=(
    # fresh Debian roots (scripts/check-fresh-install.sh, check-package-install.sh), the RPM
    # package, the validators of the desktop file, AppStream metadata and systemd unit, and what
    # installer/{windows,macos}/check-on-linux.sh use (makensis, MinGW's binutils)
    mmdebstrap rpm desktop-file-utils appstream systemd nsis binutils-mingw-w64-x86-64
    # scripts/fuzz.sh and scripts/sanitize.sh: clang and its libFuzzer and sanitizer runtimes
    # (libclang_rt.fuzzer, asan, ubsan); llvm-14 for llvm-symbolizer-14, which puts function names
    # and file:line into sanitizer reports (clang-14 only recommends it)
    clang-14 libclang-rt-14-dev llvm-14
    # scripts/with-postgres.sh: the PostgreSQL server the storage, engine and CLI tests also run on
    postgresql-15
  )
elif [ $# -gt 0 ]; then
  echo "Usage: scripts/install-deps.sh [--for-tests]" >&2
  exit 2
fi

# One dpkg-query for the whole list; a package it does not know is simply not printed.
installed=$(dpkg-query -W -f='${Package} ${Status}\n' "${packages[@]}" 2>/dev/null | sed -n 's/ install ok installed$//p' || true)
missing=()
for p in "${packages[@]}"; do
  grep -qxF "$p" <<<"$installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "Installing ${missing[*]} needs root: run as root or install sudo." >&2; exit 1; }
  sudo="sudo"
fi
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
