#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# One entry point for a fresh Debian 12 machine:
#   scripts/studio.sh run    install what is missing, build, launch Revox Studio on its sandbox
#   scripts/studio.sh test   check the formatting (scripts/format-check.sh), install what is missing,
#                            build, run the whole test suite: the installer check, a minute of fuzzing,
#                            every CTest suite under ASan+UBSan, then every CTest suite in the normal build
#                            (last, so its summary closes the run)
#   scripts/studio.sh check  build and run the CTest suites only (quick, for development)
# Root runs apt directly; anyone else goes through sudo for that step only.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="${REVOX_BUILD_DIR:-$here/build}"

# shellcheck source=lib.sh
source "$here/scripts/lib.sh"

install_packages() {
    install_missing "${revox_build_packages[@]}"
}

build() {
    echo "==> Building in $build"
    cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
    cmake --build "$build" --parallel "$(nproc)"
}

run_tests() {
    echo "==> Running the test suite"
    QT_QPA_PLATFORM=offscreen ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)" \
        --timeout 600
}

launch() {
    local app="$build/src/studio/revox-studio"
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "==> No display found: starting on a virtual X display (xvfb-run)."
        exec xvfb-run -a -s "-screen 0 1600x1000x24" "$app" "$@"
    fi
    exec "$app" "$@"
}

installer_check() {
    echo "==> Installer check: build the .deb, install it with apt, run it, remove it"
    bash "$here/scripts/package-smoke.sh"
}

deep_checks() {
    echo "==> Fuzzing the decoder, the patch builder and the validators (60 s)"
    bash "$here/scripts/fuzz.sh" 60
    echo "==> The test suite under AddressSanitizer and UndefinedBehaviorSanitizer"
    bash "$here/scripts/sanitize.sh"
}

case "${1:-}" in
    run) shift; install_packages; build; launch "$@" ;;
    test) bash "$here/scripts/format-check.sh"; install_packages; build; installer_check; deep_checks; run_tests ;;
    check) install_packages; build; run_tests ;;
    build) install_packages; build ;;
    *) echo "usage: $0 run [app options…] | test | check | build" >&2; exit 2 ;;
esac
