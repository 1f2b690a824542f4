#!/usr/bin/env bash
# Starts a throw-away PostgreSQL for the segment-store tests: installs Debian's postgresql if
# missing, creates a cluster in <dir>/postgres, runs it as the unprivileged 'postgres' user on
# a free 127.0.0.1 port, creates database 'atlas' and writes ATLAS_PG_CONNECTION to
# <dir>/postgres.env.
set -euo pipefail
dir=${1:?usage: postgres-start.sh <services-dir>}
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bin" ] || [ ! -x "$bin/pg_ctl" ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql >/dev/null
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi
id postgres >/dev/null 2>&1 || useradd --system --home-dir "$dir" --shell /bin/sh postgres

. "$(dirname "${BASH_SOURCE[0]}")/free-port.sh"
free_port port
data="$dir/postgres"
mkdir -p "$data"
chown postgres "$dir" "$data"
chmod 700 "$data"
as_pg() { runuser -u postgres -- "$@"; }

as_pg "$bin/initdb" -D "$data" -U postgres --auth=trust --encoding=UTF8 --no-locale >"$dir/postgres-initdb.log"
as_pg "$bin/pg_ctl" -D "$data" -l "$dir/postgres.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $data -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null
as_pg "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres atlas

echo "$bin" > "$dir/postgres.bin"
# Quoted: test.sh sources this file, and ; would end the assignment.
echo "ATLAS_PG_CONNECTION='Host=127.0.0.1;Port=$port;Username=postgres;Database=atlas'" > "$dir/postgres.env"
