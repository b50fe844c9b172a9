#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The one command for the performance benchmarks (docs/PERFORMANCE.md):
#   scripts/bench.sh [revox-bench options…]
# installs what is missing (the build tools, wrk and curl from Debian), builds a Release tree in
# build-bench/ (or $REVOX_BENCH_BUILD_DIR), describes the machine, runs every benchmark and prints the
# table of figures beside their budgets. Options go to revox-bench: --runs N, --assistants N,
# --only list,filter,…, --smoke, --markdown FILE. The run takes about a minute on two cores, after a
# first build of several minutes.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="${REVOX_BENCH_BUILD_DIR:-$here/build-bench}"

# shellcheck source=lib.sh
source "$here/scripts/lib.sh"
# wrk loads the sandbox, curl is the sequential baseline, procps reads the load.
install_missing "${revox_build_packages[@]}" wrk curl procps

echo "==> Building the benchmarks (Release) in $build"
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DREVOX_BUILD_BENCHMARKS=ON >/dev/null
cmake --build "$build" --parallel "$(nproc)" --target revox-bench

echo "==> Machine"
echo "CPU:    $(nproc) × $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
echo "RAM:    $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)"
echo "OS:     $(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)"
echo "Qt:     $(pkg-config --modversion Qt6Core 2>/dev/null || echo unknown)"
echo "Load:   $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min) — figures are noisy when this is high"

echo "==> Running"
# No display needed: the benchmarks show their windows offscreen.
QT_QPA_PLATFORM=offscreen exec "$build/tests/benchmarks/revox-bench" "$@"
