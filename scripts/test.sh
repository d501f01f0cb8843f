#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, checks formatting, and runs the whole
# test suite: unit, GUI (offscreen platform), CLI and integration tests (inside a private D-Bus
# session with a throwaway gnome-keyring, so the real keychain is used and the user's is not).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --for-tests
scripts/build.sh -DDEXDESK_WERROR=ON
build_dir=${DEXDESK_BUILD_DIR:-build}
cmake --build "$build_dir" --target format-check
scripts/with-keyring.sh ctest --test-dir "$build_dir" --output-on-failure -j2 "$@"
