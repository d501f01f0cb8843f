# Runs inside the fresh Debian 12 root made by scripts/check-package-install.sh (no build or
# development packages), from /work with the DEB in /work/pkg: installs it with apt as an
# administrator would, starts each program, removes it and checks that only user data stays.
set -euo pipefail
out=/work/out
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
step() { echo "== $*"; echo "$*" >"$out/step"; }
export DEBIAN_FRONTEND=noninteractive
deb=$(ls /work/pkg/dexdesk_*.deb)

step "apt-get install ./$(basename "$deb") (dependencies only, no recommends)"
apt-get update -qq
t0=$(now)
apt-get install -y -qq --no-install-recommends "$deb" >"$out/apt-install.log" 2>&1 || { tail -n 30 "$out/apt-install.log"; exit 1; }
t1=$(now)
echo "install $(elapsed "$t0" "$t1")" >"$out/times"
dpkg-query -W -f='${Installed-Size}\n' dexdesk | sed 's/^/installed-kib /' >>"$out/times"
dpkg -L dexdesk >"$out/files"

step "dexdesk-cli --version"
version=$(dexdesk-cli --version)
echo "$version"
[ "$version" = "dexdesk-cli $(cat /work/pkg/version)" ] || { echo "expected dexdesk-cli $(cat /work/pkg/version)"; exit 1; }
dexdesk --version | grep -qF "$(cat /work/pkg/version)" || { echo "dexdesk --version does not show $(cat /work/pkg/version)"; exit 1; }
dexdesk-sim --version | grep -qF "$(cat /work/pkg/version)" || { echo "dexdesk-sim --version does not show $(cat /work/pkg/version)"; exit 1; }

step "dexdesk-cli settings show on a new database (first start)"
useradd --create-home district
t0=$(now)
su district -c 'dexdesk-cli settings show' >"$out/settings-show.txt" 2>&1 || { cat "$out/settings-show.txt"; exit 1; }
t1=$(now)
echo "first-cli-start $(elapsed "$t0" "$t1")" >>"$out/times"
grep -q 'System Enabled' "$out/settings-show.txt" || { cat "$out/settings-show.txt"; echo "no settings printed"; exit 1; }
[ -f /home/district/.local/share/dexdesk/dexdesk.sqlite ] || { echo "no database was made in the user's data folder"; exit 1; }

step "dexdesk-sim answers a request"
su district -c 'dexdesk-sim --port 0 >/tmp/sim.out 2>&1 & echo $! >/tmp/sim.pid'
for _ in $(seq 50); do grep -q 'listening on' /tmp/sim.out 2>/dev/null && break; sleep 0.1; done
port=$(sed -n 's#.*listening on http://127.0.0.1:\([0-9]*\).*#\1#p' /tmp/sim.out)
[ -n "$port" ] || { cat /tmp/sim.out; echo "dexdesk-sim did not start"; exit 1; }
exec 3<>"/dev/tcp/127.0.0.1/$port"
printf 'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n' >&3
answer=$(cat <&3)
exec 3<&-
kill "$(cat /tmp/sim.pid)"
head -n1 <<<"$answer"
grep -q '^HTTP/1.1 200' <<<"$answer" || { echo "$answer" | head -n 20; echo "dexdesk-sim did not answer 200"; exit 1; }
grep -q '"dataModels"' <<<"$answer" || { echo "dexdesk-sim's discovery document has no dataModels"; exit 1; }

step "dexdesk --screenshot under xvfb-run (test tools installed only now)"
apt-get install -y -qq --no-install-recommends xvfb xauth >"$out/apt-xvfb.log" 2>&1 || { tail -n 20 "$out/apt-xvfb.log"; exit 1; }
t0=$(now)
su district -c 'xvfb-run -a -s "-screen 0 1280x800x24" dexdesk --screenshot /tmp/dexdesk-installed.png' >"$out/screenshot.log" 2>&1 \
  || { cat "$out/screenshot.log"; exit 1; }
t1=$(now)
echo "first-window-screenshot $(elapsed "$t0" "$t1")" >>"$out/times"
[ -s /tmp/dexdesk-installed.png ] || { echo "no screenshot"; exit 1; }
cp /tmp/dexdesk-installed.png "$out/"

step "apt-get remove dexdesk leaves nothing but user data"
apt-get remove -y dexdesk >"$out/apt-remove.log" 2>&1 || { tail -n 20 "$out/apt-remove.log"; exit 1; }
left=()
while read -r path; do
  if [ -e "$path" ] && [ ! -d "$path" ]; then left+=("$path"); fi
done <"$out/files"
for dir in /usr/share/doc/dexdesk /usr/share/dexdesk /etc/dexdesk /var/lib/dexdesk; do
  if [ -e "$dir" ]; then left+=("$dir"); fi
done
if dpkg-query -W -f='${Status}' dexdesk 2>/dev/null | grep -qv 'not-installed'; then
  left+=("dpkg state: $(dpkg-query -W -f='${Status}' dexdesk)")
fi
if [ ${#left[@]} -gt 0 ]; then
  printf 'left behind: %s\n' "${left[@]}"
  exit 1
fi
[ -f /home/district/.local/share/dexdesk/dexdesk.sqlite ] || { echo "the user's database was removed with the package"; exit 1; }
echo "removed; the user's data folder stays: /home/district/.local/share/dexdesk"
