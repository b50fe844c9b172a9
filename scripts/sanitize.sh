#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds everything with clang, AddressSanitizer and UndefinedBehaviorSanitizer (scripts/lib.sh:
# configure_sanitizer_tree, the tree scripts/fuzz.sh uses too) and runs the whole CTest suite under them,
# leak detection on.
#   scripts/sanitize.sh [build dir]   (default <repo>/build-asan)
# Any memory error, leak or undefined behaviour fails the test it happens in, and so this script.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="${1:-$here/build-asan}"

# shellcheck source=lib.sh
source "$here/scripts/lib.sh"
install_missing "${revox_build_packages[@]}" "${revox_sanitizer_packages[@]}"

echo "==> Building with ASan and UBSan in $build"
configure_sanitizer_tree "$build"
cmake --build "$build" --parallel "$(nproc)"

# Leaks are reported at exit, and fail the test. No suppressions: the suite runs leak-free, Qt included
# (offscreen platform); a leak report points at our code until proven otherwise. The options this run
# depends on come last, so that one inherited from the environment cannot switch them off.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=1:halt_on_error=1:detect_stack_use_after_return=1:strict_init_order=1"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:+$UBSAN_OPTIONS:}print_stacktrace=1:halt_on_error=1"

echo "==> Running the test suite under the sanitizers"
# The per-test timeout is the tree's (REVOX_TEST_TIMEOUT, raised for this slower build).
QT_QPA_PLATFORM=offscreen ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)" --no-tests=error
