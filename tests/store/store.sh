#!/bin/sh
# tests/store/store.sh DYAD — the corpus store end to end: ingest, re-run
# dedup, near-duplicates, coded import, every query and output format,
# errors, the progress bar, the HTTP API, and a SIGKILL loop that must lose
# no committed document and duplicate none.  Needs sqlite3 and curl (make
# check installs them).  Last line "N passed, N failed".
DYAD=${1:-build/dyad}
case $DYAD in /*) ;; *) DYAD=$(pwd)/$DYAD ;; esac
EX=$(cd "$(dirname "$0")/../../examples" && pwd)
pass=0
fail=0
T=$(mktemp -d)
SERVER=
cleanup() { [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null; rm -rf "$T"; }
trap cleanup EXIT
ok() { pass=$((pass + 1)); }
ko() { fail=$((fail + 1)); echo "FAIL store: $1"; }
expect() { name=$1; shift; if "$@"; then ok; else ko "$name"; fi; }
q() { sqlite3 "$1" "$2"; }
for tool in sqlite3 curl; do
    command -v $tool >/dev/null 2>&1 || { echo "store tests need $tool (make check installs it)"; echo "0 passed, 1 failed"; exit 1; }
done

# --- ingest and re-run
DB=$T/a.db
NDOC=$($DYAD read --quiet "$EX"/* 2>/dev/null | wc -l) # a WARC example holds several
$DYAD ingest "$DB" "$EX"/* 2>"$T/err"; rc=$?
expect "ingest exit 0" [ $rc = 0 ]
expect "ingest stored every example" [ "$(q "$DB" 'select count(*) from documents')" = "$NDOC" ]
expect "schema version set" [ "$(q "$DB" 'pragma user_version')" -ge 1 ]
expect "WAL journal" [ "$(q "$DB" 'pragma journal_mode')" = wal ]
expect "statements stored" [ "$(q "$DB" 'select count(*) from statements')" -gt 0 ]
expect "times stored" [ "$(q "$DB" 'select count(*) from times')" -gt 0 ]
expect "full JSON kept" [ "$(q "$DB" "select count(*) from documents where json_extract(json,'\$.text') is not null")" = "$NDOC" ]
expect "statement rows match the JSON" [ "$(q "$DB" "select count(*) from documents d where json_array_length(d.json,'\$.statements') != (select count(*) from statements s where s.doc_id=d.id)")" = 0 ]
$DYAD ingest "$DB" "$EX"/* 2>"$T/err"; rc=$?
expect "re-run exit 0" [ $rc = 0 ]
expect "re-run adds nothing" grep -q "0 added" "$T/err"
expect "re-run says already stored" grep -q "$NDOC already stored" "$T/err"
expect "re-run keeps the count" [ "$(q "$DB" 'select count(*) from documents')" = "$NDOC" ]
cat "$EX/wire-story.txt" | $DYAD ingest --quiet "$DB" - 2>"$T/err"; rc=$?
expect "stdin duplicate skipped" [ "$(q "$DB" 'select count(*) from documents')" = "$NDOC" ]
expect "--quiet is silent" [ ! -s "$T/err" ]

# --- near-duplicate: the wire story on another site (other header, one sentence changed)
said_before=$($DYAD query "$DB" said --by Abdelatty --format jsonl | wc -l)
{ echo "Gaza truce talks: Egypt and Qatar press both sides"; echo; sed -n '3,$p' "$EX/wire-story.txt" | sed 's/fragile truce/fragile ceasefire/'; } >"$T/copy.txt"
$DYAD ingest "$DB" "$T/copy.txt" 2>"$T/err"
expect "near-duplicate stored" [ "$(q "$DB" 'select count(*) from documents')" = "$((NDOC + 1))" ]
expect "near-duplicate linked" [ "$(q "$DB" "select count(*) from documents where canonical_id = (select id from documents where source like '%wire-story.txt')")" = 1 ]
expect "near-duplicate reported" grep -q "1 near-duplicates" "$T/err"
expect "near-duplicate not counted twice" [ "$($DYAD query "$DB" said --by Abdelatty --format jsonl | wc -l)" = "$said_before" ]
expect "distinct article not linked" [ "$(q "$DB" "select canonical_id is null from documents where source like '%news-page.html'")" = 1 ]

# --- coded import: documents that already carry events, actors, mediations
cat >"$T/coded.jsonl" <<'J'
{"id":"c1","source":"c1","url":"https://one.example/a","title":"Talks one","date":"2024-02-01","text":"Washington met Doha officials on Thursday in the capital to talk about the hostages and the truce and the crossings.","actors":[{"id":"a1","name":"Antony Blinken","kind":"person","codes":["USAGOV"],"mentions":[[0,10]]}],"statements":[{"id":"s1","kind":"direct","text":"We talk","span":[11,14],"speaker":"a1","cue":"said","date":"2024-02-01"}],"events":[{"id":"e1","date":"2024-02-01","source":"USAGOV","target":"QATGOV","cameo":"040","root":"04","plover":"CONSULT","goldstein":1.0,"quad":1,"sentence":[0,40],"verb":[11,14],"statement":null}],"mediations":[{"principal":"USA","counterpart":"PSEREB","via":["QAT","EGY"],"span":[0,40]}],"times":[]}
{"id":"c2","source":"c2","url":"https://two.example/b","title":"Talks two","date":"2024-02-01","text":"A completely different report: officials from the United States held meetings with Qatar over a long dinner about regional matters.","events":[{"id":"e1","date":"2024-02-01","source":"USAGOV","target":"QATGOV","cameo":"040","root":"04","plover":"CONSULT","goldstein":1.0,"quad":1},{"id":"e2","date":"2024-02-09","source":"ISRMIL","target":"PSEREB","cameo":"190","root":"19","plover":"ASSAULT","goldstein":-10.0,"quad":4}]}
{"id":"c3", broken
J
$DYAD ingest --coded "$DB" "$T/coded.jsonl" 2>"$T/err"; rc=$?
expect "coded bad line exit 1" [ $rc = 1 ]
expect "coded bad line named" grep -q "coded.jsonl:3:" "$T/err"
# the examples ingested above are coded too: look at February 2024 only
expect "coded documents stored" [ "$(q "$DB" "select count(*) from events where date between '2024-02-01' and '2024-02-28'")" = 3 ]
expect "actors stored" [ "$(q "$DB" "select count(*) from actors where name = 'Antony Blinken'")" -ge 1 ]
expect "speaker resolved to actor" [ "$(q "$DB" "select speaker_name||' '||speaker_codes from statements where doc_id=(select id from documents where doc_key='c1')")" = "Antony Blinken USAGOV" ]
$DYAD query "$DB" events --from 2024-02-01 --to 2024-02-28 --format jsonl >"$T/ev"
expect "same event grouped" [ "$(wc -l <"$T/ev")" = 2 ]
expect "grouped event counts both reports" grep -q '"cameo":"040".*"reports":2' "$T/ev"
expect "grouped event keeps every URL" grep -q '"urls":\["https://one.example/a","https://two.example/b"\]' "$T/ev"
expect "events --cameo" [ "$($DYAD query "$DB" events --cameo 19 --from 2024-02-01 --to 2024-02-28 --format jsonl | wc -l)" = 1 ]
expect "events --plover" [ "$($DYAD query "$DB" events --plover consult --from 2024-02-01 --to 2024-02-28 --format jsonl | wc -l)" = 1 ]
expect "events --source prefix" [ "$($DYAD query "$DB" events --source ISR --from 2024-02-01 --to 2024-02-28 --format jsonl | wc -l)" = 1 ]
expect "events --from/--to" [ "$($DYAD query "$DB" events --from 2024-02-05 --to 2024-02-28 --format jsonl | wc -l)" = 1 ]
$DYAD query "$DB" dyads --by month --format csv >"$T/dy"
expect "dyads csv header" [ "$(head -n 1 "$T/dy")" = "period,source,target,events,goldstein" ]
expect "dyads month counts one event per dyad" grep -q "^2024-02,USAGOV,QATGOV,1,1" "$T/dy"
expect "dyads goldstein sum" grep -q "^2024-02,ISRMIL,PSEREB,1,-10" "$T/dy"
expect "dyads by week starts on Monday" [ "$($DYAD query "$DB" dyads --by week --format csv | grep -c '^2024-01-29,USAGOV')" = 1 ]
expect "dyads by day" [ "$($DYAD query "$DB" dyads --by day --format csv | grep -c '^2024-02-09,')" = 1 ]
expect "mediations" grep -q '"via":\["QAT","EGY"\]' "$($DYAD query "$DB" mediations --format jsonl >"$T/m"; echo "$T/m")"
expect "said by code" [ "$($DYAD query "$DB" said --by USAGOV --from 2024-02-01 --to 2024-02-01 --format jsonl | wc -l)" = 1 ]
expect "said --about" [ "$($DYAD query "$DB" said --by Abdelatty --about hostage --format jsonl | wc -l)" -ge 1 ]
expect "said --from/--to excludes" [ "$($DYAD query "$DB" said --by Abdelatty --from 2025-01-01 --to 2025-12-31 --format jsonl | wc -l)" = 0 ]
expect "search words" [ "$($DYAD query "$DB" search --q 'vienna border' --format jsonl | wc -l)" = 1 ]
expect "search hostile syntax" $DYAD query "$DB" search --q '"AND OR NEAR( * ^' --format jsonl
expect "doc by number" sh -c "$DYAD query '$DB' doc 1 | grep -q '\"document\":{'"
expect "doc by key" sh -c "$DYAD query '$DB' doc c2 | grep -q 'Talks two'"
$DYAD query "$DB" doc 99999 >/dev/null 2>&1; expect "doc not found exit 1" [ $? = 1 ]
$DYAD query "$DB" said --format jsonl >/dev/null 2>&1; expect "said without --by exit 2" [ $? = 2 ]
$DYAD query "$DB" events --from yesterday >/dev/null 2>&1; expect "bad date exit 2" [ $? = 2 ]
$DYAD query "$DB" dyads --by year >/dev/null 2>&1; expect "bad period exit 2" [ $? = 2 ]
$DYAD query "$DB" events --format table >"$T/tab"; expect "table format aligned" grep -q "^date  *source  *target" "$T/tab"
$DYAD query "$T/none.db" events >/dev/null 2>&1; expect "missing db exit 2" [ $? = 2 ]
expect "injection is data" [ "$($DYAD query "$DB" said --by "x' OR 1=1 --" --format jsonl | wc -l)" = 0 ]

# --- progress bar: on a terminal only
if command -v script >/dev/null 2>&1; then
    script -qec "$DYAD ingest $T/p.db $EX/wire-story.txt" /dev/null >"$T/tty" 2>&1
    expect "progress bar on a terminal" grep -q "docs/s.*ETA" "$T/tty"
fi
$DYAD ingest "$T/p2.db" "$EX/wire-story.txt" 2>"$T/err"
expect "no progress bar off a terminal" sh -c "! grep -q ETA '$T/err'"

# --- HTTP API
$DYAD serve "$DB" --port 0 --threads 2 2>"$T/serve.log" &
SERVER=$!
i=0; while [ $i -lt 50 ] && ! grep -q http "$T/serve.log"; do sleep 0.1; i=$((i + 1)); done
PORT=$(sed -n 's/.*:\([0-9]*\)\/$/\1/p' "$T/serve.log")
U=http://127.0.0.1:$PORT
code() { curl -s -o "$T/body" -w '%{http_code}' "$@"; }
expect "GET / 200" [ "$(code "$U/")" = 200 ]
expect "page has no CDN" sh -c "! grep -qi 'https\\?://' '$T/body'"
expect "CSP header" sh -c "curl -s -I '$U/' | grep -qi 'content-security-policy: default-src'"
expect "api search 200" [ "$(code "$U/api/search?q=vienna")" = 200 ]
expect "api search row" grep -q '"count":1' "$T/body"
expect "api events grouped" [ "$(code "$U/api/events?cameo=040")" = 200 ]
expect "api events reports" grep -q '"reports":2' "$T/body"
expect "api dyads" [ "$(code "$U/api/dyads?by=week")" = 200 ]
expect "api said" [ "$(code "$U/api/said?by=Abdelatty&about=hostage")" = 200 ]
expect "api mediations" [ "$(code "$U/api/mediations")" = 200 ]
expect "api doc" [ "$(code "$U/api/doc/1")" = 200 ]
expect "api doc missing 404" [ "$(code "$U/api/doc/424242")" = 404 ]
expect "api 404 is JSON" grep -q '"error"' "$T/body"
expect "unknown endpoint 404" [ "$(code "$U/api/nothing")" = 404 ]
expect "bad param 400" [ "$(code "$U/api/events?from=2024-13-01")" = 400 ]
expect "unknown param 400" [ "$(code "$U/api/events?color=red")" = 400 ]
expect "repeated param 400" [ "$(code "$U/api/events?limit=1&limit=2")" = 400 ]
expect "bad escape 400" [ "$(code "$U/api/search?q=%zz")" = 400 ]
expect "too long value 400" [ "$(code "$U/api/search?q=$(head -c 600 /dev/zero | tr '\0' a)")" = 400 ]
expect "POST 405" [ "$(code -X POST -d x=1 "$U/api/events")" = 405 ]
expect "traversal 404" [ "$(code --path-as-is "$U/../../etc/passwd")" = 404 ]
expect "encoded traversal 404" [ "$(code --path-as-is "$U/%2e%2e/%2e%2e/etc/passwd")" = 404 ]
expect "huge URI refused" [ "$(code "$U/api/search?q=$(head -c 40000 /dev/zero | tr '\0' a)")" -ge 400 ]
kill $SERVER; wait $SERVER 2>/dev/null; SERVER=

# --- SIGKILL at random moments, then resume: nothing lost, nothing doubled
K=$T/kill
mkdir -p "$K/in"
awk 'BEGIN {
  split("minister talks ceasefire border government officials said army rebels capital meeting agreement sanctions envoy troops election protest court parliament president embassy crisis aid hostages negotiations ports trade drought floods refugees", w, " ")
  srand(7)
  for (d = 1; d <= 1500; d++) {
    f = sprintf("'"$K"'/in/doc%03d.txt", d)
    printf "Report number %d on the %s\n\n", d, w[1 + int(rand() * 30)] > f
    for (p = 0; p < 6; p++) {
      s = ""
      for (k = 0; k < 40; k++) s = s " " w[1 + int(rand() * 30)]
      printf "The %s said \"%s.\"\n\n", w[1 + int(rand() * 30)], s > f
    }
    close(f)
  }
}'
rounds=0
completed=0
prev=""
while [ $rounds -lt 12 ]; do
    $DYAD ingest --quiet --batch 3 "$K/k.db" "$K"/in/*.txt 2>/dev/null &
    pid=$!
    sleep "0.$(awk -v r=$rounds 'BEGIN{srand(r+1); printf "%03d", 20 + int(rand()*180)}')" # 0.02-0.2 s: ingest takes about a second
    if kill -9 $pid 2>/dev/null; then
        wait $pid 2>/dev/null
        rounds=$((rounds + 1))
        now=$(q "$K/k.db" 'select hash from documents order by hash' 2>/dev/null | tr '\n' ' ')
        if [ -n "$prev" ]; then
            lost=0
            for h in $prev; do case " $now " in *" $h "*) ;; *) lost=1 ;; esac; done
            [ $lost = 0 ] || ko "committed document lost after kill round $rounds"
        fi
        prev=$now
    else
        wait $pid
        completed=1
        break
    fi
done
$DYAD ingest --quiet "$K/k.db" "$K"/in/*.txt; rc=$?
echo "kill test: $rounds SIGKILL rounds"
expect "kill test killed at least 3 times" [ $rounds -ge 3 ]
expect "resume exit 0" [ $rc = 0 ]
expect "every document stored once" [ "$(q "$K/k.db" 'select count(*), count(distinct hash) from documents')" = "1500|1500" ]
expect "integrity after kills" [ "$(q "$K/k.db" 'pragma integrity_check')" = ok ]
expect "no half-written document" [ "$(q "$K/k.db" "select count(*) from documents d where json_array_length(d.json,'\$.statements') != (select count(*) from statements s where s.doc_id=d.id) or json_array_length(d.json,'\$.times') != (select count(*) from times t where t.doc_id=d.id)")" = 0 ]
expect "no orphan rows" [ "$(q "$K/k.db" 'select count(*) from statements where doc_id not in (select id from documents)')" = 0 ]
expect "full-text index complete" [ "$(q "$K/k.db" "select count(*) from docs_fts where docs_fts match 'report'")" = 1500 ]

echo "$pass passed, $fail failed"
[ $fail = 0 ]
