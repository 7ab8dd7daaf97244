#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds the libFuzzer targets (the `fuzz` preset: the `asan` configuration in build/asan, clang,
# ASan, UBSan; fuzz/README.md; nothing to build after scripts/sanitize.sh asan), runs
# every kept crashing input in fuzz/regressions/ once, then fuzzes each target for
# SECONDS_PER_TARGET (default 10) from its seed corpus in fuzz/corpus/.
# Exits non-zero when any target crashes, leaks, hits undefined behaviour or breaks a property.
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]      e.g. scripts/fuzz.sh 600 fuzz_vapi_json
# New corpus entries go to build/asan/fuzz/corpus/<target>/, crashing inputs to
# build/asan/fuzz/artifacts/<target>/; nothing in the source tree is changed.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-10}"
shift || true

./scripts/install-deps.sh >/dev/null
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 LC_ALL=C.UTF-8

out=build/asan/fuzz
bin_dir=$out
if [ $# -gt 0 ]; then
  targets=("$@")
else
  targets=()
  for source in fuzz/fuzz_*.cpp; do targets+=("$(basename "$source" .cpp)"); done
fi

failed=()
summary=()
for target in "${targets[@]}"; do
  binary="$bin_dir/$target"
  [ -x "$binary" ] || { echo "fuzz: no such target: $target" >&2; exit 2; }
  log="$out/logs/$target.log"
  mkdir -p "$out/corpus/$target" "$out/artifacts/$target" "$out/logs"

  # The inputs that once crashed: each is run once and must pass now.
  shopt -s nullglob
  regressions=(fuzz/regressions/"$target"/*)
  shopt -u nullglob
  if [ ${#regressions[@]} -gt 0 ]; then
    if ! "$binary" -runs=1 "${regressions[@]}" >"$log.regressions" 2>&1; then
      echo "fuzz: $target: a regression input fails again (log: $log.regressions)" >&2
      tail -n 40 "$log.regressions" >&2
      failed+=("$target (regression)")
      continue
    fi
  fi

  # -timeout: an input that takes more than 10 s is a finding too (a hang on outside input).
  status=0
  "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2560 -print_final_stats=1 \
      -artifact_prefix="$out/artifacts/$target/" \
      "$out/corpus/$target" "fuzz/corpus/$target" >"$log" 2>&1 || status=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  summary+=("$(printf '%-22s %10s runs in %ss, %d regression inputs' "$target" "${runs:-?}" \
      "$seconds" "${#regressions[@]}")")
  if [ "$status" -ne 0 ]; then
    echo "fuzz: $target found a problem (log: $log; input in $out/artifacts/$target/)" >&2
    grep -E -A30 'ERROR: |runtime error|fuzz check failed|ASSERT' "$log" | head -n 60 >&2 || tail -n 60 "$log" >&2
    failed+=("$target")
  fi
done

printf '%s\n' "${summary[@]}"
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: FAILED: ${failed[*]}" >&2
  exit 1
fi
echo "fuzz: every target passed"
