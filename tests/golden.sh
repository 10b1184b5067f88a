#!/bin/sh
# tests/golden.sh DYAD — `dyad read` on each examples/ file must equal
# tests/golden/NAME.jsonl.  After an intended change, regenerate with
#   UPDATE=1 sh tests/golden.sh build/dyad
# and review the diff.
DYAD=${1:-build/dyad}
pass=0
fail=0
for f in examples/*; do
    name=$(basename "$f")
    want="tests/golden/$name.jsonl"
    got=$($DYAD read --quiet "$f" 2>/dev/null)
    if [ -n "$UPDATE" ]; then
        printf '%s\n' "$got" >"$want"
        continue
    fi
    if [ ! -f "$want" ]; then
        echo "FAIL golden: $want missing (UPDATE=1 sh tests/golden.sh)"
        fail=$((fail + 1))
    elif [ "$(printf '%s\n' "$got")" = "$(cat "$want")" ]; then
        pass=$((pass + 1))
    else
        echo "FAIL golden: $name differs from $want"
        printf '%s\n' "$got" | diff "$want" - | head -n 5
        fail=$((fail + 1))
    fi
done
echo "$pass passed, $fail failed"
[ $fail = 0 ]
