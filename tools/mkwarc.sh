#!/bin/sh
# tools/mkwarc.sh [OUT] — write examples/sample.warc.gz: a WARC 1.1 file,
# one gzip member per record, with a warcinfo record, request/response pairs
# for three HTML news pages (one sent with Transfer-Encoding: chunked, one
# with Content-Encoding: gzip, one in windows-1252 with a charset header),
# non-HTML responses (image/png, application/json, robots.txt), a redirect
# and a metadata record.  The stories and people are made up for the
# example.  Needs only printf, gzip, iconv, wc and mktemp; the output is
# the same on every run (fixed dates, ids, gzip -n).
set -eu
OUT=${1:-examples/sample.warc.gz}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
: >"$T/out.gz"

size() { wc -c <"$1" | tr -d ' '; }

# record TYPE URI DATE ID CONTENT-TYPE BLOCK-FILE — append one gzipped record
record() {
    {
        printf 'WARC/1.1\r\n'
        printf 'WARC-Type: %s\r\n' "$1"
        printf 'WARC-Record-ID: <urn:uuid:%s>\r\n' "$4"
        printf 'WARC-Date: %s\r\n' "$3"
        [ -n "$2" ] && printf 'WARC-Target-URI: %s\r\n' "$2"
        printf 'Content-Type: %s\r\n' "$5"
        printf 'Content-Length: %s\r\n' "$(size "$6")"
        printf '\r\n'
        cat "$6"
        printf '\r\n\r\n'
    } >"$T/rec"
    gzip -n -9 -c "$T/rec" >>"$T/out.gz"
}

# request URI DATE ID — the GET request record for URI
request() {
    host=$(echo "$1" | sed 's|^[a-z]*://\([^/]*\).*|\1|')
    path=$(echo "$1" | sed 's|^[a-z]*://[^/]*||')
    printf 'GET %s HTTP/1.1\r\nHost: %s\r\nUser-Agent: dyad-example/0.1\r\nAccept: */*\r\n\r\n' \
        "${path:-/}" "$host" >"$T/req"
    record request "$1" "$2" "$3" "application/http; msgtype=request" "$T/req"
}

# ---------------------------------------------------------------- warcinfo
printf 'software: dyad tools/mkwarc.sh\r\nformat: WARC File Format 1.1\r\nconformsTo: http://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r\ndescription: example crawl of three news pages, for tests\r\n' >"$T/info"
record warcinfo "" 2024-03-16T08:00:00Z 3c1e7d2a-0001-4a6b-9f00-000000000001 "application/warc-fields" "$T/info"

# ------------------------------------------- page 1: chunked transfer coding
cat >"$T/p1.html" <<'EOF'
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Norway offers to host new round of Sudan peace talks</title>
<meta property="article:published_time" content="2024-03-14T10:15:00Z">
</head>
<body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Norway offers to host new round of Sudan peace talks</h1>
<p class="byline">By Maren Solberg</p>
<p>OSLO (Northern Wire) &mdash; Norway said on Thursday it was ready to host a new round of talks between Sudan&rsquo;s warring parties, as aid agencies warned that the fighting had left millions without food.</p>
<p>&ldquo;We are prepared to open our doors to both delegations as soon as next month,&rdquo; Foreign Minister Ingrid Halvorsen told reporters in Oslo. &ldquo;There is no military solution to this war.&rdquo;</p>
<p>The African Union welcomed the offer and urged both sides to agree to a ceasefire before the talks begin. A spokesman for the army-led government said it would study the proposal, while the paramilitary Rapid Support Forces did not respond to a request for comment.</p>
<p>Halvorsen said Norway had consulted Egypt, Saudi Arabia and the United States, which sponsored earlier talks in Jeddah that collapsed last year.</p>
</article>
<footer>&copy; 2024 Northern Wire. All rights reserved.</footer>
</body>
</html>
EOF
{
    printf 'HTTP/1.1 200 OK\r\nDate: Thu, 14 Mar 2024 10:20:00 GMT\r\nContent-Type: text/html; charset=utf-8\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n'
    # three chunks of the page, then the last (empty) chunk
    total=$(size "$T/p1.html")
    a=400
    b=700
    c=$((total - a - b))
    printf '%x\r\n' $a; head -c $a "$T/p1.html"; printf '\r\n'
    printf '%x;ext=1\r\n' $b; tail -c +$((a + 1)) "$T/p1.html" | head -c $b; printf '\r\n'
    printf '%X\r\n' $c; tail -c +$((a + b + 1)) "$T/p1.html"; printf '\r\n'
    printf '0\r\n\r\n'
} >"$T/r1"
U1=https://news.example.org/world/2024/03/14/norway-sudan-talks.html
request $U1 2024-03-14T10:20:00Z 3c1e7d2a-0002-4a6b-9f00-000000000002
record response $U1 2024-03-14T10:20:00Z 3c1e7d2a-0003-4a6b-9f00-000000000003 "application/http; msgtype=response" "$T/r1"

# --------------------------------------------- page 2: gzip content coding
cat >"$T/p2.html" <<'EOF'
<html>
<head><title>Brazil and Argentina sign trade accord at border summit - World Desk</title></head>
<body>
<div class="story">
<h1>Brazil and Argentina sign trade accord at border summit</h1>
<p>FOZ DO IGUACU, Brazil, March 15 (World Desk) - Brazil and Argentina signed an accord on Friday to cut tariffs on steel and farm machinery, ending a dispute that had strained relations between South America's two largest economies.</p>
<p>"This agreement shows that neighbours can settle their differences at the table and not in the courts," Brazilian Trade Minister Paulo Resende said after the signing.</p>
<p>His Argentine counterpart, Lucia Ferraro, said the deal would "protect jobs on both sides of the river" and called on Uruguay and Paraguay to join it within a year.</p>
<p>The two governments also agreed to set up a joint commission to monitor imports. Critics in the Argentine Congress accused the government of yielding to pressure from Brasilia.</p>
</div>
<div class="related"><p>Related: Mercosur ministers meet in Montevideo</p></div>
</body>
</html>
EOF
gzip -n -9 -c "$T/p2.html" >"$T/p2.gz"
{
    printf 'HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\nContent-Length: %s\r\nVary: Accept-Encoding\r\n\r\n' "$(size "$T/p2.gz")"
    cat "$T/p2.gz"
} >"$T/r2"
U2=https://world.example.net/americas/brazil-argentina-trade-accord
request $U2 2024-03-15T16:02:11Z 3c1e7d2a-0004-4a6b-9f00-000000000004
record response $U2 2024-03-15T16:02:11Z 3c1e7d2a-0005-4a6b-9f00-000000000005 "application/http; msgtype=response" "$T/r2"

# ------------------------------------------ a robots.txt and an image: skipped
printf 'User-agent: *\nDisallow: /private/\n' >"$T/robots"
{
    printf 'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: %s\r\n\r\n' "$(size "$T/robots")"
    cat "$T/robots"
} >"$T/r3"
request https://dailyglobe.example.com/robots.txt 2024-03-16T07:59:58Z 3c1e7d2a-0006-4a6b-9f00-000000000006
record response https://dailyglobe.example.com/robots.txt 2024-03-16T07:59:58Z 3c1e7d2a-0007-4a6b-9f00-000000000007 "application/http; msgtype=response" "$T/r3"

# a 1x1 grey PNG
printf '\211\120\116\107\015\012\032\012\000\000\000\015\111\110\104\122\000\000\000\001\000\000\000\001\010\000\000\000\000\072\176\233\125\000\000\000\012\111\104\101\124\170\234\143\140\000\000\000\002\000\001\110\257\244\161\000\000\000\000\111\105\116\104\256\102\140\202' >"$T/png"
{
    printf 'HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: %s\r\n\r\n' "$(size "$T/png")"
    cat "$T/png"
} >"$T/r4"
record response https://dailyglobe.example.com/img/logo.png 2024-03-16T08:00:01Z 3c1e7d2a-0008-4a6b-9f00-000000000008 "application/http; msgtype=response" "$T/r4"

# --------------------------------------- page 3: windows-1252 with charset
cat >"$T/p3.utf8" <<'EOF'
<html>
<head>
<title>EU envoys warn of sanctions over disputed election</title>
</head>
<body>
<h1>EU envoys warn of sanctions over disputed election</h1>
<p>BRUSSELS — European Union ambassadors warned on Saturday that they would consider targeted sanctions against officials in the Republic of Moldavia Nova if the electoral commission did not publish full results within a week.</p>
<p>“Our patience is not unlimited,” said Élodie Marchetti, the spokeswoman for the bloc’s foreign service. “We expect every vote to be counted and every complaint to be heard.”</p>
<p>The government in the capital rejected the statement as interference. Its foreign ministry summoned the EU ambassador and accused Brussels of “taking sides before the count is over.”</p>
<p>Observers from the Organization for Security and Co-operation in Europe said they had seen ballot boxes removed from two polling stations.</p>
</body>
</html>
EOF
iconv -f UTF-8 -t WINDOWS-1252 "$T/p3.utf8" >"$T/p3.html"
{
    printf 'HTTP/1.1 200 OK\r\nServer: example\r\nContent-Type: text/html;charset="windows-1252"\r\nContent-Length: %s\r\n\r\n' "$(size "$T/p3.html")"
    cat "$T/p3.html"
} >"$T/r5"
U3=https://dailyglobe.example.com/europe/eu-envoys-election-sanctions
request $U3 2024-03-16T08:00:05Z 3c1e7d2a-0009-4a6b-9f00-000000000009
record response $U3 2024-03-16T08:00:05Z 3c1e7d2a-000a-4a6b-9f00-00000000000a "application/http; msgtype=response" "$T/r5"

# ----------------------------------------------- a JSON API answer: skipped
printf '{"story":"eu-envoys-election-sanctions","comments":12,"shares":40}\n' >"$T/json"
{
    printf 'HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: %s\r\n\r\n' "$(size "$T/json")"
    cat "$T/json"
} >"$T/r6"
record response https://dailyglobe.example.com/api/stats?id=42 2024-03-16T08:00:06Z 3c1e7d2a-000b-4a6b-9f00-00000000000b "application/http; msgtype=response" "$T/r6"

# ------------------------------------------------- a redirect: skipped
printf 'HTTP/1.1 301 Moved Permanently\r\nLocation: https://dailyglobe.example.com/europe/\r\nContent-Type: text/html\r\nContent-Length: 0\r\n\r\n' >"$T/r7"
record response https://dailyglobe.example.com/europe 2024-03-16T08:00:07Z 3c1e7d2a-000c-4a6b-9f00-00000000000c "application/http; msgtype=response" "$T/r7"

# ------------------------------------------------------------- metadata
printf 'via: https://dailyglobe.example.com/\r\nhopsFromSeed: L\r\nfetchTimeMs: 112\r\n' >"$T/meta"
record metadata $U3 2024-03-16T08:00:05Z 3c1e7d2a-000d-4a6b-9f00-00000000000d "application/warc-fields" "$T/meta"

mkdir -p "$(dirname "$OUT")"
cp "$T/out.gz" "$OUT"
echo "wrote $OUT ($(size "$OUT") bytes)" >&2
