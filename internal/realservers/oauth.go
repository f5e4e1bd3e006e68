package realservers

import (
	"net"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// The environment variables of the OAuth2 port (scripts/mta/up.sh).
const (
	EnvSMTPOAuth       = "TASKMAIL_TEST_SMTP_OAUTH"       // submission: STARTTLS, then AUTH XOAUTH2 or OAUTHBEARER only
	EnvOAuthIntrospect = "TASKMAIL_TEST_OAUTH_INTROSPECT" // where Dovecot asks about tokens: the test serves it
)

// OAuth returns the OAuth2 submission port's address and a listener on the
// address where Dovecot asks about tokens, which the test serves for as
// long as it runs. One test at a time, across test binaries too, holds
// that address: OAuth waits for it (a lock in the servers' folder). The
// listener and the lock end with t. It skips or fails t as Get does.
func (s *Servers) OAuth(t testing.TB) (smtpAddr string, introspect net.Listener) {
	t.Helper()
	smtpAddr, at := os.Getenv(EnvSMTPOAuth), os.Getenv(EnvOAuthIntrospect)
	if smtpAddr == "" || at == "" {
		t.Fatalf("real servers half configured: %s or %s not set; run scripts/test", EnvSMTPOAuth, EnvOAuthIntrospect)
	}
	f, err := os.OpenFile(filepath.Join(s.MTADir, "oauth-introspect.lock"), os.O_CREATE|os.O_RDWR, 0o600)
	if err != nil {
		t.Fatalf("opening the introspection lock: %v", err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		f.Close()
		t.Fatalf("locking the introspection address: %v", err)
	}
	// The address may still be in TIME_WAIT from the test before: a
	// listener may take it then, but try for a while should the kernel
	// say no.
	var l net.Listener
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(100 * time.Millisecond) {
		if l, err = net.Listen("tcp", at); err == nil || time.Now().After(deadline) {
			break
		}
	}
	if err != nil {
		f.Close()
		t.Fatalf("listening on %s (%s) for Dovecot's token introspection: %v", at, EnvOAuthIntrospect, err)
	}
	t.Cleanup(func() {
		l.Close()
		f.Close() // ends the lock
	})
	return smtpAddr, l
}
