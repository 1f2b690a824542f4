# Sourced by the service start scripts (not a service itself).
# free_port VAR: stores in VAR a TCP port on 127.0.0.1 that nothing listens on and that no earlier call
# handed out. It assigns instead of printing so that it runs without a subshell and the list of ports
# handed out survives between calls. Ports come from 20000-31999, below Linux's ephemeral range
# (32768+) where outgoing connections could take a port between the check and the server's bind.
atlas_ports_taken=" "
free_port() {
  local candidate
  for _ in $(seq 1 200); do
    candidate=$(( 20000 + RANDOM % 12000 ))
    case "$atlas_ports_taken" in *" $candidate "*) continue ;; esac
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then
      atlas_ports_taken="$atlas_ports_taken$candidate "
      printf -v "$1" '%s' "$candidate"
      return 0
    fi
  done
  echo "free_port: no free TCP port found on 127.0.0.1" >&2
  return 1
}
