#!/usr/bin/env bash
# Stops the shards that clickhouse-start.sh started in $1: SIGTERM to each recorded PID, wait, and
# SIGKILL any that is still running after 30 s.
set -uo pipefail
dir=${1:?usage: clickhouse-stop.sh <services-dir>}
pids=()
for pidfile in "$dir"/clickhouse/shard*/pid; do
  [ -e "$pidfile" ] || continue
  pid=$(cat "$pidfile")
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null && pids+=("$pid")
  fi
  rm -f "$pidfile"
done
for _ in $(seq 1 300); do
  alive=0
  for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
  [ "$alive" = 0 ] && exit 0
  sleep 0.1
done
for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null; done
exit 0
