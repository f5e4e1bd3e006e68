#!/usr/bin/env bash
# Stops what scripts/mta/up.sh started in WORKDIR, by PID, waits until the
# processes are gone, then removes WORKDIR (kept when TASKMAIL_TEST_KEEP is
# set, for reading the logs).
#
# usage: scripts/mta/down.sh WORKDIR
W=${1:?usage: down.sh WORKDIR}
[ -d "$W" ] || exit 0
# shellcheck source=scripts/stop.sh
. "$(dirname "$0")/../stop.sh"

pids=()
pidof_file() { [ -s "$1" ] && tr -d ' \n' <"$1"; }
if p=$(pidof_file "$W/popbsmtp/watch.pid"); then
	# the watcher is a session leader (setsid): end it and its tail together
	kill -- "-$p" 2>/dev/null
	pids+=("$p")
fi
if p=$(pidof_file "$W/pf/spool/pid/master.pid"); then
	kill "$p" 2>/dev/null # the master stops its children
	pids+=("$p")
fi
for f in "$W/dc/dovecot.pid" "$W/dco/dovecot.pid"; do
	if p=$(pidof_file "$f"); then
		kill "$p" 2>/dev/null
		pids+=("$p")
	fi
done

reap mta "${pids[@]}"
drop mta "$W"
exit 0
