#!/usr/bin/env bash
# Starts a throwaway PostgreSQL 15 cluster on a free loopback port, creates an administering role
# that may create roles and databases (not a superuser), runs the @Tag("database") tests against it
# through -Dwsc.test.databaseUrl, and tears the cluster down whatever happens.
set -euo pipefail
cd "$(dirname "$0")/.."

PG_BIN=/usr/lib/postgresql/15/bin
RUN_AS=postgres   # initdb refuses to run as root
work=$(mktemp -d /tmp/wsc-external-pg.XXXXXX)
chown "$RUN_AS" "$work"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
password=$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24)

cleanup() {
  runuser -u "$RUN_AS" -- "$PG_BIN/pg_ctl" -D "$work/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

runuser -u "$RUN_AS" -- "$PG_BIN/initdb" -D "$work/data" -U postgres -A trust -E UTF8 >/dev/null
cat >> "$work/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$work'
CONF
printf 'local all postgres trust\nhost all all 127.0.0.1/32 scram-sha-256\n' > "$work/data/pg_hba.conf"
runuser -u "$RUN_AS" -- "$PG_BIN/pg_ctl" -D "$work/data" -l "$work/server.log" -w start >/dev/null
runuser -u "$RUN_AS" -- "$PG_BIN/psql" -h "$work" -p "$port" -U postgres -d postgres -qc \
  "CREATE ROLE wsc_admin LOGIN CREATEROLE CREATEDB PASSWORD '$password'"

echo "external PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$port as wsc_admin (CREATEROLE, not superuser)"
mvn -B test -Dgroups=database "-Dwsc.test.databaseUrl=postgresql://wsc_admin:$password@127.0.0.1:$port/postgres" "$@"
