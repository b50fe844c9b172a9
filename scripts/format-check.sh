#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when clang-format (with the repository's .clang-format) would change any tracked .cpp or .h file,
# and names each one. Cheap: scripts/studio.sh test runs it before building. To fix the files it names:
#   git ls-files '*.cpp' '*.h' | xargs clang-format -i
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=lib.sh
source "$here/scripts/lib.sh"
install_missing clang-format

cd "$here"
echo "==> Formatting check ($(clang-format --version | head -1))"
mapfile -d '' files < <(git ls-files -z -- '*.cpp' '*.h')
unformatted=()
for file in "${files[@]}"; do
    if ! clang-format --dry-run --Werror "$file" >/dev/null 2>&1; then
        unformatted+=("$file")
    fi
done
if [ ${#unformatted[@]} -gt 0 ]; then
    echo "clang-format would change ${#unformatted[@]} file(s):" >&2
    printf '  %s\n' "${unformatted[@]}" >&2
    echo "Run: git ls-files '*.cpp' '*.h' | xargs clang-format -i" >&2
    exit 1
fi
echo "${#files[@]} files are formatted."
