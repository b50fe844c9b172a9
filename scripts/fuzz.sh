#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fuzzes the assistant JSON decoder, the patch builder, the validators, the sandbox's HTTP request reader and the
# file reader of revox-studio-cli with libFuzzer (clang, ASan, UBSan).
#   scripts/fuzz.sh [seconds]   total fuzzing time, split evenly across the targets (default 60)
# Environment: REVOX_FUZZ_BUILD_DIR (default <repo>/build-asan, the tree scripts/sanitize.sh uses too),
# REVOX_FUZZ_JOBS (parallel jobs per target, default 1). Exits non-zero when a target crashes, leaks, hits
# undefined behaviour or breaks an invariant, after running the other targets all the same; the input is saved
# under <build>/fuzz-artifacts/ (replay: <build>/tests/fuzz/<Target> <file>).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# The sanitizer tree, shared with scripts/sanitize.sh: one clang ASan+UBSan build serves both.
build="${REVOX_FUZZ_BUILD_DIR:-$here/build-asan}"
total="${1:-60}"
jobs="${REVOX_FUZZ_JOBS:-1}"
targets=(FuzzAssistantJson FuzzAssistantPatch FuzzValidation FuzzSandboxHttp FuzzAssistantFile)

if ! [[ "$total" =~ ^[0-9]+$ ]] || [ "$total" -lt "${#targets[@]}" ]; then
    echo "usage: $0 [seconds ≥ ${#targets[@]}]" >&2
    exit 2
fi

# shellcheck source=lib.sh
source "$here/scripts/lib.sh"
# clang and its libFuzzer/sanitizer runtimes, besides the project's own build packages.
install_missing "${revox_build_packages[@]}" "${revox_sanitizer_packages[@]}"

echo "==> Building the fuzz targets in $build (clang, ASan, UBSan, libFuzzer)"
configure_sanitizer_tree "$build"
cmake --build "$build" --parallel "$(nproc)" --target "${targets[@]}" revox_fuzz_seeds

seeds="$build/fuzz-seeds"
"$build/tests/fuzz/revox_fuzz_seeds" "$seeds"

# Ours come last: the sanitizers take the last value of an option, so an inherited detect_leaks=0 cannot win.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=1:abort_on_error=1"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:+$UBSAN_OPTIONS:}print_stacktrace=1:halt_on_error=1"
per_target=$((total / ${#targets[@]}))
parallel=()
if [ "$jobs" -gt 1 ]; then # -jobs=1 would already fork a worker and send its output to ./fuzz-0.log
    parallel=(-jobs="$jobs" -workers="$jobs")
fi
status=0
for target in "${targets[@]}"; do
    corpus="$build/fuzz-corpus/$target" # grows from run to run; the seeds and edge cases are read only
    artifacts="$build/fuzz-artifacts"
    mkdir -p "$corpus" "$artifacts"
    echo "==> $target for ${per_target}s"
    start=$SECONDS
    log="$build/fuzz-$target.log"
    dict="$here/tests/fuzz/assistant.dict"
    [ "$target" = FuzzSandboxHttp ] && dict="$here/tests/fuzz/http.dict"
    if "$build/tests/fuzz/$target" -max_total_time="$per_target" -timeout=10 -rss_limit_mb=4096 \
        -dict="$dict" -artifact_prefix="$artifacts/$target-" -print_final_stats=1 \
        "${parallel[@]}" \
        "$corpus" "$seeds/$target" "$here/tests/fuzz/corpus/$target" >"$log" 2>&1; then
        echo "    ok: $(grep -m1 -E '^stat::number_of_executed_units' "$log" | awk '{print $2}') runs in $((SECONDS - start))s," \
            "corpus $(find "$corpus" -type f | wc -l) inputs"
    else
        status=1
        echo "    FAILED ($target): last lines of $log:"
        # A log without any of these lines shows its end instead (under pipefail a silent grep would stop the loop).
        { grep -E 'invariant|runtime error|ERROR|SUMMARY|\*\*\*|Test unit written' "$log" || tail -5 "$log"; } |
            head -20 | sed 's/^/    /'
    fi
done
if [ "$status" -ne 0 ]; then
    echo "==> fuzzing found a problem; crash inputs are in $build/fuzz-artifacts/" >&2
else
    echo "==> fuzzing: no crash, leak, undefined behaviour or broken invariant"
fi
exit "$status"
