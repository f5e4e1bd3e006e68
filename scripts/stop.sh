# Sourced by the scripts that stop servers by PID (scripts/mta/down.sh,
# scripts/services/*.sh down): one wait, one kill -9, one rule for DIR.

# reap NAME PID...: after the caller signalled the processes, waits up to
# 15 s for them all to end, then kills (-9) those still running.
reap() {
	local name=$1 p alive _
	shift
	for _ in $(seq 1 150); do
		alive=
		for p in "$@"; do kill -0 "$p" 2>/dev/null && alive=1; done
		[ -z "$alive" ] && break
		sleep 0.1
	done
	for p in "$@"; do
		if kill -0 "$p" 2>/dev/null; then
			printf '%s: pid %s still running after 15 s; killing it\n' "$name" "$p" >&2
			kill -KILL "$p" 2>/dev/null || true
		fi
	done
}

# drop NAME DIR: removes a stopped server's DIR, or keeps it (for reading
# the logs) when TASKMAIL_TEST_KEEP is set.
drop() {
	if [ -z "${TASKMAIL_TEST_KEEP:-}" ]; then
		rm -rf "$2"
	else
		printf '%s: kept %s\n' "$1" "$2" >&2
	fi
}
