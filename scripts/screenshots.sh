#!/usr/bin/env bash
# Renders DEX Desk's main views under Xvfb at 1280x800 into docs/screenshots/ for the README.
# Builds nothing: pass the build folder (default: build). Uses a throwaway database with the
# training simulator profile selected, and a throwaway unlocked keyring when gnome-keyring is
# installed, so the pictures show the form as a user with a working keychain sees it.
# Usage: scripts/screenshots.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${1:-${DEXDESK_BUILD_DIR:-build}}
app="$build_dir/ui/dexdesk"
out=docs/screenshots
[ -x "$app" ] || { echo "No $app: build first (scripts/build.sh)." >&2; exit 1; }
command -v xvfb-run >/dev/null || { echo "xvfb-run is missing: install the xvfb package." >&2; exit 1; }
mkdir -p "$out"

work=$(mktemp -d "${TMPDIR:-/tmp}/dexdesk-shots.XXXXXX")
trap 'rm -rf "$work"' EXIT
db="$work/dexdesk.sqlite"
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" # no imported profiles of the user's

run() {
  local cmd=(xvfb-run -a -s "-screen 0 1280x800x24" "$app" --database "$db" "$@")
  if command -v gnome-keyring-daemon >/dev/null && command -v dbus-run-session >/dev/null; then
    scripts/with-keyring.sh "${cmd[@]}"
  else
    "${cmd[@]}" # the keychain banner will show: expected without a keyring
  fi
}

# First: a fresh database, the first profile and no LEA, so General Setup shows "Getting started".
run --screenshot "$out/first-run.png"
run --screenshot-profile local-simulator --screenshot "$out/general-setup.png"
# The same form in Spanish and French (--lang, as Help ▸ Language does at the next start), and in a
# dark and a high-contrast palette (the simulator profile's http:// URLs show their ⚠ warning, so
# the warning's text and colour can be checked there), then the tray icon's menu.
run --lang es --screenshot "$out/general-setup-es.png"
run --lang fr --screenshot "$out/general-setup-fr.png"
run --palette dark --screenshot "$out/general-setup-dark.png"
run --palette high-contrast --screenshot "$out/general-setup-high-contrast.png"
run --palette high-contrast --screenshot-section logs --screenshot "$out/logs-high-contrast.png"
run --screenshot-tray-menu "$out/tray-menu.png"
run --screenshot-lea "$out/lea-dialog.png"
run --screenshot-open-database "$out/open-database.png"
run --screenshot-section logs --screenshot "$out/logs.png"
run --screenshot-section audit --screenshot "$out/audit-trail.png"

# The Exchange Monitor mid-run and the Errors view, from `dexdesk --demo` (its own throwaway
# database, simulator and in-memory secret): the system is turned On and the picture is taken
# while records flow, and after the run, when the demo's enrolments at a school the agency lacks
# wait in Errors.
demo() {
  xvfb-run -a -s "-screen 0 1280x800x24" "$app" --demo --screenshot-start "$@"
}
demo --demo-students 3000 --screenshot-section monitor --screenshot-delay 20000 --screenshot "$out/exchange-monitor.png"
demo --demo-students 150 --screenshot-section errors --screenshot-delay 12000 --screenshot "$out/errors.png"
# The same Errors view when the agency answers in each other error-body shape real servers use
# (docs/compatibility.md): the cause must read the same way whatever the shape.
for shape in message errorText errorObject errorList empty; do
  demo --demo-students 60 --demo-error-shape "$shape" --screenshot-section errors --screenshot-delay 10000 \
    --screenshot "$out/errors-$shape.png"
done

# The window as a desktop shows it, title bar and icon included, and the About box: a window
# manager (openbox) on the virtual display, and xwd for the picture. Skipped, with a note, when
# those developer tools are missing (apt-get install openbox x11-apps netpbm xdotool).
if command -v openbox >/dev/null && command -v xwd >/dev/null && command -v xwdtopnm >/dev/null \
  && command -v xdotool >/dev/null; then
  cat >"$work/decorated.sh" <<INNER
set -eu
openbox >/dev/null 2>&1 &
sleep 1
"$app" --database "$db" >/dev/null 2>&1 &
pid=\$!
win=\$(xdotool search --sync --pid \$pid --onlyvisible | head -n1)
sleep 2
xwd -root -silent | xwdtopnm 2>/dev/null | pnmtopng >"$out/window.png" # the whole screen: frame and all
xdotool key --window \$win alt+h
sleep 1
xdotool key a
about=\$(xdotool search --sync --name 'About DEX Desk' | head -n1)
sleep 1
xwd -id \$about -frame -silent | xwdtopnm 2>/dev/null | pnmtopng >"$out/about.png"
kill \$pid
INNER
  run_decorated=(xvfb-run -a -s "-screen 0 1280x800x24" bash "$work/decorated.sh")
  if command -v gnome-keyring-daemon >/dev/null && command -v dbus-run-session >/dev/null; then
    scripts/with-keyring.sh "${run_decorated[@]}"
  else
    "${run_decorated[@]}"
  fi
else
  echo "window.png and about.png not rendered: install openbox x11-apps netpbm xdotool" >&2
fi
