# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by the scripts in this folder: the project's Debian build packages, and installing what is missing.

# Everything a build of the app and its tests needs on Debian 12.
revox_build_packages=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qtkeychain-qt6-dev libphonenumber-dev libsodium-dev
    xvfb xauth xdotool fonts-dejavu-core
)

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
