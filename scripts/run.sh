#!/usr/bin/env bash
# The main job: builds GrainMarketing, starts a silo, the API host and the web dashboard, waits until each
# is ready and prints where everything is, the dashboard first. Ctrl-C stops them all cleanly.
#   scripts/run.sh             embedded Memory profile, nothing else needed
#   scripts/run.sh --postgres  PostgreSQL profile: starts a local PostgreSQL (installing Debian's
#                              package if missing), migrates it, then runs against it
#   --no-simulator             do not start the traffic simulator (tools/Simulator), which otherwise
#                              feeds two demo tenants (sim-tenant-1, sim-tenant-2) so the numbers move at once
# The simulator signs up (or in) as a demo account that owns those tenants: GM_DEMO_EMAIL
# (demo@grainmarketing.local) and GM_DEMO_PASSWORD (made up and printed when unset; set it with --postgres,
# where the account outlives the run).
# Ports (environment): GM_WEB_PORT (8090, the web dashboard), GM_API_PORT (8080), GM_METRICS_PORT (9091),
# GM_DASHBOARD_PORT (8888, the Orleans dashboard for operators), GM_PLATFORMS_PORT (8095, the fake ad platforms). Every port
# listens on loopback only; GM_LISTEN_ADDRESS (127.0.0.1) opens them, e.g. 0.0.0.0 for other machines.
# The Orleans dashboard asks for user "operator" and GM_DASHBOARD_PASSWORD (made up and printed when unset).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

profile=Memory
simulate=1
for arg in "$@"; do
  case "$arg" in
    --postgres) profile=Postgres ;;
    --no-simulator) simulate=0 ;;
    *) echo "usage: scripts/run.sh [--postgres] [--no-simulator]" >&2; exit 2 ;;
  esac
done

web_port=${GM_WEB_PORT:-8090}
api_port=${GM_API_PORT:-8080}
metrics_port=${GM_METRICS_PORT:-9091}
dashboard_port=${GM_DASHBOARD_PORT:-8888}
platforms_port=${GM_PLATFORMS_PORT:-8095}
listen_address=${GM_LISTEN_ADDRESS:-127.0.0.1}
dashboard_password=${GM_DASHBOARD_PASSWORD:-$(head -c 18 /dev/urandom | base64 -w0 | tr '+/' '-_')}
logs="$root/.artifacts/logs"
mkdir -p "$logs"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

echo "building (Release)..."
dotnet build src/Silo -c Release -nologo -clp:ErrorsOnly -v quiet
dotnet build src/ApiHost -c Release -nologo -clp:ErrorsOnly -v quiet
dotnet build src/Dashboard -c Release -nologo -clp:ErrorsOnly -v quiet
dotnet build tools/Simulator -c Release -nologo -clp:ErrorsOnly -v quiet
dotnet build tools/FakePlatforms -c Release -nologo -clp:ErrorsOnly -v quiet
silo_dll="$root/src/Silo/bin/Release/net10.0/GrainMarketing.Silo.dll"
api_dll="$root/src/ApiHost/bin/Release/net10.0/GrainMarketing.ApiHost.dll"
web_dll="$root/src/Dashboard/bin/Release/net10.0/GrainMarketing.Dashboard.dll"

platforms_dir="$root/tools/FakePlatforms/bin/Release/net10.0"

silo_pid="" api_pid="" web_pid="" sim_pid="" platforms_pid=""
stop() {
  set +e
  trap - INT TERM EXIT
  echo
  echo "stopping..."
  [ -n "$sim_pid" ] && kill -TERM "$sim_pid" 2>/dev/null && wait "$sim_pid" 2>/dev/null
  [ -n "$web_pid" ] && kill -TERM "$web_pid" 2>/dev/null && wait "$web_pid" 2>/dev/null
  [ -n "$api_pid" ] && kill -TERM "$api_pid" 2>/dev/null && wait "$api_pid" 2>/dev/null
  [ -n "$silo_pid" ] && kill -TERM "$silo_pid" 2>/dev/null && wait "$silo_pid" 2>/dev/null
  [ -n "$platforms_pid" ] && kill -TERM "$platforms_pid" 2>/dev/null && wait "$platforms_pid" 2>/dev/null
  if [ "$profile" = Postgres ]; then pg_stop; fi
  echo "stopped."
}
trap stop INT TERM EXIT

export Storage__Provider=$profile
if [ "$profile" = Postgres ]; then
  source scripts/lib/postgres.sh
  pg_start
  export ConnectionStrings__Postgres="$PG_CONNECTION;Database=grainmarketing"
  dotnet "$silo_dll" migrate
fi

wait_ready() { # name url pid
  for _ in $(seq 1 240); do
    if curl -fsS -o /dev/null "$2" 2>/dev/null; then return 0; fi
    if ! kill -0 "$3" 2>/dev/null; then echo "$1 exited; see $logs/$1.log" >&2; tail -20 "$logs/$1.log" >&2; exit 1; fi
    sleep 0.25
  done
  echo "$1 not ready after 60 s; see $logs/$1.log" >&2
  exit 1
}

# The ad platforms' stand-ins (tools/FakePlatforms): Meta, Google Ads, TikTok and Snapchat with their OAuth, reporting and
# write-back, so connections work without real apps. It reads its apps and demo credentials from its own folder.
(cd "$platforms_dir" && exec env Urls="http://127.0.0.1:$platforms_port" dotnet GrainMarketing.FakePlatforms.dll) >"$logs/platforms.log" 2>&1 &
platforms_pid=$!
wait_ready platforms "http://127.0.0.1:$platforms_port/_fake/health" "$platforms_pid"
fake="http://127.0.0.1:$platforms_port"
export Connectors__Meta__ApiBaseUrl="$fake/meta" Connectors__Meta__ApiVersion=v24.0 \
  Connectors__Meta__AuthorizeUrl="$fake/meta/v24.0/dialog/oauth" Connectors__Meta__TokenUrl="$fake/meta/v24.0/oauth/access_token" \
  Connectors__Meta__ClientId=fake-meta-app Connectors__Meta__ClientSecret=fake-meta-secret \
  Connectors__Google__ApiBaseUrl="$fake/google" Connectors__Google__ApiVersion=v22 \
  Connectors__Google__AuthorizeUrl="$fake/google/o/oauth2/v2/auth" Connectors__Google__TokenUrl="$fake/google/token" \
  Connectors__Google__ClientId=fake-google-client.apps.googleusercontent.com Connectors__Google__ClientSecret=fake-google-secret \
  Connectors__TikTok__ApiBaseUrl="$fake/tiktok" Connectors__TikTok__ApiVersion=v1.3 \
  Connectors__TikTok__AuthorizeUrl="$fake/tiktok/portal/auth" Connectors__TikTok__TokenUrl="$fake/tiktok/open_api/v1.3/oauth2/access_token/" \
  Connectors__TikTok__ClientId=fake-tiktok-app Connectors__TikTok__ClientSecret=fake-tiktok-secret \
  Connectors__Snapchat__ApiBaseUrl="$fake/snapchat" Connectors__Snapchat__ApiVersion=v1 \
  Connectors__Snapchat__AuthorizeUrl="$fake/snapchat/login/oauth2/authorize" Connectors__Snapchat__TokenUrl="$fake/snapchat/login/oauth2/access_token" \
  Connectors__Snapchat__ClientId=fake-snapchat-client Connectors__Snapchat__ClientSecret=fake-snapchat-secret

Silo__ListenAddress=$listen_address Silo__MetricsPort=$metrics_port Silo__DashboardPort=$dashboard_port \
  Silo__DashboardPassword=$dashboard_password dotnet "$silo_dll" >"$logs/silo.log" 2>&1 &
silo_pid=$!
wait_ready silo "http://127.0.0.1:$metrics_port/health/ready" "$silo_pid"

# Tokens need a signing key; without one configured, this run makes its own (tokens die with it).
export Auth__SigningKey="${Auth__SigningKey:-$(head -c 48 /dev/urandom | base64 -w0)}"
# The links in password-reset and invitation emails open the web dashboard's pages.
Connectors__ReturnUrl="http://localhost:$web_port" Smtp__ResetUrl="http://localhost:$web_port/reset-password" Smtp__InvitationUrl="http://localhost:$web_port/accept-invitation" \
  Urls="http://$listen_address:$api_port" dotnet "$api_dll" >"$logs/api.log" 2>&1 &
api_pid=$!
wait_ready api "http://127.0.0.1:$api_port/health/ready" "$api_pid"

# The web dashboard calls the API's public routes with each person's own tokens, nothing else.
Urls="http://$listen_address:$web_port" Dashboard__ApiBaseUrl="http://127.0.0.1:$api_port" \
  dotnet "$web_dll" >"$logs/dashboard.log" 2>&1 &
web_pid=$!
wait_ready dashboard "http://127.0.0.1:$web_port/health/ready" "$web_pid"

if [ "$simulate" = 1 ]; then
  # The second demo tenant also connects the fake platforms' Meta and Google accounts with their demo credentials.
  GM_DEMO_META_TOKEN=fake-meta-system-user-token GM_DEMO_GOOGLE_REFRESH_TOKEN=fake-google-demo-refresh-token \
    dotnet "$root/tools/Simulator/bin/Release/net10.0/GrainMarketing.Simulator.dll" --api "http://127.0.0.1:$api_port" \
    >"$logs/simulator.log" 2>&1 &
  sim_pid=$!
  # The simulator signs in before it sends anything: show its login line, or why it stopped.
  for _ in $(seq 1 120); do
    if grep -q '^Demo login:' "$logs/simulator.log" || ! kill -0 "$sim_pid" 2>/dev/null; then break; fi
    sleep 0.25
  done
  if login_line=$(grep -m1 '^Demo login:' "$logs/simulator.log"); then
    demo_login="Demo login        ${login_line#Demo login: }"
  else
    echo "the simulator did not sign in; see $logs/simulator.log" >&2
    tail -5 "$logs/simulator.log" >&2
    demo_login="Demo login        none: the simulator did not sign in"
  fi
else
  demo_login="Sign up           POST http://localhost:$api_port/api/v1/auth/register, then /api/v1/auth/login"
fi

cat <<MSG

GrainMarketing is running ($profile profile).
  Dashboard         http://localhost:$web_port  (sign in with the demo login below)
  API               http://localhost:$api_port/api/v1/tenants
  API reference     http://localhost:$api_port/scalar
  OpenAPI document  http://localhost:$api_port/openapi/v1.json
  Orleans dashboard http://localhost:$dashboard_port/dashboard  (operator / $dashboard_password)
  Metrics           http://localhost:$api_port/metrics (API), http://localhost:$metrics_port/metrics (silo)
  Ad platforms      http://localhost:$platforms_port (tools/FakePlatforms: Meta, Google Ads, TikTok, Snapchat stand-ins)
  Logs              $logs/silo.log, $logs/api.log, $logs/dashboard.log, $logs/simulator.log, $logs/platforms.log
  Live demo data    http://localhost:$api_port/api/v1/tenants/sim-tenant-1/analytics/summary?window=15m
                    (the simulator feeds sim-tenant-1 and sim-tenant-2 as the demo account; --no-simulator to skip)
  $demo_login
Press Ctrl-C to stop.
MSG
wait
