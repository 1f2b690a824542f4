#!/usr/bin/env bash
# The one test command: installs and starts what the tests need (each service script is
# idempotent and binds to 127.0.0.1 only), runs every test project, then stops the services.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

export ATLAS_SHARED_DATA="${ATLAS_SHARED_DATA:-$root/../shared/data}"
services_dir=$(mktemp -d /tmp/atlas-services.XXXXXX)
export ATLAS_SERVICES_DIR="$services_dir"

cleanup() {
  for stop in scripts/services/*-stop.sh; do
    [ -e "$stop" ] && bash "$stop" "$services_dir" || true
  done
  rm -rf "$services_dir"
}
trap cleanup EXIT

# Each scripts/services/<name>-start.sh installs (Debian packages) and starts one service and
# writes the environment the tests read (connection strings, ports) to $services_dir/<name>.env.
for start in scripts/services/*-start.sh; do
  [ -e "$start" ] || continue
  bash "$start" "$services_dir"
done
for envfile in "$services_dir"/*.env; do
  [ -e "$envfile" ] || continue
  set -a; . "$envfile"; set +a
done

dotnet build CustomerAtlas.slnx -c Release
dotnet test CustomerAtlas.slnx -c Release --no-build "$@"
