#!/usr/bin/env bash
# Runs a command beside a throwaway PostgreSQL 15 server (Debian's postgresql-15 package) on
# 127.0.0.1: its own initdb folder under a temp dir, a free port, an unprivileged owner (the
# calling user, or `nobody` when run as root, since initdb refuses root), trust authentication on
# loopback only. Exports DEXDESK_TEST_POSTGRES=postgresql://dexdesk@127.0.0.1:PORT/ for the tests,
# which make a database of their own per test, and stops the server afterwards, also on failure.
# Usage: scripts/with-postgres.sh COMMAND [ARGS...]
set -euo pipefail

pg_bin=${DEXDESK_PG_BIN:-/usr/lib/postgresql/15/bin}
[ -x "$pg_bin/initdb" ] || { echo "PostgreSQL 15 is missing ($pg_bin/initdb): run scripts/install-deps.sh --for-tests (package postgresql-15)" >&2; exit 1; }
[ $# -gt 0 ] || { echo "Usage: scripts/with-postgres.sh COMMAND [ARGS...]" >&2; exit 2; }

as_owner=()
owner=$(id -un)
if [ "$(id -u)" -eq 0 ]; then
  owner=nobody
  as_owner=(setpriv --reuid=nobody --regid=nogroup --clear-groups --)
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/dexdesk-pg.XXXXXX")
chmod 755 "$work"
mkdir "$work/data"
chown "$owner" "$work/data"
stop() {
  "${as_owner[@]}" "$pg_bin/pg_ctl" -D "$work/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap stop EXIT

(cd "$work" && "${as_owner[@]}" "$pg_bin/initdb" -D "$work/data" -U dexdesk --auth=trust -E UTF8 --locale=C.UTF-8 \
  >"$work/initdb.log" 2>&1) || { cat "$work/initdb.log" >&2; exit 1; }
# Throwaway test data: durability is traded for speed; nothing listens beyond loopback.
cat >>"$work/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
unix_socket_directories = ''
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
CONF

started=""
for attempt in 1 2 3 4 5; do
  # A free port: nothing answers on it now (bounded tries, loopback only).
  port=$((20000 + RANDOM % 20000))
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && continue
  if (cd "$work" && "${as_owner[@]}" "$pg_bin/pg_ctl" -D "$work/data" -o "-p $port" -l "$work/data/server.log" -w -t 30 start \
    >/dev/null 2>&1); then
    started=$port
    break
  fi
done
[ -n "$started" ] || { echo "PostgreSQL did not start; its log:" >&2; cat "$work/data/server.log" >&2 || true; exit 1; }

export DEXDESK_TEST_POSTGRES="postgresql://dexdesk@127.0.0.1:$started/"
echo "PostgreSQL 15 on 127.0.0.1:$started (DEXDESK_TEST_POSTGRES=$DEXDESK_TEST_POSTGRES)" >&2
status=0
"$@" || status=$?
exit "$status"
