#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz with clang, AddressSanitizer and UBSan into
# build-fuzz/ (or $DEXDESK_FUZZ_BUILD_DIR) and runs each for SECONDS (default 20), two at a time.
# Prints per target the executions, executions per second, coverage (libFuzzer's cov: edges and
# ft: features) and the outcome. Exits non-zero on any crash, leak, sanitizer report, timeout or
# out-of-memory; the input that caused it is kept in build-fuzz/fuzz-findings/ and the log beside.
#
#   scripts/fuzz.sh            the CI run (scripts/test.sh calls it)
#   scripts/fuzz.sh 600        a longer run: ten minutes per target
#   scripts/fuzz.sh 60 fuzz_error_body fuzz_profile     only these targets
#
# Each target starts from its seeds (tests/fuzz/corpus/<target>, never written to) plus what
# earlier runs found (build-fuzz/fuzz-corpus/<target>). A finding is fixed in the parser, becomes
# a regular test, and its input goes into the seeds (docs/reliability.md, "Fuzzing").
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
shift || true
build_dir=${DEXDESK_FUZZ_BUILD_DIR:-build-fuzz}
jobs=${DEXDESK_FUZZ_JOBS:-$(nproc)}
case "$seconds" in '' | *[!0-9]*)
  echo "Usage: scripts/fuzz.sh [SECONDS-PER-TARGET] [TARGET...]" >&2
  exit 2
  ;;
esac

start=$(date +%s)
compiler=$(command -v clang++-14 || command -v clang++ || true)
if [ -z "$compiler" ] || ! ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1; then
  echo "scripts/fuzz.sh needs clang and libFuzzer: scripts/install-deps.sh --for-tests (clang-14, libclang-rt-14-dev)" >&2
  exit 1
fi
# ccache only when asked (DEXDESK_CCACHE=1): CI's timing must not lean on a cache left on the machine.
launcher=()
[ "${DEXDESK_CCACHE:-0}" = 1 ] && command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
mkdir -p "$build_dir"
# CMake forgets -D options when the compiler of an existing cache changes: start that cache afresh.
if [ -f "$build_dir/CMakeCache.txt" ] && ! grep -qx "CMAKE_CXX_COMPILER:[A-Z]*=$compiler" "$build_dir/CMakeCache.txt"; then
  rm -rf "$build_dir/CMakeCache.txt" "$build_dir/CMakeFiles"
fi
# Debug keeps Q_ASSERT on in Qt's inline code and ours; DexDeskFuzz.cmake makes it -O1.
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_CXX_COMPILER="$compiler" -DCMAKE_BUILD_TYPE=Debug -DDEXDESK_FUZZ=ON \
  "${launcher[@]}" >"$build_dir/configure.log" 2>&1 || { cat "$build_dir/configure.log"; exit 1; }
nice cmake --build "$build_dir" --target fuzzers
built=$(date +%s)

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  for dir in tests/fuzz/corpus/*/; do
    targets+=("$(basename "$dir")")
  done
fi
logs="$build_dir/fuzz-logs"
findings="$build_dir/fuzz-findings"
mkdir -p "$logs" "$findings"

run_one() {
  local target=$1 corpus="$build_dir/fuzz-corpus/$1"
  mkdir -p "$corpus"
  # Leaks are findings too; any undefined behaviour already stops the process (-fno-sanitize-recover).
  ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 UBSAN_OPTIONS=print_stacktrace=1 \
    "$build_dir/tests/fuzz/$target" -max_total_time="$seconds" -rss_limit_mb=2048 -malloc_limit_mb=1024 -timeout=10 \
    -max_len=65536 -print_final_stats=1 -close_fd_mask=1 -artifact_prefix="$findings/$target-" \
    "$corpus" "tests/fuzz/corpus/$target" >"$logs/$target.log" 2>&1
  echo $? >"$logs/$target.status"
}

echo "Fuzzing ${#targets[@]} targets for $seconds s each, $jobs at a time (logs in $logs)"
running=0
for target in "${targets[@]}"; do
  [ -x "$build_dir/tests/fuzz/$target" ] || { echo "No fuzz target $target" >&2; exit 2; }
  rm -f "$logs/$target.status"
  run_one "$target" &
  running=$((running + 1))
  if [ "$running" -ge "$jobs" ]; then
    wait -n || true
    running=$((running - 1))
  fi
done
wait || true

failed=0
printf '\n%-22s %12s %9s %7s %7s %8s  %s\n' target executions exec/s cov ft corpus result
for target in "${targets[@]}"; do
  log="$logs/$target.log"
  status=$(cat "$logs/$target.status" 2>/dev/null || echo 1)
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n1)
  last=$(grep -E '^#[0-9]+.*cov: ' "$log" | tail -n1 || true)
  cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
  ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
  corp=$(sed -n 's/.* corp: \([0-9]*\)\/.*/\1/p' <<<"$last")
  result=ok
  if [ "$status" != 0 ] || grep -qE '^==[0-9]+==ERROR|runtime error:|invariant failed|^SUMMARY: ' "$log"; then
    result="FAILED: $(grep -m1 -oE 'ERROR: [A-Za-z]+: [^(]*|runtime error: .*|invariant failed: .*' "$log" || echo "exit $status")"
    failed=1
  fi
  printf '%-22s %12s %9s %7s %7s %8s  %s\n' "$target" "${execs:--}" "${rate:--}" "${cov:--}" "${ft:--}" "${corp:--}" \
    "$result"
done
end=$(date +%s)
echo "Build $((built - start)) s, fuzzing $((end - built)) s."
if [ "$failed" -ne 0 ]; then
  echo
  echo "Findings (the inputs are kept in $findings):"
  ls -1 "$findings"
  for target in "${targets[@]}"; do
    if [ "$(cat "$logs/$target.status" 2>/dev/null || echo 1)" != 0 ]; then
      echo "--- $logs/$target.log (end)"
      grep -vE '^#[0-9]+' "$logs/$target.log" | tail -n 40
    fi
  done
  echo "Reproduce with: $build_dir/tests/fuzz/TARGET INPUT-FILE"
  exit 1
fi
