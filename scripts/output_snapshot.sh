#!/bin/sh
# Writes what the command line prints for the examples, the corpus and the
# real-world reports into one folder, so that a refactoring can be checked
# byte for byte:   scripts/output_snapshot.sh build/src/zongjie /tmp/before
#                  ... change ...
#                  scripts/output_snapshot.sh build/src/zongjie /tmp/after
#                  diff -r /tmp/before /tmp/after
# The corpus database is learned afresh from examples/ in a temporary folder.
set -eu
zongjie=$(realpath "$1")
out=$2
here=$(cd "$(dirname "$0")/.." && pwd)
shared=${ZONGJIE_SHARED_DIR:-$here/../shared}
rm -rf "$out"
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME="$work/data" HOME="$work"
db="$work/corpus.db"
"$zongjie" learn "$here/examples" --db "$db" --quiet > "$out/learn.txt" 2>&1 || echo "rc=$?" >> "$out/learn.txt"
"$zongjie" stats --db "$db" > "$out/stats.txt" 2>&1 || true
"$zongjie" stats --db "$db" --format json > "$out/stats.json" 2>&1 || true
"$zongjie" stats "$here/examples" > "$out/stats-path.txt" 2>&1 || true
"$zongjie" templates --db "$db" > "$out/templates.txt" 2>&1 || true
"$zongjie" templates --format json > "$out/templates.json" 2>&1 || true
for q in 党建 乡村振兴 “枫桥经验” 基层治理 人居环境整治 安; do
  "$zongjie" phrases "$q" --db "$db" > "$out/phrases-$q.txt" 2>&1 || true
  "$zongjie" phrases "$q" --db "$db" --format json > "$out/phrases-$q.json" 2>&1 || true
done
"$zongjie" templates show plan.党建 --year 2025 --place 青山镇 --db "$db" > "$out/templates-show.txt" 2>&1 || true
"$zongjie" templates show summary.民生 --year 2025 > "$out/templates-show-builtin.txt" 2>&1 || true
for role in summary plan problems; do
  "$zongjie" suggest --part $role --db "$db" > "$out/suggest-$role.txt" 2>&1 || true
done
n=0
for f in "$here"/examples/*.txt "$shared"/corpus/*.txt "$shared"/realworld/*.txt; do
  [ -f "$f" ] || continue
  case "$f" in */README.md) continue ;; esac
  name=$(basename "$(dirname "$f")")-$(basename "$f" .txt)
  cp "$f" "$work/$name.txt"
  "$zongjie" outline "$work/$name.txt" --db "$db" > "$out/$name.outline.txt" 2>&1 || echo "rc=$?" >> "$out/$name.outline.txt"
  "$zongjie" outline "$work/$name.txt" --db "$db" --format json > "$out/$name.outline.json" 2>&1 || true
  (cd "$work" && "$zongjie" check "$name.txt" --db "$db" --no-ignore > "$out/$name.check.txt" 2>&1) || echo "rc=$?" >> "$out/$name.check.txt"
  "$zongjie" check "$work/$name.txt" --db "$db" --no-ignore --format json 2>/dev/null | sed "s#$work#WORK#g" > "$out/$name.check.json" || true
  (cd "$work" && "$zongjie" draft --from "$name.txt" --db "$db" -o "$work/draft.txt" > "$out/$name.draft.log" 2>&1) || true
  [ -f "$work/draft.txt" ] && mv "$work/draft.txt" "$out/$name.draft.txt"
  cp "$work/$name.txt" "$work/fix-$name.txt"
  (cd "$work" && "$zongjie" check "fix-$name.txt" --db "$db" --no-ignore --fix > "$out/$name.fix.log" 2>&1) || true
  cmp -s "$work/$name.txt" "$work/fix-$name.txt" || cp "$work/fix-$name.txt" "$out/$name.fixed.txt"
  if "$zongjie" export "$work/$name.txt" -o "$work/$name.docx" > "$out/$name.export.log" 2>&1; then
    (cd "$work" && unzip -p "$name.docx" word/document.xml > "$out/$name.document.xml") || true
  fi
  n=$((n + 1))
done
"$zongjie" draft --year 2027 --place 青山镇 --db "$db" -o "$out/draft-blank.txt" > "$out/draft-blank.log" 2>&1 || true
# The temporary folder's name is not part of the output.
for f in "$out"/*; do sed -i "s#$work#WORK#g; s#$out#OUT#g" "$f"; done
echo "$n reports" > "$out/COUNT"
