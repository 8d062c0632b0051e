#!/usr/bin/env bash
# Fuzzes each reader for SECONDS (default 60) with Jazzer (JAZZER_FUZZ=1), one target after another, never in
# parallel, and prints per target: seconds fuzzed, executions, executions/s and whether it found a crash.
#
# Usage: bench/fuzz.sh [SECONDS] [FILTER]
#   FILTER (optional) is a grep -E pattern over the target names below, e.g. 'Units|Trees#xml'.
# Needs the modules installed first:
#   ./mvnw -q -o install -N && ./mvnw -q -o install -DskipTests -pl advisor-core,plugins/commvault,plugins/platform,plugins/avamar,plugins/datadomain
#
# Per target: the JVM gets -Xmx1g (a runaway allocation is an OutOfMemoryError, i.e. a finding) and libFuzzer
# -timeout=10 (an input that runs over 10 s is a hang finding; the classes' JUnit @Timeout(10), which guards each
# seed in regression mode, is switched off here as it would time the whole fuzzing run). Jazzer stops a target at
# its first crash (KEEP_GOING=N collects up to N distinct ones); MAX_LEN (default 16384) bounds the input size.
# Crashing inputs:
#   - plugins: Jazzer writes them into the seed folder src/test/resources/.../fuzz/<Class>Inputs/<method>/crash-*,
#     where `mvn test` replays them (regression mode) until the reader is fixed;
#   - advisor-core: moved to bench/fuzz-findings/<Class>/<method>/ so the build stays green; the core input layer's
#     owner fixes them and then moves each back into the seed folder.
# The generated corpus (inputs that found new coverage) is kept in <module>/target/fuzz-corpus/ and reused by the
# next run; logs go to target/fuzz-logs/.
set -uo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
filter=${2:-.}
keep_going=${KEEP_GOING:-1}
# libFuzzer's default is 4096 bytes; several findings only show past that (a REG_BINARY of 3,000 bytes overflowed the
# regex stack), so inputs may grow to MAX_LEN bytes (larger seeds are truncated to it while fuzzing; regression mode
# runs them whole).
max_len=${MAX_LEN:-16384}

targets=(
  advisor-core:org.backupadvisor.core.fuzz.TreesFuzzTest#json
  advisor-core:org.backupadvisor.core.fuzz.TreesFuzzTest#xml
  advisor-core:org.backupadvisor.core.fuzz.TreesFuzzTest#xmlDoctypeIgnored
  advisor-core:org.backupadvisor.core.fuzz.TextLinesFuzzTest#lines
  advisor-core:org.backupadvisor.core.fuzz.InputLoaderFuzzTest#zip
  advisor-core:org.backupadvisor.core.fuzz.UnitsFuzzTest#dataRate
  advisor-core:org.backupadvisor.core.fuzz.UnitsFuzzTest#dataSize
  advisor-core:org.backupadvisor.core.fuzz.UnitsFuzzTest#durations
  advisor-core:org.backupadvisor.core.fuzz.MeasurementsFuzzTest#parse
  plugins/commvault:org.backupadvisor.commvault.fuzz.CommvaultPluginFuzzTest#parse
  plugins/platform:org.backupadvisor.platform.fuzz.PlatformPluginFuzzTest#parse
  plugins/avamar:org.backupadvisor.avamar.fuzz.AvamarPluginFuzzTest#parse
  plugins/datadomain:org.backupadvisor.datadomain.fuzz.DataDomainPluginFuzzTest#parse
  plugins/platform:org.backupadvisor.platform.fuzz.PlatformReadersFuzzTest#etcSystem
  plugins/platform:org.backupadvisor.platform.fuzz.PlatformReadersFuzzTest#ethtool
  plugins/platform:org.backupadvisor.platform.fuzz.PlatformReadersFuzzTest#ipLinkJson
  plugins/platform:org.backupadvisor.platform.fuzz.PlatformReadersFuzzTest#netAdapterJson
  plugins/platform:org.backupadvisor.platform.fuzz.PlatformReadersFuzzTest#linuxMounts
  plugins/platform:org.backupadvisor.platform.fuzz.PlatformReadersFuzzTest#nfsstatM
  plugins/platform:org.backupadvisor.platform.fuzz.PlatformReadersFuzzTest#regFile
  plugins/platform:org.backupadvisor.platform.fuzz.PlatformReadersFuzzTest#routePrint
  plugins/platform:org.backupadvisor.platform.fuzz.PlatformReadersFuzzTest#solarisMounts
)

logs=target/fuzz-logs
mkdir -p "$logs" bench/fuzz-findings
printf '%-52s %8s %12s %10s  %s\n' target seconds executions exec/s result
total_crashes=0
for t in "${targets[@]}"; do
  module=${t%%:*}
  test=${t#*:}
  class=${test%%#*}
  method=${test#*#}
  simple=${class##*.}
  name="$simple#$method"
  echo "$name" | grep -Eq -- "$filter" || continue
  seeds="$module/src/test/resources/$(dirname "${class//.//}")/${simple}Inputs/$method"
  corpus="$PWD/$module/target/fuzz-corpus/$simple/$method"
  mkdir -p "$seeds" "$corpus"
  before=$(ls "$seeds" 2>/dev/null | grep -E '^(crash|timeout|oom)-' | sort)
  log="$logs/$simple.$method.log"
  extra=()
  case "$name" in
    # Sniffing six formats per file runs dozens of regexes; Jazzer's regex hooks (RegexRoadblocks guidance, the
    # RegexInjection check of constant patterns) cut it to ~150 runs/s. Without them: ~1,400 runs/s, more coverage.
    PlatformPluginFuzzTest#parse)
      hooks=com.code_intelligence.jazzer.sanitizers
      extra=(-Djazzer.disabled_hooks=$hooks.RegexRoadblocks:$hooks.RegexInjection) ;;
  esac
  start=$(date +%s.%N)
  JAZZER_FUZZ=1 ./mvnw -o test -pl "$module" -Dtest="$simple#$method" -Dsurefire.failIfNoSpecifiedTests=false \
      -Djazzer.hooks=true -Djazzer.max_duration="${seconds}s" -Djazzer.keep_going="$keep_going" \
      -Djazzer.internal.arg.0=fuzz -Djazzer.internal.arg.1="$corpus" -Djazzer.internal.arg.2=-timeout=10 \
      -Djazzer.internal.arg.3=-max_len="$max_len" \
      -Djunit.jupiter.execution.timeout.mode=disabled -DargLine=-Xmx1g ${extra[@]+"${extra[@]}"} >"$log" 2>&1
  rc=$?
  wall=$(echo "$(date +%s.%N) - $start" | bc)
  # libFuzzer's summary: "Done 123456 runs in 60 second(s)"; at a crash it prints the run count of the crash instead.
  runs=$(grep -aoE 'Done [0-9]+ runs in [0-9]+ second' "$log" | tail -1 | awk '{print $2}')
  secs=$(grep -aoE 'Done [0-9]+ runs in [0-9]+ second' "$log" | tail -1 | awk '{print $5}')
  rate=""
  if [ -n "$runs" ] && [ "${secs:-0}" -gt 0 ]; then
    rate=$((runs / secs))
  elif [ -z "$runs" ]; then
    # Stopped at a crash: the last status line ("#123 NEW ... exec/s: 4567 ...") gives the runs so far.
    runs=$(grep -aoE '^#[0-9]+' "$log" | tail -1 | tr -d '#')
    rate=$(grep -aoE 'exec/s: [0-9]+' "$log" | tail -1 | awk '{print $2}')
    if [ -n "$runs" ] && [ "${rate:-0}" -gt 0 ]; then secs="~$((runs / rate))"; fi
  fi
  new=$(comm -13 <(echo "$before") <(ls "$seeds" 2>/dev/null | grep -E '^(crash|timeout|oom)-' | sort) | grep . || true)
  result=ok
  if [ -n "$new" ]; then
    n=$(echo "$new" | wc -l)
    total_crashes=$((total_crashes + n))
    exc=$(grep -aE '== Java Exception: |ERROR: libFuzzer: ' "$log" | head -1 \
        | sed -E 's/.*(== Java Exception: |ERROR: libFuzzer: )//' | cut -c1-90)
    if [ "$module" = advisor-core ]; then
      dest="bench/fuzz-findings/$simple/$method"
      mkdir -p "$dest"
      for f in $new; do mv "$seeds/$f" "$dest/"; done
      result="CRASH x$n -> $dest: $exc"
    else
      result="CRASH x$n -> $seeds: $exc"
    fi
  elif [ $rc -ne 0 ]; then
    result="FAILED (exit $rc, no crash file; see $log)"
  fi
  printf '%-52s %8s %12s %10s  %s\n' "$name" "${secs:-?}/$(printf '%.0f' "$wall")" "${runs:-?}" "${rate:-?}" "$result"
done
echo "seconds = libFuzzer's fuzzing time / wall time of the Maven run; crash files found: $total_crashes; logs: $logs/"
