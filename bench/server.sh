#!/usr/bin/env bash
# REST service figures: start-up (launch → /actuator/health UP, RUNS times), one S1 POST (curl, 10 times) and a
# load run (bench/ServerLoad.java: CLIENTS concurrent clients posting S1 for SECONDS, after a 10 s warm-up), then the
# same load from wrk when it is installed (bench/server-post.lua).
# Usage: bench/server.sh [RUNS] [CLIENTS] [SECONDS]   (defaults 5, 8, 30). Uses a temporary H2 data directory.
# Wall times depend on what else the machine runs; the CPU seconds of the server process do much less.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}; clients=${2:-8}; seconds=${3:-30}
# Through the launcher, as a user starts it (extracted jar + class-data archive); prepared first, not timed.
ADVISOR_PREPARE_ONLY=1 ./advisor serve
port=${BENCH_PORT:-18089}; key=bench-key-0123456789abcdef
tmp=$(mktemp -d); pid=
cleanup() { if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi; rm -rf "$tmp"; }
# CPU seconds (user + system) the server process has used: a figure the other load on the machine does not inflate.
cpu() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f\n", ($14 + $15) / hz}' "/proc/$pid/stat"; }
trap cleanup EXIT
start() {
  ADVISOR_DATA_DIR="$tmp/data" ADVISOR_SECURITY_API_KEYS="bench:$key:write" SERVER_PORT=$port \
    ADVISOR_JAVA_OPTS="${BENCH_JAVA_OPTS:-}" ./advisor serve >"$tmp/server.log" 2>&1 &
  pid=$!
  local s; s=$(date +%s.%N)
  until curl -sf "localhost:$port/actuator/health" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { cat "$tmp/server.log" >&2; exit 1; }
    sleep 0.02
  done
  echo "$(echo "$(date +%s.%N) - $s" | bc) $(cpu)"
}
median() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.3f s (min %.3f, max %.3f, n=%d)\n", m, a[1], a[NR], NR}'; }
for i in $(seq "$runs"); do start; kill "$pid"; wait "$pid" 2>/dev/null || true; pid=; done >"$tmp/starts"
cut -d' ' -f1 "$tmp/starts" | median | sed 's/^/start-up to health UP (wall): /'
cut -d' ' -f2 "$tmp/starts" | median | sed 's/^/start-up to health UP (server CPU s): /'
echo "load average before the load run: $(cut -d' ' -f1-3 /proc/loadavg)"
start >/dev/null
cd examples/commvault/weekend-window
post() { curl -s -o /dev/null -w '%{time_total}\n' -H "X-API-Key: $key" $(for f in *; do echo "-F files=@$f"; done) \
  -F window=48h -F size=30TB -F measured=290GB/hr -F measure=tape.drives=2 -F measure=tape.driveWrite=120MB/s \
  -F measure=source.readPerStream=253MB/s "localhost:$port/api/v1/analyses"; }
echo "first POST (S1): $(post) s"
for i in $(seq 10); do post; done | median | sed 's/^/POST (S1, curl, sequential): /'
cd - >/dev/null
java bench/ServerLoad.java "http://localhost:$port" "$key" "$clients" 10 0 >/dev/null   # warm-up, not counted
before=$(cpu)
java bench/ServerLoad.java "http://localhost:$port" "$key" "$clients" "$seconds" 0 | tee "$tmp/load"
after=$(cpu); n=$(sed -E 's/.*: ([0-9]+) analyses.*/\1/' "$tmp/load")
echo "server CPU per analysis: $(echo "scale=1; 1000 * ($after - $before) / $n" | bc) ms (N idle cores: about N x 1000 / that analyses/s)"
# The same load from wrk (Debian package 'wrk'), a native client: on two cores a JVM client takes CPU the server
# would otherwise have, so this is nearer to what the server itself sustains.
if command -v wrk >/dev/null; then
  before=$(cpu)
  S1_DIR="$PWD/examples/commvault/weekend-window" API_KEY="$key" wrk -t2 -c"$clients" -d"${seconds}s" \
    -s bench/server-post.lua "http://localhost:$port" | grep '^wrk:' | tee "$tmp/wrk"
  after=$(cpu); n=$(sed -E 's/^wrk: ([0-9]+) analyses.*/\1/' "$tmp/wrk")
  echo "server CPU per analysis (wrk): $(echo "scale=1; 1000 * ($after - $before) / $n" | bc) ms"
else
  echo "wrk not installed (apt-get install wrk): native-client figures skipped"
fi
