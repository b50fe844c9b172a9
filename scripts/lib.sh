# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by the scripts in this folder: the project's Debian packages, installing what is missing, and the
# configurations of the two build trees the test command uses.

# Everything a build of the app and its tests needs on Debian 12.
revox_build_packages=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qtkeychain-qt6-dev libphonenumber-dev
    libsodium-dev
    xvfb xauth xdotool fonts-dejavu-core
)
# What packing needs besides: cpack's DEB generator runs dpkg-shlibdeps (dpkg-dev) on what file(1) reports
# as ELF; gzip packs the manual pages; xz-utils compresses the .deb.
revox_package_packages=(dpkg-dev file gzip xz-utils)
# The sanitizer tree: clang with its sanitizer and libFuzzer runtimes.
revox_sanitizer_packages=(clang libclang-rt-dev)

# Root runs the command directly; anyone else goes through sudo for that command only.
as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# install_missing PACKAGE…: apt-get installs the packages that are not installed yet, if any.
install_missing() {
    local missing=()
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "==> Installing ${#missing[@]} Debian packages: ${missing[*]}"
        as_root apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
    fi
}

# ccache, when the developer has it: a rebuild after a branch switch costs little. A fresh machine (CI)
# has none, and builds as it always did.
revox_launcher_args() {
    if command -v ccache >/dev/null 2>&1; then echo "-DCMAKE_CXX_COMPILER_LAUNCHER=ccache"; fi
}

# configure_main_tree DIR: the one configuration the app is run, tested and packaged from (scripts/studio.sh,
# scripts/package.sh): optimised with debug information (stripped when packed), installed under /usr, with
# Debian's hardening flags as a Debian package build uses them, tests on. One tree, built once.
configure_main_tree() {
    local dir=$1
    local cxxflags="" ldflags=""
    if command -v dpkg-buildflags >/dev/null 2>&1; then
        cxxflags="$(DEB_BUILD_MAINT_OPTIONS=hardening=+all dpkg-buildflags --get CPPFLAGS) $(DEB_BUILD_MAINT_OPTIONS=hardening=+all dpkg-buildflags --get CXXFLAGS)"
        ldflags=$(DEB_BUILD_MAINT_OPTIONS=hardening=+all dpkg-buildflags --get LDFLAGS)
    fi
    # shellcheck disable=SC2046 # the launcher argument is one word or none
    cmake -S "$here" -B "$dir" -G Ninja $(revox_launcher_args) \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_INSTALL_PREFIX=/usr \
        -DCMAKE_CXX_FLAGS="$cxxflags" \
        -DCMAKE_EXE_LINKER_FLAGS="$ldflags" \
        -DREVOX_BUILD_TESTS=ON >/dev/null
}

# configure_sanitizer_tree DIR: clang with AddressSanitizer and UndefinedBehaviorSanitizer, and the libFuzzer
# targets. The sanitizer run of the test suite (scripts/sanitize.sh) and the fuzzing (scripts/fuzz.sh) share
# it: coverage instrumentation costs the tests nothing but time, and the tree is built once.
configure_sanitizer_tree() {
    local dir=$1
    # shellcheck disable=SC2046
    cmake -S "$here" -B "$dir" -G Ninja $(revox_launcher_args) \
        -DCMAKE_CXX_COMPILER=clang++ \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DREVOX_SANITIZE=ON -DREVOX_FUZZ=ON -DREVOX_BUILD_TESTS=ON \
        -DREVOX_TEST_TIMEOUT=900 >/dev/null
}
