#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Takes the README's screenshots of the bulk editor, its preview and results, Find in All Assistants and Compare:
# each scene staged by revox-bulk-screenshots on the sandbox's sample data, under Xvfb at 1600x1000, captured
# with ImageMagick's import and cropped to its window, into docs/screenshots/.
#   scripts/bulk-screenshots.sh [build-dir]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$here/build}"
harness="$build/tests/ui/revox-bulk-screenshots"
out="$here/docs/screenshots"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cmake --build "$build" --target revox-bulk-screenshots >/dev/null

shoot() { # scene file
    local scene="$1" file="$2"
    cat >"$work/take.sh" <<SCRIPT
#!/bin/bash
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
"$harness" --scene "$scene" >"$work/$scene.log" 2>/dev/null &
pid=\$!
for _ in \$(seq 1 300); do grep -q READY "$work/$scene.log" 2>/dev/null && break; sleep 0.1; done
import -window root "$work/$scene.png"
kill \$pid
SCRIPT
    chmod +x "$work/take.sh"
    mkdir -p "$work/home"
    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1600x1000x24" "$work/take.sh"
    read -r _ x y w h < <(grep GEOMETRY "$work/$scene.log")
    convert "$work/$scene.png" -crop "${w}x${h}+${x}+${y}" +repage "$out/$file"
    echo "$out/$file: ${w}x${h}"
}

shoot editor bulk-editor.png
shoot preview bulk-preview.png
shoot results bulk-results.png
shoot find find-all.png
shoot compare compare.png
