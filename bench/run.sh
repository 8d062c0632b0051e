#!/usr/bin/env bash
# Prints wall-time figures for the CLI as ratios against a JVM start on the same machine in the same run:
#   java -version, the README's analysis (S1) cold through the launcher (C1 + its class-data archive or, on JDK 25+, AOT cache), then generated CommCells of
#   10,000 / 50,000 / 100,000 subclients with the launcher's heap (-Xmx512m here) and their peak RSS, so the slope
#   is visible. --jmh runs the JMH benchmarks instead (rule session on 100,000 facts, whole analysis of 10k/50k).
# Usage: bench/run.sh [RUNS] [SIZES...]      (defaults: 7 runs; 10000 50000 100000)
#        bench/run.sh --jmh [JMH options]    (e.g. -f 1 -wi 1 -i 3)
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" = "--jmh" ]; then
  shift
  if [ ! -d bench/jmh/target/lib ] || [ ! -f bench/jmh/target/classes/META-INF/BenchmarkList ]; then
    ./mvnw -B -q package -pl bench/jmh -am -DskipTests >&2
  fi
  exec java -cp "bench/jmh/target/classes:bench/jmh/target/lib/*" org.openjdk.jmh.Main "$@"
fi

runs=${1:-7}
shift || true
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 50000 100000)
./advisor --version >/dev/null   # builds the CLI when sources changed, and writes its class-data archive

median() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.3f", m}'; }
seconds() {
  local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s.%N)
  echo "$e - $s" | bc
}
s1=(analyze examples/commvault/weekend-window/ --window 48h --size 30TB --measured 290GB/hr
    --measure tape.drives=2 --measure tape.driveWrite=120MB/s --measure source.readPerStream=253MB/s)

./advisor "${s1[@]}" >/dev/null   # warm the disk cache
# java -version and the analysis in pairs, one right after the other: the machine's speed drifts, and the ratio of
# each pair is taken before the median, so a slow minute slows both sides of the pairs it falls in.
pairs=$(mktemp)
for i in $(seq "$runs"); do
  echo "$(seconds java -version) $(seconds ./advisor "${s1[@]}")" >> "$pairs"
done
jv=$(cut -d' ' -f1 "$pairs" | median)
s1t=$(cut -d' ' -f2 "$pairs" | median)
ratio=$(awk '{printf "%.4f\n", $2 / $1}' "$pairs" | median)
rm -f "$pairs"
echo "java -version:                          $jv s (median of $runs)"
echo "./advisor analyze (S1, launcher):       $s1t s = $(printf '%.1f' "$ratio")x java -version (median of $runs pair ratios; goal <= 12x)"

tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
for n in "${sizes[@]}"; do
  python3 bench/generate-commvault-export.py "$n" "$tmp/cc$n"
  size=$(du -sh "$tmp/cc$n" | cut -f1)
  s=$(date +%s.%N)
  ADVISOR_JAVA_OPTS="-Xmx512m" /usr/bin/time -f "%M" -o "$tmp/rss" ./advisor analyze "$tmp/cc$n" --target 173MB/s \
    --measured 290GB/hr --measure tape.drives=2 --measure tape.driveWrite=120MB/s --format json > "$tmp/out.json" \
    2> "$tmp/err" || { echo "$n subclients: failed: $(tail -1 "$tmp/err")"; continue; }
  e=$(date +%s.%N)
  printf "%6d subclients (%s export, -Xmx512m): %6.2f s, peak RSS %4d MB, JSON %s\n" "$n" "$size" \
    "$(echo "$e - $s" | bc)" "$(( $(cat "$tmp/rss") / 1024 ))" "$(du -h "$tmp/out.json" | cut -f1)"
  rm -rf "$tmp/cc$n"
done
