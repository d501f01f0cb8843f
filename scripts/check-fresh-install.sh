#!/usr/bin/env bash
# Proves the README's set-up from nothing: makes a fresh, minimal Debian 12 root with mmdebstrap
# (from this machine's own apt sources), copies the source in (the tracked files of the working
# tree, uncommitted edits included), runs scripts/install-deps.sh inside and configures with CMake.
# A build package missing from scripts/install-deps.sh fails here with the package's name.
# Needs root; takes a few minutes. scripts/test.sh runs it; it can also run alone.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/fresh-root.sh

work=$(mktemp -d "${TMPDIR:-/tmp}/dexdesk-fresh.XXXXXX")
trap 'rm -rf "$work"' EXIT
# `git stash create` makes a commit of the working tree's tracked files without touching anything.
tree=$(git stash create 2>/dev/null || true)
git archive --format=tar --prefix=src/ "${tree:-HEAD}" >"$work/src.tar"

start=$(date +%s)
echo "Fresh Debian 12 root: making it, installing with scripts/install-deps.sh, configuring..."
fresh_root_run "$work/src.tar" src/scripts/lib/fresh-install-inside.sh "$work/out"
status=$(cat "$work/out/status")
total=$(($(date +%s) - start))

if [ "$status" = 0 ]; then
  read -r _ install_s <"$work/out/times"
  configure_s=$(sed -n 's/^configure //p' "$work/out/times")
  echo "Fresh install OK in ${total} s (install-deps ${install_s} s, configure ${configure_s} s, the rest making the root)."
  exit 0
fi

step=$(cat "$work/out/failed-step" 2>/dev/null || echo "start (the check inside the root could not run)")
echo "FRESH INSTALL FAILED at step: $step" >&2
case "$step" in
  install)
    tail -n 30 "$work/out/install.log" >&2
    echo "scripts/install-deps.sh failed on a fresh Debian 12 root (its log is above)." >&2 ;;
  configure)
    log="$work/out/configure.log"
    grep -E -A3 'CMake Error|could not be found|Could NOT find|Could not find' "$log" | head -n 40 >&2 || tail -n 30 "$log" >&2
    # Name the package: the CMake package names that were not found, looked up on this machine
    # (where the build works) with dpkg -S; a package that the fresh root has is only a consequence.
    names=$(grep -oE 'dependency [A-Za-z0-9_]+ could not be found|provided by "[A-Za-z0-9_]+"|Failed to find required Qt component "[A-Za-z0-9_]+"|Could NOT find [A-Za-z0-9_]+' "$log" \
      | sed -E 's/^dependency ([^ ]+) .*/\1/; s/^provided by "([^"]+)"/\1/; s/.*component "([^"]+)"/Qt6\1/; s/^Could NOT find //' | sort -u)
    for name in $names; do
      lower=$(printf '%s' "$name" | tr '[:upper:]' '[:lower:]')
      pkg=$(dpkg -S "*/${name}Config.cmake" "*/${lower}-config.cmake" "*/Find${name}.cmake" 2>/dev/null | head -n1 | cut -d: -f1 || true)
      if [ -n "$pkg" ] && grep -qxF "$pkg" "$work/out/installed"; then
        continue
      elif [ -n "$pkg" ]; then
        echo "MISSING BUILD PACKAGE: $pkg (provides CMake package $name) — add it to scripts/install-deps.sh" >&2
      else
        echo "MISSING: CMake package $name — find the Debian package that provides ${name}Config.cmake and add it to scripts/install-deps.sh" >&2
      fi
    done ;;
  tools)
    echo "MISSING PROGRAMS after scripts/install-deps.sh: $(tr '\n' ' ' <"$work/out/missing-tools")— add their packages to scripts/install-deps.sh" >&2 ;;
esac
exit 1
