#!/usr/bin/env bash
# Runs every test: the core's unit tests natively, under ASan+UBSan and as WebAssembly under node,
# the app's headless tests, the fuzz targets briefly over their seed corpora, then the browser tests
# in Debian's Chromium. Ends with one line "N passed, N failed" over all of them. (The same tests are
# registered with ctest: `ctest --preset native|web`; this script adds the sanitizers, the fuzzing
# and one summary.)
set -euo pipefail
cd "$(dirname "$0")"
tools/setup/deps.sh
echo "[test] building native (tests, atlas-query, desktop app)"
cmake --preset native >/dev/null
cmake --build --preset native
echo "[test] building web (app, core tests as WebAssembly)"
cmake --preset web >/dev/null
cmake --build --preset web
echo "[test] building the unit tests with address and undefined-behaviour sanitizers"
cmake --preset sanitize >/dev/null
cmake --build --preset sanitize --target core_tests
mkdir -p test-artifacts

passed=0; failed=0; summary=()
# Adds one suite's counts; a suite that printed no counts at all counts as one failure.
count() { # name passed failed
  passed=$((passed + $2)); failed=$((failed + $3)); summary+=("$1: $2 passed, $3 failed")
}
doctest_counts() { # name log
  local line
  line=$(grep -E '^\[doctest\] test cases:' "$2" | tail -1)
  if [ -z "$line" ]; then count "$1" 0 1; return; fi
  count "$1" "$(sed -E 's/.*\| *([0-9]+) passed.*/\1/' <<<"$line")" "$(sed -E 's/.*\| *([0-9]+) failed.*/\1/' <<<"$line")"
}

echo "[test] native unit tests"
build/native/core_tests --no-colors=true 2>&1 | tee test-artifacts/native-tests.log | grep -vE '^\s*$' | tail -n 40 || true
doctest_counts "native unit tests" test-artifacts/native-tests.log

echo "[test] the app's tests: its UI in headless ImGui frames over the real data, its setters and input"
build/native/app_tests --no-colors=true 2>&1 | tee test-artifacts/app-tests.log | grep -vE '^\s*$' | tail -n 40 || true
doctest_counts "native app tests" test-artifacts/app-tests.log

echo "[test] the same unit tests under AddressSanitizer and UndefinedBehaviorSanitizer"
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 build/sanitize/core_tests --no-colors=true 2>&1 \
  | tee test-artifacts/sanitize-tests.log | grep -vE '^\s*$' | tail -n 40 || true
doctest_counts "sanitizer unit tests" test-artifacts/sanitize-tests.log

echo "[test] the same unit tests as WebAssembly under node"
node build/web/core_tests.js --no-colors=true 2>&1 | tee test-artifacts/wasm-tests.log | grep -vE '^\s*$' | tail -n 40 || true
doctest_counts "wasm unit tests (node)" test-artifacts/wasm-tests.log

echo "[test] fuzzing the loaders and the link parser briefly (longer by hand: tools/fuzz/README.md)"
tools/fuzz/run.sh "${ATLAS_FUZZ_SECONDS:-5}" > test-artifacts/fuzz-summary.log 2>&1 || true
grep -E '^fuzz ' test-artifacts/fuzz-summary.log || true
fp=$(tail -1 test-artifacts/fuzz-summary.log | sed -nE 's/^([0-9]+) passed, ([0-9]+) failed$/\1/p')
ff=$(tail -1 test-artifacts/fuzz-summary.log | sed -nE 's/^([0-9]+) passed, ([0-9]+) failed$/\2/p')
if [ -z "$fp" ]; then count "fuzz targets" 0 1; else count "fuzz targets" "$fp" "$ff"; fi

echo "[test] map pipeline: rebuild from data/raw equals the committed map, Europe snapshots"
/usr/bin/python3 tools/map/pipeline_test.py test-artifacts/map-snapshots \
  > test-artifacts/map-pipeline.log 2>&1 || true
grep -E '^(ok|FAILED) ' test-artifacts/map-pipeline.log || tail -5 test-artifacts/map-pipeline.log
mp=$(tail -1 test-artifacts/map-pipeline.log | sed -nE 's/^([0-9]+) passed, ([0-9]+) failed$/\1/p')
mf=$(tail -1 test-artifacts/map-pipeline.log | sed -nE 's/^([0-9]+) passed, ([0-9]+) failed$/\2/p')
if [ -z "$mp" ]; then count "map pipeline" 0 1; else count "map pipeline" "$mp" "$mf"; fi

echo "[test] browser tests (Debian's Chromium through playwright-core)"
node --test --test-reporter=tap tests/browser/*.test.mjs 2>&1 | tee test-artifacts/browser-tests.log \
  | grep -E '^(not )?ok |^# (tests|pass|fail)|error:|^\s+(expected|actual)' || true
bp=$(grep -E '^# pass ' test-artifacts/browser-tests.log | awk '{print $3}' | tail -1)
bf=$(grep -E '^# fail ' test-artifacts/browser-tests.log | awk '{print $3}' | tail -1)
if [ -z "$bp" ]; then count "browser tests" 0 1; else count "browser tests" "$bp" "${bf:-0}"; fi

echo
printf '%s\n' "${summary[@]}"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
