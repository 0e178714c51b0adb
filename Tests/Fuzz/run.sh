#!/usr/bin/env bash
# `make fuzz`: builds the six libFuzzer targets and runs each for FUZZ_SECONDS (default 60) from the committed
# corpus. New inputs go to a scratch corpus under the build folder; a crash is written straight into
# Tests/Fuzz/Regressions/<target>/, where `swift test` replays it until it is fixed. Exits 1 on any crash.
set -uo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
OUT="${FUZZ_BUILD:-$ROOT/.build/fuzz}"
SECONDS_EACH="${FUZZ_SECONDS:-60}"
mkdir -p "$OUT"
# Foundation keeps a buffer of String(contentsOf:) it never frees; that is not what these targets look for.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}"
"$ROOT/Tests/Fuzz/build.sh" "$OUT" >"$OUT/build.log" 2>&1 || { tail -30 "$OUT/build.log"; exit 2; }
status=0
total=0
for target in understanding answers plan checkins crm prompts; do
  scratch="$OUT/corpus-$target"
  mkdir -p "$scratch" "$ROOT/Tests/Fuzz/Regressions/$target"
  log="$OUT/$target.log"
  "$OUT/fuzz-$target" "$scratch" "$ROOT/Tests/Fuzz/Corpus/$target" -max_total_time="$SECONDS_EACH" -max_len=4096 \
    -timeout=10 -rss_limit_mb=2048 -artifact_prefix="$ROOT/Tests/Fuzz/Regressions/$target/crash-" \
    -print_final_stats=1 >"$log" 2>&1
  code=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  total=$((total + ${runs:-0}))
  if [ $code -ne 0 ]; then
    status=1
    echo "fuzz-$target: CRASH after ${runs:-?} runs; the input is in Tests/Fuzz/Regressions/$target/ (log: $log)"
  else
    echo "fuzz-$target: ${runs:-?} runs in ${SECONDS_EACH} s, no crash, corpus $(ls "$scratch" | wc -l) new inputs"
  fi
done
echo "fuzz: $total inputs run in all"
exit $status
