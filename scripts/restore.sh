#!/usr/bin/env bash
# Restores a backup. ADR 0021, docs/operations.md. Stop the CoopSanté hosts first.
#   PostgreSQL (pgBackRest), PostgreSQL stopped:
#     scripts/restore.sh -c backup.conf pg                                   # to the end of the archived WAL (the latest)
#     scripts/restore.sh -c backup.conf pg --target "2026-12-06 03:15:00+00" # point in time (PITR), a second or more after a backup ended
#     scripts/restore.sh -c backup.conf pg --set 20261206-031500F            # exactly one backup, no WAL replay after it
#   SQLite default (a folder written by the backup job, data/backups/<UTC time>):
#     scripts/restore.sh sqlite BACKUP_FOLDER DATA_FOLDER [FILES_FOLDER]     # FILES_FOLDER: default DATA_FOLDER/files
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
conf=${COOPSANTE_BACKUP_CONF:-/etc/coopsante/backup.conf}
if [ "${1:-}" = "-c" ]; then conf=$2; shift 2; fi
what=${1:-}; shift || true
stamp=$(date -u +%Y%m%dT%H%M%SZ)

restore_sqlite() {
  local from=${1:?backup folder} data=${2:?data folder}; local files=${3:-$2/files}
  [ -f "$from/coopsante.db" ] || { echo "$from holds no coopsante.db (an unfinished backup ends in .partial)" >&2; exit 2; }
  mkdir -p "$data"
  if [ -f "$data/coopsante.db" ]; then
    mv "$data/coopsante.db" "$data/coopsante.db.before-restore-$stamp"   # kept until the restore is checked
  fi
  rm -f "$data/coopsante.db-wal" "$data/coopsante.db-shm"
  cp "$from/coopsante.db" "$data/coopsante.db"
  if [ -d "$from/files" ]; then
    mkdir -p "$files"
    cp -a "$from/files/." "$files/"
  fi
  # The backup's checkpoint matches its database; a newer one would report the restored tail as truncated.
  if [ -f "$from/audit-checkpoint.json" ]; then
    [ -f "$data/audit-checkpoint.json" ] && mv "$data/audit-checkpoint.json" "$data/audit-checkpoint.json.before-restore-$stamp"
    cp "$from/audit-checkpoint.json" "$data/audit-checkpoint.json"
  fi
  echo "restored $from into $data"
}

restore_pg() {
  . "$here/backup-common.sh"
  load_config "$conf"
  ensure_pgbackrest
  local target="" set="" args=()
  while [ $# -gt 0 ]; do
    case "$1" in
      --target) target=$2; shift 2 ;;
      --set) set=$2; shift 2 ;;
      *) echo "unknown option $1" >&2; exit 2 ;;
    esac
  done
  if as_owner "$PG_BIN/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1; then
    echo "PostgreSQL is running on $PG_DATA: stop it first" >&2; exit 3
  fi
  if [ -n "$target" ]; then args+=(--type=time "--target=$target" --target-action=promote)
  elif [ -n "$set" ]; then args+=(--set="$set" --type=immediate --target-action=promote)
  fi
  [ -d "$PG_DATA" ] || { mkdir -p "$PG_DATA"; [ "$(id -u)" = 0 ] && chown "$OS_USER" "$PG_DATA"; chmod 700 "$PG_DATA"; }
  [ -f "$PG_DATA/PG_VERSION" ] && args+=(--delta)   # over the damaged cluster: only changed files are fetched
  pgbr restore "${args[@]}"

  if [ -n "${FILES_PATH:-}" ] && [ -d "$REPO_PATH/files/store" ]; then
    mkdir -p "$FILES_PATH"
    cp -a -u "$REPO_PATH/files/store/." "$FILES_PATH/"   # a superset of the files any point in time references
  fi
  if [ -n "${CHECKPOINT_PATH:-}" ] && [ -f "$CHECKPOINT_PATH" ] && [ -n "$target$set" ]; then
    # Back in time, the checkpoint is ahead of the database: kept as evidence; the host writes a new one on its first verify.
    mv "$CHECKPOINT_PATH" "$CHECKPOINT_PATH.before-restore-$stamp"
  fi
  if [ -z "${PG_START:-}" ]; then
    echo "restored: start PostgreSQL now; it replays the archived WAL${target:+ up to $target} and then accepts writes"; return
  fi
  eval "$PG_START"
  for _ in $(seq 1 600); do # recovery then promotion
    [ "$(psql_pg -c 'SELECT pg_is_in_recovery()' 2>/dev/null || echo t)" = f ] && { echo "restored and promoted${target:+ at $target}"; return; }
    sleep 0.2
  done
  echo "PostgreSQL did not finish recovery in 2 minutes: see its log" >&2; exit 4
}

case "$what" in
  sqlite) restore_sqlite "$@" ;;
  pg) restore_pg "$@" ;;
  *) echo "usage: $0 [-c backup.conf] pg [--target TIME | --set LABEL]  |  $0 sqlite BACKUP_FOLDER DATA_FOLDER [FILES_FOLDER]" >&2; exit 2 ;;
esac
