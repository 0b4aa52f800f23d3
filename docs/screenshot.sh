#!/usr/bin/env bash
# Screenshots of the search page for the README: docs/search-page.png (desktop) and docs/search-page-375.png (phone).
# Builds the tool, serves the given index (default: index/, built from data/ on first use) on a free loopback port,
# and photographs one search with headless Chromium. Korean text needs a CJK font (Debian: fonts-noto-cjk).
set -euo pipefail
cd "$(dirname "$0")/.."
index="${1:-index}"
query="${2:-대통령 선거}"
port="${PORT:-5187}"
chromium="${CHROMIUM:-/usr/bin/chromium}"

dotnet build src/KoreanNewsSearch.Cli -c Release -o /tmp/knews-screenshot >/dev/null
dotnet /tmp/knews-screenshot/knews.dll serve --index "$index" --urls "http://127.0.0.1:$port" >/tmp/knews-screenshot.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break
    sleep 1
done

url="http://127.0.0.1:$port/?q=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$query")"
shoot() { # width height file
    "$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
        --disable-component-update --disable-sync --user-data-dir="$(mktemp -d)" --hide-scrollbars \
        --window-size="$1,$2" --screenshot="$3" "$url" 2>/dev/null
}
shoot 1280 1100 docs/search-page.png
shoot 375 1300 docs/search-page-375.png
echo "wrote docs/search-page.png and docs/search-page-375.png from $url"
