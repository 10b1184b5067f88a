#!/bin/sh
# tests/browser/run.sh DYAD BUILD — the web viewer in headless Chromium.
# Builds a corpus from examples/, a hostile article and coded events,
# serves it on loopback, and runs viewer.test.js (puppeteer-core, installed
# with `npm ci` from the lock file).  Screenshots go to BUILD/browser/.
# Chromium missing: installed when root (failing loudly if it cannot be);
# skipped with a message otherwise.  Last line "N passed, N failed".
DYAD=${1:-build/dyad}
B=${2:-build}
case $DYAD in /*) ;; *) DYAD=$(pwd)/$DYAD ;; esac
case $B in /*) ;; *) B=$(pwd)/$B ;; esac
HERE=$(cd "$(dirname "$0")" && pwd)
EX=$(cd "$HERE/../../examples" && pwd)
if ! command -v chromium >/dev/null 2>&1 || ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ]; then
        echo "browser: installing chromium, nodejs, npm"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium nodejs npm >/dev/null 2>&1 ||
            { apt-get update -qq >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium nodejs npm >/dev/null 2>&1; }
        if ! command -v chromium >/dev/null 2>&1 || ! command -v node >/dev/null 2>&1; then
            echo "browser: FAILED to install chromium/nodejs: the browser test cannot run"
            echo "0 passed, 1 failed"
            exit 1
        fi
    else
        echo "browser: skipped: chromium, node or npm is not installed (run 'make check' as root to install them)"
        echo "0 passed, 0 failed"
        exit 0
    fi
fi
if [ ! -d "$HERE/node_modules/puppeteer-core" ]; then
    (cd "$HERE" && npm ci --no-audit --no-fund --loglevel=error >/dev/null 2>&1) ||
        { echo "browser: FAILED: npm ci (puppeteer-core) did not succeed"; echo "0 passed, 1 failed"; exit 1; }
fi
T=$(mktemp -d)
SERVER=
trap '[ -n "$SERVER" ] && kill $SERVER 2>/dev/null; rm -rf "$T"' EXIT
mkdir -p "$B/browser"
cat >"$T/hostile.txt" <<'H'
Hostile <script>window.__dyad_pwned=true;alert(1)</script> headline

By "><img src=x onerror="window.__dyad_pwned=true">

The minister said "<img src=x onerror=window.__dyad_pwned=true> we will not be silenced </script><script>window.__dyad_pwned=true</script>" to reporters on Monday, and officials in the capital repeated it in a statement about the border.

"Every <b>word</b> here is text," the spokesman told reporters on Tuesday.
H
cat >"$T/coded.jsonl" <<'J'
{"id":"b1","source":"b1","url":"https://one.example/a","title":"Envoys meet in Doha","date":"2024-02-01","text":"Envoys from Washington met Qatari officials in Doha on Thursday.","actors":[{"id":"a1","name":"Washington","kind":"country","codes":["USA"],"mentions":[[12,22]]},{"id":"a2","name":"Qatari officials","kind":"group","codes":["QATGOV"],"mentions":[[27,43]]}],"events":[{"id":"e1","date":"2024-02-01","source":"USA","target":"QATGOV","cameo":"040","plover":"CONSULT","goldstein":1.0,"verb":[23,26],"sentence":[0,63],"source_text":"Washington","target_text":"Qatari officials"}],"times":[{"text":"Thursday","span":[54,62],"value":"2024-02-01","granularity":"day","anchor":"document"}]}
{"id":"b2","source":"b2","url":"https://two.example/b","title":"Strikes reported","date":"2024-02-09","text":"Israeli forces struck targets held by Hamas on Friday, officials said.","events":[{"id":"e1","date":"2024-02-09","source":"ISRMIL","target":"PSEREB","cameo":"190","plover":"ASSAULT","goldstein":-10.0,"verb":[15,21],"sentence":[0,70]},{"id":"e2","date":"2024-02-09","source":"USA","target":"ISRGOV","cameo":"040","plover":"CONSULT","goldstein":1.0}]}
J
"$DYAD" ingest --quiet "$T/b.db" "$EX"/* "$T/hostile.txt" || { echo "browser: ingest failed"; echo "0 passed, 1 failed"; exit 1; }
"$DYAD" ingest --quiet --coded "$T/b.db" "$T/coded.jsonl" || { echo "browser: coded ingest failed"; echo "0 passed, 1 failed"; exit 1; }
"$DYAD" serve "$T/b.db" --port 0 --threads 2 2>"$T/serve.log" &
SERVER=$!
i=0; while [ $i -lt 50 ] && ! grep -q http "$T/serve.log"; do sleep 0.1; i=$((i + 1)); done
URL=$(sed -n 's/^dyad serve: \(http.*\)$/\1/p' "$T/serve.log")
[ -n "$URL" ] || { echo "browser: dyad serve did not start"; cat "$T/serve.log"; echo "0 passed, 1 failed"; exit 1; }
echo "browser: screenshots in $B/browser/"
cd "$HERE" && timeout 120 node viewer.test.js "${URL%/}" "$B/browser"
