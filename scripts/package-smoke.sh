#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# End-to-end check of the Debian package, as a user would meet it:
#   build it (scripts/package.sh), lint it, install it with apt (which resolves its Depends), run the installed
#   programs without a display, validate the installed desktop entry and AppStream metadata, remove it again.
# Works as root without a display; anyone else goes through sudo for the apt and dpkg steps only.
# Leaves the machine as it found it: the package is removed at the end, also when a step fails.
# REVOX_PACKAGE_DIR overrides the build directory (default build-package/).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="${REVOX_PACKAGE_DIR:-$here/build-package}"
export REVOX_PACKAGE_DIR="$build"
export QT_QPA_PLATFORM=offscreen # the programs build a QApplication even for --version
export DEBIAN_FRONTEND=noninteractive

passed=0
failed=0
installed_by_us=0
work=$(mktemp -d)

step() { printf '\n==> %s\n' "$*"; }
ok() { passed=$((passed + 1)); printf '    ok    %s\n' "$*"; }
bad() { failed=$((failed + 1)); printf '    FAIL  %s\n' "$*"; }
die() { printf '\npackage-smoke: %s\n' "$*" >&2; exit 1; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo --preserve-env=DEBIAN_FRONTEND "$@"; fi
}

cleanup() {
    local status=$?
    if [ "$installed_by_us" -eq 1 ] && dpkg-query -W -f='${Status}' revox-studio 2>/dev/null | grep -q "ok installed"; then
        echo "==> Removing revox-studio after an early stop"
        as_root apt-get remove -y -qq revox-studio >/dev/null || true
    fi
    rm -rf "$work"
    exit "$status"
}
trap cleanup EXIT

# check DESCRIPTION COMMAND...: one counted check.
check() {
    local what=$1
    shift
    if "$@" >"$work/out" 2>&1; then
        ok "$what"
    else
        bad "$what"
        sed 's/^/          /' "$work/out"
    fi
}

# --------------------------------------------------------------------------------------------------------
step "Tools: desktop-file-utils, appstream, lintian, curl (rpm when the archive has it)"
tools=(desktop-file-utils appstream lintian curl)
missing=()
for p in "${tools[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ! command -v rpmbuild >/dev/null; then missing+=(rpm); fi
if [ ${#missing[@]} -gt 0 ]; then
    echo "    installing: ${missing[*]}"
    as_root apt-get update -qq
    # rpm is optional: without it the .rpm is skipped, nothing else changes.
    if ! as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; then
        as_root apt-get install -y -qq --no-install-recommends "${tools[@]}" >/dev/null
    fi
fi

# --------------------------------------------------------------------------------------------------------
step "Building the packages (scripts/package.sh)"
bash "$here/scripts/package.sh"
debs=("$build"/revox-studio_*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || die "expected exactly one revox-studio_*.deb in $build"
deb=${debs[0]}
version=$(dpkg-deb -f "$deb" Version)
upstream=${version%-*}
echo "    $deb (version $version)"

# --------------------------------------------------------------------------------------------------------
step "Package contents"
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$work/contents"
for path in /usr/bin/revox-studio /usr/bin/revox-sandbox /usr/bin/revox-studio-cli \
    /usr/share/applications/com.getrevox.RevoxStudio.desktop \
    /usr/share/metainfo/com.getrevox.RevoxStudio.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/com.getrevox.RevoxStudio.svg \
    /usr/share/icons/hicolor/{16x16,24x24,32x32,48x48,64x64,128x128,256x256,512x512}/apps/com.getrevox.RevoxStudio.png \
    /usr/share/man/man1/revox-studio.1.gz /usr/share/man/man1/revox-sandbox.1.gz \
    /usr/share/man/man1/revox-studio-cli.1.gz \
    /usr/share/doc/revox-studio/copyright /usr/share/doc/revox-studio/changelog.Debian.gz; do
    check "contains $path" grep -qxF "$path" "$work/contents"
done
depends=$(dpkg-deb -f "$deb" Depends)
for dep in libqt6sql6-sqlite libqt6svg6 libqt6keychain1 libqt6widgets6; do
    check "Depends names $dep" grep -qw -- "$dep" <<<"$depends"
done
check "Recommends a keyring service" grep -q "gnome-keyring" <<<"$(dpkg-deb -f "$deb" Recommends)"

# --------------------------------------------------------------------------------------------------------
step "lintian"
# lintian exits non-zero on errors only; warnings, notes and overridden tags are printed for the record.
if lintian --display-info --pedantic --show-overrides --fail-on error "$deb" >"$work/lintian" 2>&1; then
    ok "lintian reports no errors"
else
    bad "lintian reports errors"
fi
grep -v "running with root privileges" "$work/lintian" | sed 's/^/          /' || true

for other in "$build"/revox-studio-*.tar.gz "$build"/revox-studio-*.rpm; do
    [ -f "$other" ] || continue
    case $other in
        *.tar.gz) tar tzf "$other" | sed 's|^[^/]*||' >"$work/other" ;;
        *.rpm) rpm -qlp "$other" 2>/dev/null >"$work/other" ;;
    esac
    check "$(basename "$other") holds the three programs" \
        bash -c 'grep -q "bin/revox-studio$" "$1" && grep -q "bin/revox-sandbox$" "$1" && grep -q "bin/revox-studio-cli$" "$1"' _ "$work/other"
    check "$(basename "$other") has no Debian-only files" bash -c '! grep -q -e changelog.Debian -e lintian "$1"' _ "$work/other"
done

# --------------------------------------------------------------------------------------------------------
step "Installing with apt-get (Depends only, no Recommends)"
if dpkg-query -W -f='${Status}' revox-studio 2>/dev/null | grep -q "ok installed"; then
    echo "    an earlier revox-studio is installed: removing it first"
    as_root apt-get remove -y -qq revox-studio >/dev/null
fi
installed_by_us=1
as_root apt-get install -y -q --no-install-recommends "$deb"
check "dpkg lists revox-studio $version" \
    bash -c '[ "$(dpkg-query -W -f="\${Status} \${Version}" revox-studio)" = "install ok installed $1" ]' _ "$version"

# --------------------------------------------------------------------------------------------------------
step "Running the installed programs (QT_QPA_PLATFORM=offscreen)"
check "/usr/bin/revox-studio --version prints $upstream" \
    bash -c '/usr/bin/revox-studio --version | grep -qx "Revox Studio $1"' _ "$upstream"
check "/usr/bin/revox-sandbox --version prints $upstream" \
    bash -c '/usr/bin/revox-sandbox --version | grep -qx "revox-sandbox $1"' _ "$upstream"
check "/usr/bin/revox-studio-cli --version prints $upstream" \
    bash -c '/usr/bin/revox-studio-cli --version | grep -qx "revox-studio-cli $1"' _ "$upstream"
check "no missing shared library" \
    bash -c '! ldd /usr/bin/revox-studio /usr/bin/revox-sandbox /usr/bin/revox-studio-cli | grep "not found"'

data="$(mktemp -d -p "$work")/s.sqlite"
set +e
timeout 120 /usr/bin/revox-studio --smoke-test --sandbox-data "$data" >"$work/smoke" 2>"$work/smoke.err"
smoke_status=$?
set -e
sed 's/^/          /' "$work/smoke"
if [ "$smoke_status" -eq 0 ] && grep -Eq '^[1-9][0-9]* assistant' "$work/smoke"; then
    ok "revox-studio --smoke-test lists assistants from its built-in sandbox"
else
    bad "revox-studio --smoke-test (exit $smoke_status)"
    sed 's/^/          /' "$work/smoke.err"
fi
check "the sandbox kept its data in $data" test -s "$data"

# revox-sandbox on a free port, asked over HTTP for its assistants with the default key.
/usr/bin/revox-sandbox --port 0 --data :memory: --api-key smoke >"$work/sandbox" 2>&1 &
sandbox_pid=$!
url=""
for _ in $(seq 1 100); do
    url=$(grep -Eo 'http://127\.0\.0\.1:[0-9]+[^ ]*' "$work/sandbox" | head -1 || true)
    [ -n "$url" ] && break
    sleep 0.1
done
if [ -n "$url" ]; then
    ok "revox-sandbox listens on $url"
    url=${url%/}
    case $url in */api) ;; *) url="$url/api" ;; esac
    check "GET $url/assistants answers a JSON list" \
        bash -c 'curl -fsS -H "Authorization: Bearer smoke" "$1/assistants" | grep -q "\"id\""' _ "$url"
    check "a wrong key is refused with 401" \
        bash -c '[ "$(curl -s -o /dev/null -w "%{http_code}" -H "Authorization: Bearer wrong" "$1/assistants")" = 401 ]' _ "$url"
    check "revox-studio-cli pulls its assistants into files and finds them unchanged" \
        bash -c 'export REVOX_BASE_URL="$1" REVOX_API_KEY=smoke; revox-studio-cli pull "$2" --quiet \
                 && ls "$2"/*.prompt.md >/dev/null && revox-studio-cli status "$2" | grep -q " unchanged$"' _ "$url" "$work/pulled"
else
    bad "revox-sandbox did not report a URL"
    sed 's/^/          /' "$work/sandbox"
fi
kill "$sandbox_pid" 2>/dev/null || true
wait "$sandbox_pid" 2>/dev/null || true

# --------------------------------------------------------------------------------------------------------
step "Validating the installed desktop integration"
check "desktop-file-validate com.getrevox.RevoxStudio.desktop" \
    desktop-file-validate /usr/share/applications/com.getrevox.RevoxStudio.desktop
check "appstreamcli validate --no-net com.getrevox.RevoxStudio.metainfo.xml" \
    appstreamcli validate --no-net /usr/share/metainfo/com.getrevox.RevoxStudio.metainfo.xml
# validate-tree also checks that the metainfo, the desktop entry it launches and the icon agree.
mkdir -p "$work/tree"
dpkg-deb -x "$deb" "$work/tree"
check "appstreamcli validate-tree --no-net on the package's files" appstreamcli validate-tree --no-net "$work/tree"
check "the desktop entry's Icon= is installed" \
    test -f "/usr/share/icons/hicolor/256x256/apps/$(sed -n 's/^Icon=//p' /usr/share/applications/com.getrevox.RevoxStudio.desktop).png"
check "man revox-studio renders without warnings" \
    bash -c '[ -z "$(man --warnings -E UTF-8 -l -Tutf8 -Z /usr/share/man/man1/revox-studio.1.gz 2>&1 >/dev/null)" ]'
check "man revox-sandbox renders without warnings" \
    bash -c '[ -z "$(man --warnings -E UTF-8 -l -Tutf8 -Z /usr/share/man/man1/revox-sandbox.1.gz 2>&1 >/dev/null)" ]'
check "man revox-studio-cli renders without warnings" \
    bash -c '[ -z "$(man --warnings -E UTF-8 -l -Tutf8 -Z /usr/share/man/man1/revox-studio-cli.1.gz 2>&1 >/dev/null)" ]'

# --------------------------------------------------------------------------------------------------------
step "Removing with apt-get"
as_root apt-get remove -y -q revox-studio
installed_by_us=0
for path in /usr/bin/revox-studio /usr/bin/revox-sandbox /usr/bin/revox-studio-cli \
    /usr/share/applications/com.getrevox.RevoxStudio.desktop \
    /usr/share/metainfo/com.getrevox.RevoxStudio.metainfo.xml; do
    check "$path is gone" test ! -e "$path"
done

step "Result"
echo "package-smoke: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
