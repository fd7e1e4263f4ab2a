# Throwaway PostgreSQL on loopback for tests and local runs. Source this file, then:
#   pg_start   installs Debian's postgresql when missing, starts a fresh server on a free port,
#              exports PGHOST, PGPORT, PGUSER and PG_CONNECTION (an Npgsql connection string
#              without a database name: append ";Database=...").
#   pg_stop    stops the server and removes its data directory.
# PG_FAST=1 trades durability for speed (fsync off): for throwaway test servers only.
# PostgreSQL refuses to run as root, so initdb and pg_ctl run as the postgres user.

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}

pg_install() {
  if [ -x "$PG_BIN/pg_ctl" ]; then return 0; fi
  echo "postgres: not installed; installing Debian's postgresql with apt-get" >&2
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >&2
  [ -x "$PG_BIN/pg_ctl" ] || { echo "postgres: install failed ($PG_BIN/pg_ctl missing)" >&2; return 1; }
}

pg_free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()' 2>/dev/null \
    || shuf -i 20000-60000 -n 1
}

pg_as_postgres() {
  if [ "$(id -un)" = "postgres" ]; then "$@"; elif [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi
}

pg_start() {
  pg_install || return 1
  PG_DATA=$(mktemp -d /tmp/grainmarketing-pg.XXXXXX)
  chown postgres:postgres "$PG_DATA" 2>/dev/null || true
  chmod 700 "$PG_DATA"
  PGPORT=$(pg_free_port)
  pg_as_postgres "$PG_BIN/initdb" -D "$PG_DATA" -U postgres -A trust -E UTF8 --no-locale >"$PG_DATA.initdb.log" 2>&1 \
    || { cat "$PG_DATA.initdb.log" >&2; return 1; }
  local options="-c listen_addresses=127.0.0.1 -p $PGPORT -k $PG_DATA -c max_connections=300"
  [ "${PG_FAST:-0}" = 1 ] && options="$options -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  pg_as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_DATA/server.log" -w -t 60 -o "$options" start >/dev/null || { cat "$PG_DATA/server.log" >&2; return 1; }
  export PG_DATA PGHOST=127.0.0.1 PGPORT PGUSER=postgres
  export PG_CONNECTION="Host=127.0.0.1;Port=$PGPORT;Username=postgres"
  echo "postgres: running on 127.0.0.1:$PGPORT (data $PG_DATA)" >&2
}

pg_stop() {
  [ -n "${PG_DATA:-}" ] && [ -d "$PG_DATA" ] || return 0
  pg_as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$PG_DATA" "$PG_DATA.initdb.log"
  PG_DATA=""
}
