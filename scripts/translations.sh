#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The translations in translations/*.ts (README: "Languages, themes and the keyboard"):
#   scripts/translations.sh update        runs lupdate over src/: new strings land in every .ts as unfinished,
#                                         gone ones leave; then translate them (linguist, or any editor) and
#                                         commit the .ts files
#   scripts/translations.sh check [BUILD] fails, naming file and line, for each string without a finished
#                                         translation (lupdate runs into a temporary copy, so a new tr() that
#                                         nobody ran `update` for is caught too), a translation that drops or adds
#                                         a %1/%n placeholder, or that loses or gains an accelerator
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
bins=$(qtpaths6 --query QT_INSTALL_BINS 2>/dev/null || echo /usr/lib/qt6/bin)
lupdate="$bins/lupdate"

case "${1:-}" in
    update)
        cd "$here"
        # French holds every string; English only the plural forms of the "%n …" ones.
        "$lupdate" -recursive src -no-obsolete -locations relative -ts translations/revox-studio_fr.ts
        "$lupdate" -recursive src -no-obsolete -locations relative -pluralonly -ts translations/revox-studio_en.ts
        ;;
    check)
        build=${2:-$here/build}
        cmake --build "$build" --target revox-translation-check >/dev/null
        "$build/tests/i18n/revox-translation-check" --lupdate "$lupdate" --root "$here" \
            translations/revox-studio_fr.ts translations/revox-studio_en.ts
        ;;
    *) echo "usage: $0 update | check [BUILD_DIR]" >&2; exit 2 ;;
esac
