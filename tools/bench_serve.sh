#!/bin/sh
# tools/bench_serve.sh DYAD — load figures of `dyad serve` (never a
# pass/fail test).  Builds a corpus from examples/ plus generated articles,
# serves it on 127.0.0.1 with 2 threads, and runs wrk (bounded: SECS
# seconds per endpoint, default 10) against the document endpoint and the
# query endpoints; prints requests/s and the server's RSS before and after
# (flat RSS = no growth over >= 100,000 requests).
DYAD=${1:-build/dyad}
SECS=${SECS:-10}
command -v wrk >/dev/null 2>&1 || { echo "bench_serve: wrk is not installed (make bench installs it)"; exit 0; }
T=$(mktemp -d)
SERVER=
trap '[ -n "$SERVER" ] && kill $SERVER 2>/dev/null; rm -rf "$T"' EXIT
mkdir -p "$T/in"
awk 'BEGIN { srand(3); split("minister talks ceasefire border government officials army rebels capital meeting agreement sanctions envoy troops election", w, " ")
  for (d = 1; d <= 500; d++) { f = sprintf("'"$T"'/in/d%03d.txt", d); printf "Report %d\n\n", d > f
    for (p = 0; p < 5; p++) { s = ""; for (k = 0; k < 30; k++) s = s " " w[1 + int(rand() * 15)]; printf "The envoy said \"%s\" on Monday.\n\n", s > f }
    close(f) } }'
"$DYAD" ingest --quiet "$T/b.db" examples/* "$T"/in/*.txt
"$DYAD" serve "$T/b.db" --port 0 --threads 2 2>"$T/log" &
SERVER=$!
i=0; while [ $i -lt 50 ] && ! grep -q http "$T/log"; do sleep 0.1; i=$((i + 1)); done
URL=$(sed -n 's/^dyad serve: \(http.*\)\/$/\1/p' "$T/log")
rss() { awk '/VmRSS/ {print $2}' /proc/$SERVER/status; }
echo "serve bench: $URL, 2 server threads, wrk 2 threads 32 connections, ${SECS}s per endpoint"
echo "RSS at start: $(rss) kB"
total=0
for path in /api/doc/1 "/api/search?q=minister" "/api/said?by=envoy&limit=20" "/api/events?limit=50" "/api/dyads?by=month" /; do
    out=$(wrk -t2 -c32 -d"${SECS}s" "$URL$path" 2>&1)
    rps=$(echo "$out" | sed -n 's/^Requests\/sec: *\([0-9.]*\).*/\1/p')
    n=$(echo "$out" | sed -n 's/^ *\([0-9]*\) requests in.*/\1/p')
    total=$((total + ${n:-0}))
    echo "  $path: ${rps:-?} req/s ($n requests), RSS $(rss) kB"
done
echo "total $total requests; RSS at end: $(rss) kB"
