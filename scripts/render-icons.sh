#!/bin/sh
# Renders every application icon from the one source, resources/icons/dexdesk.svg: the hicolor PNGs
# (16-512 px), the Windows .ico (16-256) and the macOS .icns (16-1024). Run it after editing the SVG
# and commit what it writes, so that a build needs no SVG tools. Developer tools, not build
# dependencies: librsvg2-bin (rsvg-convert), icoutils (icotool), icnsutils (png2icns); on a Debian
# machine the script installs them when it runs as root.
set -eu

cd "$(dirname "$0")/.."
icons=resources/icons
svg=$icons/dexdesk.svg
sizes="16 22 24 32 48 64 128 256 512"

missing=""
command -v rsvg-convert >/dev/null || missing="$missing librsvg2-bin"
command -v icotool >/dev/null || missing="$missing icoutils"
command -v png2icns >/dev/null || missing="$missing icnsutils"
if [ -n "$missing" ]; then
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
        # shellcheck disable=SC2086 # one word per package
        DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $missing
    else
        echo "render-icons.sh: install$missing first (as root: apt-get install$missing)" >&2
        exit 1
    fi
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for n in $sizes 1024; do
    rsvg-convert --width "$n" --height "$n" --format png --output "$work/$n.png" "$svg"
done

for n in $sizes; do
    mkdir -p "$icons/hicolor/${n}x$n/apps"
    cp "$work/$n.png" "$icons/hicolor/${n}x$n/apps/dexdesk.png"
done

# Windows: the sizes Explorer and the taskbar ask for; 256 is stored as PNG, as Windows expects.
icotool --create --output "$icons/dexdesk.ico" \
    "$work/16.png" "$work/24.png" "$work/32.png" "$work/48.png" "$work/64.png" "$work/128.png" \
    --raw="$work/256.png"

# macOS: png2icns picks the icon type from each PNG's size.
png2icns "$icons/dexdesk.icns" \
    "$work/16.png" "$work/32.png" "$work/48.png" "$work/128.png" "$work/256.png" "$work/512.png" \
    "$work/1024.png" >/dev/null

echo "render-icons.sh: wrote $icons/hicolor/*/apps/dexdesk.png, $icons/dexdesk.ico and $icons/dexdesk.icns"
