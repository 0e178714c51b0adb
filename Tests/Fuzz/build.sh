#!/usr/bin/env bash
# Builds the libFuzzer targets with swiftc directly: SwiftPM does not link fuzz executables on this toolchain.
# Each library is compiled as its own module, instrumented for libFuzzer and AddressSanitizer, then each target
# links the shared entries (Entries/FuzzEntries.swift) with the one harness (Harness/FuzzOne.swift).
# usage: Tests/Fuzz/build.sh [OUT]   (default .build/fuzz); prints the targets built.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
OUT="${1:-$ROOT/.build/fuzz}"
SWIFTC="${SWIFTC:-swiftc}"
SAN="-sanitize=fuzzer,address"
mkdir -p "$OUT"
cd "$ROOT"
[ -d .build/checkouts/Yams ] || swift package resolve >/dev/null
YAMS="$ROOT/.build/checkouts/Yams/Sources"

for c in "$YAMS"/CYaml/src/*.c; do
  clang -c -O1 -fsanitize=fuzzer-no-link,address -DYAML_DECLARE_STATIC -I "$YAMS/CYaml/include" \
    "$c" -o "$OUT/cyaml-$(basename "$c" .c).o"
done

module() {  # NAME SOURCE_FOLDER [LANGUAGE_MODE]
  "$SWIFTC" $SAN -swift-version "${3:-6}" -O -parse-as-library -wmo -D SWIFT_PACKAGE -module-name "$1" -I "$OUT" -I "$YAMS/CYaml/include" \
    -Xcc -DYAML_DECLARE_STATIC -emit-module -emit-module-path "$OUT/$1.swiftmodule" \
    -c -o "$OUT/$1.o" $(find "$2" -name '*.swift' | sort)
}
module Yams "$YAMS/Yams" 5
module SafeYAML Sources/Core/SafeYAML
module Mustache "$ROOT/.build/checkouts/swift-mustache/Sources/Mustache"
module Prompts Prompts
module Planner Sources/Core/Planner
module Understanding Sources/Core/Understanding
module Tracking Sources/Core/Tracking
module Interview Sources/Core/Interview
module PlanStore Sources/Shell/PlanStore

for target in understanding answers plan checkins crm prompts; do
  flag="FUZZ_$(echo "$target" | tr a-z A-Z)"
  "$SWIFTC" $SAN -swift-version 6 -O -parse-as-library -D "$flag" -I "$OUT" -I "$YAMS/CYaml/include" -Xcc -DYAML_DECLARE_STATIC \
    Tests/Fuzz/Entries/FuzzEntries.swift Tests/Fuzz/Harness/FuzzOne.swift \
    "$OUT"/{Yams,SafeYAML,Mustache,Prompts,Planner,Understanding,Interview,Tracking,PlanStore}.o "$OUT"/cyaml-*.o \
    -o "$OUT/fuzz-$target"
  echo "$OUT/fuzz-$target"
done
