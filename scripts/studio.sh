#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# One entry point for a fresh Debian 12 machine:
#   scripts/studio.sh run    install what is missing, build, launch Revox Studio on its sandbox
#   scripts/studio.sh test   install what is missing, build, run the whole test suite: the format check, the
#                            translation check, the installer check (packed from the same tree the tests run in), the sanitizer tree
#                            (clang, ASan+UBSan) with a minute of fuzzing and every CTest suite under the
#                            sanitizers, then every CTest suite in the normal build, then a two-minute
#                            reliability soak on that build (scripts/soak.sh), and the time each stage took
#   scripts/studio.sh check  build and run the CTest suites only (quick, for development)
# Root runs apt directly; anyone else goes through sudo for that step only.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="${REVOX_BUILD_DIR:-$here/build}"

# shellcheck source=lib.sh
source "$here/scripts/lib.sh"

# Each stage's time, printed at the end of the run whether it passed or not.
stage_names=()
stage_seconds=()
stage_started=$SECONDS
stage_current=""
stage() {
    stage_end
    stage_current=$1
    stage_started=$SECONDS
    echo "==> $1"
}
stage_end() {
    if [ -n "$stage_current" ]; then
        stage_names+=("$stage_current")
        stage_seconds+=($((SECONDS - stage_started)))
        stage_current=""
    fi
}
stage_summary() {
    local status=$?
    stage_end
    if [ ${#stage_names[@]} -gt 1 ]; then
        echo
        echo "==> Time per stage"
        for i in "${!stage_names[@]}"; do
            printf '    %5d s  %s\n' "${stage_seconds[$i]}" "${stage_names[$i]}"
        done
        printf '    %5d s  in all (%d min)%s\n' "$SECONDS" $((SECONDS / 60)) \
            "$([ "$status" -eq 0 ] || echo ", stopped by a failure")"
    fi
    exit "$status"
}

install_packages() {
    stage "Installing what is missing"
    install_missing "${revox_build_packages[@]}" "$@"
}

build() {
    stage "Building in $build"
    configure_main_tree "$build"
    cmake --build "$build" --parallel "$(nproc)"
}

run_tests() {
    stage "Running the test suite"
    # The per-test timeout is the tree's (tests/CMakeLists.txt: REVOX_TEST_TIMEOUT).
    QT_QPA_PLATFORM=offscreen ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)" --no-tests=error
}

soak() {
    stage "Reliability soak (2 min: two writers, faults, SIGKILLs; scripts/soak.sh)"
    REVOX_SOAK_BUILD_DIR="$build" bash "$here/scripts/soak.sh" 2
}

launch() {
    local app="$build/src/studio/revox-studio"
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "==> No display found: starting on a virtual X display (xvfb-run)."
        exec xvfb-run -a -s "-screen 0 1600x1000x24" "$app" "$@"
    fi
    exec "$app" "$@"
}

format_check() {
    stage "Format check (clang-format)"
    bash "$here/scripts/format-check.sh"
}

translation_check() {
    stage "Translation check (every string translated, placeholders and accelerators kept)"
    bash "$here/scripts/translations.sh" check "$build"
}

installer_check() {
    stage "Installer check: pack the tested tree as a .deb, install it with apt, run it, remove it"
    REVOX_PACKAGE_DIR="$build" bash "$here/scripts/package-smoke.sh"
}

deep_checks() {
    stage "Building the sanitizer tree (clang, ASan, UBSan, libFuzzer targets)"
    configure_sanitizer_tree "$here/build-asan"
    cmake --build "$here/build-asan" --parallel "$(nproc)"
    stage "Fuzzing (60 s across the targets)"
    REVOX_FUZZ_BUILD_DIR="$here/build-asan" bash "$here/scripts/fuzz.sh" 60
    stage "The test suite under AddressSanitizer and UndefinedBehaviorSanitizer"
    bash "$here/scripts/sanitize.sh" "$here/build-asan"
}

case "${1:-}" in
    run) shift; install_packages; build; launch "$@" ;;
    test)
        trap stage_summary EXIT
        install_packages "${revox_package_packages[@]}" "${revox_sanitizer_packages[@]}"
        format_check; build; translation_check; installer_check; deep_checks; run_tests; soak ;;
    check) install_packages; build; run_tests ;;
    build) install_packages; build ;;
    *) echo "usage: $0 run [app options…] | test | check | build" >&2; exit 2 ;;
esac
