#!/usr/bin/env bash
# A private PostgreSQL for the River integration's tests: a cluster of its
# own in DIR, on 127.0.0.1 at a free port, run as an unprivileged user
# (PostgreSQL refuses to run as root), with trust authentication from
# loopback only.
#
# usage: scripts/services/postgres.sh up DIR    install (Debian's postgresql) when
#                                               missing, initdb, start, wait, write DIR/env
#        scripts/services/postgres.sh down DIR  stop it by the PID up recorded
#
# DIR/env sets TASKMAIL_TEST_POSTGRES_URL (postgres://postgres@127.0.0.1:PORT/taskmail).
# The tests run River's migrations themselves (rivermigrate).
set -euo pipefail

cmd=${1:-}
D=${2:-}
[ -n "$cmd" ] && [ -n "$D" ] || { echo "usage: $0 up|down DIR" >&2; exit 2; }
log() { printf 'postgres: %s\n' "$*" >&2; }
die() { log "$*"; exit 1; }
pgbin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
user=taskmail-pg
# shellcheck source=scripts/stop.sh
. "$(dirname "$0")/../stop.sh"

# as runs a command as the unprivileged user when this script runs as root.
as() {
	if [ "$(id -u)" -eq 0 ]; then
		setpriv --reuid="$user" --regid="$user" --clear-groups -- "$@"
	else
		"$@"
	fi
}

up() {
	local bin
	bin=$(pgbin)
	if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
		[ "$(id -u)" -eq 0 ] || die "PostgreSQL is not installed; install Debian's postgresql package (as root)"
		log "installing PostgreSQL from Debian's packages"
		# Only the private cluster below: no system-wide one on port 5432.
		mkdir -p /etc/postgresql-common/createcluster.d
		echo 'create_main_cluster = false' >/etc/postgresql-common/createcluster.d/taskmail-test.conf
		export DEBIAN_FRONTEND=noninteractive
		apt-get update -qq
		apt-get install -y -qq --no-install-recommends postgresql >/dev/null
		bin=$(pgbin)
		[ -n "$bin" ] || die "postgresql installed, but no /usr/lib/postgresql/*/bin"
	fi
	if [ "$(id -u)" -eq 0 ] && ! id "$user" >/dev/null 2>&1; then
		useradd --system --user-group --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$user"
	fi

	mkdir -p "$D"
	chmod 711 "$D" # the user must reach its folders inside DIR
	mkdir -p "$D/data" "$D/sock"
	[ "$(id -u)" -ne 0 ] || chown "$user:$user" "$D/data" "$D/sock"
	chmod 700 "$D/data"
	as "$bin/initdb" -D "$D/data" -U postgres --auth=trust -E UTF8 --no-sync >"$D/initdb.log" 2>&1 ||
		{ cat "$D/initdb.log" >&2; die "initdb failed"; }
	touch "$D/postgres.log"
	[ "$(id -u)" -ne 0 ] || chown "$user:$user" "$D/postgres.log"

	# A free port: try from 25432 on; two runs at once may race for one, so
	# a failed start moves on to the next.
	local port started=
	for port in $(seq 25432 25531); do
		if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
			continue # taken
		fi
		if as "$bin/pg_ctl" -D "$D/data" -l "$D/postgres.log" -w -t 60 \
			-o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$D/sock -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
			start >/dev/null 2>&1; then
			started=1
			break
		fi
	done
	[ -n "$started" ] || { tail -n 20 "$D/postgres.log" >&2; die "could not start PostgreSQL on a port from 25432 to 25531"; }
	head -n 1 "$D/data/postmaster.pid" >"$D/pid"

	# Wait until it answers on TCP, then make the test database.
	local i
	for i in $(seq 1 100); do
		"$bin/pg_isready" -q -h 127.0.0.1 -p "$port" -U postgres && break
		sleep 0.1
	done
	"$bin/pg_isready" -q -h 127.0.0.1 -p "$port" -U postgres || die "PostgreSQL on 127.0.0.1:$port does not answer"
	"$bin/psql" -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -c 'CREATE DATABASE taskmail' >/dev/null
	echo "export TASKMAIL_TEST_POSTGRES_URL=postgres://postgres@127.0.0.1:$port/taskmail?sslmode=disable" >"$D/env"
	log "PostgreSQL $(basename "$(dirname "$bin")") on 127.0.0.1:$port (pid $(cat "$D/pid"))"
}

down() {
	[ -d "$D" ] || return 0
	if [ -s "$D/pid" ]; then
		local pid
		pid=$(tr -d ' \n' <"$D/pid")
		kill -INT "$pid" 2>/dev/null || true # fast shutdown
		reap postgres "$pid"
	fi
	drop postgres "$D"
}

case $cmd in
up) up ;;
down) down ;;
*) echo "usage: $0 up|down DIR" >&2; exit 2 ;;
esac
