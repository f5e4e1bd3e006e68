#!/usr/bin/env bash
# Installs what the real-server tests need, from Debian's packages, when it
# is missing: Postfix, Dovecot (core and POP3), openssl and netcat. Safe to
# run again: it does nothing when everything is there.
#
# Postfix is preseeded with "No configuration", so the package writes no
# /etc/postfix/main.cf and starts no system mail server; scripts/mta/up.sh
# runs its own instance from a temporary folder instead.
set -euo pipefail

need=()
command -v postfix >/dev/null 2>&1 || need+=(postfix)
command -v dovecot >/dev/null 2>&1 || need+=(dovecot-core)
[ -x /usr/lib/dovecot/pop3 ] || need+=(dovecot-pop3d)
command -v openssl >/dev/null 2>&1 || need+=(openssl)
command -v nc >/dev/null 2>&1 || need+=(netcat-openbsd)

if [ ${#need[@]} -eq 0 ]; then
	exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
	echo "scripts/mta/install.sh: missing ${need[*]}; installing them needs root (or run scripts/test --no-servers)" >&2
	exit 1
fi

echo "installing ${need[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections

# Keep apt from starting the system's Postfix and Dovecot (port 25, 110, 143)
# while it installs them: a policy-rc.d that says "no" (101), unless the
# machine already has one, in which case it is left as it is.
policy=/usr/sbin/policy-rc.d
added_policy=
if [ ! -e "$policy" ]; then
	printf '#!/bin/sh\nexit 101\n' >"$policy"
	chmod 755 "$policy"
	added_policy=1
fi
cleanup() { if [ -n "$added_policy" ]; then rm -f "$policy"; fi; }
trap cleanup EXIT

apt-get update -qq
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
