#!/usr/bin/env bash
# HTTP read-path benchmark (issue 21; not part of the tests): the Release host on a throwaway PostgreSQL with the demo
# federation, beside a raw Kestrel JSON endpoint and a raw-Npgsql primary-key endpoint served in the same run, loaded
# with wrk at 32 connections over loopback. Prints a markdown table for docs/performance.md.
# Usage: scripts/bench-http.sh [--seconds=8]
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "installing wrk with apt" >&2; apt-get install -y -qq wrk >&2; }
dotnet build src/CoopSante.Host -c Release -v q -nologo >/dev/null
dotnet build bench/CoopSante.Bench -c Release -v q -nologo >/dev/null
eval "$(scripts/pg.sh start)"
trap 'scripts/pg.sh stop "$COOPSANTE_PG_DIR"' EXIT
dotnet bench/CoopSante.Bench/bin/Release/net10.0/CoopSante.Bench.dll http "$@"
