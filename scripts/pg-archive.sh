#!/usr/bin/env bash
# A throwaway PostgreSQL cluster with continuous archiving to a pgBackRest repository, for the restore drill
# (tests/…/Backup) and for measuring backup/restore times (docs/operations.md). Everything lives under one /tmp folder.
#   eval "$(scripts/pg-archive.sh start)"  # exports COOPSANTE_ARCHIVE_DIR, COOPSANTE_ARCHIVE_PG (connection string),
#                                          # COOPSANTE_BACKUP_CONF (a backup.conf for scripts/backup.sh and restore.sh)
#   scripts/pg-archive.sh lose-data "$COOPSANTE_ARCHIVE_DIR"  # stops it at once and deletes its data directory and file store
#   scripts/pg-archive.sh stop "$COOPSANTE_ARCHIVE_DIR"
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "${1:-start}" in
  start)
    [ -x "$BIN/initdb" ] || { echo "PostgreSQL is not installed (scripts/pg.sh start installs it)" >&2; exit 1; }
    command -v pgbackrest >/dev/null 2>&1 || { export DEBIAN_FRONTEND=noninteractive; apt-get update -qq >&2 && apt-get install -y -qq pgbackrest >&2; }
    dir=$(mktemp -d /tmp/coopsante-pgar.XXXXXX); chmod 755 "$dir"
    owner=$(id -un); runas=""
    if [ "$(id -u)" = 0 ]; then owner=postgres; runas="runuser -u postgres -- "; chown postgres:postgres "$dir"; fi
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
    cat > "$dir/backup.conf" <<CONF
STANZA=drill
OS_USER=$owner
PG_DATA=$dir/data
PG_PORT=$port
PG_SOCKET=$dir
PG_BIN=$BIN
REPO_PATH=$dir/repo
FILES_PATH=$dir/files
CHECKPOINT_PATH=$dir/audit-checkpoint.json
RETENTION_FULL=1
RETENTION_DIFF=1
COMPRESS=lz4
PG_START="$runas$BIN/pg_ctl -D '$dir/data' -l '$dir/log' -w start >/dev/null"
CONF
    as_pg "$BIN/initdb" -D "$dir/data" -U "$owner" --auth=trust --data-checksums -E UTF8 --locale=C.UTF-8 >/dev/null
    cat >> "$dir/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
max_connections = 100
wal_level = replica
archive_mode = on
archive_command = 'pgbackrest --config=$dir/repo/pgbackrest.conf --stanza=drill archive-push %p'
archive_timeout = 60
CONF
    as_pg "$BIN/pg_ctl" -D "$dir/data" -l "$dir/log" -w start >/dev/null
    "$here/backup.sh" -c "$dir/backup.conf" setup >&2
    echo "export COOPSANTE_ARCHIVE_DIR='$dir'"
    echo "export COOPSANTE_BACKUP_CONF='$dir/backup.conf'"
    echo "export COOPSANTE_ARCHIVE_PG='Host=127.0.0.1;Port=$port;Username=$owner;Password=postgres;Database=postgres'"
    ;;
  lose-data) # the drill's disaster: the cluster stops at once and its data directory is gone
    dir=${2:?dir}
    as_pg "$BIN/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$dir/data" "$dir/files"
    ;;
  stop)
    dir=${2:-${COOPSANTE_ARCHIVE_DIR:-}}
    [ -n "$dir" ] && [ -d "$dir" ] || exit 0
    as_pg "$BIN/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
  *) echo "usage: $0 start|lose-data|stop [dir]" >&2; exit 2 ;;
esac
