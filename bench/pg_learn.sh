#!/usr/bin/env bash
# Learning time and size, PostgreSQL against SQLite, on generated reports,
# and phrase search p95 with ten concurrent clients on both:
#
#   bench/pg_learn.sh BUILD_DIR [COUNT=100000]
#
# Generates COUNT reports with ../shared/tools/gen_corpus.py, starts a
# throwaway cluster (tests/pg/pg_cluster.sh, with shared_buffers raised to
# 2 GB as a county server would have), learns them into an SQLite file and,
# as the unit role town_a, into PostgreSQL, and prints seconds and bytes of
# each.  The searches run as town_b (a role of another unit: row-level
# security applies, as for every township; a superuser would bypass it)
# after `VACUUM ANALYZE`, which autovacuum does within a minute of a learn.
# Needs -DZONGJIE_BUILD_BENCH=ON for bench_concurrent_phrases.
#
# WORK (default /tmp/zongjie-pg-bench) keeps the reports and the SQLite
# file between runs when REUSE=1; KEEP=1 leaves the cluster running;
# SQLITE_SEARCH=1 also times SQLite's search (minutes at 100,000 reports).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build=$1 count=${2:-100000}
work=${WORK:-/tmp/zongjie-pg-bench}
zongjie=$build/src/zongjie
cluster="$here/tests/pg/pg_cluster.sh"
pgbin=/usr/lib/postgresql/15/bin
if [ "${REUSE:-0}" != 1 ]; then
  rm -rf "$work"
fi
mkdir -p "$work"
if [ ! -d "$work/reports" ]; then
  python3 "$here/../shared/tools/gen_corpus.py" "$work/reports" --count "$count" >/dev/null
fi
if [ ! -f "$work/sqlite.seconds" ]; then
  rm -f "$work"/corpus.db*
  t0=$(date +%s.%N); "$zongjie" learn "$work/reports" --db "$work/corpus.db" --quiet; t1=$(date +%s.%N)
  echo "$t1 - $t0" | bc > "$work/sqlite.seconds"
fi

"$cluster" start "$work/cluster"
[ "${KEEP:-0}" = 1 ] || trap '"$cluster" stop "$work/cluster"' EXIT
super=$(cat "$work/cluster/superuser")
as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
psql() { as_owner "$pgbin/psql" -X -q -At -h "$work/cluster/sock" -U "$super" -d zongjie "$@"; }
psql -c "ALTER SYSTEM SET shared_buffers = '2GB'"
as_owner "$pgbin/pg_ctl" -D "$work/cluster/data" -l "$work/cluster/server.log" -w restart >/dev/null
learner="postgresql:///zongjie?host=$work/cluster/sock&user=town_a"
searcher="postgresql:///zongjie?host=$work/cluster/sock&user=town_b"

t1=$(date +%s.%N); "$zongjie" learn "$work/reports" --db "$learner" --quiet; t2=$(date +%s.%N)
pg_s=$(echo "$t2 - $t1" | bc); sqlite_s=$(cat "$work/sqlite.seconds")
sqlite_b=$(du -cb "$work"/corpus.db* | tail -1 | cut -f1)
pg_b=$(psql -c "SELECT pg_database_size('zongjie')")
psql -c "VACUUM ANALYZE"
echo "reports $count"
echo "learn  SQLite ${sqlite_s} s  PostgreSQL ${pg_s} s  ratio $(echo "scale=2; $pg_s / $sqlite_s" | bc)"
echo "size   SQLite ${sqlite_b} B  PostgreSQL ${pg_b} B  ratio $(echo "scale=2; $pg_b / $sqlite_b" | bc)"
if [ -x "$build/bench/bench_concurrent_phrases" ]; then
  echo "PostgreSQL:"; "$build/bench/bench_concurrent_phrases" "$searcher" 10 20
  # The counter tables compacted once, as docs/SERVER.md asks after a bulk load.
  psql -c "VACUUM FULL phrases, phrase_contexts" -c "VACUUM ANALYZE phrases, phrase_contexts"
  echo "PostgreSQL, counters compacted:"; "$build/bench/bench_concurrent_phrases" "$searcher" 10 20
  # SQLite's search at this scale takes seconds per query: off unless asked.
  if [ "${SQLITE_SEARCH:-0}" = 1 ]; then
    echo "SQLite:"; "$build/bench/bench_concurrent_phrases" "$work/corpus.db" 10 20
  fi
fi
