#!/bin/bash
# check-man-pages.sh MAN_DIR PROGRAM...
#
# For each PROGRAM, MAN_DIR/<program>.1.gz (built by installer/linux with help2man) renders with
# man without a warning, has its NAME and SEE ALSO sections, and names every option the program's
# --help prints, so a page that fell behind its program fails. Exit 77 (skipped) when the pages
# are not built (DEXDESK_BUILD_MAN_PAGES=OFF) or man is not installed.
set -u

man_dir=$1
shift
if [[ ! -d $man_dir ]] || ! command -v man >/dev/null; then
    echo "SKIP: no man pages in $man_dir, or no man" >&2
    exit 77
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail()
{
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

for program in "$@"; do
    name=$(basename "$program")
    page=$man_dir/$name.1.gz
    if [[ ! -f $page ]]; then
        fail "$page is missing"
        continue
    fi
    warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null)
    [[ -z $warnings ]] || fail "man warns about $page: $warnings"
    rendered=$(LC_ALL=C.UTF-8 MANWIDTH=80 man -l "$page" 2>/dev/null)
    for section in NAME SYNOPSIS DESCRIPTION 'SEE ALSO'; do
        grep -qx "$section" <<<"$rendered" || fail "$page has no $section section"
    done
    grep -A1 -x NAME <<<"$rendered" | grep -qE "$name +- +[a-zA-Z]" || fail "$page: NAME does not say what $name is"

    # The troff source with its escapes removed: options are not hyphenated or wrapped there.
    source=$(zcat "$page" | sed -e 's/\\-/-/g' -e 's/\\f[BIRP]//g' -e 's/\\[,\/]//g')
    help=$(env HOME="$work" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" \
        XDG_CACHE_HOME="$work/cache" QT_QPA_PLATFORM=offscreen "$program" --help 2>&1) \
        || fail "$program --help failed"
    for option in $(grep -oE -- '--[a-z][a-z0-9-]*' <<<"$help" | sort -u); do
        grep -qe "$option" <<<"$source" || fail "$page does not mention $option, which $name --help prints"
    done
done

if ((failures)); then
    exit 1
fi
echo "man pages of $* render cleanly and match the programs' help"
