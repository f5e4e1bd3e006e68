#!/usr/bin/env bash
# Stops what scripts/mta/up.sh started in WORKDIR, by PID, waits until the
# processes are gone, then removes WORKDIR (kept when TASKMAIL_TEST_KEEP is
# set, for reading the logs).
#
# usage: scripts/mta/down.sh WORKDIR
W=${1:?usage: down.sh WORKDIR}
[ -d "$W" ] || exit 0

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

for _ in $(seq 1 150); do
	alive=
	for p in "${pids[@]}"; do kill -0 "$p" 2>/dev/null && alive=1; done
	[ -z "$alive" ] && break
	sleep 0.1
done
for p in "${pids[@]}"; do
	if kill -0 "$p" 2>/dev/null; then
		echo "mta: pid $p still running after 15 s; killing it" >&2
		kill -KILL "$p" 2>/dev/null
	fi
done

if [ -z "${TASKMAIL_TEST_KEEP:-}" ]; then
	rm -rf "$W"
else
	echo "mta: kept $W" >&2
fi
exit 0
