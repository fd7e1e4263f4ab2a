#!/usr/bin/env bash
# Compares ingestion in two checkouts, run in turn on fresh processes: for each pair it starts a silo
# and the API host from the first checkout (scripts/run.sh --no-simulator, Memory profile), sends the
# one-client ingest phase, reads both processes' CPU seconds from /proc, stops them, then does the same
# for the second checkout. Prints one line per run. Each checkout must have run scripts/run.sh once
# (its Release build); the bench itself runs from this checkout.
#   tools/Bench/compare-builds.sh <checkout-a> <checkout-b> [pairs=2] [events=1000000]
set -euo pipefail
bench_root=$(cd "$(dirname "$0")/../.." && pwd)
a=$(cd "$1" && pwd) b=$(cd "$2" && pwd) pairs=${3:-2} events=${4:-1000000}
export RateLimits__Requests__TokenLimit=10000000 RateLimits__Requests__TokensPerPeriod=10000000 Silo__Dashboard=false
dotnet build "$bench_root/tools/Bench" -c Release -nologo -clp:ErrorsOnly -v quiet >/dev/null
cpu() { awk '{print $14 + $15}' "/proc/$1/stat"; }

run() {
  local tree=$1 label=$2 log
  log=$(mktemp)
  (cd "$tree" && setsid scripts/run.sh --no-simulator >"$log" 2>&1 &)
  for _ in $(seq 1 150); do grep -q "Press Ctrl-C" "$log" && break; sleep 2; done
  local silo api load s0 a0 s1 a1 ticks result
  silo=$(pgrep -f "$tree/src/Silo/bin/Release/net10.0/GrainMarketing.Silo.dll" | head -1)
  api=$(pgrep -f "$tree/src/ApiHost/bin/Release/net10.0/GrainMarketing.ApiHost.dll" | head -1)
  load=$(cut -d' ' -f1 /proc/loadavg)
  s0=$(cpu "$silo") a0=$(cpu "$api")
  result=$(dotnet run -c Release --no-build --project "$bench_root/tools/Bench" -- --api http://localhost:8080 \
    --events "$events" --query-clients 1 --seconds-per-phase 15 --phases ingest --label memory 2>&1 \
    | grep -o "accepted rate (HTTP to 202): [0-9,]* events/s" | head -1)
  s1=$(cpu "$silo") a1=$(cpu "$api") ticks=$(getconf CLK_TCK)
  echo "$label load=$load silo_cpu_s=$(((s1 - s0) / ticks)) api_cpu_s=$(((a1 - a0) / ticks)) $result"
  kill -TERM "$silo" "$api"
  sleep 6
  pkill -f "$tree/scripts/run.sh" || true
  rm -f "$log"
}

for i in $(seq 1 "$pairs"); do
  run "$a" "a$i ($a)"
  run "$b" "b$i ($b)"
done
