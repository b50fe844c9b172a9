#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the installable packages of Revox Studio on Debian 12:
#   scripts/package.sh        the main configuration (scripts/lib.sh: configure_main_tree) built in build-package/,
#                             then cpack:
#                             build-package/revox-studio_<version>-<release>_<arch>.deb
#                             build-package/revox-studio-<version>-Linux-<arch>.tar.gz
#                             build-package/revox-studio-<version>-<release>.<arch>.rpm (when rpmbuild exists)
# Installs the missing build packages first (the list in scripts/lib.sh, plus the packaging tools).
# Root runs apt directly; anyone else goes through sudo for that step only.
# REVOX_PACKAGE_DIR overrides the build directory: the test command packs its own tree (build/), so the app
# it tests and the app it installs are the same build.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="${REVOX_PACKAGE_DIR:-$here/build-package}"

step() { printf '\n==> %s\n' "$*"; }

# shellcheck source=lib.sh
source "$here/scripts/lib.sh"
install_missing "${revox_build_packages[@]}" "${revox_package_packages[@]}"

step "Configuring $build"
configure_main_tree "$build"

step "Building"
cmake --build "$build" --parallel "$(nproc)"

step "Packing with cpack"
rm -f "$build"/revox-studio[_-]*.deb "$build"/revox-studio[_-]*.rpm "$build"/revox-studio[_-]*.tar.gz
(cd "$build" && cpack)

step "Packages"
found=0
for f in "$build"/revox-studio[_-]*.deb "$build"/revox-studio[_-]*.tar.gz "$build"/revox-studio[_-]*.rpm; do
    [ -e "$f" ] || continue
    printf '%10s  %s\n' "$(du -h "$f" | cut -f1)" "$f"
    found=$((found + 1))
done
if [ "$found" -lt 2 ]; then
    echo "package.sh: expected at least a .deb and a .tar.gz in $build" >&2
    exit 1
fi
