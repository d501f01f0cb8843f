#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, checks formatting, and runs the whole
# test suite: unit, GUI (offscreen platform), CLI and integration tests (inside a private D-Bus
# session with a throwaway gnome-keyring, so the real keychain is used and the user's is not), the
# storage, engine and CLI tests a second time on a throwaway PostgreSQL 15 (scripts/with-postgres.sh).
# Then it builds the DEB and RPM packages and proves the DEB in a fresh Debian 12 root, runs every
# fuzz target for 20 s in a clang build of its own (scripts/fuzz.sh), and last, as the longest part,
# the unit, integration and CLI tests again in a clang build with AddressSanitizer and UBSan
# (scripts/sanitize.sh). It proves the install from nothing (scripts/check-fresh-install.sh, run
# beside the build since it mostly waits on apt). Prints the time of each part at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${DEXDESK_BUILD_DIR:-build}
times=()
part_start=$(date +%s)
part_done() { local now; now=$(date +%s); times+=("$(printf '%-40s %5d s' "$1" $((now - part_start)))"); part_start=$now; }

scripts/install-deps.sh --for-tests
part_done "install-deps"

mkdir -p "$build_dir"
fresh_log="$build_dir/check-fresh-install.log"
scripts/check-fresh-install.sh >"$fresh_log" 2>&1 &
fresh_pid=$!
trap 'kill "$fresh_pid" 2>/dev/null || true' EXIT

scripts/build.sh -DDEXDESK_WERROR=ON -DDEXDESK_POSTGRES_TESTS=ON
part_done "build"
cmake --build "$build_dir" --target format-check
part_done "format-check"
scripts/with-keyring.sh ctest --test-dir "$build_dir" --output-on-failure -j2 -LE postgresql "$@"
part_done "ctest"
# The storage, engine and CLI tests again, each on a fresh database of a throwaway PostgreSQL 15.
scripts/with-postgres.sh scripts/with-keyring.sh ctest --test-dir "$build_dir" --output-on-failure -j2 -L postgresql "$@"
part_done "ctest on PostgreSQL"
installer/windows/check-on-linux.sh "$build_dir/windows-check" >"$build_dir/windows-check.log" 2>&1 \
  || { cat "$build_dir/windows-check.log"; exit 1; }
installer/macos/check-on-linux.sh "$build_dir/macos-check" >"$build_dir/macos-check.log" 2>&1 \
  || { cat "$build_dir/macos-check.log"; exit 1; }
tail -n1 "$build_dir/windows-check.log" "$build_dir/macos-check.log"
part_done "Windows and macOS packaging checks"
scripts/package.sh
part_done "packages (DEB, RPM)"
scripts/check-package-install.sh
part_done "DEB in a fresh root"
scripts/fuzz.sh
part_done "fuzzing (clang build, 9 targets x 20 s)"
scripts/sanitize.sh
part_done "sanitizers (ASan + UBSan build and tests)"

fresh_status=0
wait "$fresh_pid" || fresh_status=$?
trap - EXIT
cat "$fresh_log"
fresh_s=$(sed -n 's/^Fresh install OK in \([0-9]*\) s.*/\1/p' "$fresh_log")
times+=("$(printf '%-40s %5s s (beside the build, which it slows)' "install from nothing" "${fresh_s:-?}")")
printf '\nTime per part:\n'
printf '  %s\n' "${times[@]}"
exit "$fresh_status"
