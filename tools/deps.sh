#!/bin/sh
# Install the Debian packages dyad needs to build and test, when missing.
# Runs apt-get as root, or through sudo; does nothing when all are present.
# `deps.sh check` also installs what the store, browser and load tests use
# (sqlite3, curl, script, chromium, nodejs, npm); `deps.sh bench` adds wrk.
set -e
need=""
have_pc() { pkg-config --exists "$1" 2>/dev/null; }
command -v pkg-config >/dev/null 2>&1 || need="$need pkg-config"
command -v cc >/dev/null 2>&1 || need="$need gcc"
command -v make >/dev/null 2>&1 || need="$need make"
have_pc libxml-2.0   || need="$need libxml2-dev"
have_pc libutf8proc  || need="$need libutf8proc-dev"
have_pc zlib         || need="$need zlib1g-dev"
have_pc jansson      || need="$need libjansson-dev"
have_pc sqlite3      || need="$need libsqlite3-dev"
have_pc libxxhash    || need="$need libxxhash-dev"
have_pc libmicrohttpd || need="$need libmicrohttpd-dev"
command -v gzip >/dev/null 2>&1 || need="$need gzip"
if [ "$1" = check ] || [ "$1" = bench ]; then
    command -v sqlite3 >/dev/null 2>&1 || need="$need sqlite3"
    command -v curl >/dev/null 2>&1 || need="$need curl"
    command -v script >/dev/null 2>&1 || need="$need bsdutils"
fi
if [ "$1" = check ]; then
    command -v chromium >/dev/null 2>&1 || need="$need chromium"
    command -v node >/dev/null 2>&1 || need="$need nodejs"
    command -v npm >/dev/null 2>&1 || need="$need npm"
fi
if [ "$1" = bench ]; then
    command -v wrk >/dev/null 2>&1 || need="$need wrk"
fi
[ -z "$need" ] && exit 0
echo "dyad: installing Debian packages:$need" >&2
if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >&2
$SUDO apt-get install -y -qq --no-install-recommends $need >&2
