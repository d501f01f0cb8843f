#!/bin/bash
# check-metadata.sh desktop FILE
# check-metadata.sh metainfo FILE PROJECT_VERSION SCREENSHOT_DIR
#
# desktop: desktop-file-validate has nothing to say about FILE (not even a hint).
# metainfo: appstreamcli validate --no-net --pedantic passes, the newest release is the project
# version, and every screenshot is one of SCREENSHOT_DIR with the size the metadata gives.
# Exit 77 (skipped) when the validator is not installed.
set -u

mode=$1
file=$2
failures=0
fail()
{
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
need()
{
    command -v "$1" >/dev/null || {
        echo "SKIP: $1 is not installed" >&2
        exit 77
    }
}

case $mode in
desktop)
    need desktop-file-validate
    output=$(desktop-file-validate "$file" 2>&1) || fail "desktop-file-validate failed"
    [[ -z $output ]] || fail "desktop-file-validate: $output"
    ;;
metainfo)
    version=$3
    screenshots=$4
    need appstreamcli
    appstreamcli validate --no-net --pedantic "$file" || fail "appstreamcli validate failed"
    newest=$(grep -o '<release version="[^"]*"' "$file" | head -1 | cut -d'"' -f2)
    [[ $newest == "$version" ]] || fail "the newest release is \"$newest\", the project version is $version"
    count=0
    while read -r width height name; do
        count=$((count + 1))
        png=$screenshots/$name
        if [[ ! -f $png ]]; then
            fail "screenshot $name is not in $screenshots"
            continue
        fi
        # A PNG's width and height are the big-endian words at bytes 16 and 20.
        read -r actual_width actual_height < <(od -An -tu1 -j16 -N8 "$png" \
            | awk '{ print $1 * 16777216 + $2 * 65536 + $3 * 256 + $4, $5 * 16777216 + $6 * 65536 + $7 * 256 + $8 }')
        [[ "$width $height" == "$actual_width $actual_height" ]] \
            || fail "$name is ${actual_width}x$actual_height, the metadata says ${width}x$height"
    done < <(sed -n 's|.*<image type="source" width="\([0-9]*\)" height="\([0-9]*\)">[^<]*/\([^/<]*\)</image>.*|\1 \2 \3|p' "$file")
    ((count)) || fail "no screenshots in $file"
    ;;
*)
    echo "usage: $0 desktop FILE | metainfo FILE VERSION SCREENSHOT_DIR" >&2
    exit 2
    ;;
esac

if ((failures)); then
    exit 1
fi
echo "$mode: $file is valid"
