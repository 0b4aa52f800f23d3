#!/usr/bin/env bash
# Fuzz one target with AFL++ and SharpFuzz: tests/KoreanNewsSearch.Fuzz/fuzz.sh TARGET [SECONDS] [WORK]
#   TARGET  html | text | jsonl | query | analyzer
#   SECONDS how long afl-fuzz runs (default 1800, the issue's 30 minutes)
#   WORK    build, seeds and findings (default /tmp/knews-fuzz); crashes land in WORK/findings-TARGET/default/crashes
# Needs afl-fuzz (Debian afl++) and the SharpFuzz instrumenter: dotnet tool install --global SharpFuzz.CommandLine --version 2.3.0
# The instrumented build goes to WORK only: the repository's own bin/ folders are never instrumented.
set -euo pipefail
target=${1:?usage: fuzz.sh html|text|jsonl|query|analyzer [SECONDS] [WORK]}
seconds=${2:-1800}
work=${3:-/tmp/knews-fuzz}
repo=$(cd "$(dirname "$0")/../.." && pwd)
export PATH="$PATH:$HOME/.dotnet/tools" DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# plain/: for seeds and replays; bin/: the same build with the product assembly instrumented, run only under afl-fuzz
# (instrumented code outside it writes to coverage memory that is not there).
if [ ! -f "$work/bin/KoreanNewsSearch.Fuzz.dll" ]; then
  dotnet publish "$repo/tests/KoreanNewsSearch.Fuzz" -c Release -o "$work/plain" >/dev/null
  rm -rf "$work/bin" && cp -r "$work/plain" "$work/bin"
  sharpfuzz "$work/bin/KoreanNewsSearch.dll"
fi

if [ ! -d "$work/seeds/$target" ]; then
  dotnet "$work/plain/KoreanNewsSearch.Fuzz.dll" seeds "$repo" "$work/seeds"
fi

# The seeds must pass first: a crashing seed is a bug found without fuzzing.
dotnet "$work/plain/KoreanNewsSearch.Fuzz.dll" "$target" "$work/seeds/$target" || echo "$target: a seed crashed or was slow (above); fuzzing anyway"

# -t: an input taking over 1 s (FUZZ_TIMEOUT_MS) is a hang; each forked child JIT-compiles what it runs, so under load the
# html target needs more (FUZZ_TIMEOUT_MS=10000) and its 1 s check is the replay above. -m none: .NET maps a lot.
AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_NO_AFFINITY=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_CPUFREQ=1 \
  afl-fuzz -i "$work/seeds/$target" -o "$work/findings-$target" -t "${FUZZ_TIMEOUT_MS:-1000}+" -m none -V "$seconds" -- \
  dotnet "$work/bin/KoreanNewsSearch.Fuzz.dll" "$target" > "$work/afl-$target.log" 2>&1 || true

stats="$work/findings-$target/default/fuzzer_stats"
crashes=$(find "$work/findings-$target/default/crashes" -type f -name 'id:*' 2>/dev/null | wc -l)
hangs=$(find "$work/findings-$target/default/hangs" -type f -name 'id:*' 2>/dev/null | wc -l)
echo "$target: $(grep -E '^execs_done' "$stats" | awk '{print $3}') executions in $(grep -E '^run_time' "$stats" | awk '{print $3}') s, $crashes crashes, $hangs hangs (load $(cut -d' ' -f1-3 /proc/loadavg))"
if [ "$crashes" -gt 0 ] || [ "$hangs" -gt 0 ]; then
  echo "replay them: dotnet $work/plain/KoreanNewsSearch.Fuzz.dll $target $work/findings-$target/default/crashes $work/findings-$target/default/hangs"
fi
