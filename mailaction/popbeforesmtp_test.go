package mailaction

import (
	"context"
	"errors"
	"net"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/taskmail/taskmail/config"
	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/internal/pop3/pop3test"
	"github.com/taskmail/taskmail/internal/testctx"
)

const (
	popTestUser = "robot"
	popTestPass = "pop-secret"
)

// popClock is a settable clock for the POP window.
type popClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *popClock) now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *popClock) add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// popSetup starts a fake POP3 server and returns an SMTP config whose
// POP-before-SMTP points at it (plain text, APOP offered unless cfg says
// otherwise, and allowed), options with a settable clock, and the clock.
func popSetup(t *testing.T, cfg pop3test.Config) (*pop3test.Server, config.SMTP, *options, *popClock) {
	t.Helper()
	if cfg.Users == nil {
		cfg.Users = map[string]string{popTestUser: popTestPass}
	}
	srv := pop3test.NewServer(t, cfg)
	host, port, _ := net.SplitHostPort(srv.Addr)
	p, _ := strconv.Atoi(port)
	smtp := config.SMTP{
		Host: "127.0.0.1",
		From: "robot@example.test",
		POPBeforeSMTP: &config.POPBeforeSMTP{
			Host: host, Port: p, TLS: config.TLSNone,
			Username: popTestUser, Password: popTestPass,
			AllowInsecureAPOP: true,
		},
	}
	// The login registry is process-wide, keyed by server and user: a
	// later test's server may get this one's port again, and on the same
	// fixed clock it would find this test's login still in its window and
	// not log in at all.
	t.Cleanup(func() {
		popStates.Lock()
		delete(popStates.m, popKey{addr: smtp.POPBeforeSMTP.Addr(), user: popTestUser})
		popStates.Unlock()
	})
	clock := &popClock{t: time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)}
	o := newOptions([]Option{WithClock(clock.now), WithTLSConfig(srv.ClientTLSConfig()), WithSleep(noSleep)})
	return srv, smtp, o, clock
}

// noSleep stands for the settle delay after a login, without waiting.
func noSleep(ctx context.Context, _ time.Duration) error { return ctx.Err() }

func popFailed(t *testing.T, err error) *mailerrors.Error {
	t.Helper()
	var e *mailerrors.Error
	if !errors.As(err, &e) || !errors.Is(err, mailerrors.ErrPOPFailed) || e.Stage != mailerrors.StagePOP {
		t.Fatalf("err = %T %v, want a pop_failed *mailerrors.Error at stage pop", err, err)
	}
	return e
}

func TestPOPCheckerNotConfigured(t *testing.T) {
	p := newPOPChecker(config.SMTP{Host: "mail.example.test"}, newOptions(nil))
	if p != nil {
		t.Fatal("checker without POPBeforeSMTP")
	}
	if last, err := p.Check(testctx.New(t), true); err != nil || !last.IsZero() {
		t.Fatalf("nil checker Check = %v, %v", last, err)
	}
}

func TestPOPCheckWindow(t *testing.T) {
	srv, cfg, o, clock := popSetup(t, pop3test.Config{APOP: true})
	cfg.POPBeforeSMTP.Window = 10 * time.Minute
	p := newPOPChecker(cfg, o)
	ctx := testctx.New(t)

	t0 := clock.now()
	last, err := p.Check(ctx, false)
	if err != nil || !last.Equal(t0) {
		t.Fatalf("first Check = %v, %v; want %v", last, err, t0)
	}
	if l := srv.Logins(); len(l) != 1 || l[0].Method != "APOP" {
		t.Fatalf("logins = %+v, want one APOP login", l)
	}

	clock.add(9 * time.Minute) // inside the window: no login
	if last, err = p.Check(ctx, false); err != nil || !last.Equal(t0) {
		t.Fatalf("Check within the window = %v, %v", last, err)
	}
	if n := len(srv.Logins()); n != 1 {
		t.Fatalf("%d logins within the window, want 1", n)
	}

	// A forced check logs in even within the window.
	t1 := clock.now()
	if last, err = p.Check(ctx, true); err != nil || !last.Equal(t1) {
		t.Fatalf("forced Check = %v, %v; want %v", last, err, t1)
	}
	if n := len(srv.Logins()); n != 2 {
		t.Fatalf("%d logins after a forced check, want 2", n)
	}

	clock.add(10 * time.Minute) // the window has passed
	t2 := clock.now()
	if last, err = p.Check(ctx, false); err != nil || !last.Equal(t2) {
		t.Fatalf("Check after the window = %v, %v; want %v", last, err, t2)
	}
	if n := len(srv.Logins()); n != 3 {
		t.Fatalf("%d logins after the window, want 3", n)
	}
}

func TestPOPCheckDefaultWindow(t *testing.T) {
	srv, cfg, o, clock := popSetup(t, pop3test.Config{APOP: true})
	p := newPOPChecker(cfg, o) // Window 0: 15m
	if _, err := p.Check(testctx.New(t), false); err != nil {
		t.Fatal(err)
	}
	clock.add(config.DefaultPOPWindow - time.Second)
	p.Check(testctx.New(t), false)
	clock.add(time.Second)
	p.Check(testctx.New(t), false)
	if n := len(srv.Logins()); n != 2 {
		t.Fatalf("%d logins, want 2 (one at the start, one after 15m)", n)
	}
}

func TestPOPCheckSharedAcrossCheckers(t *testing.T) {
	srv, cfg, o, _ := popSetup(t, pop3test.Config{
		APOP:  true,
		Users: map[string]string{popTestUser: popTestPass, "other": "other-pass"},
	})
	a, b := newPOPChecker(cfg, o), newPOPChecker(cfg, newOptions([]Option{WithClock(o.now), WithSleep(noSleep)}))
	if _, err := a.Check(testctx.New(t), false); err != nil {
		t.Fatal(err)
	}
	if _, err := b.Check(testctx.New(t), false); err != nil {
		t.Fatal(err)
	}
	if n := len(srv.Logins()); n != 1 {
		t.Fatalf("%d logins for two checkers of one (server, user), want 1", n)
	}
	other := cfg
	op := *cfg.POPBeforeSMTP
	op.Username, op.Password = "other", "other-pass"
	other.POPBeforeSMTP = &op
	if _, err := newPOPChecker(other, o).Check(testctx.New(t), false); err != nil {
		t.Fatal(err)
	}
	if n := len(srv.Logins()); n != 2 {
		t.Fatalf("%d logins after another user's check, want 2", n)
	}
}

func TestPOPCheckConcurrentShareOneLogin(t *testing.T) {
	arrived, release := make(chan struct{}), make(chan struct{})
	var passes atomic.Int32
	srv, cfg, o, _ := popSetup(t, pop3test.Config{Hook: func(c pop3test.Command) (string, bool) {
		if c.Name == "PASS" && passes.Add(1) == 1 {
			close(arrived)
			<-release // hold the first login in flight
		}
		return "", false
	}})
	cfg.AllowInsecureAuth = true // no APOP, no TLS
	first := newPOPChecker(cfg, o)

	const n = 20
	results := make(chan time.Time, n)
	errs := make(chan error, n)
	var wg sync.WaitGroup
	run := func(p *popChecker, force bool) {
		defer wg.Done()
		last, err := p.Check(testctx.New(t), force)
		results <- last
		errs <- err
	}
	wg.Add(1)
	go run(first, false)
	<-arrived
	for i := 1; i < n; i++ {
		wg.Add(1)
		go run(newPOPChecker(cfg, o), i%2 == 0) // forced ones wait too
	}
	close(release)
	wg.Wait()
	close(results)
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	var lasts []time.Time
	for l := range results {
		lasts = append(lasts, l)
	}
	// Every caller that came while the first login was in flight took its
	// result; callers that came after it found a login within the window
	// (or, when forced, ran their own). Either way, at most the forced
	// callers that came late log in again.
	logins := len(srv.Logins())
	if logins < 1 || logins > 1+n/2 {
		t.Fatalf("%d logins for %d concurrent checks", logins, n)
	}
	for _, l := range lasts {
		if l.IsZero() {
			t.Fatal("a caller got no login time")
		}
	}
}

func TestPOPCheckConcurrentUnforcedExactlyOne(t *testing.T) {
	arrived, release := make(chan struct{}), make(chan struct{})
	var passes atomic.Int32
	srv, cfg, o, _ := popSetup(t, pop3test.Config{APOP: true, Hook: func(c pop3test.Command) (string, bool) {
		if c.Name == "APOP" && passes.Add(1) == 1 {
			close(arrived)
			<-release
		}
		return "", false
	}})
	const n = 20
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := newPOPChecker(cfg, o).Check(testctx.New(t), false)
			errs <- err
		}()
		if i == 0 {
			<-arrived
		}
	}
	close(release)
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	if got := len(srv.Logins()); got != 1 {
		t.Fatalf("%d logins for %d concurrent unforced checks, want 1", got, n)
	}
}

func TestPOPCheckWaiterOutlivesCancelledLeader(t *testing.T) {
	arrived, release := make(chan struct{}), make(chan struct{})
	defer close(release)
	var calls atomic.Int32
	srv, cfg, o, _ := popSetup(t, pop3test.Config{APOP: true, Hook: func(c pop3test.Command) (string, bool) {
		if c.Name == "APOP" && calls.Add(1) == 1 {
			close(arrived)
			<-release // the first login never completes
			return pop3test.Drop, true
		}
		return "", false
	}})
	leaderCtx, cancel := context.WithCancel(testctx.New(t))
	leaderErr := make(chan error, 1)
	go func() {
		_, err := newPOPChecker(cfg, o).Check(leaderCtx, false)
		leaderErr <- err
	}()
	<-arrived
	waiterErr := make(chan error, 1)
	go func() {
		_, err := newPOPChecker(cfg, o).Check(testctx.New(t), false)
		waiterErr <- err
	}()
	cancel()
	err := <-leaderErr
	popFailed(t, err)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("leader err = %v, want context.Canceled", err)
	}
	if err := <-waiterErr; err != nil {
		t.Fatalf("waiter err = %v, want its own successful login", err)
	}
	if n := len(srv.Logins()); n != 1 {
		t.Fatalf("%d successful logins, want 1 (the waiter's)", n)
	}
}

func TestPOPCheckWaiterCancelled(t *testing.T) {
	// arrived has room for the first APOP's signal, so that it is not lost
	// when the server gets there before the test waits for it.
	arrived, release := make(chan struct{}, 1), make(chan struct{})
	defer close(release)
	_, cfg, o, _ := popSetup(t, pop3test.Config{APOP: true, Hook: func(c pop3test.Command) (string, bool) {
		if c.Name == "APOP" {
			select {
			case arrived <- struct{}{}:
			default:
			}
			<-release
		}
		return "", false
	}})
	go newPOPChecker(cfg, o).Check(testctx.New(t), false)
	<-arrived
	ctx, cancel := context.WithCancel(testctx.New(t))
	cancel()
	_, err := newPOPChecker(cfg, o).Check(ctx, false)
	popFailed(t, err)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
}

func TestPOPCheckWrongPassword(t *testing.T) {
	srv, cfg, o, _ := popSetup(t, pop3test.Config{APOP: true})
	cfg.POPBeforeSMTP.Password = "wrong-password"
	p := newPOPChecker(cfg, o)
	last, err := p.Check(testctx.New(t), false)
	e := popFailed(t, err)
	if !last.IsZero() {
		t.Errorf("last = %v after a failed first login, want zero", last)
	}
	if e.Text != "[AUTH] Authentication failed." || e.Temporary || e.Server != srv.Addr {
		t.Fatalf("Text %q Temporary %v Server %q", e.Text, e.Temporary, e.Server)
	}
	for _, s := range []string{"wrong-password", popTestPass} {
		if strings.Contains(err.Error(), s) {
			t.Fatalf("error shows a password: %v", err)
		}
	}
	// A failed login is not remembered: the next check tries again.
	if _, err := p.Check(testctx.New(t), false); err == nil {
		t.Fatal("second check succeeded")
	}
}

func TestPOPCheckServerDown(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().(*net.TCPAddr)
	ln.Close()
	cfg := config.SMTP{Host: "127.0.0.1", From: "a@example.test", POPBeforeSMTP: &config.POPBeforeSMTP{
		Port: addr.Port, TLS: config.TLSImplicit, Username: "u", Password: "p",
	}}
	_, err = newPOPChecker(cfg, newOptions([]Option{WithSleep(noSleep)})).Check(testctx.New(t), false)
	e := popFailed(t, err)
	if !e.Temporary || e.Server != addr.String() {
		t.Fatalf("Temporary %v Server %q, want a temporary failure on %s", e.Temporary, e.Server, addr)
	}
	var ne *net.OpError
	if !errors.As(err, &ne) {
		t.Fatalf("cause = %v, want a *net.OpError", e.Err)
	}
}

func TestPOPCheckTLSModes(t *testing.T) {
	for _, tc := range []struct {
		name     string
		server   pop3test.Config
		mode     config.TLSMode
		insecure bool // AllowInsecureAuth
		wantTLS  bool
		method   string
		wantErr  bool
	}{
		{name: "starttls", server: pop3test.Config{STLS: true, APOP: true}, mode: config.TLSStartTLS, wantTLS: true, method: "USER"},
		{name: "starttls refused", server: pop3test.Config{APOP: true}, mode: config.TLSStartTLS, wantErr: true},
		{name: "implicit", server: pop3test.Config{Implicit: true}, mode: config.TLSImplicit, wantTLS: true, method: "USER"},
		{name: "opportunistic offered", server: pop3test.Config{STLS: true}, mode: config.TLSStartTLSOpportunistic, wantTLS: true, method: "USER"},
		{name: "opportunistic not offered, APOP", server: pop3test.Config{APOP: true}, mode: config.TLSStartTLSOpportunistic, method: "APOP"},
		{name: "none, APOP", server: pop3test.Config{APOP: true}, mode: config.TLSNone, method: "APOP"},
		{name: "none, clear text refused", server: pop3test.Config{}, mode: config.TLSNone, wantErr: true},
		{name: "none, clear text allowed", server: pop3test.Config{}, mode: config.TLSNone, insecure: true, method: "USER"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv, cfg, o, _ := popSetup(t, tc.server)
			cfg.POPBeforeSMTP.TLS = tc.mode
			cfg.AllowInsecureAuth = tc.insecure
			_, err := newPOPChecker(cfg, o).Check(testctx.New(t), false)
			if tc.wantErr {
				e := popFailed(t, err)
				if e.Temporary {
					t.Fatalf("err %v is temporary", err)
				}
				if len(srv.Logins()) != 0 {
					t.Fatal("the server saw a login")
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			l := srv.Logins()
			if len(l) != 1 || l[0].TLS != tc.wantTLS || l[0].Method != tc.method {
				t.Fatalf("logins = %+v, want one %s login with TLS %v", l, tc.method, tc.wantTLS)
			}
		})
	}
}

func TestPOPCheckUsesDialer(t *testing.T) {
	srv, cfg, _, _ := popSetup(t, pop3test.Config{APOP: true})
	var dials atomic.Int32
	src := &net.TCPAddr{IP: net.IPv4(127, 0, 0, 7)}
	o := newOptions([]Option{WithSleep(noSleep), WithDialer(func(ctx context.Context, network, addr string) (net.Conn, error) {
		dials.Add(1)
		return (&net.Dialer{LocalAddr: src}).DialContext(ctx, network, addr)
	})})
	if _, err := newPOPChecker(cfg, o).Check(testctx.New(t), false); err != nil {
		t.Fatal(err)
	}
	l := srv.Logins()
	if dials.Load() != 1 || len(l) != 1 || !strings.HasPrefix(l[0].Remote, "127.0.0.7:") {
		t.Fatalf("dials %d, logins %+v; want one login from 127.0.0.7", dials.Load(), l)
	}
}

func TestPOPCheckSettles(t *testing.T) {
	_, cfg, _, clock := popSetup(t, pop3test.Config{APOP: true})
	var waits []time.Duration
	o := newOptions([]Option{WithClock(clock.now), WithSleep(func(ctx context.Context, d time.Duration) error {
		waits = append(waits, d)
		return nil
	})})
	p := newPOPChecker(cfg, o)
	p.Check(testctx.New(t), false)
	p.Check(testctx.New(t), false) // within the window: no login, no wait
	if len(waits) != 1 || waits[0] != popSettleDelay {
		t.Fatalf("waits %v, want one of %v after the one login", waits, popSettleDelay)
	}

	// A context that ends during the wait fails the check, but the login
	// happened: the next check within the window does not log in again.
	_, cfg2, _, clock2 := popSetup(t, pop3test.Config{APOP: true})
	ctx, cancel := context.WithCancel(testctx.New(t))
	o2 := newOptions([]Option{WithClock(clock2.now), WithSleep(func(context.Context, time.Duration) error {
		cancel()
		return context.Canceled
	})})
	p2 := newPOPChecker(cfg2, o2)
	if _, err := p2.Check(ctx, false); !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if last, err := p2.Check(testctx.New(t), false); err != nil || !last.Equal(clock2.now()) {
		t.Fatalf("after a cancelled wait: %v, %v; want the earlier login", last, err)
	}
}
