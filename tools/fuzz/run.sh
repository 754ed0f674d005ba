#!/usr/bin/env bash
# Builds the fuzz preset and runs every libFuzzer target over a copy of its seed corpus.
# Usage: tools/fuzz/run.sh [SECONDS_PER_TARGET]   (default 10)
# Prints "fuzz <name>: ok (N runs)" or "fuzz <name>: CRASH (artifact)" per target, then "N passed, N failed".
# libFuzzer's output goes to test-artifacts/fuzz/<name>.log; crash artifacts to test-artifacts/fuzz/.
set -uo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
seconds=${1:-10}
out=$root/test-artifacts/fuzz
mkdir -p "$out"

if ! { cmake --preset fuzz && cmake --build --preset fuzz; } >"$out/build.log" 2>&1; then
  echo "fuzz build failed (see $out/build.log)"
  echo "0 passed, 1 failed"
  exit 1
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/atlas-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT
export ATLAS_ASSETS_DIR=${ATLAS_ASSETS_DIR:-$root/assets}
# UBSan reports are errors: without this, recoverable checks only print and the run passes.
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"

passed=0; failed=0
for src in tests/fuzz/*_fuzz.cpp; do
  name=$(basename "$src" .cpp)
  bin=build/fuzz/$name
  log=$out/$name.log
  corpus=$work/$name
  mkdir -p "$corpus"
  [ -d "tests/fuzz/corpus/$name" ] && cp -r "tests/fuzz/corpus/$name/." "$corpus/"
  rm -f "$out/$name"-crash-* "$out/$name"-leak-* "$out/$name"-timeout-* "$out/$name"-oom-*
  args=(-max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 -print_final_stats=1
        -artifact_prefix="$out/$name-")
  [ -f "tests/fuzz/$name.dict" ] && args+=(-dict="tests/fuzz/$name.dict")
  if [ ! -x "$bin" ]; then
    echo "fuzz $name: CRASH (not built: $bin)"; failed=$((failed + 1)); continue
  fi
  "$bin" "${args[@]}" "$corpus" >"$log" 2>&1
  rc=$?
  runs=$(grep -E '^stat::number_of_executed_units:' "$log" | tail -1 | awk '{print $2}')
  if [ "$rc" -eq 0 ]; then
    echo "fuzz $name: ok (${runs:-?} runs)"; passed=$((passed + 1))
  else
    artifact=$(grep -oE "Test unit written to [^ ]+" "$log" | tail -1 | sed 's/Test unit written to //')
    echo "fuzz $name: CRASH (${artifact:-no artifact, exit $rc; see $log})"; failed=$((failed + 1))
  fi
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
