#!/bin/sh
# tests/run.sh BUILD SHARED — run every test program (normal and sanitizer
# builds), the golden tests and the CLI tests; print each program's result
# and, last, the total as "N passed, N failed".
B=${1:-build}
SHARED=${2:-../shared}
export DYAD_SHARED="$SHARED"
total_pass=0
total_fail=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT

run() {
    name=$1; shift
    "$@" >"$log" 2>&1
    rc=$?
    last=$(tail -n 1 "$log")
    p=$(echo "$last" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed.*/\1/p')
    f=$(echo "$last" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed.*/\2/p')
    if [ -z "$p" ]; then
        p=0; f=1
        echo "== $name: no result line (exit $rc)"
        tail -n 20 "$log"
    elif [ "$f" != 0 ] || [ $rc != 0 ]; then
        [ "$f" = 0 ] && f=1
        echo "== $name: $p passed, $f failed"
        grep -v '^[0-9]* passed' "$log" | tail -n 40
    else
        echo "== $name: $p passed, $f failed"
        grep -i 'skipped' "$log" | head -n 5
    fi
    total_pass=$((total_pass + p))
    total_fail=$((total_fail + f))
}

run "unit" "$B/unit"
run "unit (ASan+UBSan)" "$B/unit-asan"
run "seed article" "$B/seedcheck" "$SHARED"
run "cli" sh tests/cli.sh "$B/dyad"
run "cli (ASan+UBSan)" sh tests/cli.sh "$B/dyad-asan"
run "golden" sh tests/golden.sh "$B/dyad"
run "store" sh tests/store/store.sh "$B/dyad"
run "store (ASan+UBSan)" sh tests/store/store.sh "$B/dyad-asan"
run "fuzz seeds (store)" "$B/store-fuzz-seeds"
run "browser" sh tests/browser/run.sh "$B/dyad" "$B"
echo "$total_pass passed, $total_fail failed"
[ "$total_fail" = 0 ]
