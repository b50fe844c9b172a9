#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the committed raster icons from the hand-written SVGs in this folder:
#   hicolor/<N>x<N>/apps/com.getrevox.RevoxStudio.png   (Linux, freedesktop icon theme)
#   revox-studio.ico                                     (Windows: executable and installer icon)
#   revox-studio.icns                                    (macOS: bundle icon)
# The results are committed so that building and packaging need none of these tools.
# Run it again after editing an SVG. Needs librsvg2-bin, icoutils and icnsutils (Debian packages); uses optipng
# when installed.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
app_id=com.getrevox.RevoxStudio
sizes=(16 24 32 48 64 128 256 512)

for tool in rsvg-convert icotool png2icns; do
    command -v "$tool" >/dev/null || {
        echo "render-icons.sh: $tool is missing (apt-get install librsvg2-bin icoutils icnsutils)" >&2
        exit 1
    }
done

# 16, 24 and 32 px have their own SVGs with the bars on whole pixels: scaling the 512 px drawing
# down to that size blurs every bar into the background.
source_for() {
    local size=$1
    if [ -f "$here/revox-studio-$size.svg" ]; then echo "$here/revox-studio-$size.svg"; else echo "$here/revox-studio.svg"; fi
}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for size in "${sizes[@]}"; do
    out="$here/hicolor/${size}x${size}/apps/$app_id.png"
    mkdir -p "$(dirname "$out")"
    rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio "$(source_for "$size")" -o "$work/$size.png"
    # Optional: lossless recompression, a third smaller.
    if command -v optipng >/dev/null; then optipng -quiet -o5 "$work/$size.png"; fi
    cp "$work/$size.png" "$out"
    echo "rendered $out"
done

# Windows keeps 256 px as PNG inside the .ico (-r), the smaller ones as bitmaps.
icotool -c -o "$here/revox-studio.ico" \
    "$work/16.png" "$work/24.png" "$work/32.png" "$work/48.png" "$work/64.png" "$work/128.png" -r "$work/256.png"
echo "rendered $here/revox-studio.ico"

png2icns "$here/revox-studio.icns" "$work/16.png" "$work/32.png" "$work/48.png" "$work/128.png" "$work/256.png" \
    "$work/512.png" >/dev/null
echo "rendered $here/revox-studio.icns"
