#!/usr/bin/env bash
# Membership benchmark (not part of the tests): a throwaway PostgreSQL, 1,000,000 members over 440 coops,
# then search, import and export beside their baselines. Usage: scripts/bench.sh [members]
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build bench/CoopSante.Bench -c Release -v q -nologo >/dev/null
eval "$(scripts/pg.sh start)"
trap 'scripts/pg.sh stop "$COOPSANTE_PG_DIR"' EXIT
dotnet bench/CoopSante.Bench/bin/Release/net10.0/CoopSante.Bench.dll "$@"
