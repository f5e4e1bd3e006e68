package mailaction_test

// POP-before-SMTP against the real Postfix and Dovecot: the relay window
// is the access map a watcher of Dovecot's log fills after each POP3 login,
// each entry expiring after the servers' TTL (TASKMAIL_TEST_POPBSMTP_TTL).

import (
	"context"
	"errors"
	"log/slog"
	"net"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/taskmail/taskmail/config"
	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/internal/realservers"
	"github.com/taskmail/taskmail/internal/testctx"
	"github.com/taskmail/taskmail/mailaction"
)

// popDialer dials from src, and refuses the POP3 server's address while
// down is set, as a POP3 server that is down would.
type popDialer struct {
	src     net.IP
	popAddr string
	down    atomic.Bool
	popDial atomic.Int32 // dials to the POP3 server, refused or not
}

func (d *popDialer) dial(ctx context.Context, network, addr string) (net.Conn, error) {
	if addr == d.popAddr {
		d.popDial.Add(1)
		if d.down.Load() {
			return nil, &net.OpError{Op: "dial", Net: network, Err: syscall.ECONNREFUSED}
		}
	}
	return realservers.Dialer(d.src)(ctx, network, addr)
}

// records keeps the log records a Sender writes.
type records struct {
	mu sync.Mutex
	r  []slog.Record
}

func (h *records) Enabled(context.Context, slog.Level) bool { return true }
func (h *records) Handle(_ context.Context, r slog.Record) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.r = append(h.r, r.Clone())
	return nil
}
func (h *records) WithAttrs([]slog.Attr) slog.Handler { return h }
func (h *records) WithGroup(string) slog.Handler      { return h }

// with returns the records whose message contains s.
func (h *records) with(s string) []slog.Record {
	h.mu.Lock()
	defer h.mu.Unlock()
	var out []slog.Record
	for _, r := range h.r {
		if strings.Contains(r.Message, s) {
			out = append(out, r)
		}
	}
	return out
}

// popRealConfig returns options for the POP-before-SMTP port with u's POP3S
// login.
func popRealConfig(t *testing.T, s *realservers.Servers, smtpAddr string, u realservers.User) config.SMTP {
	cfg := realConfig(t, smtpAddr, config.TLSStartTLS, "robot@example.org")
	host, port := realservers.HostPort(t, s.POP3S)
	cfg.POPBeforeSMTP = &config.POPBeforeSMTP{
		Host: host, Port: port, TLS: config.TLSImplicit,
		Username: u.Address, Password: config.Secret(u.Password),
	}
	return cfg
}

// TestRealPOPRelayDeniedEndsWithQuit: the connections that a relay denial
// retires (for a fresh one after the forced POP3 login) end with QUIT, as
// Postfix's log shows, not with a dropped connection.
func TestRealPOPRelayDeniedEndsWithQuit(t *testing.T) {
	t.Parallel()
	s := realservers.Get(t)
	bob := s.User(t, "bob")
	src := realservers.SourceAddr()
	cfg := popRealConfig(t, s, s.SMTPPlain, bob) // this port ignores POP3 logins
	forgetPOPLogin(t, s.POP3S, bob.Address)
	sl := &realSleep{}
	res, _, err := realSend(t, s, cfg, realMessage(t, relayTo), mailaction.WithDialer(realservers.Dialer(src)), sl.option())
	if !errors.Is(err, mailerrors.ErrRelayDenied) || res.Attempts != 2 {
		t.Fatalf("err %v after %d attempts, want relay_denied after 2", err, res.Attempts)
	}
	lines := s.ClientLog(t, testctx.New(t), src.String(), 2)
	quits := 0
	for _, l := range lines {
		if strings.Contains(l, "lost connection after") {
			t.Errorf("a session ended without QUIT: %s", l)
		}
		if strings.Contains(l, ": disconnect from ") && strings.Contains(l, " quit=1") {
			quits++
		}
	}
	if quits != 2 {
		t.Fatalf("%d sessions ended with QUIT, want 2:\n%s", quits, strings.Join(lines, "\n"))
	}
}

// TestRealPOPTemporaryFailureRetried: a POP3 server that is down for the
// first login is tried again after the backoff wait, like any temporary
// failure, and the message then goes out.
func TestRealPOPTemporaryFailureRetried(t *testing.T) {
	t.Parallel()
	s := realservers.Get(t)
	carol := s.User(t, "carol")
	d := &popDialer{src: realservers.SourceAddr(), popAddr: s.POP3S}
	d.down.Store(true)
	cfg := popRealConfig(t, s, s.SMTPPOPBSMTP, carol)
	forgetPOPLogin(t, s.POP3S, carol.Address)
	sl := &realSleep{}
	var waits []time.Duration
	dialsAtFirstWait := int32(-1)
	sleep := mailaction.WithSleep(func(ctx context.Context, w time.Duration) error {
		if len(waits) == 0 {
			dialsAtFirstWait = d.popDial.Load()
		}
		waits = append(waits, w)
		d.down.Store(false) // the server is back after the first wait
		return realWait(ctx, w)
	})
	res, _, err := realSend(t, s, cfg, realMessage(t, relayTo), mailaction.WithDialer(d.dial), sl.option(), sleep)
	if err != nil {
		t.Fatalf("send: %v (waits %v)", err, waits)
	}
	// The log watcher may add the address to the map later than the
	// pause after the login allows (under load): the relay denial then
	// costs one forced login and one attempt more.
	if dialsAtFirstWait != 1 || d.popDial.Load() < 2 || res.Attempts < 2 || len(res.Accepted) != 1 {
		t.Fatalf("POP dials %d at the first wait (%v), %d in all; attempts %d, accepted %v; want a wait after the failed login, then a login that works and the message sent",
			dialsAtFirstWait, waits, d.popDial.Load(), res.Attempts, res.Accepted)
	}
}

// realWait waits d or until ctx ends.
func realWait(ctx context.Context, d time.Duration) error {
	tm := time.NewTimer(d)
	defer tm.Stop()
	select {
	case <-tm.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// TestRealPOPServerForgets: the server's window (the map's TTL) is shorter
// than the configured one. A send after the server forgot is denied, logs
// in again and goes out, and the Sender says once, at WARN, that the
// server's window looks shorter, with the age it observed. When the POP3
// server is then down for the forced login, the error is temporary, and
// the hints say that the login again failed and why, and that the
// server's window looks shorter.
func TestRealPOPServerForgets(t *testing.T) {
	t.Parallel()
	s := realservers.Get(t)
	alice := s.User(t, "alice")
	d := &popDialer{src: realservers.SourceAddr(), popAddr: s.POP3S}
	cfg := popRealConfig(t, s, s.SMTPPOPBSMTP, alice)
	cfg.POPBeforeSMTP.Window = 10 * time.Minute
	cfg.Retry.MaxAttempts = 2
	forgetPOPLogin(t, s.POP3S, alice.Address)
	logs := &records{}
	sl := &realSleep{}
	send := func() (*mailaction.Result, error) {
		res, _, err := realSend(t, s, cfg, realMessage(t, relayTo),
			mailaction.WithDialer(d.dial), mailaction.WithLogger(slog.New(logs)), sl.option())
		return res, err
	}
	if _, err := send(); err != nil {
		t.Fatalf("first send: %v", err)
	}
	s.WaitRelayClosed(t, testctx.New(t), d.src.String())
	dials := d.popDial.Load()
	res, err := send()
	if err != nil || res.Attempts != 2 || d.popDial.Load() != dials+1 {
		t.Fatalf("send after the server forgot: %v, attempts %d, POP dials %d more; want a forced login and one retry", err, res.Attempts, d.popDial.Load()-dials)
	}
	warned := logs.with("window looks shorter")
	if len(warned) != 1 || warned[0].Level < slog.LevelInfo {
		t.Fatalf("%d records about the shorter window, want one at INFO or above", len(warned))
	}
	var age time.Duration
	warned[0].Attrs(func(a slog.Attr) bool {
		if a.Key == "observed_age" {
			age = a.Value.Duration()
		}
		return true
	})
	// The watcher counts whole seconds: an entry can expire up to a second
	// before the TTL has passed since the login.
	if age < s.POPBeforeSMTPTTL-time.Second || age > cfg.POPBeforeSMTP.Window {
		t.Fatalf("observed_age %s, want between the server's TTL %s (less a second) and the window", age, s.POPBeforeSMTPTTL)
	}

	s.WaitRelayClosed(t, testctx.New(t), d.src.String())
	d.down.Store(true)
	_, err = send()
	if !errors.Is(err, mailerrors.ErrRelayDenied) || !errors.Is(err, mailerrors.ErrPOPFailed) {
		t.Fatalf("err = %v, want the relay denial and the failed login", err)
	}
	if !mailerrors.IsTemporary(err) {
		t.Fatalf("err = %v is permanent; the failed login is temporary", err)
	}
	var hints strings.Builder
	for _, e := range mailerrors.All(err) {
		hints.WriteString(hintText(e))
	}
	h := hints.String()
	for _, want := range []string{"login again failed", "refused", "window looks shorter"} {
		if !strings.Contains(h, want) {
			t.Errorf("hints do not say %q: %s", want, h)
		}
	}
	if strings.Contains(h, "did not open relaying") {
		t.Errorf("hints say the POP check did not open relaying; it did, earlier: %s", h)
	}
	if n := len(logs.with("window looks shorter")); n != 1 {
		t.Errorf("%d records about the shorter window, want it said once", n)
	}
}
