#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Takes the README's screenshots of issue 17 — the window in French, in the dark theme, the command palette, and
# the toolbar at 200 % — each scene staged by revox-i18n-screenshots on the sandbox's sample data, under Xvfb,
# captured with ImageMagick's import and cropped to its window, into docs/screenshots/.
#   scripts/i18n-screenshots.sh [build-dir]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$here/build}"
harness="$build/tests/ui/revox-i18n-screenshots"
out="$here/docs/screenshots"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cmake --build "$build" --target revox-i18n-screenshots >/dev/null

shoot() { # file scale harness-arguments…
    local file="$1" scale="$2"
    shift 2
    cat >"$work/take.sh" <<SCRIPT
#!/bin/bash
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
export QT_SCALE_FACTOR=$scale
"$harness" $* >"$work/shot.log" 2>/dev/null &
pid=\$!
for _ in \$(seq 1 300); do grep -q READY "$work/shot.log" 2>/dev/null && break; sleep 0.1; done
import -window root "$work/shot.png"
kill \$pid
SCRIPT
    chmod +x "$work/take.sh"
    rm -rf "$work/home"
    mkdir -p "$work/home"
    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 $((1500 * scale))x$((960 * scale))x24" "$work/take.sh"
    read -r _ x y w h < <(grep GEOMETRY "$work/shot.log")
    convert "$work/shot.png" -crop "$((w * scale))x$((h * scale))+$((x * scale))+$((y * scale))" +repage "$out/$file"
    echo "$out/$file: $((w * scale))x$((h * scale))"
}

shoot french-editor.png 1 --scene editor --language fr
shoot french-palette.png 1 --scene palette --language fr
shoot dark-list.png 1 --scene list --theme dark
shoot dark-editor.png 1 --scene editor --theme dark
shoot dark-conflict.png 1 --scene conflict --theme dark
shoot scaled-200.png 2 --scene editor --theme light
