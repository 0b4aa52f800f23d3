#!/usr/bin/env bash
# Load test of knews serve with wrk (not part of dotnet test). Usage:
#   tests/load/run.sh INDEX [SECONDS_PER_LEVEL] [RSS_SECONDS]
# Serves INDEX (e.g. the 56,015-article Chosun index: knews ingest ../shared/corpus/chosun --index /tmp/chosun-idx),
# runs wrk at 1, 8 and 64 connections through ../shared/peers/queries.tsv, then a longer run at 8 connections during
# which the server's RSS is sampled and `knews ingest` adds new articles to the index from another process: it reports
# failed requests and how long after the ingest's commit the new articles were searchable.
set -euo pipefail
cd "$(dirname "$0")/../.."
index="$1"
level_seconds="${2:-60}"
rss_seconds="${3:-300}"
port="${PORT:-5190}"
url="http://127.0.0.1:$port"
export QUERIES="${QUERIES:-../shared/peers/queries.tsv}"
work="$(mktemp -d)"

# KNEWS_DIR: an already built Release knews (dotnet build src/KoreanNewsSearch.Cli -c Release -o DIR) to skip the build.
knews="${KNEWS_DIR:-$work/knews}"
[ -n "${KNEWS_DIR:-}" ] || dotnet build src/KoreanNewsSearch.Cli -c Release -o "$knews" >/dev/null
dotnet "$knews/knews.dll" serve --index "$index" --urls "$url" >"$work/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
until curl -sf "$url/healthz" >/dev/null; do sleep 1; done
rss() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$server/status"; }

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); index: $(curl -s "$url/healthz")"
wrk -t1 -c1 -d10s -s tests/load/queries.lua "$url" >/dev/null # warm-up
for connections in 1 8 64; do
    threads=$((connections < 2 ? 1 : 2))
    echo "connections=$connections: $(wrk -t$threads -c$connections -d"${level_seconds}s" --timeout 10s -s tests/load/queries.lua "$url" | grep RESULT) rss_mb=$(rss) load=$(cut -d' ' -f1 /proc/loadavg)"
done

# The long run, with an ingest of new articles in the middle of it.
marker="부하시험표지$RANDOM"
encoded_marker=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$marker")
python3 - "$work/new.jsonl" "$marker" <<'PY'
import json, sys
path, marker = sys.argv[1], sys.argv[2]
with open(path, "w", encoding="utf-8") as out:
    for i in range(200):
        out.write(json.dumps({
            "url": f"https://example.com/load-test/{marker}/{i}", "source": "부하시험일보", "section": "시험",
            "title": f"{marker} 서버 부하 중 추가된 기사 {i}", "published": "2026-12-01T09:00:00+09:00",
            "reporters": ["홍길동"], "body": f"{marker} 검색 서버가 부하를 받는 동안 수집된 {i}번째 기사 본문입니다.",
        }, ensure_ascii=False) + "\n")
PY
wrk -t2 -c8 -d"${rss_seconds}s" --timeout 10s -s tests/load/queries.lua "$url" >"$work/long.txt" &
load=$!
samples=""
for ((t = 0; t < rss_seconds; t += 30)); do
    samples+="$(rss) "
    if ((t == 60 || (rss_seconds < 120 && t == 0))); then
        dotnet "$knews/knews.dll" ingest "$work/new.jsonl" --index "$index" >"$work/ingest.log" 2>&1
        committed=$(date +%s.%N)
        until [ "$(curl -s "$url/api/search?q=$encoded_marker&limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin).get("total"))')" = 200 ]; do sleep 0.05; done
        seen=$(date +%s.%N)
        echo "ingest during load: $(tail -1 "$work/ingest.log"); searchable $(python3 -c "print(f'{$seen - $committed:.2f}')") s after the ingest committed and exited"
    fi
    sleep 30
done
wait $load
echo "connections=8 for ${rss_seconds}s with the ingest: $(grep RESULT "$work/long.txt")"
echo "rss_mb every 30 s: $samples$(rss)"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
