#!/bin/sh
# help-for-man.sh PROGRAM ARGUMENT...
#
# Runs a built DEX Desk program for help2man (with --help or --version) and passes its output on
# with two layout fixes that help2man cannot get from an include file. Both are generic, so the man
# pages still follow the programs' own help word for word:
#  - QCommandLineParser glues an option whose name fills its column to its description
#    ("--client <key:secret>An API client"); two spaces go between, as help2man expects.
#  - In the text before the first blank line, a line break where the line ends without punctuation
#    and the next begins with a capital starts a new paragraph (help2man would run them together).
# A line such as "Commands:" directly followed by an unindented line gets a blank line after it, so
# help2man does not run the heading into the first entry.
#
# The program runs with a throwaway home and data folders, so building never touches the builder's
# own settings or keychain, and on the offscreen platform, so it needs no display.
set -eu

program=$1
shift
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
output=$(env HOME="$scratch" XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" \
    XDG_CACHE_HOME="$scratch/cache" XDG_RUNTIME_DIR="$scratch" QT_QPA_PLATFORM=offscreen \
    "$program" "$@" 2>&1)

printf '%s\n' "$output" | sed -E \
    -e '/^ +-/ s/^( +-[^ ]* <[^>]*>)([^ ])/\1  \2/' \
    | awk '
        NR > 1 && prev != "" {
            if (!blank_seen && prev !~ /[.,;:]$/ && prev !~ /^Usage:/ && /^[A-Z]/)
                print ""
            else if (prev ~ /^[^ ].*:$/ && /^[^ ]/)
                print ""
        }
        /^$/ { blank_seen = 1 }
        { print; prev = $0 }'
