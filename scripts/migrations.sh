#!/usr/bin/env bash
# Adds a migration to, or checks, every module context for both providers.
#   scripts/migrations.sh add <Name> [module]   # module: Platform | Federation | Membership | Telemedicine | Compliance (default: all)
#   scripts/migrations.sh check                 # exits 1 when a model change has no migration
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
declare -A PROJECT=(
  [Platform]=src/CoopSante.Platform
  [Federation]=src/Modules/Federation
  [Membership]=src/Modules/Membership
  [Telemedicine]=src/Modules/Telemedicine
  [Compliance]=src/Modules/Compliance
)
MODULES=(Platform Federation Membership Telemedicine Compliance)
cmd=${1:-check}
if [ "$cmd" = add ]; then
  name=${2:?name}; only=${3:-}
  for m in "${MODULES[@]}"; do
    [ -n "$only" ] && [ "$only" != "$m" ] && continue
    for p in Sqlite Postgres; do
      dotnet ef migrations add "$name" --project "${PROJECT[$m]}" --startup-project "${PROJECT[$m]}" \
        --context "${p}${m}DbContext" --output-dir "Migrations/$p" --no-build >/dev/null
      echo "added $name to ${p}${m}DbContext"
    done
  done
elif [ "$cmd" = check ]; then
  status=0
  for m in "${MODULES[@]}"; do
    for p in Sqlite Postgres; do
      if ! dotnet ef migrations has-pending-model-changes --project "${PROJECT[$m]}" --startup-project "${PROJECT[$m]}" \
          --context "${p}${m}DbContext" --no-build >/dev/null 2>&1; then
        echo "pending model changes: ${p}${m}DbContext"; status=1
      fi
    done
  done
  [ $status -eq 0 ] && echo "migrations: no pending model changes"
  exit $status
fi
