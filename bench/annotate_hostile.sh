#!/usr/bin/env bash
# Times `zongjie check FILE --annotate OUT --fix` on each of the 172 hostile
# .docx packages (tests/hostile/hostile_files.cpp), one process per file:
# wall and CPU time and peak memory, the slowest first (docs/ROBUSTNESS.md,
# docs/PERFORMANCE.md "Annotating a .docx").  Not a test: it prints figures
# and says how many files took a second of CPU or more.
#
#   bench/annotate_hostile.sh [BUILD_DIR] [TOP]     (default: build, 12)
#
# BUILD_DIR must hold the zongjie executable and tests/hostile/zongjie_hostile_gen
# (a build with tests).  Files and outputs go to a temporary folder, removed at the end.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$here/build}"
top="${2:-12}"
zongjie="$build/src/zongjie"
gen="$build/tests/hostile/zongjie_hostile_gen"
for x in "$zongjie" "$gen"; do [ -x "$x" ] || { echo "missing $x (build it first)" >&2; exit 2; }; done
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 2; }

work="$(mktemp -d /tmp/zongjie-annotate-hostile.XXXXXX)"
trap 'rm -rf "$work"' EXIT
"$gen" docx "$work/in" >"$work/list"
# An empty corpus location: the built-in model, as the tests use.
export ZONGJIE_DB="$work/none.db"

while IFS=$'\t' read -r group file; do
  rm -f "$work/out.docx"
  status=0
  /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$zongjie" check "$file" --annotate "$work/out.docx" --fix \
    >/dev/null 2>&1 || status=$?
  # (a failing command adds a line "Command exited with non-zero status N" first)
  read -r wall user sys rss < <(tail -n 1 "$work/time")
  awk -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" -v x="$status" -v f="$(basename "$file")" \
    'BEGIN {printf "%.2f %s %s %s %s %s %s\n", u + s, w, u, s, r, x, f}'
done <"$work/list" >"$work/times"

sort -rn "$work/times" >"$work/sorted"
echo "files: $(wc -l <"$work/times"); exit status 0/1 (written): $(awk '$6<2' "$work/times" | wc -l), 2 (refused): $(awk '$6==2' "$work/times" | wc -l), other: $(awk '$6>2' "$work/times" | wc -l)"
awk '{cpu+=$1; wall+=$2} END {printf "total: %.2f s CPU, %.2f s wall\n", cpu, wall}' "$work/times"
echo "CPU >= 1 s: $(awk '$1>=1' "$work/times" | wc -l)"
echo
printf '%-8s %-8s %-8s %-8s %-10s %-6s %s\n' "CPU s" "wall s" "user s" "sys s" "max RSS" "exit" "file"
head -n "$top" "$work/sorted" | awk '{printf "%-8s %-8s %-8s %-8s %-10s %-6s %s\n", $1, $2, $3, $4, int($5/1024) " MB", $6, $7}'
