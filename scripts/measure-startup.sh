#!/usr/bin/env bash
# SPEC P5: cold start to a shown window, and idle memory. Starts dexdesk RUNS times on one Xvfb
# display with a fresh database, measures from exec to the first shown window (the program
# prints "startup-ms" when its window is exposed; the wall clock here includes loading the
# libraries), then reads VmRSS after IDLE_SECONDS idle. Prints the figures; not a pass/fail test.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${DEXDESK_BUILD_DIR:-build}
app="$build_dir/ui/dexdesk"
runs=${RUNS:-7}
idle=${IDLE_SECONDS:-3}
[ -x "$app" ] || { echo "Build first: scripts/build.sh" >&2; exit 1; }

work=$(mktemp -d)
trap 'kill $xvfb_pid 2>/dev/null || true; rm -rf "$work"' EXIT
display=":$((90 + RANDOM % 100))"
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do xdpyinfo -display "$display" >/dev/null 2>&1 && break; sleep 0.1; done

walls=(); inner=(); rss=()
for i in $(seq "$runs"); do
  db="$work/run$i.sqlite"
  log="$work/run$i.log"
  start=$(date +%s%N)
  DISPLAY=$display DEXDESK_STARTUP_TIMING=1 "$app" --database "$db" 2>"$log" &
  pid=$!
  for _ in $(seq 200); do grep -q 'startup-ms' "$log" 2>/dev/null && break; sleep 0.01; done
  end=$(date +%s%N)
  walls+=($(( (end - start) / 1000000 )))
  inner+=($(grep -o 'startup-ms: [0-9]*' "$log" | grep -o '[0-9]*$' || echo "?"))
  sleep "$idle"
  rss+=($(awk '/VmRSS/ {print int($2/1024)}' "/proc/$pid/status"))
  kill "$pid"; wait "$pid" 2>/dev/null || true
done

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "runs: $runs (first run after build is the coldest: ${walls[0]} ms)"
echo "exec to shown window, wall clock (ms): ${walls[*]}  median $(median "${walls[@]}")"
echo "main() to shown window, in-process (ms): ${inner[*]}  median $(median "${inner[@]}")"
echo "idle RSS after ${idle} s (MB): ${rss[*]}  median $(median "${rss[@]}")"
