package mailaction_test

import (
	"context"
	"errors"
	"net"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/taskmail/taskmail/config"
	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/internal/pop3/pop3test"
	"github.com/taskmail/taskmail/internal/rawtest"
	"github.com/taskmail/taskmail/internal/smtptest"
	"github.com/taskmail/taskmail/internal/testctx"
	"github.com/taskmail/taskmail/mailaction"
)

// TestPOPBeforeSMTP: a relay denial with POP-before-SMTP configured runs
// the POP3 login again, at once, and retries the message once.
func TestPOPBeforeSMTP(t *testing.T) {
	relayDenied := smtptest.Reply{Code: 554, Enhanced: "5.7.1", Text: "<someone@elsewhere.test>: Relay access denied"}
	cases := []struct {
		name      string
		times     int // relay denials before the server relays; 0: always
		delivered bool
	}{
		{name: "window closed, reopened", times: 1, delivered: true},
		{name: "login does not open relaying", times: 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			pop := pop3test.NewServer(t, pop3test.Config{APOP: true, Users: map[string]string{"robot": "pop-secret"}})
			srv := smtptest.StartT(t, smtptest.Config{Rules: []smtptest.Rule{{Stage: smtptest.StageRcpt, Times: c.times, Reply: relayDenied}}})
			host, port, _ := net.SplitHostPort(pop.Addr)
			p, _ := strconv.Atoi(port)
			cfg := plain(srv)
			cfg.POPBeforeSMTP = &config.POPBeforeSMTP{Host: host, Port: p, TLS: config.TLSNone, Username: "robot", Password: "pop-secret"}
			cfg.AllowInsecureAuth = true
			var sl sleeps
			res, err := mailaction.SendEmail(testctx.New(t), cfg, simple("someone@elsewhere.test"), sl.option(), fixedClock())
			if n := len(pop.Logins()); n != 2 {
				t.Errorf("%d POP logins, want 2 (before sending, and after the denial)", n)
			}
			if res.Attempts != 2 {
				t.Errorf("Attempts = %d, want 2", res.Attempts)
			}
			if c.delivered {
				if err != nil || len(srv.Messages()) != 1 {
					t.Fatalf("err = %v, messages %d", err, len(srv.Messages()))
				}
				return
			}
			if !errors.Is(err, mailerrors.ErrRelayDenied) {
				t.Fatalf("err = %v, want relay_denied", err)
			}
			var me *mailerrors.Error
			errors.As(err, &me)
			if !strings.Contains(strings.ToLower(hintText(me)), "pop") {
				t.Errorf("hints do not mention the POP check: %v", me.Hints)
			}
			if strings.Contains(err.Error(), "pop-secret") {
				t.Error("the POP password is in the error")
			}
		})
	}
}

// TestPOPFailureConcurrentSends: Sends that wait on one failed POP3 login
// each get an error of their own, which they refine without racing (run
// with -race).
func TestPOPFailureConcurrentSends(t *testing.T) {
	srv := smtptest.StartT(t, smtptest.Config{})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	popAddr := ln.Addr().String()
	ln.Close() // nothing listens there: the POP login fails
	host, port, _ := net.SplitHostPort(popAddr)
	p, _ := strconv.Atoi(port)
	mailaction.ForgetPOPLogin(popAddr, "robot")
	t.Cleanup(func() { mailaction.ForgetPOPLogin(popAddr, "robot") })

	release := make(chan struct{})
	dial := func(ctx context.Context, network, addr string) (net.Conn, error) {
		if addr == popAddr {
			// Hold the login until every Send waits on it.
			select {
			case <-release:
			case <-ctx.Done():
				return nil, ctx.Err()
			}
		}
		var d net.Dialer
		return d.DialContext(ctx, network, addr)
	}
	cfg := plain(srv)
	cfg.POPBeforeSMTP = &config.POPBeforeSMTP{Host: host, Port: p, TLS: config.TLSNone, Username: "robot", Password: "pop-secret"}
	cfg.AllowInsecureAuth = true
	cfg.Retry.MaxAttempts = 1 // one login each: the test is about sharing its failure
	s, err := mailaction.NewSender(cfg, mailaction.WithDialer(dial))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()

	const n = 8
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, errs[i] = s.Send(testctx.New(t), simple("ops@example.org"))
		}()
	}
	// Give the Sends time to gather on the one login. Nothing is timed:
	// should some come late, they run a login of their own and the test
	// checks less, but still holds.
	time.Sleep(50 * time.Millisecond)
	close(release)
	wg.Wait()
	seen := map[*mailerrors.Error]bool{}
	for i, err := range errs {
		var me *mailerrors.Error
		if !errors.As(err, &me) || !errors.Is(err, mailerrors.ErrPOPFailed) {
			t.Fatalf("Send %d: err = %v, want pop_failed", i, err)
		}
		if seen[me] {
			t.Errorf("Send %d shares its *Error with another Send", i)
		}
		seen[me] = true
		if len(me.Hints) == 0 {
			t.Errorf("Send %d: no hints", i)
		}
	}
	if len(srv.Messages()) != 0 {
		t.Errorf("%d messages sent without the POP login", len(srv.Messages()))
	}
}

// TestPOPReloginFails: the server denies relaying (it forgot this
// address) and the POP3 server is down for the forced login: the error is
// temporary, as the failed login is, and its hints say that logging in
// again failed and why, not that the POP check did not open relaying.
func TestPOPReloginFails(t *testing.T) {
	relayDenied := smtptest.Reply{Code: 554, Enhanced: "5.7.1", Text: "<someone@elsewhere.test>: Relay access denied"}
	pop := pop3test.NewServer(t, pop3test.Config{APOP: true, Users: map[string]string{"robot": "pop-secret"}})
	srv := smtptest.StartT(t, smtptest.Config{Rules: []smtptest.Rule{{Stage: smtptest.StageRcpt, Reply: relayDenied}}})
	host, port, _ := net.SplitHostPort(pop.Addr)
	p, _ := strconv.Atoi(port)
	mailaction.ForgetPOPLogin(pop.Addr, "robot")
	t.Cleanup(func() { mailaction.ForgetPOPLogin(pop.Addr, "robot") })
	var popDials atomic.Int32
	dial := func(ctx context.Context, network, addr string) (net.Conn, error) {
		if addr == pop.Addr && popDials.Add(1) > 1 {
			return nil, &net.OpError{Op: "dial", Net: network, Err: syscall.ECONNREFUSED}
		}
		var d net.Dialer
		return d.DialContext(ctx, network, addr)
	}
	cfg := plain(srv)
	cfg.POPBeforeSMTP = &config.POPBeforeSMTP{Host: host, Port: p, TLS: config.TLSNone, Username: "robot", Password: "pop-secret"}
	cfg.AllowInsecureAuth = true
	cfg.Retry.MaxAttempts = 3
	var sl sleeps
	_, err := mailaction.SendEmail(testctx.New(t), cfg, simple("someone@elsewhere.test"), sl.option(), fixedClock(), mailaction.WithDialer(dial))
	if !errors.Is(err, mailerrors.ErrRelayDenied) || !errors.Is(err, mailerrors.ErrPOPFailed) {
		t.Fatalf("err = %v, want relay_denied and pop_failed", err)
	}
	if !mailerrors.IsTemporary(err) {
		t.Errorf("err = %v is permanent; the failed POP3 login is temporary", err)
	}
	if n := popDials.Load(); n != 4 {
		t.Errorf("%d POP3 dials, want 4: the first login, and the forced one tried max_attempts (3) times", n)
	}
	var h strings.Builder
	for _, e := range mailerrors.All(err) {
		h.WriteString(hintText(e))
	}
	for _, want := range []string{"login again failed", "refused"} {
		if !strings.Contains(h.String(), want) {
			t.Errorf("hints do not say %q: %s", want, h.String())
		}
	}
	if strings.Contains(h.String(), "did not open relaying") {
		t.Errorf("hints say the POP check did not open relaying: %s", h.String())
	}
}

// TestPOPTemporaryFailureRetried: a POP3 server that is down is a
// temporary failure, retried with the same attempts and backoff as SMTP.
func TestPOPTemporaryFailureRetried(t *testing.T) {
	srv := smtptest.StartT(t, smtptest.Config{})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	popAddr := ln.Addr().String()
	ln.Close() // nothing listens there: the login fails
	host, port, _ := net.SplitHostPort(popAddr)
	p, _ := strconv.Atoi(port)
	mailaction.ForgetPOPLogin(popAddr, "robot")
	var popDials atomic.Int32
	dial := func(ctx context.Context, network, addr string) (net.Conn, error) {
		if addr == popAddr {
			popDials.Add(1)
		}
		var d net.Dialer
		return d.DialContext(ctx, network, addr)
	}
	cfg := plain(srv)
	cfg.POPBeforeSMTP = &config.POPBeforeSMTP{Host: host, Port: p, TLS: config.TLSImplicit, Username: "robot", Password: "pop-secret"}
	var sl sleeps
	res, err := mailaction.SendEmail(testctx.New(t), cfg, simple("ops@example.org"), sl.option(), mailaction.WithDialer(dial))
	if !errors.Is(err, mailerrors.ErrPOPFailed) || !mailerrors.IsTemporary(err) {
		t.Fatalf("err = %v, want a temporary pop_failed", err)
	}
	if popDials.Load() != 3 || res.Attempts != 3 || len(sl.all()) != 2 {
		t.Fatalf("POP dials %d, attempts %d, waits %v; want 3 logins, 3 attempts and 2 backoff waits (max_attempts 3)",
			popDials.Load(), res.Attempts, sl.all())
	}
	if len(srv.Messages()) != 0 {
		t.Fatal("a message went out without the POP3 login")
	}
}

// TestPOPLoginTimeout: a POP3 server that accepts and never greets takes
// pop_before_smtp.timeout, not the SMTP timeouts.
func TestPOPLoginTimeout(t *testing.T) {
	srv := smtptest.StartT(t, smtptest.Config{})
	addr := rawtest.Serve(t, rawtest.Silent)
	host, port, _ := net.SplitHostPort(addr.String())
	p, _ := strconv.Atoi(port)
	mailaction.ForgetPOPLogin(addr.String(), "robot")
	cfg := plain(srv)
	cfg.Retry.MaxAttempts = 1
	cfg.POPBeforeSMTP = &config.POPBeforeSMTP{Host: host, Port: p, TLS: config.TLSImplicit, Username: "robot", Password: "pop-secret",
		Timeout: 300 * time.Millisecond}
	start := time.Now()
	_, err := mailaction.SendEmail(testctx.New(t), cfg, simple("ops@example.org"))
	if took := time.Since(start); took > 10*time.Second {
		t.Fatalf("the login took %s with a 300ms timeout", took)
	}
	if !errors.Is(err, mailerrors.ErrPOPFailed) || !mailerrors.IsTemporary(err) {
		t.Fatalf("err = %v, want a temporary pop_failed", err)
	}
}
