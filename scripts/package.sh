#!/usr/bin/env bash
# Builds the Linux packages (DEB and RPM) with CPack from the build in build/ (or
# $DEXDESK_BUILD_DIR) into build/packages/, stripped, and prints their sizes.
# Usage: scripts/package.sh [GENERATORS]   (default "DEB;RPM")
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${DEXDESK_BUILD_DIR:-build}
generators=${1:-DEB;RPM}
out="$build_dir/packages"
rm -rf "$out"
mkdir -p "$out"
cpack --config "$build_dir/CPackConfig.cmake" -G "$generators" -B "$out" >"$out/cpack.log" 2>&1 \
  || { tail -n 40 "$out/cpack.log" >&2; echo "cpack failed (log: $out/cpack.log)" >&2; exit 1; }
rm -rf "$out/_CPack_Packages"
for f in "$out"/*.deb "$out"/*.rpm; do
  [ -e "$f" ] || continue
  printf '%-40s %6.1f MB\n' "$(basename "$f")" "$(awk -v b="$(stat -c %s "$f")" 'BEGIN { print b / 1048576 }')"
done
