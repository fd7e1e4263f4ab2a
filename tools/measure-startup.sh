#!/usr/bin/env bash
# Silo start time: from process start to /health/ready answering 200, in both profiles.
# Usage: tools/measure-startup.sh [runs]   (Release build; the Postgres runs use a throwaway server)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
dotnet build src/Silo -c Release -nologo -v quiet -clp:ErrorsOnly
dll=src/Silo/bin/Release/net10.0/GrainMarketing.Silo.dll
source scripts/lib/postgres.sh

measure() { # profile
  local times=()
  for i in $(seq 1 "$runs"); do
    local port=$((19100 + i))
    local start; start=$(date +%s.%N)
    Silo__MetricsPort=$port Silo__DashboardPort=$((port + 100)) Silo__SiloPort=$((port + 200)) Silo__GatewayPort=$((port + 300)) \
      dotnet "$dll" >/dev/null 2>&1 &
    local pid=$!
    until curl -fsS -o /dev/null "http://127.0.0.1:$port/health/ready" 2>/dev/null; do sleep 0.05; done
    local end; end=$(date +%s.%N)
    kill -TERM "$pid"; wait "$pid" 2>/dev/null || true
    times+=("$(echo "$end - $start" | bc)")
  done
  printf '%s: ' "$1"; printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "min %.2f s, median %.2f s, max %.2f s over %d runs\n", a[1], a[int((NR+1)/2)], a[NR], NR}'
}

export Storage__Provider=Memory
measure Memory

PG_FAST=0 pg_start
trap pg_stop EXIT
export Storage__Provider=Postgres ConnectionStrings__Postgres="$PG_CONNECTION;Database=startup"
dotnet "$dll" migrate >/dev/null
measure Postgres
