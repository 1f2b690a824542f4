#!/usr/bin/env bash
# Starts a two-shard ClickHouse cluster on 127.0.0.1 inside the directory given as $1 and writes the
# connection environment the tests read to $1/clickhouse.env. Installs Debian's clickhouse-server if
# missing. Each shard gets its own config, data dir and free ports; caches are cut so that two servers
# fit beside the rest of the test run. PIDs go to $1/clickhouse/shard<N>/pid for clickhouse-stop.sh.
set -euo pipefail
dir=${1:?usage: clickhouse-start.sh <services-dir>}
root="$dir/clickhouse"
cluster=atlas2

if ! command -v clickhouse-server >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y clickhouse-server clickhouse-client >/dev/null 2>&1 \
    || { apt-get update >/dev/null && apt-get install -y clickhouse-server clickhouse-client >/dev/null; }
fi
server=$(command -v clickhouse-server)

. "$(dirname "${BASH_SOURCE[0]}")/free-port.sh"

password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
declare -a http tcp
for shard in 1 2; do
  free_port "http[$shard]"
  free_port "tcp[$shard]"
done

write_config() {
  local shard=$1 home="$root/shard$1"
  mkdir -p "$home"/{data,tmp,user_files,format_schemas,log}
  cat >"$home/config.xml" <<XML
<?xml version="1.0"?>
<yandex>
  <logger><level>warning</level><log>$home/log/server.log</log><errorlog>$home/log/server.err.log</errorlog><size>50M</size><count>2</count></logger>
  <listen_host>127.0.0.1</listen_host>
  <http_port>${http[$shard]}</http_port>
  <tcp_port>${tcp[$shard]}</tcp_port>
  <keep_alive_timeout>10</keep_alive_timeout>
  <max_concurrent_queries>100</max_concurrent_queries>
  <uncompressed_cache_size>268435456</uncompressed_cache_size>
  <mark_cache_size>268435456</mark_cache_size>
  <path>$home/data/</path>
  <tmp_path>$home/tmp/</tmp_path>
  <user_files_path>$home/user_files/</user_files_path>
  <format_schema_path>$home/format_schemas/</format_schema_path>
  <users_config>$home/users.xml</users_config>
  <default_profile>default</default_profile>
  <default_database>default</default_database>
  <timezone>UTC</timezone>
  <mlock_executable>false</mlock_executable>
  <remote_servers>
    <$cluster>
      <shard><replica><host>127.0.0.1</host><port>${tcp[1]}</port><user>default</user><password>$password</password></replica></shard>
      <shard><replica><host>127.0.0.1</host><port>${tcp[2]}</port><user>default</user><password>$password</password></replica></shard>
    </$cluster>
    <${cluster}_shard$shard>
      <shard><replica><host>127.0.0.1</host><port>${tcp[$shard]}</port><user>default</user><password>$password</password></replica></shard>
    </${cluster}_shard$shard>
  </remote_servers>
</yandex>
XML
  cat >"$home/users.xml" <<XML
<?xml version="1.0"?>
<yandex>
  <profiles>
    <default>
      <max_memory_usage>4000000000</max_memory_usage>
      <max_threads>2</max_threads>
      <log_queries>1</log_queries>
    </default>
  </profiles>
  <users>
    <default>
      <password>$password</password>
      <networks><ip>127.0.0.1</ip></networks>
      <profile>default</profile>
      <quota>default</quota>
    </default>
  </users>
  <quotas><default><interval><duration>3600</duration><queries>0</queries><errors>0</errors><result_rows>0</result_rows><read_rows>0</read_rows><execution_time>0</execution_time></interval></default></quotas>
</yandex>
XML
  chmod 600 "$home/config.xml" "$home/users.xml"
}

for shard in 1 2; do write_config "$shard"; done
# The servers run as the package's unprivileged user when it can reach the directory (mktemp dirs are
# 0700, so allow traversal only); otherwise as the caller, which 18.16 accepts.
chown -R clickhouse:clickhouse "$root"
chmod o+x "$dir"
run_as=(setpriv --reuid=clickhouse --regid=clickhouse --init-groups)
"${run_as[@]}" test -r "$root/shard1/config.xml" 2>/dev/null || run_as=()

for shard in 1 2; do
  home="$root/shard$shard"
  "${run_as[@]}" "$server" --config-file="$home/config.xml" >"$home/log/stdout.log" 2>&1 &
  echo $! >"$home/pid"
done

# Waits for /ping on both shards (a fresh server answers in well under a second).
for shard in 1 2; do
  url="http://127.0.0.1:${http[$shard]}"
  for _ in $(seq 1 300); do
    if [ "$(curl -s "$url/ping" 2>/dev/null)" = "Ok." ]; then break; fi
    if ! kill -0 "$(cat "$root/shard$shard/pid")" 2>/dev/null; then
      echo "clickhouse shard $shard exited during startup; see $root/shard$shard/log" >&2
      exit 1
    fi
    sleep 0.1
  done
  [ "$(curl -s "$url/ping")" = "Ok." ] || { echo "clickhouse shard $shard did not answer /ping" >&2; exit 1; }
done

umask 077
cat >"$dir/clickhouse.env" <<ENV
ATLAS_CLICKHOUSE_URL=http://127.0.0.1:${http[1]}
ATLAS_CLICKHOUSE_URL2=http://127.0.0.1:${http[2]}
ATLAS_CLICKHOUSE_CLUSTER=$cluster
ATLAS_CLICKHOUSE_USER=default
ATLAS_CLICKHOUSE_PASSWORD=$password
ENV
echo "clickhouse: 2 shards on 127.0.0.1:${http[1]} and :${http[2]} (cluster $cluster)"
