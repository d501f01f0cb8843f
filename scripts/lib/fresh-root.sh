# Sourced by the check-*.sh scripts: runs a script as root inside a fresh, minimal Debian 12 root
# made by mmdebstrap from this machine's own apt sources and options (so no mirror address is
# written anywhere), then throws the root away.
#
#   fresh_root_run INPUT_TAR INNER_SCRIPT OUT_DIR
#
# INPUT_TAR is unpacked into /work inside the root, INNER_SCRIPT (a path inside the tar, relative to
# /work) runs there with OUT_DIR's counterpart /work/out, whose contents are copied back to OUT_DIR
# on the host. The inner script's output goes to OUT_DIR/log and its exit code to OUT_DIR/status,
# so the caller can read them even when it failed; fresh_root_run itself fails only when the root cannot be made.

fresh_root_sources() {
  local f
  if [ -f /etc/apt/sources.list ] && grep -qE '^[[:space:]]*deb' /etc/apt/sources.list; then
    echo /etc/apt/sources.list
  fi
  for f in /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] && echo "$f"
  done
  return 0
}

# The host's apt options that decide whether its sources can be read at all (a snapshot mirror's
# old Release files, a proxy); everything else in the new root stays Debian's default.
fresh_root_aptopts() {
  local key value
  for key in Acquire::Check-Valid-Until Acquire::Check-Date Acquire::http::Proxy Acquire::https::Proxy; do
    value=$(apt-config dump "$key" 2>/dev/null | sed -n "s/^$key \"\\(.*\\)\";\$/\\1/p" | head -n1)
    [ -n "$value" ] && printf -- '--aptopt=%s "%s"\n' "$key" "$value"
  done
  return 0
}

fresh_root_run() {
  local input_tar=$1 inner=$2 out_dir=$3
  command -v mmdebstrap >/dev/null || { echo "mmdebstrap is missing: run scripts/install-deps.sh --for-tests" >&2; return 1; }
  [ "$(id -u)" -eq 0 ] || { echo "Making a Debian root needs root: run as root (or with sudo)." >&2; return 1; }
  local -a sources opts
  mapfile -t sources < <(fresh_root_sources)
  [ ${#sources[@]} -gt 0 ] || { echo "No apt sources found in /etc/apt: cannot make a Debian root." >&2; return 1; }
  mapfile -t opts < <(fresh_root_aptopts)
  mkdir -p "$out_dir"
  rm -f "$out_dir/status"
  # The inner script runs under `|| echo $?` so that its logs are copied out even when it fails.
  mmdebstrap --variant=apt --mode=root --format=null --quiet "${opts[@]}" \
    --customize-hook='mkdir -p "$1/work/out"' \
    --customize-hook="tar-in $input_tar /work" \
    --customize-hook="chroot \"\$1\" /bin/bash -c 'cd /work && if bash $inner >/work/out/log 2>&1; then echo 0; else echo \$?; fi > /work/out/status'" \
    --customize-hook="sync-out /work/out $out_dir" \
    bookworm /dev/null "${sources[@]}"
  [ -f "$out_dir/status" ] || { echo "The check inside the fresh root did not finish." >&2; return 1; }
}
