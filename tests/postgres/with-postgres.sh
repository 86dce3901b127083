#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL cluster on a free loopback port, then
# removes it. Used by CTest to run the service suites on PostgreSQL as well as SQLite.
#   with-postgres.sh <command> [args...]
# fsync is off for the suites (they test SQL, not disks); bench/run.sh sets REGIE_PG_FSYNC=on
# to measure durable commits.
set -euo pipefail
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1 || true)
if [ -z "$pgbin" ] || ! id postgres >/dev/null 2>&1; then
  echo "with-postgres: PostgreSQL is not installed (scripts/install-deps.sh test installs it)" >&2
  exit 1
fi
dir=$(mktemp -d /tmp/regie-pg.XXXXXX)
chown postgres "$dir"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
stop() { runuser -u postgres -- "$pgbin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true; [ -n "${REGIE_PG_LOG:-}" ] && cp "$dir/log" "$REGIE_PG_LOG"; rm -rf "$dir"; }
trap stop EXIT
runuser -u postgres -- "$pgbin/initdb" -D "$dir/data" -A trust -U postgres >/dev/null
runuser -u postgres -- "$pgbin/pg_ctl" -D "$dir/data" -w -l "$dir/log" \
  -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=${REGIE_PG_FSYNC:-off} -c max_connections=50" start >/dev/null
runuser -u postgres -- psql -q -h 127.0.0.1 -p "$port" -U postgres \
  -c "CREATE ROLE regie LOGIN PASSWORD 'regie'" -c "CREATE DATABASE regie OWNER regie" >/dev/null
export REGIE_TEST_PG_PORT="$port"
"$@"
