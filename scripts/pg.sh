#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests and benchmarks.
#   eval "$(scripts/pg.sh start)"   # exports COOPSANTE_TEST_PG (a connection string) and COOPSANTE_PG_DIR
#   scripts/pg.sh stop "$COOPSANTE_PG_DIR"
set -euo pipefail
BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
cmd=${1:-start}

ensure_installed() {
  if [ ! -x "$BIN/initdb" ]; then
    echo "installing postgresql with apt" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2 && apt-get install -y -qq postgresql >&2
    BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  fi
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$cmd" in
  start)
    ensure_installed
    dir=$(mktemp -d /tmp/coopsante-pg.XXXXXX)
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
    port=$(free_port)
    as_pg "$BIN/initdb" -D "$dir/data" -U postgres --auth=trust --data-checksums -E UTF8 --locale=C.UTF-8 >/dev/null
    cat >> "$dir/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
shared_buffers = 256MB
CONF
    as_pg "$BIN/pg_ctl" -D "$dir/data" -l "$dir/log" -w start >/dev/null
    echo "export COOPSANTE_PG_DIR='$dir'"
    echo "export COOPSANTE_TEST_PG='Host=127.0.0.1;Port=$port;Username=postgres;Password=postgres;Database=postgres'"
    ;;
  stop)
    dir=${2:-${COOPSANTE_PG_DIR:-}}
    [ -n "$dir" ] && [ -d "$dir/data" ] || exit 0
    as_pg "$BIN/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
  *) echo "usage: $0 start|stop [dir]" >&2; exit 2 ;;
esac
