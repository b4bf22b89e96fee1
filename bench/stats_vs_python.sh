#!/usr/bin/env bash
# `zongjie stats` over a generated corpus against bench/baseline_stats.py, a
# plain Python script scanning the same files with regular expressions.
# Both run in this one invocation, on the same files, warm page cache; the
# figure is the ratio of the best of N wall times.
#
#   bench/stats_vs_python.sh [ZONGJIE_BINARY] [COUNT]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
zongjie="${1:-$here/build/src/zongjie}"
count="${2:-2000}"
corpus="${CORPUS:-/tmp/zongjie-gen$count}"
runs="${RUNS:-5}"

if [ ! -d "$corpus" ]; then
  python3 "$here/../shared/tools/gen_corpus.py" "$corpus" --count "$count" --gbk-share 0.1 >&2
fi

best() {  # best wall time in seconds of "$@" over $runs runs
  python3 - "$runs" "$@" <<'PY'
import subprocess, sys, time
runs = int(sys.argv[1]); cmd = sys.argv[2:]
best = None
for _ in range(runs):
    t = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    d = time.perf_counter() - t
    best = d if best is None or d < best else best
print("%.4f" % best)
PY
}

bytes=$(du -sb "$corpus" | cut -f1)
py=$(best python3 "$here/bench/baseline_stats.py" "$corpus")
zj=$(best "$zongjie" stats "$corpus")
zj1=$(best "$zongjie" stats "$corpus" --threads 1)
python3 - "$count" "$bytes" "$py" "$zj" "$zj1" <<'PY'
import sys
count, size, py, zj, zj1 = int(sys.argv[1]), int(sys.argv[2]), *map(float, sys.argv[3:])
print("stats over %d reports (%.1f MB), best of runs:" % (count, size / 1e6))
print("  python regex baseline   %7.3f s" % py)
print("  zongjie stats (2 cores) %7.3f s   ratio %.1fx" % (zj, py / zj))
print("  zongjie stats (1 core)  %7.3f s   ratio %.1fx" % (zj1, py / zj1))
PY
