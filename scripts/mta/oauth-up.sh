#!/usr/bin/env bash
# Starts the second Dovecot of scripts/mta/up.sh: SASL for Postfix's OAuth2
# port only, with XOAUTH2 and OAUTHBEARER checked by Dovecot's oauth2
# passdb against an introspection endpoint (RFC 7662) that the tests serve
# themselves, on INTROSPECT_PORT, while they run. A Dovecot of its own keeps
# the other ports' mechanisms and passwords exactly as they are: their
# logins never reach the introspection endpoint.
#
# usage: scripts/mta/oauth-up.sh WORKDIR INTROSPECT_PORT
#
# The introspection endpoint gets POST token=...; it answers
# {"active": true, "username": "alice@local.test"} for a token it issued,
# {"active": false} for any other. Dovecot then lets the login in only as
# that username. Called by up.sh, which starts Postfix after it.
set -euo pipefail

W=${1:?usage: oauth-up.sh WORKDIR INTROSPECT_PORT}
port=${2:?usage: oauth-up.sh WORKDIR INTROSPECT_PORT}
log() { printf 'mta: %s\n' "$*" >&2; }
die() { log "$*"; exit 1; }

mkdir -p "$W"/{dco/run,dco/state}
cat >"$W/dco/oauth2.conf.ext" <<CF
introspection_mode = post
introspection_url = http://127.0.0.1:$port/introspect
username_attribute = username
active_attribute = active
active_value = true
timeout_msecs = 5000
CF
cat >"$W/dco/dovecot.conf" <<CF
base_dir = $W/dco/run
state_dir = $W/dco/state
instance_name = taskmail-test-oauth-$$
log_path = $W/dco/dovecot.log
auth_verbose = yes
auth_failure_delay = 0
auth_cache_size = 0
auth_mechanisms = xoauth2 oauthbearer
protocols = none
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
first_valid_uid = 5000
passdb {
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = $W/dco/oauth2.conf.ext
}
userdb {
  driver = static
  args = uid=5000 gid=5000 home=$W/mail/%d/%n
}
service anvil {
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
service auth {
  unix_listener $W/pf/spool/private/auth-oauth {
    mode = 0660
    user = postfix
    group = postfix
  }
}
CF

setsid dovecot -c "$W/dco/dovecot.conf" -F >"$W/dco/foreground.out" 2>&1 </dev/null 9>&- &
echo $! >"$W/dco/dovecot.pid"
for _ in $(seq 1 200); do [ -S "$W/pf/spool/private/auth-oauth" ] && break; sleep 0.05; done
[ -S "$W/pf/spool/private/auth-oauth" ] || die "Dovecot (OAuth2) did not start: $(tail -n 5 "$W/dco/foreground.out" "$W/dco/dovecot.log" 2>/dev/null)"
