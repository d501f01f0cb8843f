#!/usr/bin/env bash
# Proves the DEB as an administrator meets it: in a fresh, minimal Debian 12 root (no build or
# development packages) `apt-get install ./dexdesk_*.deb` pulls what it needs, then
# `dexdesk-cli --version`, `dexdesk-cli settings show` on a new database, `dexdesk-sim` answering a
# request and `dexdesk --screenshot` under xvfb-run work, and `apt-get remove` leaves nothing behind
# but user data. Prints the install and first-start times. Needs root.
# Usage: scripts/check-package-install.sh [DEB]   (default: build/packages/dexdesk_*.deb)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/fresh-root.sh
build_dir=${DEXDESK_BUILD_DIR:-build}
deb=${1:-$(ls "$build_dir"/packages/dexdesk_*.deb 2>/dev/null | head -n1)}
[ -f "$deb" ] || { echo "No DEB found: run scripts/package.sh first, or name one." >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/dexdesk-pkg.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/in/pkg"
cp "$deb" "$work/in/pkg/"
cp scripts/lib/package-install-inside.sh "$work/in/"
dpkg-deb -f "$deb" Version >"$work/in/pkg/version"
tar -C "$work/in" -cf "$work/in.tar" .

start=$(date +%s)
echo "Fresh Debian 12 root: installing $(basename "$deb") with apt and starting the programs..."
fresh_root_run "$work/in.tar" package-install-inside.sh "$work/out"
status=$(cat "$work/out/status")
total=$(($(date +%s) - start))
shot_dir=${DEXDESK_PACKAGE_SHOT_DIR:-$build_dir/packages}
[ -f "$work/out/dexdesk-installed.png" ] && cp "$work/out/dexdesk-installed.png" "$shot_dir/"
if [ "$status" != 0 ]; then
  cat "$work/out/log" >&2
  echo "PACKAGE CHECK FAILED at: $(cat "$work/out/step" 2>/dev/null || echo start)" >&2
  exit 1
fi
grep '^== \|^dexdesk-cli \|^HTTP\|^removed' "$work/out/log" || true
t() { sed -n "s/^$1 //p" "$work/out/times"; }
echo "DEB check OK in ${total} s: apt-get install $(t install) s ($(t installed-kib) KiB installed)," \
  "first dexdesk-cli start $(t first-cli-start) s, first window (xvfb-run, screenshot) $(t first-window-screenshot) s;" \
  "screenshot: $shot_dir/dexdesk-installed.png"
