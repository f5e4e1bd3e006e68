#!/usr/bin/env bash
# OpenDKIM for the DKIM tests: the second, independent verifier of the
# messages taskmail signs (the first is go-msgauth, in process).
#
# usage: scripts/services/opendkim.sh up DIR | down DIR
#
# The tests run "opendkim -t FILE" (test mode: verify the message in FILE
# and exit) with a configuration of their own whose TestPublicKeys file
# holds the test keys, so no DNS query is made and no daemon runs: "up"
# installs Debian's opendkim and opendkim-tools when missing, checks that
# the binary runs and verifies Ed25519 (RFC 8463), and writes DIR/env
# with TASKMAIL_TEST_OPENDKIM, the binary's path; "down" has nothing to
# stop.
set -euo pipefail

cmd=${1:?usage: opendkim.sh up|down DIR}
dir=${2:?usage: opendkim.sh up|down DIR}
log() { printf 'opendkim: %s\n' "$*" >&2; }

case $cmd in
up)
	if ! command -v opendkim >/dev/null 2>&1 && [ ! -x /usr/sbin/opendkim ]; then
		[ "$(id -u)" -eq 0 ] || { log "opendkim is missing; install opendkim and opendkim-tools (as root)"; exit 1; }
		log "installing opendkim and opendkim-tools"
		export DEBIAN_FRONTEND=noninteractive
		apt-get update -qq && apt-get install -y -qq --no-install-recommends opendkim opendkim-tools >/dev/null
	fi
	bin=$(command -v opendkim || echo /usr/sbin/opendkim)
	version=$("$bin" -V 2>&1 | head -n 1 | sed "s/^opendkim: //")
	"$bin" -V 2>&1 | grep -q ed25519-sha256 || { log "$version does not verify ed25519-sha256"; exit 1; }
	mkdir -p "$dir"
	printf 'export TASKMAIL_TEST_OPENDKIM=%s\n' "$bin" >"$dir/env"
	log "$version ($bin)"
	;;
down) ;;
*)
	log "unknown command $cmd"
	exit 2
	;;
esac
