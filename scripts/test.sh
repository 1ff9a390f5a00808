#!/usr/bin/env bash
# Runs every test: unit, integration (throwaway PostgreSQL) and browser (headless Chromium).
# Installs what is missing with apt. Last line: "tests: N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
RESULTS="$ROOT/TestResults"
rm -rf "$RESULTS"; mkdir -p "$RESULTS"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

summary() { # passed failed skipped
  echo "tests: $1 passed, $2 failed, $3 skipped"
}

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need_apt+=(fonts-dejavu-core)
ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1 || need_apt+=(postgresql)
command -v pgbackrest >/dev/null 2>&1 || need_apt+=(pgbackrest) # the restore drill (ADR 0021)
command -v python3 >/dev/null 2>&1 || need_apt+=(python3)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "installing with apt: ${need_apt[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq "${need_apt[@]}" >/dev/null || { echo "apt install failed"; summary 0 1 0; exit 1; }
fi

echo "== build"
dotnet tool restore >/dev/null
dotnet build CoopSante.slnx -c Debug -v q -nologo > "$RESULTS/build.log" 2>&1
if ! grep -q " 0 Error(s)" "$RESULTS/build.log"; then
  echo "build failed"; grep -E ": error " "$RESULTS/build.log" | sort -u | head -30; summary 0 1 0; exit 1
fi

echo "== migrations"
migrations_failed=0
scripts/migrations.sh check || migrations_failed=1

echo "== postgresql"
eval "$(scripts/pg.sh start)" || { echo "could not start PostgreSQL"; summary 0 1 0; exit 1; }
trap 'scripts/pg.sh stop "$COOPSANTE_PG_DIR"' EXIT

echo "== tests"
# One test project at a time: on two cores the browser journeys timed out while the integration tests ran beside them,
# and the integration project alone now takes about four minutes.
dotnet test --solution CoopSante.slnx --no-build -c Debug --max-parallel-test-modules 1 --report-xunit-trx --results-directory "$RESULTS" > "$RESULTS/test.log" 2>&1
test_rc=$?
grep -vE "^\s*$" "$RESULTS/test.log" | tail -60

read -r passed failed skipped < <(python3 - "$RESULTS" <<'PY'
import sys, glob, xml.etree.ElementTree as ET
p = f = s = 0
failures = []
for path in glob.glob(sys.argv[1] + '/**/*.trx', recursive=True):
    root = ET.parse(path).getroot()
    c = root.find('.//{*}Counters')
    if c is None: continue
    g = lambda k: int(c.get(k, 0) or 0)
    p += g('passed'); f += g('failed') + g('error') + g('timeout') + g('aborted'); s += g('notExecuted')
    for r in root.iter('{http://microsoft.com/schemas/VisualStudio/TeamTest/2010}UnitTestResult'):
        if r.get('outcome') not in ('Passed', 'NotExecuted'):
            msg = ''.join(m.text or '' for m in r.iter() if m.tag.endswith('Message'))
            failures.append(f"FAILED {r.get('testName')}: {' '.join(msg.split())[:600]}")
with open(sys.argv[1] + '/failures.txt', 'w') as out:
    out.write('\n'.join(failures))
print(p, f, s)
PY
)
[ -s "$RESULTS/failures.txt" ] && cat "$RESULTS/failures.txt"
# The runner's own summary is authoritative (TRX files of two projects can share a name and overwrite each other).
summary_line() { grep -E "^\s+$1: [0-9]+" "$RESULTS/test.log" | tail -1 | grep -oE "[0-9]+"; }
if grep -qE "^\s+total: [0-9]+" "$RESULTS/test.log"; then
  passed=$(summary_line succeeded); failed=$(summary_line failed); skipped=$(summary_line skipped)
else
  echo "the test runner printed no summary"; failed=$((failed + 1))
fi
failed=$((failed + migrations_failed))
if [ "$test_rc" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
summary "$passed" "$failed" "$skipped"
[ "$failed" -eq 0 ]
