# Shared by scripts/backup.sh and scripts/restore.sh: reads the configuration, runs pgBackRest as the cluster's owner.
# shellcheck shell=bash
load_config() {
  local file=$1
  [ -f "$file" ] || { echo "no configuration: $file (copy scripts/backup.conf.example)" >&2; exit 2; }
  # shellcheck disable=SC1090
  . "$file"
  STANZA=${STANZA:-coopsante}; OS_USER=${OS_USER:-postgres}; PG_PORT=${PG_PORT:-5432}
  RETENTION_FULL=${RETENTION_FULL:-2}; RETENTION_DIFF=${RETENTION_DIFF:-6}; COMPRESS=${COMPRESS:-lz4}
  PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
  for v in PG_DATA PG_SOCKET REPO_PATH; do
    [ -n "${!v:-}" ] || { echo "$file: $v is not set" >&2; exit 2; }
  done
  PGBR_CONF="$REPO_PATH/pgbackrest.conf"
}

as_owner() {
  if [ "$(id -u)" = 0 ] && [ "$OS_USER" != root ]; then runuser -u "$OS_USER" -- "$@"; else "$@"; fi
}

pgbr() { as_owner pgbackrest --config="$PGBR_CONF" --stanza="$STANZA" "$@"; }

psql_pg() { as_owner "$PG_BIN/psql" -X -q -A -t -h "$PG_SOCKET" -p "$PG_PORT" -U "$OS_USER" -d postgres -v ON_ERROR_STOP=1 "$@"; }

ensure_pgbackrest() {
  command -v pgbackrest >/dev/null 2>&1 && return
  echo "installing pgbackrest with apt" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2 && apt-get install -y -qq pgbackrest >&2
}
