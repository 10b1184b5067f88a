#!/bin/sh
# tests/cli.sh DYAD — command-line behaviour: exit codes, errors on stderr
# naming source and line/offset, bad input never losing good documents,
# --threads keeping input order.  Last line "N passed, N failed".
DYAD=${1:-build/dyad}
pass=0
fail=0
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

ok() { pass=$((pass + 1)); }
ko() { fail=$((fail + 1)); echo "FAIL cli: $1"; }
expect() { # expect NAME CONDITION...
    name=$1; shift
    if "$@"; then ok; else ko "$name"; fi
}

# --help: stdout, exit 0; unknown option: exit 2
$DYAD --help >"$T/out" 2>"$T/err"; rc=$?
expect "help exit 0" [ $rc = 0 ]
expect "help on stdout" grep -q SYNOPSIS "$T/out"
$DYAD read --help >"$T/out"; expect "read --help" grep -q "dyad read" "$T/out"
$DYAD read --bogus >"$T/out" 2>"$T/err"; rc=$?
expect "unknown option exit 2" [ $rc = 2 ]
expect "unknown option message" grep -q "unknown option" "$T/err"
$DYAD frobnicate >/dev/null 2>&1; expect "unknown command exit 2" [ $? = 2 ]
$DYAD read --threads 0 x >/dev/null 2>&1; expect "bad --threads exit 2" [ $? = 2 ]

# stdin
printf 'Title line here\n\nA body sentence. Another one.\n' | $DYAD read >"$T/out"; rc=$?
expect "stdin exit 0" [ $rc = 0 ]
expect "stdin one object" [ "$(wc -l <"$T/out")" = 1 ]

# a missing file: named on stderr, exit 1, the good file still output
printf 'Good document text. It has sentences.\n' >"$T/good.txt"
$DYAD read "$T/missing.txt" "$T/good.txt" >"$T/out" 2>"$T/err"; rc=$?
expect "missing file exit 1" [ $rc = 1 ]
expect "missing file named" grep -q "missing.txt" "$T/err"
expect "good file kept" [ "$(wc -l <"$T/out")" = 1 ]

# empty file: an error naming it, not a crash
: >"$T/empty.txt"
$DYAD read "$T/empty.txt" >"$T/out" 2>"$T/err"; rc=$?
expect "empty file exit 1" [ $rc = 1 ]
expect "empty file message" grep -q "empty.txt" "$T/err"

# invalid UTF-8: a warning with the offset, the document kept
printf 'Bad \377 byte in text. More text.\n' >"$T/bad.txt"
$DYAD read "$T/bad.txt" >"$T/out" 2>"$T/err"; rc=$?
expect "invalid utf8 exit 0" [ $rc = 0 ]
expect "invalid utf8 warning offset" grep -q "bad.txt: warning: invalid UTF-8 byte 0xff at offset 4" "$T/err"
expect "invalid utf8 replaced" grep -q "$(printf '\357\277\275')" "$T/out"

# JSONL: a bad line is named with its line number; the others are output
{
    printf '{"id":"a","text":"First document. It is fine."}\n'
    printf 'this is not json\n'
    printf '{"id":"c","html":"<html><body><p>Third document here.</p></body></html>"}\n'
    printf '[1,2]\n'
    printf '{"id":"e","title":"no text field"}\n'
    printf '{"id":7,"text":"Numeric id document."}\n'
} >"$T/in.jsonl"
$DYAD read "$T/in.jsonl" >"$T/out" 2>"$T/err"; rc=$?
expect "jsonl exit 1" [ $rc = 1 ]
expect "jsonl three good" [ "$(wc -l <"$T/out")" = 3 ]
expect "jsonl line 2 named" grep -q "in.jsonl:2: not JSON" "$T/err"
expect "jsonl line 4 named" grep -q "in.jsonl:4: not a JSON object" "$T/err"
expect "jsonl line 5 named" grep -q "in.jsonl:5:" "$T/err"
expect "jsonl ids" [ "$(grep -o '"id":"[a-z0-9]*"' "$T/out" | tr '\n' ' ')" = '"id":"a" "id":"c" "id":"7" ' ]

# truncated gzip: the error is named, no crash
printf 'Some text in a gzip file. It is long enough to matter.\n' | gzip -c >"$T/t.txt.gz"
$DYAD read "$T/t.txt.gz" >"$T/out" 2>"$T/err"; expect "gzip text ok" [ $? = 0 ]
head -c 20 "$T/t.txt.gz" >"$T/trunc.gz"
$DYAD read "$T/trunc.gz" >"$T/out" 2>"$T/err"; rc=$?
expect "truncated gzip exit 1" [ $rc = 1 ]
expect "truncated gzip message" grep -q "trunc.gz@.*truncated gzip" "$T/err"

# a 50 MB single line: read, no crash
awk 'BEGIN { s = "word "; for (i = 0; i < 23; i++) s = s s; printf "%s.\n", substr(s, 1, 50000000) }' >"$T/big.txt"
$DYAD read "$T/big.txt" >"$T/out" 2>"$T/err"; rc=$?
expect "50 MB line exit 0" [ $rc = 0 ]
expect "50 MB line one doc" [ "$(wc -l <"$T/out")" = 1 ]
rm -f "$T/big.txt" "$T/out"

# HTML with no body text: an error, not a crash
printf '<html><head><title>x</title></head></html>' >"$T/nobody.html"
$DYAD read "$T/nobody.html" >"$T/out" 2>"$T/err"; rc=$?
expect "html without body exit 1" [ $rc = 1 ]
expect "html without body named" grep -q "nobody.html" "$T/err"

# --threads: same output, same order
for i in 1 2 3 4 5 6 7 8 9 10 11 12; do
    printf 'Document number %s. It has two sentences.\n' "$i" >"$T/d$i.txt"
done
files=""
for i in 1 2 3 4 5 6 7 8 9 10 11 12; do files="$files $T/d$i.txt"; done
$DYAD read --threads 1 $files >"$T/one"
$DYAD read --threads 3 $files >"$T/three"
expect "threads same output" cmp -s "$T/one" "$T/three"

# --input forces the format
printf '<p>not html really</p>\n' >"$T/x.txt"
$DYAD read --input text "$T/x.txt" >"$T/out"
expect "--input text keeps tags" grep -q '<p>' "$T/out"

# output formats: GDELT TSV has 61 columns on every line; CSV a header;
# an unknown format is a usage error
printf 'Talks resume\n\nEgyptian President Abdel Fattah el-Sisi met Israeli Prime Minister Benjamin Netanyahu in Cairo on Monday. Qatar urged Israel and Hamas to agree to a ceasefire.\n' >"$T/ev.txt"
$DYAD events --format tsv --date 2024-03-04 "$T/ev.txt" >"$T/out"; rc=$?
expect "tsv exit 0" [ $rc = 0 ]
expect "tsv has events" [ "$(wc -l <"$T/out")" -ge 2 ]
expect "tsv 61 columns" [ "$(awk -F'\t' '{print NF}' "$T/out" | sort -u)" = 61 ]
$DYAD events --format csv --date 2024-03-04 "$T/ev.txt" >"$T/out"
expect "csv header" grep -q "^doc_id,source_file,url,doc_date,event_id" "$T/out"
$DYAD events --format petrarch-xml --date 2024-03-04 "$T/ev.txt" >"$T/out"
expect "petrarch-xml root" grep -q "^<Sentences>" "$T/out"
expect "petrarch-xml coding" grep -q "<EventCoding sourcecode=" "$T/out"
$DYAD events --format yaml "$T/ev.txt" >/dev/null 2>&1; expect "unknown format exit 2" [ $? = 2 ]

echo "$pass passed, $fail failed"
[ $fail = 0 ]
