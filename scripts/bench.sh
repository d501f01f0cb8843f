#!/usr/bin/env bash
# Builds (when needed) and runs the benchmarks of SPEC §13, printing their figures. They are not
# pass/fail tests and ctest does not run them.
#   scripts/bench.sh [BUILD_DIR] [p1|p2|p3|p4|p5|p6|all ...]
#   BUILD_DIR defaults to $DEXDESK_BUILD_DIR or build. With no names, runs P1, P2 and P3.
#   all: P1 (N = 1, 5, 20 beside curl), P2, P4 (50,000 records), P5, P6, each benchmark's own output,
#        then one table of every figure with its target, ✅/❌ and the load average it was taken at.
#   P7 (a whole district) is not scripted yet (docs/performance.md).
#   p8 (or scale): 1 vs 3 engine instances on one PostgreSQL database with the same total N, and one
#        instance on PostgreSQL vs SQLite (dexdesk-bench-instances under scripts/with-postgres.sh;
#        BENCH_INSTANCES_ARGS, e.g. "--records 3000 --latency 20 --connections 6").
#   Extra flags per benchmark: BENCH_PUBLISH_ARGS, BENCH_CAPTURE_ARGS, BENCH_MEMORY_ARGS,
#   BENCH_DOWNLOAD_ARGS; P4_RECORDS (default 50000); RUNS and IDLE_SECONDS for P5, e.g.
#   BENCH_PUBLISH_ARGS="--records 600 --connections 5" scripts/bench.sh build p1
# Everything talks to 127.0.0.1 only: dexdesk-sim on a free port, and curl (P1's baseline).
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${DEXDESK_BUILD_DIR:-build}
if [ $# -gt 0 ] && [[ "$1" != p[0-9] && "$1" != all && "$1" != scale ]]; then
  build_dir=$1
  shift
fi
which=("$@")
[ ${#which[@]} -gt 0 ] || which=(p1 p2 p3)
if [ "${which[*]}" = all ]; then
  which=(p1 p2 p4 p5 p6)
  summary=1
else
  summary=0
fi

command -v curl >/dev/null || { echo "P1 compares against curl: install it (scripts/install-deps.sh)." >&2; exit 1; }
if [ ! -f "$build_dir/build.ninja" ]; then
  cmake -S . -B "$build_dir" -G Ninja -DDEXDESK_BUILD_BENCH=ON >/dev/null
fi
targets=(dexdesk-bench-publish dexdesk-bench-capture dexdesk-bench-memory dexdesk-bench-download
  dexdesk-bench-instances)
for b in "${which[@]}"; do
  case "$b" in
    p4) targets+=(test_gui_monitor) ;;
    p5) targets+=(dexdesk) ;;
  esac
done
cmake --build "$build_dir" -j2 --target "${targets[@]}"

load() { cut -d' ' -f1-3 /proc/loadavg; }
commit=$(git rev-parse --short HEAD 2>/dev/null || echo '?')
echo "# $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, load average $(load), $commit"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rows=()
# row WHAT FIGURE TARGET MET LOAD (a figure a benchmark did not print is shown empty and ❌)
row() { rows+=("$1|$2|$3|$([ "$4" = 1 ] && echo ✅ || echo ❌)|$5"); }
ge() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a + 0 >= b + 0) }'; }
le() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a + 0 <= b + 0) }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", (b > 0 ? a / b : 0) }'; }

for b in "${which[@]}"; do
  echo
  before=$(load)
  log="$work/$b.log"
  case "$b" in
    p1)
      read -ra args <<<"${BENCH_PUBLISH_ARGS:-}"
      "$build_dir/bench/dexdesk-bench-publish" "${args[@]}" | tee "$log"
      # "  N engine wall rate window rate ideal ..." — the window rates are compared, as the benchmark does.
      for n in $(awk '$2 == "engine" { print $1 }' "$log"); do
        engine=$(awk -v n="$n" '$1 == n && $2 == "engine" { print $6 }' "$log")
        curl=$(awk -v n="$n" '$1 == n && $2 == "curl" { print $6 }' "$log")
        ideal=$(awk -v n="$n" '$1 == n && $2 == "engine" { print $7 }' "$log")
        target=$([ "$n" -le 6 ] && echo 0.9 || echo 0.85)
        r=$(ratio "$engine" "$ideal")
        row "P1 N=$n engine ÷ N/L" "$engine/s of $ideal/s = $r" "≥ $target" "$(ge "$r" "$target" && echo 1)" "$before"
        if [ -n "$curl" ]; then
          r=$(ratio "$engine" "$curl")
          row "P1 N=$n engine ÷ curl" "$engine/s vs curl $curl/s = $r" "≥ 1.0" "$(ge "$r" 1 && echo 1)" "$before"
        fi
      done
      ;;
    p2)
      read -ra args <<<"${BENCH_CAPTURE_ARGS:-}"
      "$build_dir/bench/dexdesk-bench-capture" "${args[@]}" | tee "$log"
      ratios=$(awk '$1 == "capture" && $2 == "on" { print $6 }' "$log") # inserts/updates/total
      total=${ratios##*/}
      updates=$(echo "$ratios" | cut -d/ -f2)
      row "P2 capture on ÷ off, total" "$total" "≤ 1.3" "$(le "$total" 1.3 && echo 1)" "$before"
      row "P2 capture on ÷ off, updates" "$updates" "≤ 1.3" "$(le "$updates" 1.3 && echo 1)" "$before"
      ;;
    p3)
      read -ra args <<<"${BENCH_MEMORY_ARGS:-}"
      "$build_dir/bench/dexdesk-bench-memory" "${args[@]}" | tee "$log"
      ;;
    p4)
      records=${P4_RECORDS:-50000}
      echo "P4: test_gui_monitor with DEXDESK_P4_RECORDS=$records"
      DEXDESK_P4_RECORDS=$records scripts/with-keyring.sh ctest --test-dir "$build_dir" -R '^test_gui_monitor$' -V \
        2>&1 | tee "$log" | grep -E 'P4:|tests passed|Failed' || true
      stall=$(grep -o 'Exchange Monitor shown: [0-9]* ms' "$log" | grep -o '[0-9]* ms' | grep -o '[0-9]*' | head -1 || true)
      if [ -n "$stall" ]; then
        row "P4 longest GUI stall, $records-record publish" "$stall ms" "≤ 50 ms" "$(le "$stall" 50 && echo 1)" "$before"
      else
        row "P4 longest GUI stall, $records-record publish" "no figure (see the log above)" "≤ 50 ms" 0 "$before"
      fi
      ;;
    p5)
      DEXDESK_BUILD_DIR=$build_dir RUNS=${RUNS:-5} IDLE_SECONDS=${IDLE_SECONDS:-3} scripts/measure-startup.sh | tee "$log"
      wall=$(awk '/^exec to shown window/ { print $NF }' "$log")
      rss=$(awk '/^idle RSS/ { print $NF }' "$log")
      row "P5 cold start (exec to shown window, median)" "$wall ms" "≤ 500 ms" "$(le "$wall" 500 && echo 1)" "$before"
      row "P5 idle memory (RSS, median)" "$rss MB" "≤ 80 MB" "$(le "$rss" 80 && echo 1)" "$before"
      ;;
    p6)
      read -ra args <<<"${BENCH_DOWNLOAD_ARGS:-}"
      "$build_dir/bench/dexdesk-bench-download" "${args[@]}" | tee "$log"
      line=$(grep '^median:' "$log" || true)
      r=$(echo "$line" | sed -n 's/.*ratio \([0-9.]*\).*/\1/p')
      raw=$(echo "$line" | sed -n 's/^median: raw \([0-9]*\) rec\/s.*/\1/p')
      dl=$(echo "$line" | sed -n 's/.*download \([0-9]*\) rec\/s.*/\1/p')
      row "P6 download ÷ raw fetch" "$dl vs $raw rec/s = $r" "≥ 0.9" "$(ge "$r" 0.9 && echo 1)" "$before"
      ;;
    p8|scale)
      # Engine instances on one PostgreSQL database (issue 12): a throwaway server for the run.
      read -ra args <<<"${BENCH_INSTANCES_ARGS:-}"
      scripts/with-postgres.sh "$build_dir/bench/dexdesk-bench-instances" "${args[@]}" | tee "$log"
      ;;
    *) echo "unknown benchmark $b (p1, p2, p3, p4, p5, p6, p8 or all)" >&2; exit 2 ;;
  esac
done

if [ "$summary" = 1 ]; then
  echo
  echo "## Every figure, $(date -u +%Y-%m-%dT%H:%MZ), $commit, $(nproc) cores"
  echo
  echo "| what | figure | target | met | load average when it started |"
  echo "|---|---|---|---|---|"
  for r in "${rows[@]}"; do
    IFS='|' read -r what figure target met at <<<"$r"
    echo "| $what | $figure | $target | $met | $at |"
  done
  echo
  echo "Load average at the end: $(load). P7 (a whole district) is not part of this run."
fi
