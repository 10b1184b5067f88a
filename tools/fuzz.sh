#!/bin/sh
# tools/fuzz.sh DIR SECONDS — run every libFuzzer target in DIR for SECONDS,
# one after the other, seeded from examples/ and fuzz/corpus/NAME/, with
# the dictionary fuzz/NAME.dict when there is one.  The
# working corpus is kept in build/fuzz-corpus/NAME/ between runs.  Crash,
# leak and timeout inputs are written to build/fuzz-crashes/; any of them
# makes the script fail (add each as a regression case under
# tests/cases/fuzz/, replayed by tests/unit/test_ingest_bad.c).
# Prints, per target, the executions, execs/s and new crashes.
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
    before=$(ls build/fuzz-crashes/ | grep -c "^$name-")
    log="build/fuzz-crashes/$name.log"
    dict=
    [ -f "fuzz/$name.dict" ] && dict="-dict=fuzz/$name.dict"
    echo "== $name: ${SECS}s"
    "$t" -max_total_time="$SECS" -max_len=1048576 -rss_limit_mb=2048 -timeout=20 \
        -print_final_stats=1 $dict -artifact_prefix="build/fuzz-crashes/$name-" "$corpus" >"$log" 2>&1
    rc=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    secs=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log")
    [ -n "$secs" ] && [ "$secs" -gt 0 ] && rate=$((runs / secs)) || rate="?"
    after=$(ls build/fuzz-crashes/ | grep -c "^$name-")
    echo "$name: ${runs:-?} executions, ${rate} execs/s, exit $rc, $((after - before)) new crash inputs"
    grep -E '^(==[0-9]+==ERROR|SUMMARY|fuzz: invariant)' "$log" | head -n 5
    if [ "$rc" != 0 ] || [ "$after" != "$before" ]; then
        echo "$name: see $log and build/fuzz-crashes/$name-*"
        status=1
    fi
done
exit $status
