# Runs inside the fresh Debian 12 root made by scripts/check-fresh-install.sh, from /work with the
# source in /work/src: installs with scripts/install-deps.sh exactly as the README's commands do,
# configures with CMake, and checks that every program the two commands call is there.
set -uo pipefail
out=/work/out
cd /work/src
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.0f", b - a }'; }

t0=$(now)
if ! scripts/install-deps.sh --for-tests >"$out/install.log" 2>&1; then
  echo "install" >"$out/failed-step"
  exit 1
fi
t1=$(now)
dpkg-query -W -f='${Package}\n' >"$out/installed"
if ! cmake -S . -B /work/build -G Ninja -DDEXDESK_WERROR=ON >"$out/configure.log" 2>&1; then
  echo "configure" >"$out/failed-step"
  exit 1
fi
t2=$(now)
# The programs scripts/run.sh, scripts/test.sh and scripts/with-keyring.sh call besides the build.
missing=()
for tool in cmake ninja c++ clang-format help2man xvfb-run xauth dbus-run-session gnome-keyring-daemon openssl curl \
            mmdebstrap rpmbuild dpkg-shlibdeps desktop-file-validate appstreamcli systemd-analyze makensis \
            x86_64-w64-mingw32-windres clang++-14 llvm-symbolizer-14; do
  command -v "$tool" >/dev/null || missing+=("$tool")
done
# scripts/fuzz.sh also needs libFuzzer's runtime, scripts/sanitize.sh the ASan and UBSan runtimes
# (both from libclang-rt-14-dev: a program links with them), and their clang builds must configure.
ls /usr/lib/llvm-14/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1 || missing+=("libclang_rt.fuzzer")
printf 'int main() { return 0; }\n' >"$out/asan-probe.cpp"
clang++-14 -fsanitize=address,undefined "$out/asan-probe.cpp" -o "$out/asan-probe" >"$out/asan-probe.log" 2>&1 \
  || missing+=("libclang_rt.asan and libclang_rt.ubsan (linking a sanitized program failed)")
# The PostgreSQL runs: Qt's QPSQL driver (run time) and the server scripts/with-postgres.sh starts (tests).
ls /usr/lib/*/qt6/plugins/sqldrivers/libqsqlpsql.so >/dev/null 2>&1 || missing+=("libqsqlpsql.so (libqt6sql6-psql)")
for tool in initdb pg_ctl postgres; do
  [ -x "/usr/lib/postgresql/15/bin/$tool" ] || missing+=("$tool (postgresql-15)")
done
command -v setpriv >/dev/null || missing+=("setpriv")
if [ ${#missing[@]} -eq 0 ] && ! cmake -S . -B /work/build-fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++-14 \
  -DCMAKE_BUILD_TYPE=Debug -DDEXDESK_FUZZ=ON >"$out/configure-fuzz.log" 2>&1; then
  echo "configure" >"$out/failed-step"
  cp "$out/configure-fuzz.log" "$out/configure.log"
  exit 1
fi
if [ ${#missing[@]} -eq 0 ] && ! cmake -S . -B /work/build-asan -G Ninja -DCMAKE_CXX_COMPILER=clang++-14 \
  -DCMAKE_BUILD_TYPE=Debug -DDEXDESK_SANITIZE=ON -DDEXDESK_BUILD_BENCH=OFF >"$out/configure-asan.log" 2>&1; then
  echo "configure" >"$out/failed-step"
  cp "$out/configure-asan.log" "$out/configure.log"
  exit 1
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "tools" >"$out/failed-step"
  printf '%s\n' "${missing[@]}" >"$out/missing-tools"
  exit 1
fi
printf 'install %s\nconfigure %s\n' "$(elapsed "$t0" "$t1")" "$(elapsed "$t1" "$t2")" >"$out/times"
