#!/bin/sh
# tools/fuzz.sh DIR SECONDS — run every libFuzzer target in DIR for SECONDS,
# seeded from examples/ (and fuzz/corpus/NAME/ when present).  Crashes are
# written to build/fuzz-crashes/; a crash makes the script fail.
DIR=${1:-build/fuzz}
SECS=${2:-60}
mkdir -p build/fuzz-crashes
status=0
for t in "$DIR"/fuzz_*; do
    [ -x "$t" ] || continue
    name=$(basename "$t")
    corpus="build/fuzz-corpus/$name"
    mkdir -p "$corpus"
    cp examples/* "$corpus/" 2>/dev/null
    [ -d "fuzz/corpus/$name" ] && cp "fuzz/corpus/$name"/* "$corpus/" 2>/dev/null
    echo "== $name: ${SECS}s"
    "$t" -max_total_time="$SECS" -max_len=1048576 -rss_limit_mb=2048 \
        -artifact_prefix="build/fuzz-crashes/$name-" "$corpus" 2>&1 | grep -E '^(#[0-9]+.*DONE|Done|==.*ERROR|SUMMARY)' 
    [ "${PIPESTATUS:-0}" = 0 ] || true
    if ls build/fuzz-crashes/"$name"-* >/dev/null 2>&1; then
        echo "$name: crash inputs in build/fuzz-crashes/"
        status=1
    fi
done
exit $status
