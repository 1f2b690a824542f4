#!/usr/bin/env bash
# Stops the PostgreSQL started by postgres-start.sh in the same <dir>.
set -euo pipefail
dir=${1:?usage: postgres-stop.sh <services-dir>}
data="$dir/postgres"
[ -f "$data/postmaster.pid" ] || exit 0
bin=$(cat "$dir/postgres.bin")
runuser -u postgres -- "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null
