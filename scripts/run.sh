#!/usr/bin/env bash
# Installs what is missing, builds, and starts DEX Desk on its embedded SQLite database (in the
# platform's app data folder unless --database PATH is given). Arguments go to dexdesk.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
build_dir=${DEXDESK_BUILD_DIR:-build}
app="$build_dir/ui/dexdesk"
cli="$build_dir/app/cli/dexdesk-cli"

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec "$app" "$@"
fi

# No display: say so, then do the next most useful things — render the window under a virtual
# display into a screenshot, and print the same settings through the command-line tool.
shot="${TMPDIR:-/tmp}/dexdesk-general-setup.png"
echo "No display found (DISPLAY and WAYLAND_DISPLAY are not set), so the DEX Desk window cannot open here."
echo "Rendering it on a virtual display instead, and showing the settings through dexdesk-cli."
if xvfb-run -a -s "-screen 0 1280x800x24" "$app" --screenshot "$shot" "$@"; then
  echo "Screenshot of the General Setup window: $shot"
fi
echo
"$cli" "$@" settings show
echo
echo "To use the window, run this command on a desktop session (or over ssh -X)."
