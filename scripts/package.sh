#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the installable packages of Revox Studio on Debian 12:
#   scripts/package.sh        Release build in build-package/, then cpack:
#                             build-package/revox-studio_<version>-<release>_<arch>.deb
#                             build-package/revox-studio-<version>-Linux-<arch>.tar.gz
#                             build-package/revox-studio-<version>-<release>.<arch>.rpm (when rpmbuild exists)
# Installs the missing build packages first (the list in scripts/lib.sh, plus the packaging tools).
# Root runs apt directly; anyone else goes through sudo for that step only.
# REVOX_PACKAGE_DIR overrides the build directory.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="${REVOX_PACKAGE_DIR:-$here/build-package}"

step() { printf '\n==> %s\n' "$*"; }

# shellcheck source=lib.sh
source "$here/scripts/lib.sh"
# cpack's DEB generator runs dpkg-shlibdeps (dpkg-dev) on what file(1) reports as ELF; gzip packs the manual
# pages; xz-utils compresses the .deb.
install_missing "${revox_build_packages[@]}" dpkg-dev file gzip xz-utils

# Debian's hardening flags (stack protector, fortify, full RELRO, bindnow), as a Debian package build uses.
export DEB_BUILD_MAINT_OPTIONS=hardening=+all
cxxflags="$(dpkg-buildflags --get CPPFLAGS) $(dpkg-buildflags --get CXXFLAGS)"
ldflags=$(dpkg-buildflags --get LDFLAGS)

step "Configuring a Release build in $build"
cmake -S "$here" -B "$build" -G Ninja \
    -DCMAKE_BUILD_TYPE=Release \
    -DREVOX_BUILD_TESTS=OFF \
    -DCMAKE_INSTALL_PREFIX=/usr \
    -DCMAKE_CXX_FLAGS="$cxxflags" \
    -DCMAKE_EXE_LINKER_FLAGS="$ldflags" >/dev/null

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
