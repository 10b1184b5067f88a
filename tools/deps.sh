#!/bin/sh
# Install the Debian packages dyad needs to build and test, when missing.
# Runs apt-get as root, or through sudo; does nothing when all are present.
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
[ -z "$need" ] && exit 0
echo "dyad: installing Debian packages:$need" >&2
if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >&2
$SUDO apt-get install -y -qq --no-install-recommends $need >&2
