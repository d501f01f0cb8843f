#!/usr/bin/env bash
# Builds DEX Desk with clang, AddressSanitizer (leaks included) and UndefinedBehaviorSanitizer into
# build-asan/ (or $DEXDESK_SANITIZE_BUILD_DIR) and runs the tests under them inside
# scripts/with-keyring.sh: unit (core, net, logging), integration (keychain, simulator, net,
# engine) and CLI tests, and with --gui the GUI tests too. Only the test executables those need
# are built, plus dexdesk-cli and dexdesk-sim, which the tests start as processes: they are
# sanitized as well. Exits non-zero when a test fails or any process, a child included, reported
# anything; every report is kept in build-asan/sanitizer-reports/ and printed.
#
#   scripts/sanitize.sh                  the unit, integration and CLI tests (scripts/test.sh runs this)
#   scripts/sanitize.sh --gui            the GUI tests as well (offscreen platform)
#   scripts/sanitize.sh -R test_csv      extra arguments go to ctest: only these tests
#
# Suppressions (tests/sanitizers/*.supp) name third-party frames only, each with its reason; a
# finding in DEX Desk's code is fixed there (docs/reliability.md, "Sanitizers").
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
build_dir=${DEXDESK_SANITIZE_BUILD_DIR:-build-asan}
jobs=${DEXDESK_SANITIZE_JOBS:-2}
labels_out='gui|packaging'
if [ "${1:-}" = --gui ]; then
  labels_out='packaging'
  shift
fi

start=$(date +%s)
compiler=$(command -v clang++-14 || command -v clang++ || true)
if [ -z "$compiler" ] || ! ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.asan-x86_64.a >/dev/null 2>&1; then
  echo "scripts/sanitize.sh needs clang and its sanitizer runtimes: scripts/install-deps.sh --for-tests (clang-14, libclang-rt-14-dev)" >&2
  exit 1
fi
symbolizer=$(command -v llvm-symbolizer-14 || command -v llvm-symbolizer || true)
# ccache only when asked (DEXDESK_CCACHE=1): CI's timing must not lean on a cache left on the machine.
launcher=()
[ "${DEXDESK_CCACHE:-0}" = 1 ] && command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
mkdir -p "$build_dir"
# CMake forgets -D options when the compiler of an existing cache changes: start that cache afresh.
if [ -f "$build_dir/CMakeCache.txt" ] && ! grep -qx "CMAKE_CXX_COMPILER:[A-Z]*=$compiler" "$build_dir/CMakeCache.txt"; then
  rm -rf "$build_dir/CMakeCache.txt" "$build_dir/CMakeFiles"
fi
# Debug keeps Q_ASSERT on; DexDeskSanitize.cmake makes it -O1 with line tables. No benchmarks.
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_CXX_COMPILER="$compiler" -DCMAKE_BUILD_TYPE=Debug -DDEXDESK_SANITIZE=ON \
  -DDEXDESK_BUILD_BENCH=OFF "${launcher[@]}" >"$build_dir/configure.log" 2>&1 || { cat "$build_dir/configure.log"; exit 1; }

# The chosen tests are named after their executables (dexdesk_add_test); packaging tests are scripts.
mapfile -t tests < <(ctest --test-dir "$build_dir" -N -LE "$labels_out" "$@" | sed -n 's/^ *Test *#[0-9]*: *//p')
[ ${#tests[@]} -gt 0 ] || { echo "No tests chosen" >&2; exit 2; }
nice cmake --build "$build_dir" -j "$jobs" --target dexdesk-cli dexdesk-sim "${tests[@]}"
built=$(date +%s)

reports="$(cd "$build_dir" && pwd)/sanitizer-reports"
rm -rf "$reports"
mkdir -p "$reports"
supp="$root/tests/sanitizers"
# Every report goes to a file named after the program and its process id: a child process whose
# output a test swallows (dexdesk-cli, dexdesk-sim) cannot hide one. Any file there fails the run.
common="log_path=$reports/report:log_exe_name=1:halt_on_error=1:print_stacktrace=1"
[ -n "$symbolizer" ] && common="$common:external_symbolizer_path=$symbolizer"
export ASAN_OPTIONS="$common:detect_leaks=1:strict_init_order=1:check_initialization_order=1:detect_stack_use_after_return=1"
export UBSAN_OPTIONS="$common:suppressions=$supp/ubsan.supp"
export LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0"
# AddressSanitizer slows everything down: tests that time real work get four times their deadline.
export DEXDESK_TEST_TIME_SCALE=${DEXDESK_TEST_TIME_SCALE:-4}

echo "Running ${#tests[@]} tests under ASan + UBSan (reports in $reports)"
status=0
scripts/with-keyring.sh ctest --test-dir "$build_dir" --output-on-failure -j "$jobs" -LE "$labels_out" "$@" \
  | tee "$build_dir/ctest.log" || status=$?
# ctest's own status can hide behind tee: count the failed tests from its summary too.
grep -q '^100% tests passed' "$build_dir/ctest.log" || status=1
end=$(date +%s)

found=$(find "$reports" -type f | wc -l)
if [ "$found" -gt 0 ]; then
  echo
  echo "Sanitizer reports ($found):"
  for file in "$reports"/*; do
    echo "--- $file"
    head -n 60 "$file"
  done
  status=1
fi
echo "Sanitizers: build $((built - start)) s, ${#tests[@]} tests $((end - built)) s, $found sanitizer reports."
exit "$status"
