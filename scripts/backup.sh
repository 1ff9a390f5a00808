#!/usr/bin/env bash
# Backups of the PostgreSQL path: pgBackRest (continuous WAL archiving + full/differential/incremental backups, so a
# restore can go to any moment since the oldest kept full backup) and the file store beside it. ADR 0021.
#   scripts/backup.sh -c backup.conf setup        # once: repository, pgBackRest config, archive_command, stanza, check
#   scripts/backup.sh -c backup.conf full|diff|incr  # a backup, then the file store and the audit checkpoint
#   scripts/backup.sh -c backup.conf files        # the file store only (run every few minutes: it bounds what files can be lost)
#   scripts/backup.sh -c backup.conf check        # archiving works (the newest WAL reaches the repository); for monitoring
#   scripts/backup.sh -c backup.conf info         # what the repository holds (backups, WAL range)
# Schedule (e.g. cron, as root): full weekly, diff daily, files every 5 minutes. WAL is archived continuously by PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")"
. ./backup-common.sh
conf=${COOPSANTE_BACKUP_CONF:-/etc/coopsante/backup.conf}
if [ "${1:-}" = "-c" ]; then conf=$2; shift 2; fi
cmd=${1:-}
load_config "$conf"

write_pgbackrest_conf() {
  mkdir -p "$REPO_PATH"
  [ "$(id -u)" = 0 ] && chown "$OS_USER" "$REPO_PATH"
  as_owner mkdir -p "$REPO_PATH/log" "$REPO_PATH/lock" "$REPO_PATH/spool"
  as_owner tee "$PGBR_CONF" >/dev/null <<CONF
[global]
repo1-path=$REPO_PATH
repo1-retention-full=$RETENTION_FULL
repo1-retention-diff=$RETENTION_DIFF
log-path=$REPO_PATH/log
lock-path=$REPO_PATH/lock
spool-path=$REPO_PATH/spool
compress-type=$COMPRESS
compress-level=1
start-fast=y
archive-timeout=60
log-level-console=warn
log-level-file=info

[$STANZA]
pg1-path=$PG_DATA
pg1-port=$PG_PORT
pg1-socket-path=$PG_SOCKET
pg1-user=$OS_USER
CONF
}

# Files are never changed once stored (<coop>/<file id>): copying what is new, and never deleting, keeps a store that
# holds every file any restored point in time references (files deleted later stay, as orphans without a row).
backup_files() {
  local label=$1
  [ -n "${FILES_PATH:-}" ] || return 0
  mkdir -p "$REPO_PATH/files/store" "$REPO_PATH/files/checkpoints"
  if [ -d "$FILES_PATH" ]; then
    local d
    for d in "$FILES_PATH"/*/; do # one folder per coop; the upload staging folder (.tmp) is skipped
      if [ -d "$d" ]; then cp -a -u "$d" "$REPO_PATH/files/store/"; fi
    done
  fi
  if [ -n "${CHECKPOINT_PATH:-}" ] && [ -f "$CHECKPOINT_PATH" ]; then cp -p "$CHECKPOINT_PATH" "$REPO_PATH/files/checkpoints/$label.json"; fi
  date -u +%Y-%m-%dT%H:%M:%SZ > "$REPO_PATH/files/last-sync"
}

case "$cmd" in
  setup)
    ensure_pgbackrest
    write_pgbackrest_conf
    mode=$(psql_pg -c "SHOW archive_mode")
    psql_pg -c "ALTER SYSTEM SET wal_level = 'replica'" \
      -c "ALTER SYSTEM SET archive_command = 'pgbackrest --config=$PGBR_CONF --stanza=$STANZA archive-push %p'" \
      -c "ALTER SYSTEM SET archive_mode = 'on'" -c "ALTER SYSTEM SET archive_timeout = '60s'" -c "SELECT pg_reload_conf()" >/dev/null
    if [ "$mode" != on ]; then
      echo "archive_mode was off: restart PostgreSQL, then run '$0 -c $conf setup' again" >&2; exit 3
    fi
    pgbr stanza-create
    pgbr check
    echo "setup done: stanza $STANZA, repository $REPO_PATH"
    ;;
  full|diff|incr)
    ensure_pgbackrest
    pgbr backup --type="$cmd"
    label=$(pgbr info --output=json | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["backup"][-1]["label"])')
    backup_files "$label"
    echo "backup $label done"
    ;;
  files)
    backup_files "files-$(date -u +%Y%m%d-%H%M%S)"
    ;;
  check) # archiving works: forces a WAL switch and waits until the segment is in the repository
    pgbr check
    ;;
  info)
    pgbr info
    if [ -f "$REPO_PATH/files/last-sync" ]; then echo "file store last copied: $(cat "$REPO_PATH/files/last-sync")"; fi
    ;;
  *) echo "usage: $0 [-c backup.conf] setup|full|diff|incr|files|check|info" >&2; exit 2 ;;
esac
