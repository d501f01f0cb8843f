#!/bin/bash
# check-completion.sh DEXDESK_CLI COMPLETION_SCRIPT
#
# Fails when the bash completion of dexdesk-cli does not offer what the program's own help prints:
# every command of `dexdesk-cli --help`, every global option, and for every synopsis line of
# `dexdesk-cli help COMMAND` its subcommand, each of its options and file names where it takes a
# FILE or PATH. The completion function is called as bash calls it (COMP_WORDS, COMP_CWORD), so
# this checks what a user gets on Tab, not only that a word appears somewhere in the script.
set -u

cli=$1
completion=$2

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Printing help must not touch anybody's data; keep every folder the program might use here.
export HOME=$work/home XDG_DATA_HOME=$work/data XDG_CONFIG_HOME=$work/config XDG_CACHE_HOME=$work/cache
mkdir -p "$HOME" "$work/files"
touch "$work/files/pick-me.csv"

failures=0
checks=0
fail()
{
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

# shellcheck source=/dev/null
source "$completion" || {
    echo "FAIL: $completion cannot be sourced" >&2
    exit 1
}
function=$(complete -p dexdesk-cli 2>/dev/null | sed -n 's/.*-F \([^ ]*\) .*/\1/p')
if [[ -z $function ]]; then
    echo "FAIL: $completion does not register a completion function for dexdesk-cli" >&2
    exit 1
fi

# candidates WORD...: what Tab offers for the last word of "WORD...", one per line.
candidates()
{
    COMP_WORDS=("$@")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMP_LINE="$*"
    COMP_POINT=${#COMP_LINE}
    COMPREPLY=()
    "$function" dexdesk-cli "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}" 2>/dev/null
    ((${#COMPREPLY[@]})) && printf '%s\n' "${COMPREPLY[@]}"
}

# offers WANTED WORD...: Tab after "WORD..." must offer WANTED.
offers()
{
    local wanted=$1
    shift
    checks=$((checks + 1))
    candidates "$@" | grep -qxF -- "$wanted" || fail "Tab after \"$*\" does not offer $wanted"
}

help_text=$("$cli" --help) || {
    echo "FAIL: $cli --help failed" >&2
    exit 1
}
synopses=$(awk '/^Commands:$/ { on = 1; next } /^Options/ { on = 0 } on && /^[a-z]/' <<<"$help_text")
commands=$(awk '{ print $1 }' <<<"$synopses" | sort -u)
global_options=$(awk '/^Options \(before the command\):$/ { on = 1; next } on && /^ / { print }' <<<"$help_text" \
    | grep -oE -- '(^|[ ,])-{1,2}[a-zA-Z][a-zA-Z0-9-]*' | tr -d ' ,')
if [[ -z $commands || -z $global_options ]]; then
    echo "FAIL: no commands or no options found in \"$cli --help\"; has its layout changed?" >&2
    exit 1
fi

for option in $global_options; do
    offers "$option" dexdesk-cli -
done
offers "$work/files/pick-me.csv" dexdesk-cli --database "$work/files/pick"
offers status dexdesk-cli --verbose --database "$work/db.sqlite" st

for command in $commands; do
    offers "$command" dexdesk-cli ''
    offers "$command" dexdesk-cli help ''

    # `help help` is not a topic: the help command's own synopsis is in --help.
    if [[ $command == help ]]; then
        command_help=$synopses
    else
        command_help=$("$cli" help "$command") || {
            fail "\"$cli help $command\" failed"
            continue
        }
    fi
    # One synopsis line (not indented) and its description (indented) at a time.
    while IFS= read -r -d $'\x1e' block; do
        synopsis=${block%%$'\n'*}
        read -r -a words <<<"$synopsis"
        [[ ${words[0]} == "$command" ]] || continue
        prefix=(dexdesk-cli "$command")
        if [[ ${words[1]:-} =~ ^[a-z][a-z0-9-]*$ ]]; then
            offers "${words[1]}" dexdesk-cli "$command" ''
            prefix+=("${words[1]}")
        fi
        for option in $(grep -oE -- '--[a-z][a-z0-9-]*' <<<"$block" | sort -u); do
            offers "$option" "${prefix[@]}" --
        done
        # FILE or PATH: file names, after placeholder values for the arguments before it.
        positional=()
        for word in "${words[@]:${#prefix[@]}-1}"; do
            if [[ $word == FILE || $word == PATH ]]; then
                offers "$work/files/pick-me.csv" "${prefix[@]}" "${positional[@]}" "$work/files/pick"
                break
            fi
            [[ $word =~ ^[A-Z]+$ ]] && positional+=(x)
        done
    done < <(awk '/^[a-z]/ { printf "%s", (n++ ? "\x1e" : "") } { print } END { printf "\x1e" }' <<<"$command_help")
done

# Every option the help mentions anywhere (also in descriptions) appears in the script.
for option in $(grep -oE -- '--[a-z][a-z0-9-]*' <<<"$help_text" | sort -u); do
    checks=$((checks + 1))
    grep -qE -- "(^|[ '|])$option([ '|)]|\$)" "$completion" || fail "$option is not in $completion"
done

if ((failures)); then
    echo "$failures of $checks checks failed" >&2
    exit 1
fi
echo "bash completion covers the help of $cli: $checks checks passed"
