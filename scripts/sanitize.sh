#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds everything with AddressSanitizer and UndefinedBehaviorSanitizer (-DREVOX_SANITIZE=ON, Debug)
# and runs the whole CTest suite under them, leak detection on.
#   scripts/sanitize.sh [build dir]   (default <repo>/build-asan)
# Any memory error, leak or undefined behaviour fails the test it happens in, and so this script.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="${1:-$here/build-asan}"

echo "==> Building with ASan and UBSan in $build"
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DREVOX_SANITIZE=ON >/dev/null
cmake --build "$build" --parallel "$(nproc)"

# Leaks are reported at exit, and fail the test. No suppressions: the suite runs leak-free, Qt included
# (offscreen platform); a leak report points at our code until proven otherwise.
export ASAN_OPTIONS="detect_leaks=1:halt_on_error=1:detect_stack_use_after_return=1:strict_init_order=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"

echo "==> Running the test suite under the sanitizers"
QT_QPA_PLATFORM=offscreen ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)" --timeout 900
