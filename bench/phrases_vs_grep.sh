#!/usr/bin/env bash
# Phrase search against grep, on the same 10,000 generated reports.
#
#   bench/phrases_vs_grep.sh [BUILD_DIR] [CORPUS_DIR] [DB]
#
# Defaults: build/, /tmp/gen10k, /tmp/gen10k.db.  Makes the corpus
# (gen_corpus.py --count 10000 --gbk-share 0.1) and learns it when missing.
# For each query it times `grep -r -F QUERY CORPUS` and `zongjie phrases
# QUERY --db DB` end to end (a new process each time, as a user types it),
# median of RUNS runs after one warm-up run of each (files and database in
# the page cache), and the same query in process (bench_phrases BM_Query/…:
# a PhraseIndex kept open, as the editor queries it; p50 of 50), then the
# ratios of the totals.  grep only sees the UTF-8 files; the GB18030 tenth of
# the corpus is invisible to it, so it is measured doing less work than
# zongjie.  The end-to-end figure includes the executable's start-up (see
# `perf stat zongjie --help`), which no query can avoid.
set -euo pipefail

build=${1:-build}
corpus=${2:-/tmp/gen10k}
db=${3:-/tmp/gen10k.db}
runs=${RUNS:-7}
here=$(cd "$(dirname "$0")" && pwd)
zongjie=$build/src/zongjie
gen=${GEN_CORPUS:-$here/../../shared/tools/gen_corpus.py}

[ -x "$zongjie" ] || { echo "zongjie not built: $zongjie" >&2; exit 2; }
if [ ! -d "$corpus" ]; then
  [ -f "$gen" ] || { echo "no corpus at $corpus and no generator at $gen" >&2; exit 2; }
  echo "generating $corpus …" >&2
  python3 "$gen" "$corpus" --count 10000 --gbk-share 0.1 >&2
fi
if [ ! -f "$db" ]; then
  echo "learning $corpus into $db …" >&2
  "$zongjie" learn "$corpus" --db "$db" --quiet >&2
fi

queries=(垃圾分类 乡村振兴 高质量发展 招商引资 安全生产 人居环境 基层治理 民生实事 党建 民生 项目 治理)

# median of the numbers on stdin
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# The median wall time of "$@" in microseconds, read from bash's own clock
# (EPOCHREALTIME: no process is started to read it).
time_cmd() {
  "$@" >/dev/null 2>&1 || true
  for _ in $(seq "$runs"); do
    local t0=${EPOCHREALTIME/./}
    "$@" >/dev/null 2>&1 || true
    local t1=${EPOCHREALTIME/./}
    echo $(( t1 - t0 ))
  done | median
}

files=$(find "$corpus" -type f | wc -l)
corpus_bytes=$(du -sb "$corpus" | cut -f1)
db_bytes=$(du -b "$db" | cut -f1)
# In-process p50 per query, in microseconds, from the Google Benchmark.
declare -A inproc
bench=$build/bench/bench_phrases
if [ -x "$bench" ]; then
  list=$(printf '%s\n' "${queries[@]}")
  while IFS=$'\t' read -r q us; do inproc[$q]=$us; done < <(
    ZONGJIE_PHRASES_DB=$db ZONGJIE_PHRASES_QUERIES=$list "$bench" --benchmark_filter='^BM_Query/' \
      --benchmark_format=json 2>/dev/null |
      python3 -c 'import json,sys
for b in json.load(sys.stdin)["benchmarks"]:
    q = b["name"].split("/")[1]
    print(q + "\t" + str(int(b["p50_ms"] * 1000)))')
else
  echo "(no $bench: build with -DZONGJIE_BUILD_BENCH=ON for the in-process column)" >&2
fi

echo "corpus: $files files, $((corpus_bytes / 1048576)) MiB; database: $((db_bytes / 1048576)) MiB; $runs runs per figure (median)"
printf '%-14s %9s %11s %7s %12s %8s\n' query grep_ms phrases_ms ratio in_process_ms ratio
total_grep=0
total_phr=0
total_in=0
for q in "${queries[@]}"; do
  g=$(time_cmd grep -r -F -- "$q" "$corpus")
  p=$(time_cmd "$zongjie" phrases "$q" --db "$db" --limit 20)
  i=${inproc[$q]:-0}
  total_grep=$((total_grep + g))
  total_phr=$((total_phr + p))
  total_in=$((total_in + i))
  awk -v q="$q" -v g="$g" -v p="$p" -v i="$i" 'BEGIN {
    printf "%-14s %9.1f %11.1f %6.0fx %12.2f %7s\n", q, g / 1000, p / 1000, g / p, i / 1000, (i > 0 ? sprintf("%.0fx", g / i) : "-") }'
done
awk -v g="$total_grep" -v p="$total_phr" -v i="$total_in" 'BEGIN {
  printf "%-14s %9.1f %11.1f %6.0fx %12.2f %7s\n", "total", g / 1000, p / 1000, g / p, i / 1000, (i > 0 ? sprintf("%.0fx", g / i) : "-")
  printf "ratio grep -r / zongjie phrases: %.0fx end to end (new process per query), %s in process (index kept open)\n",
         g / p, (i > 0 ? sprintf("%.0fx", g / i) : "n/a") }'
