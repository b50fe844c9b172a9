#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The reliability soak (docs/RELIABILITY.md):
#   scripts/soak.sh [minutes] [revox-soak options…]     default 2 minutes
# Two writer processes edit, save, create, clone and delete assistants through the core against a sandbox of
# their own (loopback, a SQLite file in a temporary folder), under random faults of every kind and SIGKILLs,
# then every promise is checked. Prints the seed, the counts and the violations; exits non-zero on any.
# Reproduce a run with its seed: scripts/soak.sh 2 --seed N. Other options: --assistants N, --work-dir DIR,
# --verbose (see revox-soak --help).
# Environment: REVOX_SOAK_BUILD_DIR, a built tree to take revox-soak from as it is (nothing is built); without
# it, revox-soak is built in <repo>/build (configured like scripts/studio.sh's tree when it is not yet).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
minutes="${1:-2}"
[ $# -gt 0 ] && shift
if ! [[ "$minutes" =~ ^[0-9]+([.][0-9]+)?$ ]] || [ "$(awk -v m="$minutes" 'BEGIN { print (m > 0) }')" != 1 ]; then
    echo "usage: $0 [minutes > 0] [revox-soak options…]" >&2
    exit 2
fi
seconds=$(awk -v m="$minutes" 'BEGIN { s = int(m * 60 + 0.5); print (s < 1 ? 1 : s) }')

if [ -n "${REVOX_SOAK_BUILD_DIR:-}" ]; then
    build="$REVOX_SOAK_BUILD_DIR"
    if [ ! -x "$build/tests/soak/revox-soak" ]; then
        echo "$0: $build/tests/soak/revox-soak is not built (REVOX_SOAK_BUILD_DIR is taken as it is)" >&2
        exit 2
    fi
else
    build="$here/build"
    # shellcheck source=lib.sh
    source "$here/scripts/lib.sh"
    install_missing "${revox_build_packages[@]}"
    echo "==> Building revox-soak in $build"
    [ -f "$build/build.ninja" ] || configure_main_tree "$build"
    cmake --build "$build" --parallel "$(nproc)" --target revox-soak
fi

echo "==> Machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min)"
exec "$build/tests/soak/revox-soak" --seconds "$seconds" "$@"
