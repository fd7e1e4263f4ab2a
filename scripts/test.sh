#!/usr/bin/env bash
# Runs every test project. Installs PostgreSQL and chromium (for the dashboard's browser tests) from
# Debian's packages when they are missing, starts a throwaway PostgreSQL on 127.0.0.1, builds once, runs
# the unit, grain and integration tests, stops the server, and ends with one line:
# "N passed, N failed, N skipped". Exit status is non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
source scripts/lib/postgres.sh

results="$root/.artifacts/test-results"
rm -rf "$results" && mkdir -p "$results"
# A test host stopped while it exits can leave a silo or API host it started (the shared silo lives until the
# test host's exit): stop any left from this checkout before the database goes.
stop_strays() { pkill -KILL -f "$root/src/(Silo|ApiHost|Dashboard)/bin/" 2>/dev/null || true; }
trap 'stop_strays; pg_stop' EXIT

summary() { echo "$1 passed, $2 failed, $3 skipped"; }

# The browser tests drive Debian's chromium through Playwright; browsers are never downloaded.
if [ ! -x /usr/bin/chromium ]; then
  echo "chromium: not installed; installing Debian's chromium with apt-get" >&2
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >&2 \
    || echo "chromium could not be installed; the browser tests will fail" >&2
fi

PG_FAST=1 pg_start || { echo "PostgreSQL could not be started"; summary 0 1 0; exit 1; }
export GM_TEST_POSTGRES="$PG_CONNECTION"
# The pinned OpenAPI linter the integration tests run (tools/openapi-lint), installed again when its lockfile changes.
lint="$root/tools/openapi-lint"
if ! cmp -s "$lint/package-lock.json" "$lint/node_modules/.installed-lock.json"; then
  npm ci --prefix "$lint" --no-audit --no-fund >/dev/null && cp "$lint/package-lock.json" "$lint/node_modules/.installed-lock.json" \
    || echo "warning: npm ci in tools/openapi-lint failed; the OpenAPI lint test will fail"
fi
# The pinned accessibility engine the dashboard's browser tests run on every page they photograph (tools/a11y).
a11y="$root/tools/a11y"
if ! cmp -s "$a11y/package-lock.json" "$a11y/node_modules/.installed-lock.json"; then
  npm ci --prefix "$a11y" --no-audit --no-fund >/dev/null && cp "$a11y/package-lock.json" "$a11y/node_modules/.installed-lock.json" \
    || echo "warning: npm ci in tools/a11y failed; the dashboard's browser tests will fail"
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# The real data sets the tests read (../shared/data beside the checkout unless GM_SHARED_DATA says otherwise).
[ -d "${GM_SHARED_DATA:-$root/../shared/data}" ] || echo "warning: shared data sets not found at ${GM_SHARED_DATA:-$root/../shared/data}; the tests that read them will fail"

if ! dotnet build GrainMarketing.sln -nologo -clp:ErrorsOnly; then
  echo "build failed"
  summary 0 1 0
  exit 1
fi

passed=0 failed=0 skipped=0 status=0
run_tests() {
  dotnet test "$1" --no-build -nologo --logger "trx;LogFileName=$(basename "$1").trx" --results-directory "$results"
}

# The unit, grain and dashboard component tests are short and share nothing, so they run side by side;
# the integration tests then run alone, because they start real processes and hold them to deadlines.
echo "== UnitTests, GrainTests, DashboardTests"
run_tests tests/UnitTests > "$results/UnitTests.log" 2>&1 & unit=$!
run_tests tests/GrainTests > "$results/GrainTests.log" 2>&1 & grain=$!
run_tests tests/DashboardTests > "$results/DashboardTests.log" 2>&1 & dashboard=$!
wait "$unit" || status=1
wait "$grain" || status=1
wait "$dashboard" || status=1
cat "$results/UnitTests.log" "$results/GrainTests.log" "$results/DashboardTests.log"
echo "== IntegrationTests"
run_tests tests/IntegrationTests || status=1

for name in UnitTests GrainTests DashboardTests IntegrationTests; do
  trx="$results/$name.trx"
  counters=$(grep -o '<Counters [^>]*>' "$trx" 2>/dev/null | head -1)
  if [ -z "$counters" ]; then
    echo "$name: no test results (the test host crashed or did not start)"
    failed=$((failed + 1)); status=1
    continue
  fi
  count() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  total=$(count total) p=$(count passed) f=$(count failed)
  passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + total - p - f))
done

[ "$failed" -gt 0 ] && status=1
summary "$passed" "$failed" "$skipped"
exit "$status"
