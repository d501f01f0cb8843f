#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with a gnome-keyring Secret Service unlocked by a
# throwaway password in a throwaway data folder, so keychain tests use the real keychain without
# touching the user's own. Usage: scripts/with-keyring.sh COMMAND [ARGS...]
set -euo pipefail

if [ "${DEXDESK_IN_KEYRING_SESSION:-}" != 1 ]; then
  command -v dbus-run-session >/dev/null || { echo "dbus-run-session is missing: install the dbus package" >&2; exit 1; }
  command -v gnome-keyring-daemon >/dev/null || { echo "gnome-keyring-daemon is missing: install gnome-keyring" >&2; exit 1; }
  export DEXDESK_IN_KEYRING_SESSION=1
  exec dbus-run-session -- "$0" "$@"
fi

keyring_home=$(mktemp -d "${TMPDIR:-/tmp}/dexdesk-keyring.XXXXXX")
cleanup() {
  [ -n "${GNOME_KEYRING_PID:-}" ] && kill "$GNOME_KEYRING_PID" 2>/dev/null || true
  rm -rf "$keyring_home"
}
trap cleanup EXIT
export XDG_DATA_HOME="$keyring_home/data" XDG_RUNTIME_DIR="$keyring_home/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# --unlock reads the login keyring's password from stdin and creates the keyring on first use.
eval "$(printf '%s' "throwaway-$$-$RANDOM" | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL GNOME_KEYRING_PID
"$@"
