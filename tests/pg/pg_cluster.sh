#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests (CTest fixture zongjie_pg):
#
#   pg_cluster.sh start DIR   initdb into DIR/data, listen only on a Unix
#                             socket in DIR/sock (listen_addresses=''), create
#                             the database zongjie and the unit roles town_a
#                             and town_b; with STANDBY=1 also a hot standby
#                             (pg_basebackup -R) on DIR/sock2
#   pg_cluster.sh stop DIR    stop both and remove DIR
#
# As root (CI) the cluster runs as the `postgres` system user, since initdb
# refuses root; otherwise as the current user.  Without the server binaries
# (PostgreSQL not installed) `start` writes DIR/absent and the tests that
# need the cluster skip.
set -euo pipefail
bin=${PG_BIN:-/usr/lib/postgresql/15/bin}
cmd=$1 dir=$2

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

stop() {
  for d in "$dir/standby" "$dir/data"; do
    if [ -f "$d/postmaster.pid" ]; then as_owner "$bin/pg_ctl" -D "$d" -m immediate -w stop >/dev/null 2>&1 || true; fi
  done
  rm -rf "$dir"
}

case $cmd in
  start)
    stop
    mkdir -p "$dir"
    if [ ! -x "$bin/initdb" ]; then
      echo "PostgreSQL server binaries not found in $bin" > "$dir/absent"
      exit 0
    fi
    mkdir -p "$dir/sock" "$dir/sock2"
    if [ "$(id -u)" = 0 ]; then chown -R postgres: "$dir"; super=postgres; else super=$(id -un); fi
    as_owner "$bin/initdb" -D "$dir/data" -U "$super" -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1
    cat >> "$dir/data/postgresql.conf" <<CONF
listen_addresses = ''
unix_socket_directories = '$dir/sock'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 60
shared_buffers = 64MB
wal_level = replica
max_wal_senders = 4
hot_standby = on
CONF
    echo "local replication all trust" >> "$dir/data/pg_hba.conf"
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w start >/dev/null
    psql="$bin/psql -X -q -v ON_ERROR_STOP=1 -h $dir/sock -U $super"
    as_owner $psql -d postgres -c "CREATE DATABASE zongjie" \
      -c "CREATE ROLE town_a LOGIN" -c "CREATE ROLE town_b LOGIN" -c "CREATE ROLE county LOGIN"
    as_owner $psql -d zongjie -c "GRANT CREATE ON SCHEMA public TO PUBLIC" -c "CREATE EXTENSION pg_trgm"
    if [ "${STANDBY:-0}" = 1 ]; then
      as_owner "$bin/pg_basebackup" -h "$dir/sock" -U "$super" -D "$dir/standby" -R -X stream -c fast >/dev/null
      sed -i "s|^unix_socket_directories = .*|unix_socket_directories = '$dir/sock2'|" "$dir/standby/postgresql.conf"
      as_owner "$bin/pg_ctl" -D "$dir/standby" -l "$dir/standby.log" -w start >/dev/null
    fi
    echo "$super" > "$dir/superuser"
    ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop DIR" >&2; exit 2 ;;
esac
