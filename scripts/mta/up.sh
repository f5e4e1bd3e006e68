#!/usr/bin/env bash
# Starts a self-contained Postfix and Dovecot on 127.0.0.1 for the real-server
# tests, with every file under WORKDIR, and writes WORKDIR/env: the export
# lines that tell the tests where everything is.
#
# usage: scripts/mta/up.sh WORKDIR
#
# What runs (PORT_BASE is the first free base from TASKMAIL_TEST_PORT_BASE,
# default 24500, in steps of 100):
#
#   base+25  SMTP, relay policy: local.test delivered, other domains only
#            after AUTH (554 5.7.1 Relay access denied); AUTH offered in
#            plain text, STARTTLS offered
#   base+26  the same with message_size_limit 2048, announced in EHLO SIZE
#            (MAIL ... SIZE=5000: 552 5.3.4 Message size exceeds fixed limit)
#   base+29  the same limit, enforced only on the data (EHLO announces no
#            limit; after DATA: 552 5.3.4 Error: message file too big)
#   base+27  the same with defer_unauth_destination (454 4.7.1)
#   base+28  the same, plus relaying for 10 s (TASKMAIL_TEST_POPBSMTP_TTL)
#            from any client address that logged in to POP3
#            (POP-before-SMTP); the other ports ignore POP logins
#   base+30  the same POP-before-SMTP relaying, on a port that offers no
#            AUTH at all (as many POP-before-SMTP providers' port 25)
#   base+33  the plain port's policy, but every RCPT TO is deferred (Postfix's
#            "defer" restriction: 450 4.7.1), as a busy or greylisting MX does
#   base+87  submission: STARTTLS required (530 5.7.0), AUTH only after TLS
#   base+65  submissions: implicit TLS, AUTH required
#   base+10  POP3 (STLS offered, APOP offered)
#   base+95  POP3S (implicit TLS)
#   base+31  submission for OAuth2: STARTTLS, then AUTH XOAUTH2 or
#            OAUTHBEARER only, checked by a Dovecot of its own
#            (scripts/mta/oauth-up.sh) against an introspection endpoint
#   base+32  kept free for that endpoint: the OAuth2 tests serve it
#            (TASKMAIL_TEST_OAUTH_INTROSPECT) while they run
#
# Users (SMTP AUTH and POP3, Maildir readable over POP3):
#   alice@local.test / alice-secret, bob@local.test / bob-secret,
#   carol@local.test / carol-secret
# and "a b"@local.test (a quoted local part; no login: read its Maildir,
# WORKDIR/mail/local.test/quoted-ab/Maildir, from the disk)
# SMTP AUTH (Dovecot's SASL) offers PLAIN, LOGIN, CRAM-MD5 and SCRAM-SHA-256;
# the passwords are stored in clear ({PLAIN}) so that Dovecot can derive what
# each mechanism needs. Postfix logs the one a client used (sasl_method=).
# A login may only send as its own address (553 5.7.1 ... not owned by user).
# Mail to any other domain is accepted when relaying is allowed and then
# discarded: nothing leaves the machine. Client names are not looked up
# (smtpd_peername_lookup = no), so no DNS query is made either.
set -euo pipefail

W=${1:?usage: up.sh WORKDIR}
here=$(cd "$(dirname "$0")" && pwd)
token=$(basename "$W") # in the greetings, to tell this instance's ports from another's
ttl=${TASKMAIL_TEST_POPBSMTP_TTL:-10}
ttl=${ttl%s} # also accept the "10s" form this script exports
log() { printf 'mta: %s\n' "$*" >&2; }
die() { log "$*"; exit 1; }

if [ "$(id -u)" -ne 0 ]; then
	die "running Postfix needs root; run scripts/test as root, or scripts/test --no-servers"
fi
"$here/install.sh"

# ---- ports: the first base whose ports are all free ----
# Instances started at the same time (several runs on one machine) take
# turns from here until their ports answer, so that two never pick the same
# free range. The servers are started with the lock's descriptor closed,
# so that the lock ends with this script.
exec 9>/tmp/taskmail-mta-ports.lock
flock -w 300 9 || die "waited 5 minutes for another instance to start"
offsets=(25 26 27 28 29 30 87 65 10 95 31 32 33)
port_free() { ! nc -z 127.0.0.1 "$1" 2>/dev/null; }
base=${TASKMAIL_TEST_PORT_BASE:-24500}
for try in $(seq 0 20); do
	ok=1
	for o in "${offsets[@]}"; do
		port_free $((base + o)) || { ok=; break; }
	done
	[ -n "$ok" ] && break
	base=$((base + 100))
done
[ -n "$ok" ] || die "no free port range found from ${TASKMAIL_TEST_PORT_BASE:-24500}"
p_plain=$((base + 25)) p_small=$((base + 26)) p_defer=$((base + 27)) p_popb=$((base + 28)) p_small_data=$((base + 29)) p_popb_noauth=$((base + 30)) p_tempfail=$((base + 33))
p_tls=$((base + 87)) p_implicit=$((base + 65)) p_pop3=$((base + 10)) p_pop3s=$((base + 95))
p_oauth=$((base + 31)) p_introspect=$((base + 32))

# ---- layout ----
mkdir -p "$W"/{pf/etc,pf/spool,pf/data,dc/run,dc/state,mail,tls,popbsmtp}
chmod 755 "$W"
chown postfix:postfix "$W/pf/data"
chown 5000:5000 "$W/mail"

# ---- TLS: a throwaway CA and a certificate for localhost / 127.0.0.1 ----
(
	cd "$W/tls"
	openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days 2 \
		-subj "/CN=taskmail test CA" -addext "basicConstraints=critical,CA:TRUE" \
		-addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
	openssl req -newkey rsa:2048 -nodes -keyout key.pem -out cert.csr -subj "/CN=localhost" 2>/dev/null
	printf 'subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1\nextendedKeyUsage=serverAuth\nbasicConstraints=CA:FALSE\n' >ext.cnf
	openssl x509 -req -in cert.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 2 \
		-extfile ext.cnf -out cert.pem 2>/dev/null
	chmod 644 ca.pem cert.pem
	chmod 600 key.pem ca.key
)

# ---- Postfix ----
cat >"$W/pf/etc/main.cf" <<CF
compatibility_level = 3.6
queue_directory = $W/pf/spool
data_directory = $W/pf/data
mail_owner = postfix
setgid_group = postdrop
maillog_file = $W/pf/postfix.log
maillog_file_prefixes = $W
myhostname = mx.local.test
mydomain = local.test
myorigin = \$myhostname
mydestination =
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
mynetworks = 127.255.255.255/32
smtpd_peername_lookup = no
smtpd_relay_restrictions = permit_sasl_authenticated, reject_unauth_destination
# used by the POP-before-SMTP port only (master.cf), so that POP logins made
# by other tests never open relaying on the other ports
popbsmtp_relay_restrictions = permit_sasl_authenticated, check_client_access hash:$W/pf/etc/popbsmtp, reject_unauth_destination
smtpd_sender_login_maps = texthash:$W/pf/etc/sender_login
smtpd_sender_restrictions = reject_authenticated_sender_login_mismatch
virtual_mailbox_domains = local.test
virtual_mailbox_base = $W/mail
# the regexp map holds the mailbox whose local part needs quoting ("a b"),
# which a texthash key cannot hold; Postfix looks it up quoted
virtual_mailbox_maps = texthash:$W/pf/etc/vmailbox, regexp:$W/pf/etc/vmailbox.re
virtual_uid_maps = static:5000
virtual_gid_maps = static:5000
virtual_minimum_uid = 5000
local_transport = discard:local delivery disabled in the test server
default_transport = discard:relayed mail discarded by the test server
relay_transport = discard:relayed mail discarded by the test server
relayhost =
alias_maps =
alias_database =
smtpd_sasl_auth_enable = yes
smtpd_sasl_type = dovecot
smtpd_sasl_path = private/auth
smtpd_tls_auth_only = no
smtpd_tls_cert_file = $W/tls/cert.pem
smtpd_tls_key_file = $W/tls/key.pem
smtpd_tls_security_level = may
smtpd_banner = \$myhostname ESMTP test $token
biff = no
CF

cat >"$W/pf/etc/master.cf" <<CF
127.0.0.1:$p_plain inet n - n - - smtpd
127.0.0.1:$p_small inet n - n - - smtpd
  -o message_size_limit=2048
  -o cleanup_service_name=cleanup_small
127.0.0.1:$p_small_data inet n - n - - smtpd
  -o message_size_limit=0
  -o cleanup_service_name=cleanup_small
127.0.0.1:$p_defer inet n - n - - smtpd
  -o smtpd_relay_restrictions=permit_sasl_authenticated,defer_unauth_destination
127.0.0.1:$p_popb inet n - n - - smtpd
  -o smtpd_relay_restrictions=\$popbsmtp_relay_restrictions
127.0.0.1:$p_popb_noauth inet n - n - - smtpd
  -o smtpd_relay_restrictions=\$popbsmtp_relay_restrictions
  -o smtpd_sasl_auth_enable=no
127.0.0.1:$p_tempfail inet n - n - - smtpd
  -o smtpd_recipient_restrictions=defer
127.0.0.1:$p_tls inet n - n - - smtpd
  -o smtpd_tls_security_level=encrypt
  -o smtpd_tls_auth_only=yes
  -o smtpd_client_restrictions=permit_sasl_authenticated,reject
  -o smtpd_sender_restrictions=reject_sender_login_mismatch
127.0.0.1:$p_implicit inet n - n - - smtpd
  -o smtpd_tls_wrappermode=yes
  -o smtpd_client_restrictions=permit_sasl_authenticated,reject
127.0.0.1:$p_oauth inet n - n - - smtpd
  -o smtpd_sasl_path=private/auth-oauth
  -o smtpd_tls_auth_only=yes
  -o smtpd_client_restrictions=permit_sasl_authenticated,reject
pickup    unix  n - n 60 1 pickup
cleanup   unix  n - n - 0 cleanup
cleanup_small unix n - n - 0 cleanup
  -o message_size_limit=2048
qmgr      unix  n - n 300 1 qmgr
tlsmgr    unix  - - n 1000? 1 tlsmgr
rewrite   unix  - - n - - trivial-rewrite
bounce    unix  - - n - 0 bounce
defer     unix  - - n - 0 bounce
trace     unix  - - n - 0 bounce
verify    unix  - - n - 1 verify
flush     unix  n - n 1000? 0 flush
proxymap  unix  - - n - - proxymap
proxywrite unix - - n - 1 proxymap
showq     unix  n - n - - showq
error     unix  - - n - - error
retry     unix  - - n - - error
discard   unix  - - n - - discard
local     unix  - n n - - local
virtual   unix  - n n - - virtual
anvil     unix  - - n - 1 anvil
scache    unix  - - n - 1 scache
postlog   unix-dgram n - n - 1 postlogd
CF

users=(alice bob carol)
: >"$W/pf/etc/vmailbox"
: >"$W/pf/etc/sender_login"
: >"$W/dc-users.tmp"
creds=
for u in "${users[@]}"; do
	printf '%s@local.test local.test/%s/Maildir/\n' "$u" "$u" >>"$W/pf/etc/vmailbox"
	printf '%s@local.test %s@local.test\n' "$u" "$u" >>"$W/pf/etc/sender_login"
	printf '%s@local.test:{PLAIN}%s-secret\n' "$u" "$u" >>"$W/dc-users.tmp"
	creds="${creds:+$creds,}$u@local.test:$u-secret"
done
printf '%s\n' '/^"a b"@local\.test$/ local.test/quoted-ab/Maildir/' >"$W/pf/etc/vmailbox.re"
: >"$W/pf/etc/popbsmtp"
postmap -c "$W/pf/etc" "hash:$W/pf/etc/popbsmtp"

# ---- Dovecot: SASL for Postfix, POP3 and POP3S over the same Maildirs ----
cat >"$W/dc/dovecot.conf" <<CF
base_dir = $W/dc/run
state_dir = $W/dc/state
instance_name = taskmail-test-$$
log_path = $W/dc/dovecot.log
auth_verbose = yes
auth_failure_delay = 0
# apop is for POP3 only; Postfix does not offer it
auth_mechanisms = plain login cram-md5 scram-sha-256 apop
login_greeting = taskmail test POP3 $token ready.
protocols = pop3
listen = 127.0.0.1
ssl = yes
ssl_cert = <$W/tls/cert.pem
ssl_key = <$W/tls/key.pem
disable_plaintext_auth = no
mail_location = maildir:$W/mail/%d/%n/Maildir
first_valid_uid = 5000
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $W/dc/users
}
userdb {
  driver = static
  args = uid=5000 gid=5000 home=$W/mail/%d/%n
}
service pop3-login {
  inet_listener pop3 {
    address = 127.0.0.1
    port = $p_pop3
  }
  inet_listener pop3s {
    address = 127.0.0.1
    port = $p_pop3s
    ssl = yes
  }
}
# No growing delay after failed logins from one address (Dovecot's auth
# penalty): the tests fail logins on purpose, all from loopback.
service anvil {
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
service auth {
  unix_listener $W/pf/spool/private/auth {
    mode = 0660
    user = postfix
    group = postfix
  }
}
CF
mv "$W/dc-users.tmp" "$W/dc/users"
chgrp dovecot "$W/dc/users"
chmod 640 "$W/dc/users"

# ---- start: Dovecot first, since smtpd dies without its auth socket ----
postfix -c "$W/pf/etc" check
setsid dovecot -c "$W/dc/dovecot.conf" -F >"$W/dc/foreground.out" 2>&1 </dev/null 9>&- &
echo $! >"$W/dc/dovecot.pid"
for _ in $(seq 1 200); do [ -S "$W/pf/spool/private/auth" ] && break; sleep 0.05; done
[ -S "$W/pf/spool/private/auth" ] || die "Dovecot did not start: $(tail -n 5 "$W/dc/foreground.out" "$W/dc/dovecot.log" 2>/dev/null)"
"$here/oauth-up.sh" "$W" "$p_introspect" 9>&-
postfix -c "$W/pf/etc" start >"$W/pf/start.out" 2>&1 9>&- || die "Postfix did not start: $(cat "$W/pf/start.out")"
setsid "$here/popbsmtp-watch.sh" "$W/dc/dovecot.log" "$W/pf/etc/popbsmtp" "$ttl" \
	>"$W/popbsmtp/watch.out" 2>&1 </dev/null 9>&- &
echo $! >"$W/popbsmtp/watch.pid"

for p in $p_plain $p_small $p_small_data $p_defer $p_popb $p_popb_noauth $p_tempfail $p_tls $p_implicit $p_pop3 $p_pop3s $p_oauth; do
	for _ in $(seq 1 200); do nc -z 127.0.0.1 "$p" 2>/dev/null && break; sleep 0.05; done
	nc -z 127.0.0.1 "$p" 2>/dev/null || die "port $p did not open; logs in $W/pf/postfix.log and $W/dc/dovecot.log"
done
for _ in $(seq 1 200); do [ -s "$W/pf/etc/popbsmtp.db" ] && [ -s "$W/popbsmtp/watch.out" ] && break; sleep 0.05; done
# The ports must be this instance's, not another program's that took them
# after the probe above.
master=$(tr -d ' ' <"$W/pf/spool/pid/master.pid" 2>/dev/null) && kill -0 "$master" 2>/dev/null ||
	die "Postfix is not running: $(grep -h 'fatal' "$W/pf/postfix.log" 2>/dev/null | tail -n 3)"
kill -0 "$(cat "$W/dc/dovecot.pid")" 2>/dev/null || die "Dovecot is not running: $(tail -n 3 "$W/dc/foreground.out")"
kill -0 "$(cat "$W/dco/dovecot.pid")" 2>/dev/null || die "Dovecot (OAuth2) is not running: $(tail -n 3 "$W/dco/foreground.out")"
banner() { printf 'QUIT\r\n' | nc -w 5 127.0.0.1 "$1" 2>/dev/null | head -n 1; }
for p in $p_plain $p_pop3; do
	banner "$p" | grep -q "$token" || die "port $p answers for another server: $(banner "$p")"
done
flock -u 9

cat >"$W/env" <<ENV
export TASKMAIL_TEST_SMTP_PLAIN=127.0.0.1:$p_plain
export TASKMAIL_TEST_SMTP_SMALL=127.0.0.1:$p_small
export TASKMAIL_TEST_SMTP_SMALL_LIMIT=2048
export TASKMAIL_TEST_SMTP_SMALL_DATA=127.0.0.1:$p_small_data
export TASKMAIL_TEST_SMTP_DEFER=127.0.0.1:$p_defer
export TASKMAIL_TEST_SMTP_POPBSMTP=127.0.0.1:$p_popb
export TASKMAIL_TEST_SMTP_POPBSMTP_NOAUTH=127.0.0.1:$p_popb_noauth
export TASKMAIL_TEST_SMTP_TEMPFAIL=127.0.0.1:$p_tempfail
export TASKMAIL_TEST_SMTP_TLS=127.0.0.1:$p_tls
export TASKMAIL_TEST_SMTP_IMPLICIT=127.0.0.1:$p_implicit
export TASKMAIL_TEST_POP3=127.0.0.1:$p_pop3
export TASKMAIL_TEST_POP3S=127.0.0.1:$p_pop3s
export TASKMAIL_TEST_CA=$W/tls/ca.pem
export TASKMAIL_TEST_USERS=$creds
export TASKMAIL_TEST_POPBSMTP_TTL=${ttl}s
export TASKMAIL_TEST_MTA_DIR=$W
export TASKMAIL_TEST_SMTP_OAUTH=127.0.0.1:$p_oauth
export TASKMAIL_TEST_OAUTH_INTROSPECT=127.0.0.1:$p_introspect
ENV
log "Postfix (master pid $(tr -d ' ' <"$W/pf/spool/pid/master.pid")) and Dovecot (pid $(cat "$W/dc/dovecot.pid")) up on 127.0.0.1:$base+{25,26,27,28,29,30,87,65,10,95,31,33}"
