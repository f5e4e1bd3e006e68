package mailaction

import (
	"context"
	"crypto/tls"
	"log/slog"
	"slices"
	"sync"
	"time"

	"github.com/taskmail/taskmail/config"
	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/internal/pop3"
	"github.com/taskmail/taskmail/internal/popbsmtp"
	"github.com/taskmail/taskmail/internal/tlsconf"
)

// popChecker runs the POP3 login of POP-before-SMTP and remembers when it
// last succeeded. One check is shared per (POP server, user) by every
// Sender in the process.
type popChecker struct {
	smtp  config.SMTP          // with defaults, for TLS settings and AllowInsecureAuth
	cfg   config.POPBeforeSMTP // with defaults
	addr  string               // the POP server, host:port
	state *popState
	o     *options
}

// popKey names one shared POP-before-SMTP login.
type popKey struct{ addr, user string }

// popState is what every checker of one popKey shares: when the last login
// succeeded, and the login in progress, if any.
type popState struct {
	mu     sync.Mutex
	last   time.Time  // when the last successful login started; zero: never
	flight *popFlight // the login in progress; nil when none

	opened       time.Time     // the login (a value of last) after which the server relayed
	serverWindow time.Duration // the shortest age at which the server refused relaying after such a login; 0: never seen
	warned       bool          // the shorter window was logged
}

// popFlight is one login in progress. done is closed when it ends; err
// and abandoned are set before that.
type popFlight struct {
	done      chan struct{}
	err       error
	abandoned bool // it failed because its caller's context ended
}

// popStates is the process-wide registry of logins, so that all Senders
// (and SendEmail calls) that use the same POP server and user share one
// login and one relay window: the server opens relaying for the client
// address, not for a Sender. Senders of one process normally share their
// source address; a process that sends from several addresses through the
// same POP account would need separate accounts.
var popStates = struct {
	sync.Mutex
	m map[popKey]*popState
}{m: map[popKey]*popState{}}

func popStateFor(k popKey) *popState {
	popStates.Lock()
	defer popStates.Unlock()
	s, ok := popStates.m[k]
	if !ok {
		s = &popState{}
		popStates.m[k] = s
	}
	return s
}

// newPOPChecker returns the checker for cfg.POPBeforeSMTP, or nil when POP-
// before-SMTP is not configured.
func newPOPChecker(cfg config.SMTP, o *options) *popChecker {
	if cfg.POPBeforeSMTP == nil {
		return nil
	}
	if o == nil {
		o = newOptions(nil)
	}
	d := cfg.WithDefaults()
	p := *d.POPBeforeSMTP
	addr := p.Addr()
	return &popChecker{
		smtp:  d,
		cfg:   p,
		addr:  addr,
		state: popStateFor(popKey{addr: addr, user: p.Username}),
		o:     o,
	}
}

// Check logs in to POP3 unless a login succeeded within the window (or
// force is set), and returns when the last successful login ran. Its error
// is a *mailerrors.Error of kind pop_failed.
//
// Concurrent callers share one login: while a login is in progress, other
// callers (forced or not) wait for it and take its result, which is what a
// forced check after a relay denial needs, since that login is at least as
// recent as the denial. Should the login end only because its caller's
// context ended, a waiter whose context is still live runs its own.
func (p *popChecker) Check(ctx context.Context, force bool) (last time.Time, err error) {
	if p == nil {
		return time.Time{}, nil
	}
	s := p.state
	s.mu.Lock()
	for {
		if !force && !s.last.IsZero() && p.o.now().Sub(s.last) < p.cfg.Window {
			last := s.last
			s.mu.Unlock()
			return last, nil
		}
		f := s.flight
		if f == nil {
			break
		}
		s.mu.Unlock()
		select {
		case <-f.done:
		case <-ctx.Done():
			s.mu.Lock()
			last := s.last
			s.mu.Unlock()
			return last, p.fail(context.Cause(ctx))
		}
		s.mu.Lock()
		if !f.abandoned || ctx.Err() != nil {
			last := s.last
			s.mu.Unlock()
			return last, errorCopy(f.err)
		}
		// The other caller gave up; try again with this one's context.
	}
	f := &popFlight{done: make(chan struct{})}
	s.flight = f
	s.mu.Unlock()

	start := p.o.now()
	// The login, then the pause for the server to add this address to
	// its relay list (popbsmtp.SettleDelay), as the doctor does it.
	step, err := p.login(ctx, force)
	loggedIn := step == ""
	if err != nil && loggedIn {
		err = p.fail(context.Cause(ctx)) // ctx ended during the pause
	}

	s.mu.Lock()
	if loggedIn && start.After(s.last) { // the relay window opened, even if ctx ended since
		s.last = start
	}
	last = s.last
	f.err = err
	f.abandoned = err != nil && ctx.Err() != nil
	s.flight = nil
	close(f.done)
	s.mu.Unlock()
	return last, errorCopy(err)
}

// errorCopy returns a copy of err for one caller when it is an *Error:
// every caller waiting on one login gets its failure, and each adds hints
// and a recipient to its own.
func errorCopy(err error) error {
	e, ok := err.(*mailerrors.Error)
	if !ok || e == nil {
		return err
	}
	cp := *e
	cp.Hints = slices.Clone(e.Hints)
	return &cp
}

// popSettleDelay is how long Check waits after a successful POP3 login
// before it returns (see popbsmtp.SettleDelay). It is paid once per window.
const popSettleDelay = popbsmtp.SettleDelay

// login runs one POP3 session and the pause after it with popbsmtp.Login,
// the sequence the doctor runs too: connect (from the same source address
// as SMTP, through o.dial), secure it as configured, log in as the options
// allow, STAT, QUIT, all within pop_before_smtp.timeout. It returns the
// step that failed, "" when the login succeeded (err is then the end of
// ctx during the pause, if any).
func (p *popChecker) login(ctx context.Context, force bool) (pop3.LoginStep, error) {
	log := p.o.logger.With(slog.String("pop_server", p.addr), slog.String("pop_user", p.cfg.Username))
	log.LogAttrs(ctx, slog.LevelDebug, "POP-before-SMTP login", slog.Bool("forced", force))

	tc, err := p.tlsConfig()
	if err != nil {
		return pop3.StepConnect, p.fail(err)
	}
	c := p.smtp
	c.POPBeforeSMTP = &p.cfg
	step, err := popbsmtp.Login(ctx, c, popbsmtp.Session{Dial: p.o.dial, TLSConfig: tc, Sleep: p.o.sleep, Logger: log})
	if err != nil && step != "" {
		return step, p.failed(ctx, log, err)
	}
	return step, err
}

// relayed records that the server relayed after the login that started at
// last: a later denial means it forgot this address.
func (p *popChecker) relayed(last time.Time) {
	if p == nil || last.IsZero() {
		return
	}
	p.state.mu.Lock()
	defer p.state.mu.Unlock()
	if last.After(p.state.opened) {
		p.state.opened = last
	}
}

// denied records a relay denial at now after the login that started at
// last. When that login had opened relaying, within the window, the
// server forgot this address sooner than the window says: the first time,
// it says so at WARN, with the age it observed, and every later hint
// says so too (serverWindow).
func (p *popChecker) denied(ctx context.Context, last, now time.Time) {
	if p == nil || last.IsZero() {
		return
	}
	age := now.Sub(last)
	s := p.state
	s.mu.Lock()
	if !s.opened.Equal(last) || age <= 0 || age >= p.cfg.Window {
		s.mu.Unlock()
		return
	}
	if s.serverWindow == 0 || age < s.serverWindow {
		s.serverWindow = age
	}
	warn := !s.warned
	s.warned = true
	s.mu.Unlock()
	if warn {
		p.o.logger.LogAttrs(ctx, slog.LevelWarn, "POP-before-SMTP: the server's relay window looks shorter than window: it refused relaying after a login that had opened it; set pop_before_smtp.window below the observed age",
			slog.String("pop_server", p.addr), slog.Duration("window", p.cfg.Window), slog.Duration("observed_age", age))
	}
}

// serverWindow returns the shortest age at which the server was seen to
// refuse relaying after a login that had opened it; 0 when never.
func (p *popChecker) serverWindow() time.Duration {
	if p == nil {
		return 0
	}
	p.state.mu.Lock()
	defer p.state.mu.Unlock()
	return p.state.serverWindow
}

// failed logs a failed login and returns it as a pop_failed error.
func (p *popChecker) failed(ctx context.Context, log *slog.Logger, err error) error {
	e := p.fail(err)
	log.LogAttrs(ctx, slog.LevelWarn, "POP-before-SMTP login failed", slog.String("error", e.Error()))
	return e
}

// fail returns err as a pop_failed *mailerrors.Error (popbsmtp.Fail).
func (p *popChecker) fail(err error) *mailerrors.Error {
	return popbsmtp.Fail(p.addr, "", err)
}

// tlsConfig returns the TLS configuration for the POP server: the SMTP
// one's roots (WithTLSConfig and CAFile), with the POP server's name and
// its own InsecureSkipVerify (see tlsconf.POP).
func (p *popChecker) tlsConfig() (*tls.Config, error) {
	c, pc := p.smtp, p.cfg
	c.POPBeforeSMTP = &pc
	tc, err := tlsconf.POP(c, p.o.tlsConfig)
	return tc, caFileError(c, err)
}
