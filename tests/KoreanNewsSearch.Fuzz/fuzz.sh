#!/usr/bin/env bash
# Fuzz one target with AFL++ and SharpFuzz: tests/KoreanNewsSearch.Fuzz/fuzz.sh TARGET [SECONDS] [WORK] [EXECUTIONS]
#   TARGET     html | text | jsonl | query | analyzer
#   SECONDS    how long afl-fuzz runs at most (default 1800, the issue's 30 minutes)
#   WORK       build, seeds and findings (default /tmp/knews-fuzz); crashes land in WORK/findings-TARGET/default/crashes
#   EXECUTIONS stop once this many inputs ran (default 1000000, the issue's count), whichever comes first
# Needs afl-fuzz (Debian afl++) and the SharpFuzz instrumenter: dotnet tool install --global SharpFuzz.CommandLine --version 2.3.0
# The instrumented build goes to WORK only: the repository's own bin/ folders are never instrumented.
set -euo pipefail
target=${1:?usage: fuzz.sh html|text|jsonl|query|analyzer [SECONDS] [WORK] [EXECUTIONS]}
seconds=${2:-1800}
work=${3:-/tmp/knews-fuzz}
executions=${4:-1000000}
repo=$(cd "$(dirname "$0")/../.." && pwd)
export PATH="$PATH:$HOME/.dotnet/tools" DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# plain/: for seeds and replays; bin/: the same build with the product assembly instrumented, run only under afl-fuzz
# (instrumented code outside it writes to coverage memory that is not there). Rebuilt whenever the sources changed.
stamp=$(cd "$repo" && find src tests/KoreanNewsSearch.Fuzz \( -name bin -o -name obj \) -prune -o -type f \( -name '*.cs' -o -name '*.csproj' -o -name '*.props' \) -print | sort | xargs sha1sum | sha1sum | cut -c1-40)
if [ ! -f "$work/bin/KoreanNewsSearch.Fuzz.dll" ] || [ "$(cat "$work/build-stamp" 2>/dev/null)" != "$stamp" ]; then
  rm -rf "$work/plain" "$work/bin"
  dotnet publish "$repo/tests/KoreanNewsSearch.Fuzz" -c Release -o "$work/plain" >/dev/null
  cp -r "$work/plain" "$work/bin"
  sharpfuzz "$work/bin/KoreanNewsSearch.dll"
  echo "$stamp" > "$work/build-stamp"
fi

if [ ! -d "$work/seeds/$target" ]; then
  dotnet "$work/plain/KoreanNewsSearch.Fuzz.dll" seeds "$repo" "$work/seeds"
fi

# The seeds must pass first: a crashing seed is a bug found without fuzzing.
dotnet "$work/plain/KoreanNewsSearch.Fuzz.dll" "$target" "$work/seeds/$target" || echo "$target: a seed crashed or was slow (above); fuzzing anyway"

# The target runs every input in one process (SharpFuzz persistent mode) and throws, i.e. reports a crash, for an input
# over 1 s (FUZZ_SLOW_MS) twice in a row. -t is afl-fuzz's kill for an input that never returns: it must exceed two
# slow runs. Killing the target ends afl-fuzz's session (the persistent process was its fork server), so the input it
# was running is kept in hangs-persistent/ and the session resumed until the time or the executions are used up.
# A resumed session counts its executions from 0: the totals over sessions are kept in executions-total.
# -m none: .NET maps a lot.
findings="$work/findings-$target"
stats="$findings/default/fuzzer_stats"
totals="$findings/executions-total"   # "EXECUTIONS SECONDS SESSIONS" over every session so far
mkdir -p "$findings/hangs-persistent"
[ -f "$totals" ] || echo "0 0 0" > "$totals"
deadline=$(( $(date +%s) + seconds ))
input=(-i "$work/seeds/$target")
[ -f "$stats" ] && input=(-i -)
while :; do
  read -r done_so_far time_so_far sessions < "$totals"
  left=$(( deadline - $(date +%s) ))
  if [ "$left" -le 10 ] || [ "$done_so_far" -ge "$executions" ]; then break; fi
  rm -f "$stats"
  AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_NO_AFFINITY=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_CPUFREQ=1 \
    FUZZ_SLOW_MS="${FUZZ_SLOW_MS:-1000}" FUZZ_SLOWEST_LOG="$findings/slowest-inputs" \
    afl-fuzz "${input[@]}" -o "$findings" -t "${FUZZ_TIMEOUT_MS:-5000}" -m none -V "$left" -E "$(( executions - done_so_far ))" -- \
    dotnet "$work/bin/KoreanNewsSearch.Fuzz.dll" "$target" >> "$work/afl-$target.log" 2>&1 || true
  input=(-i -)
  if [ -f "$stats" ]; then
    echo "$(( done_so_far + $(grep -E '^execs_done' "$stats" | awk '{print $3}') )) $(( time_so_far + $(grep -E '^run_time' "$stats" | awk '{print $3}') )) $(( sessions + 1 ))" > "$totals"
  fi
  if grep -q 'Unable to communicate with fork server\|Fork server is misbehaving\|Timeout while initializing fork server' "$work/afl-$target.log" \
      && [ -f "$findings/default/.cur_input" ]; then
    cp "$findings/default/.cur_input" "$findings/hangs-persistent/input-$(date +%s)"
    echo "$target: afl-fuzz lost the target (killed on -t or died); its input kept in $findings/hangs-persistent, resuming" | tee -a "$work/afl-$target.log"
    sed -i 's/Unable to communicate with fork server/(target lost)/; s/Fork server is misbehaving/(target lost)/; s/Timeout while initializing fork server/(target lost)/' "$work/afl-$target.log"
  else
    break
  fi
done

read -r done_so_far time_so_far sessions < "$totals"
crashes=$(find "$findings/default/crashes" -type f -name 'id:*' 2>/dev/null | wc -l)
hangs=$(( $(find "$findings/default/hangs" -type f -name 'id:*' 2>/dev/null | wc -l) + $(find "$findings/hangs-persistent" -type f | wc -l) ))
slowest=$(sort -n "$findings/slowest-inputs" 2>/dev/null | tail -1)
echo "$target: $done_so_far executions in $time_so_far s over $sessions afl-fuzz session(s) ($(grep -E '^execs_per_sec' "$stats" | awk '{print $3}')/s at the end), $crashes crashes, $hangs hangs, slowest input ${slowest:-not logged} (load $(cut -d' ' -f1-3 /proc/loadavg))"
if [ "$crashes" -gt 0 ] || [ "$hangs" -gt 0 ]; then
  echo "replay them: dotnet $work/plain/KoreanNewsSearch.Fuzz.dll $target $findings/default/crashes $findings/default/hangs $findings/hangs-persistent"
fi
