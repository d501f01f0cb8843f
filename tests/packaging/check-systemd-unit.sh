#!/bin/bash
# check-systemd-unit.sh UNIT DEXDESK_CLI MAN_DIR
#
# systemd-analyze verifies the unit without a message (with ExecStart pointed at the built dexdesk-cli and its man
# page reachable for Documentation=), and its offline security review rates the sandbox at an
# exposure of 2.0 or less ("OK"; 1.5 when written). Exit 77 (skipped) without systemd-analyze.
set -u

unit=$1
cli=$2
man_dir=$3
command -v systemd-analyze >/dev/null || {
    echo "SKIP: systemd-analyze is not installed" >&2
    exit 77
}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sed "s|^ExecStart=/usr/bin/dexdesk-cli |ExecStart=$cli |" "$unit" >"$work/dexdesk.service"
grep -q "^ExecStart=$cli " "$work/dexdesk.service" || {
    echo "FAIL: $unit does not start /usr/bin/dexdesk-cli" >&2
    exit 1
}
mkdir -p "$work/man/man1"
[[ -f $man_dir/dexdesk-cli.1.gz ]] && ln -s "$man_dir/dexdesk-cli.1.gz" "$work/man/man1/"

failures=0
cd "$work" || exit 1
# verify only warns about an unknown or misspelt key: any message fails the test.
messages=$(MANPATH=$work/man systemd-analyze verify ./dexdesk.service 2>&1)
if [[ $? -ne 0 || -n $messages ]]; then
    echo "$messages" >&2
    echo "FAIL: systemd-analyze verify" >&2
    failures=$((failures + 1))
fi
systemd-analyze security --offline=yes --threshold=20 ./dexdesk.service >"$work/security.txt" 2>&1 || {
    cat "$work/security.txt" >&2
    echo "FAIL: the sandbox of $unit is weaker than an exposure of 2.0" >&2
    failures=$((failures + 1))
}
tail -1 "$work/security.txt"
((failures == 0))
