#!/usr/bin/env bash
# Installs into a temporary prefix and runs the installed copy with the build folder's words moved away,
# so it can only find the words it was installed with. Ends with 'N passed, N failed'.
set -u
cd "$(dirname "$0")/../.."
prefix=$(mktemp -d)
work=$(mktemp -d)
passed=0; failed=0
check() { if eval "$2"; then passed=$((passed + 1)); echo "ok   $1"; else failed=$((failed + 1)); echo "FAIL $1"; fi; }

make --no-print-directory install PREFIX="$prefix" >/dev/null 2>&1
check "make install puts the binary, words, man pages and completions under PREFIX" \
  '[ -x "$prefix/bin/salesplan" ] && [ -d "$prefix/share/salesplan/salesplan_Prompts.resources/en" ] && [ -f "$prefix/share/man/man1/salesplan.1" ] && [ -s "$prefix/share/bash-completion/completions/salesplan" ] && [ -s "$prefix/share/zsh/site-functions/_salesplan" ] && [ -s "$prefix/share/fish/vendor_completions.d/salesplan.fish" ]'

moved=.build/release/salesplan_Prompts.resources
mv "$moved" "$moved.away"
trap 'mv "$moved.away" "$moved" 2>/dev/null; rm -rf "$prefix" "$work"' EXIT
out=$(cd "$work" && "$prefix/bin/salesplan" new --answers "$OLDPWD/Tests/ShellTests/Examples/01-worked-example.yaml" --dir "$work/plans" --json 2>&1)
check "the installed copy makes a plan with the build folder's words moved away" \
  'echo "$out" | python3 -c "import json,sys; p=json.load(sys.stdin); assert p[\"weekly\"][\"meetings\"] == 8"'
check "the installed copy's plan.md is written from its own template" '[ -s "$work/plans/mark-rivera/plan.md" ] && grep -q "How we" "$work/plans/mark-rivera/plan.md"'
check "tracking.csv opens in a real CSV reader (Python's csv module): a row per week, targets filled, actuals empty" \
  'python3 -c "import csv,sys; r=list(csv.reader(open(sys.argv[1], newline=\"\"))); assert len(r) == 54 and r[0][2] == \"meetings target\" and r[1][3] == \"69\" and r[2][3] == \"160\" and r[1][-1] == \"\"" "$work/plans/mark-rivera/tracking.csv"'
check "the man page names the commands" 'grep -q "checkin" "$prefix/share/man/man1/salesplan.1"'
check "bash completion offers the subcommands" 'grep -q "revisit" "$prefix/share/bash-completion/completions/salesplan"'
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
