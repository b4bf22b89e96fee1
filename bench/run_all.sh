#!/usr/bin/env bash
# Every performance figure the issues ask for, in one run, each as a ratio
# against the baseline its issue names (docs/PERFORMANCE.md):
#
#   1. `zongjie stats` over 2,000 generated reports vs a Python regex script
#      (bench/baseline_stats.py): ≥ 10×, goal 30×;
#   2. outline throughput, MB/s on one core (bench_outline);
#   3. `zongjie learn` of 10,000 generated reports: time, peak memory and
#      database size, vs a bare FTS5 insert of the same sentences
#      (bench_fts_baseline): ≤ 1.5×, peak < 500 MB;
#   4. phrase search on that database: p95 by query length (bench_phrases),
#      and vs `grep -r` (bench/phrases_vs_grep.sh): ≥ 20×;
#   5. check of a 30 KB report with the learned model (bench_check): ≤ 2 ms;
#   6. the editor: keystroke cost (bench_editor_keystroke, ≤ 16 ms) and cold
#      start and memory with the 10,000-report database
#      (bench/editor_startup.py, ≤ 1 s, ≤ 200 MB).
#
#   bench/run_all.sh [BUILD_DIR]          (default: build-bench)
#
# Environment: WORK (default /tmp/zongjie-bench: generated corpora and
# databases, reused from run to run), GEN_CORPUS (gen_corpus.py, default
# ../shared/tools/gen_corpus.py), JOBS.  Run it on a quiet machine: figures
# are wall times of one core unless said otherwise.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$here/build-bench}"
work="${WORK:-/tmp/zongjie-bench}"
gen="${GEN_CORPUS:-$here/../shared/tools/gen_corpus.py}"
mkdir -p "$work"

say() { printf '\n== %s\n' "$*"; }

# A new build folder gets no tests (faster); an existing one keeps its settings.
extra=()
[ -f "$build/CMakeCache.txt" ] || extra=(-DCMAKE_BUILD_TYPE=RelWithDebInfo -DZONGJIE_BUILD_TESTS=OFF)
cmake -S "$here" -B "$build" -G Ninja -DZONGJIE_BUILD_BENCH=ON "${extra[@]}" >/dev/null
cmake --build "$build" -j "${JOBS:-$(nproc)}" >/dev/null
zongjie="$build/src/zongjie"

say "machine"
echo "$(nproc) cores: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
echo "memory: $(free -g | awk '/Mem:/ {print $2}') GiB; $(. /etc/os-release && echo "$PRETTY_NAME"); $(uname -r)"
echo "SQLite $(python3 -c 'import sqlite3; print(sqlite3.sqlite_version)'); load average: $(cut -d' ' -f1-3 /proc/loadavg)"

corpus() {  # corpus COUNT → folder of COUNT generated reports (10 % GB18030)
  local dir="$work/gen$1"
  if [ ! -d "$dir" ]; then
    [ -f "$gen" ] || { echo "no generator at $gen (set GEN_CORPUS)" >&2; exit 2; }
    python3 "$gen" "$dir" --count "$1" --gbk-share 0.1 --seed 1 >&2
  fi
  echo "$dir"
}
c2k=$(corpus 2000)
c10k=$(corpus 10000)

say "1. zongjie stats vs Python regexes, 2,000 reports (target ≥ 10×, goal 30×)"
CORPUS="$c2k" RUNS=5 "$here/bench/stats_vs_python.sh" "$zongjie" 2000

say "2. outline throughput, one core"
"$build/bench/bench_outline" $(find "$c2k" -name '*.txt' | sort | head -n 500) \
  --benchmark_repetitions=5 --benchmark_report_aggregates_only=true --benchmark_format=json 2>/dev/null |
  python3 -c '
import json, sys
for b in json.load(sys.stdin)["benchmarks"]:
    if b.get("aggregate_name") == "median":
        print("  %-28s %8.1f MB/s" % (b["run_name"], b["bytes_per_second"] / 1e6))'

say "3. zongjie learn, 10,000 reports, vs a bare FTS5 insert of the same sentences (target ≤ 1.5×, < 500 MB)"
db="$work/gen10k.db"
rm -f "$db" "$db-wal" "$db-shm"
sync
/usr/bin/time -f '%e %M %U %S' -o "$work/learn.time" "$zongjie" learn "$c10k" --db "$db" --quiet
read -r learn_s learn_kb learn_user learn_sys <"$work/learn.time"
learn_db=$(stat -c %s "$db")
baseline=$("$build/bench/bench_fts_baseline" "$db" "$work/fts-baseline.db")
python3 - "$learn_s" "$learn_kb" "$learn_user" "$learn_sys" "$learn_db" "$baseline" "$(du -sb "$c10k" | cut -f1)" <<'PY'
import sys
s, kb, user, sys_, db = float(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5])
base = dict(kv.split("=") for kv in sys.argv[6].split())
size = int(sys.argv[7])
bs = float(base["seconds"])
print("  corpus: %.1f MB in 10,000 files; %s sentences (%.1f MB of text)" % (size / 1e6, base["sentences"], int(base["bytes"]) / 1e6))
print("  zongjie learn            %7.1f s wall (%.1f s CPU)  peak RSS %4d MB  database %4d MB" % (s, user + sys_, kb / 1024, db / 2**20))
print("  bare FTS5 trigram insert %7.1f s wall (%.1f s CPU)                    database %4d MB" % (bs, float(base["cpu_seconds"]), int(base["db_bytes"]) / 2**20))
print("  ratio learn / baseline: %.2fx (wall)" % (s / bs))
PY

say "4. phrase search on the 10,000-report database (p95 ≤ 10 ms for 3+ characters, ≤ 50 ms for 2; ≥ 20× grep -r)"
ZONGJIE_PHRASES_DB="$db" "$build/bench/bench_phrases" --benchmark_filter='BM_PhraseSearch|BM_Suggest' \
  --benchmark_format=json 2>/dev/null | python3 -c '
import json, sys
for b in json.load(sys.stdin)["benchmarks"]:
    print("  %-40s p50 %6.2f ms   p95 %6.2f ms" % (b["name"], b["p50_ms"], b["p95_ms"]))'
RUNS=7 "$here/bench/phrases_vs_grep.sh" "$build" "$c10k" "$db" | tail -n 2

say "5. check of a 30 KB report with the learned model (target ≤ 2 ms median)"
"$build/bench/bench_check" --benchmark_format=json 2>/dev/null | python3 -c '
import json, sys
for b in json.load(sys.stdin)["benchmarks"]:
    if b.get("aggregate_name") in ("median", None) and "CheckerConstruction" not in b["name"]:
        print("  %-36s %7.3f ms CPU" % (b["name"], b["cpu_time"] * {"ms": 1, "us": 1e-3, "ns": 1e-6}[b["time_unit"]]))'

say "6. the editor (keystroke ≤ 16 ms; cold start ≤ 1 s, RSS ≤ 200 MB with the 10,000-report database)"
if [ -x "$build/bench/bench_editor_keystroke" ]; then
  QT_QPA_PLATFORM=offscreen ZONGJIE_DB="$db" "$build/bench/bench_editor_keystroke" --benchmark_format=json 2>/dev/null |
    python3 -c '
import json, sys
for b in json.load(sys.stdin)["benchmarks"]:
    u = {"ms": 1, "us": 1e-3, "ns": 1e-6}[b["time_unit"]]
    print("  %-24s %7.2f ms CPU  %7.2f ms wall" % (b["name"], b["cpu_time"] * u, b["real_time"] * u))'
  python3 "$here/bench/editor_startup.py" "$build/src/app/zongjie-editor" "$here/examples/qingxi-2024.txt" "$db"
else
  echo "  (the editor is not built: Qt 6 missing?)"
fi
