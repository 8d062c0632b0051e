#!/usr/bin/env bash
# Prints wall-time figures for the CLI: JVM baseline, --version, the README's analysis (S1) and a large export.
# Usage: bench/run.sh [RUNS] [SUBCLIENTS]   (defaults 7 and 50000). Needs the CLI built (./advisor builds it).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
big=${2:-50000}
[ -f cli/target/advisor.jar ] || ./advisor --version >/dev/null

median() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.3f s (min %.3f, max %.3f, n=%d)\n", m, a[1], a[NR], NR}'; }
time_it() {
  local i; for i in $(seq "$runs"); do
    local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s.%N)
    echo "$e - $s" | bc
  done | median
}
s1=(analyze examples/commvault/weekend-window/ --window 48h --size 30TB --measured 290GB/hr
    --measure tape.drives=2 --measure tape.driveWrite=120MB/s --measure source.readPerStream=253MB/s)

java -jar cli/target/advisor.jar "${s1[@]}" >/dev/null   # warm the disk cache
echo "java -version:                 $(time_it java -version)"
echo "advisor --version:             $(time_it java -jar cli/target/advisor.jar --version)"
echo "advisor analyze (S1, text):    $(time_it java -jar cli/target/advisor.jar "${s1[@]}")"
echo "advisor analyze (S1, json):    $(time_it java -jar cli/target/advisor.jar "${s1[@]}" --format json)"
./advisor --version >/dev/null   # lets the launcher write its class-data archive
echo "./advisor analyze (S1, launcher: C1 + AppCDS): $(time_it ./advisor "${s1[@]}")"

tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
python3 bench/generate-commvault-export.py "$big" "$tmp/big"
size=$(du -sh "$tmp/big" | cut -f1)
s=$(date +%s.%N)
/usr/bin/time -f "%M" -o "$tmp/rss" java -jar cli/target/advisor.jar analyze "$tmp/big" --target 173MB/s --measured 290GB/hr \
  --measure tape.drives=2 --measure tape.driveWrite=120MB/s --format json > "$tmp/out.json"
e=$(date +%s.%N)
echo "advisor analyze ($big subclients, $size, json): $(echo "$e - $s" | bc) s, peak RSS $(( $(cat "$tmp/rss") / 1024 )) MB, $(grep -c '"ruleId"' "$tmp/out.json") rule rows"
