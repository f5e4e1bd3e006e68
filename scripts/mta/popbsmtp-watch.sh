#!/usr/bin/env bash
# POP-before-SMTP for the test Postfix: follows Dovecot's log and, for every
# successful POP3 login, lets that login's client address (and only that
# address) relay for TTL seconds, by writing "ADDRESS OK" into a Postfix
# hash: access map. Entries expire TTL seconds after the address's last
# login. Debian has no pop-before-smtp package any more, hence this script.
#
# usage: popbsmtp-watch.sh DOVECOT_LOG MAP TTL_SECONDS
#
# The map is rebuilt in MAP.tmp and renamed over MAP.db, so Postfix never
# reads a half-written map; smtpd notices the new file and restarts itself
# before its next client.
set -u
LOG=${1:?usage: popbsmtp-watch.sh DOVECOT_LOG MAP TTL_SECONDS}
MAP=${2:?map}
TTL=${3:?ttl}
confdir=$(dirname "$MAP")

# Dovecot 2.3 writes, for a successful login:
#   ... pop3-login: Info: Login: user=<alice@local.test>, method=PLAIN,
#   rip=127.0.0.5, lip=127.0.0.1, mpid=1234, TLS, session=<...>
# rip is the client's address. Only the address is captured; a failed login
# is logged differently ("Disconnected ... auth failed") and never matches.
re='pop3-login: Info: Login: user=<[^>]+>, method=[A-Za-z0-9-]+, rip=([0-9]{1,3}(\.[0-9]{1,3}){3}|[0-9A-Fa-f:]+), '

declare -A seen=()

rebuild() {
	local now ip tmp="$MAP.tmp"
	now=$(date +%s)
	: >"$tmp"
	for ip in "${!seen[@]}"; do
		if ((now - seen[$ip] < TTL)); then
			printf '%s OK\n' "$ip" >>"$tmp"
		else
			unset "seen[$ip]"
		fi
	done
	postmap -c "$confdir" "hash:$tmp" && mv -f "$tmp.db" "$MAP.db" && mv -f "$tmp" "$MAP"
	echo "$(date +%T) relaying for: ${!seen[*]}"
}

expired() {
	local now ip
	now=$(date +%s)
	for ip in "${!seen[@]}"; do
		((now - seen[$ip] >= TTL)) && return 0
	done
	return 1
}

# next_line TIMEOUT sets line to the next whole line: status 0; 1 when
# TIMEOUT passes first, keeping what came of a line for the next call (read
# returns a part of a line on timeout, which would otherwise be lost with
# the login it holds); 2 when the input ended.
buf=
next_line() {
	local part
	if IFS= read -r -t "$1" part; then
		line=$buf$part
		buf=
		return 0
	elif (($? > 128)); then
		buf=$buf$part
		return 1
	fi
	return 2
}

# Logins that arrive together (lines already waiting in the pipe) share one
# rebuild: postmap can take a second on a busy machine, and rebuilding once
# per login would delay every login behind the ones before it.
rebuild
tail -n0 -F "$LOG" 2>/dev/null | while true; do
	next_line 1
	case $? in
	0)
		pending=
		while :; do
			if [[ $line =~ $re ]]; then
				seen[${BASH_REMATCH[1]}]=$(date +%s)
				pending=1
			fi
			next_line 0.05 || break
		done
		if [ -n "$pending" ]; then
			rebuild
			continue
		fi
		;;
	2) break ;; # tail ended
	esac
	if expired; then rebuild; fi
done
