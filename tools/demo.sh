#!/bin/sh
# tools/demo.sh DYAD SHARED — code the bundled examples (and the shared seed
# article when present) to JSON on stdout.
DYAD=${1:-build/dyad}
SHARED=${2:-../shared}
set -- examples/*
if [ -f "$SHARED/examples/seed-article.txt" ]; then
    set -- "$@" "$SHARED/examples/seed-article.txt"
fi
exec "$DYAD" code "$@"
