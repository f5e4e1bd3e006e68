#!/usr/bin/env bash
# The Temporal dev server for the tests of integrations/temporal.
#
# usage: scripts/services/temporal.sh up DIR | down DIR
#
# up builds the Temporal CLI (which holds the dev server) from the Go module
# proxy when it is not cached yet, into a folder outside the repository
# keyed by version (TASKMAIL_TEMPORAL_CACHE, default
# ${XDG_CACHE_HOME:-$HOME/.cache}/taskmail/temporal-v$VERSION; the first
# build took 6.5 minutes on two cores with an empty module cache), starts
# `temporal server start-dev` on 127.0.0.1 on free ports with its state in
# memory, waits until it answers, and writes DIR/env:
#
#   TASKMAIL_TEST_TEMPORAL_ADDR       host:port of the frontend (gRPC)
#   TASKMAIL_TEST_TEMPORAL_NAMESPACE  the namespace to use ("default")
#
# down stops the server by the PID up recorded in DIR, and removes DIR.
set -euo pipefail
export PATH=/usr/local/go/bin:$PATH

VERSION=1.5.1
cmd=${1:?usage: temporal.sh up DIR | down DIR}
W=${2:?usage: temporal.sh up DIR | down DIR}
log() { printf 'temporal: %s\n' "$*" >&2; }
die() { log "$*"; exit 1; }
# shellcheck source=scripts/stop.sh
. "$(dirname "$0")/../stop.sh"

if [ "$cmd" = down ]; then
	[ -d "$W" ] || exit 0
	if [ -s "$W/server.pid" ]; then
		p=$(tr -d ' \n' <"$W/server.pid")
		kill "$p" 2>/dev/null || true
		reap temporal "$p"
	fi
	drop temporal "$W"
	exit 0
fi
[ "$cmd" = up ] || die "usage: temporal.sh up DIR | down DIR"
mkdir -p "$W"

# ---- the CLI, built once per version ----
cache=${TASKMAIL_TEMPORAL_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/taskmail/temporal-v$VERSION}
bin=$cache/temporal
mkdir -p "$cache"
if [ ! -x "$bin" ]; then
	# One build at a time: a second run waits for the first one's binary.
	exec 8>"$cache/.build.lock"
	flock -w 3600 8 || die "waited an hour for another build of the Temporal CLI"
	if [ ! -x "$bin" ]; then
		log "building the Temporal CLI v$VERSION into $cache (once; about 7 minutes on two cores)"
		start=$(date +%s)
		GOBIN=$cache nice go install "github.com/temporalio/cli/cmd/temporal@v$VERSION" >"$cache/build.log" 2>&1 ||
			{ tail -20 "$cache/build.log" >&2; die "go install failed (log: $cache/build.log)"; }
		log "built in $(($(date +%s) - start)) s"
	fi
	exec 8>&-
fi

# ---- ports: the first free range from TASKMAIL_TEST_TEMPORAL_PORT_BASE ----
# Held until the server answers, so that two runs never pick the same range.
exec 9>/tmp/taskmail-temporal-ports.lock
flock -w 300 9 || die "waited 5 minutes for another instance to start"
# bash connects itself (no netcat needed): a port that takes a connection is in use.
port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
base=${TASKMAIL_TEST_TEMPORAL_PORT_BASE:-27230}
ok=
for _ in $(seq 0 20); do
	ok=1
	for o in 3 4 5; do
		port_free $((base + o)) || { ok=; break; }
	done
	[ -n "$ok" ] && break
	base=$((base + 100))
done
[ -n "$ok" ] || die "no free port range found"
port=$((base + 3)) http=$((base + 4)) metrics=$((base + 5))

# The server runs in a session of its own, with the lock's descriptor
# closed, so that the lock ends with this script and down can stop it by
# PID.
setsid "$bin" server start-dev --headless --ip 127.0.0.1 --port "$port" --http-port "$http" \
	--metrics-port "$metrics" --log-level warn \
	>"$W/server.log" 2>&1 9>&- </dev/null &
echo $! >"$W/server.pid"

for i in $(seq 1 600); do
	if "$bin" operator cluster health --address "127.0.0.1:$port" >/dev/null 2>&1 &&
		"$bin" operator namespace describe --address "127.0.0.1:$port" --namespace default >/dev/null 2>&1; then
		break
	fi
	kill -0 "$(cat "$W/server.pid")" 2>/dev/null || { tail -20 "$W/server.log" >&2; die "the dev server exited"; }
	[ "$i" -lt 600 ] || { tail -20 "$W/server.log" >&2; die "the dev server did not answer within 60 s"; }
	sleep 0.1
done

cat >"$W/env" <<ENV
export TASKMAIL_TEST_TEMPORAL_ADDR=127.0.0.1:$port
export TASKMAIL_TEST_TEMPORAL_NAMESPACE=default
ENV
log "dev server on 127.0.0.1:$port (pid $(cat "$W/server.pid"))"
