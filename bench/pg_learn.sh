#!/usr/bin/env bash
# Learning time and size, PostgreSQL against SQLite, on generated reports,
# and phrase search p95 with ten concurrent clients on both:
#
#   bench/pg_learn.sh BUILD_DIR [COUNT=100000]
#
# Generates COUNT reports with ../shared/tools/gen_corpus.py, starts a
# throwaway cluster (tests/pg/pg_cluster.sh), learns them into an SQLite file
# and into PostgreSQL, and prints seconds and bytes of each.  Needs
# -DZONGJIE_BUILD_BENCH=ON for bench_concurrent_phrases.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build=$1 count=${2:-100000}
work=${WORK:-/tmp/zongjie-pg-bench}
zongjie=$build/src/zongjie
rm -rf "$work"; mkdir -p "$work"
python3 "$here/../shared/tools/gen_corpus.py" "$work/reports" --count "$count" >/dev/null
"$here/tests/pg/pg_cluster.sh" start "$work/cluster"
trap '"$here/tests/pg/pg_cluster.sh" stop "$work/cluster"' EXIT
uri="postgresql:///zongjie?host=$work/cluster/sock&user=$(cat "$work/cluster/superuser")"
t0=$(date +%s.%N); "$zongjie" learn "$work/reports" --db "$work/corpus.db" --quiet; t1=$(date +%s.%N)
"$zongjie" learn "$work/reports" --db "$uri" --quiet; t2=$(date +%s.%N)
sqlite_s=$(echo "$t1 - $t0" | bc); pg_s=$(echo "$t2 - $t1" | bc)
sqlite_b=$(du -cb "$work"/corpus.db* | tail -1 | cut -f1)
pg_b=$(/usr/lib/postgresql/15/bin/psql -X -At -h "$work/cluster/sock" -U "$(cat "$work/cluster/superuser")" -d zongjie \
  -c "SELECT pg_database_size('zongjie')")
echo "reports $count"
echo "learn  SQLite ${sqlite_s} s  PostgreSQL ${pg_s} s  ratio $(echo "scale=2; $pg_s / $sqlite_s" | bc)"
echo "size   SQLite ${sqlite_b} B  PostgreSQL ${pg_b} B  ratio $(echo "scale=2; $pg_b / $sqlite_b" | bc)"
if [ -x "$build/bench/bench_concurrent_phrases" ]; then
  echo "SQLite:";     "$build/bench/bench_concurrent_phrases" "$work/corpus.db" 10 20
  echo "PostgreSQL:"; "$build/bench/bench_concurrent_phrases" "$uri" 10 20
fi
