#!/usr/bin/env bash
# Builds (when needed) and runs the benchmarks of SPEC §13, printing their figures. They are not
# pass/fail tests and ctest does not run them. Usage: scripts/bench.sh [BUILD_DIR] [p1|p2|p3 ...]
#   BUILD_DIR defaults to $DEXDESK_BUILD_DIR or build. With no names, runs P1, P2 and P3.
#   P6 (download) runs when named: scripts/bench.sh build p6 (BENCH_DOWNLOAD_ARGS).
#   Extra flags per benchmark: BENCH_PUBLISH_ARGS, BENCH_CAPTURE_ARGS, BENCH_MEMORY_ARGS, e.g.
#   BENCH_PUBLISH_ARGS="--records 600 --connections 5" scripts/bench.sh build p1
# Everything talks to 127.0.0.1 only: dexdesk-sim on a free port, and curl (P1's baseline).
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${DEXDESK_BUILD_DIR:-build}
if [ $# -gt 0 ] && [[ "$1" != p[0-9] ]]; then
  build_dir=$1
  shift
fi
which=("$@")
[ ${#which[@]} -gt 0 ] || which=(p1 p2 p3)

command -v curl >/dev/null || { echo "P1 compares against curl: install it (scripts/install-deps.sh)." >&2; exit 1; }
if [ ! -f "$build_dir/build.ninja" ]; then
  cmake -S . -B "$build_dir" -G Ninja -DDEXDESK_BUILD_BENCH=ON >/dev/null
fi
cmake --build "$build_dir" --target dexdesk-bench-publish dexdesk-bench-capture dexdesk-bench-memory \
  dexdesk-bench-download

echo "# $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)," \
  "$(git rev-parse --short HEAD 2>/dev/null || echo '?')"
for b in "${which[@]}"; do
  echo
  case "$b" in
    p1) read -ra args <<<"${BENCH_PUBLISH_ARGS:-}"; "$build_dir/bench/dexdesk-bench-publish" "${args[@]}" ;;
    p2) read -ra args <<<"${BENCH_CAPTURE_ARGS:-}"; "$build_dir/bench/dexdesk-bench-capture" "${args[@]}" ;;
    p3) read -ra args <<<"${BENCH_MEMORY_ARGS:-}"; "$build_dir/bench/dexdesk-bench-memory" "${args[@]}" ;;
    p6) read -ra args <<<"${BENCH_DOWNLOAD_ARGS:-}"; "$build_dir/bench/dexdesk-bench-download" "${args[@]}" ;;
    *) echo "unknown benchmark $b (p1, p2, p3 or p6)" >&2; exit 2 ;;
  esac
done
