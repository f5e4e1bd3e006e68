// Package popbsmtp is the POP-before-SMTP sequence that the Sender
// (package mailaction) and the doctor (package diagnose) share, so that
// both follow the same rules and the same timing: the POP3 login the
// options allow, then a pause for the server to add this client's address
// to its relay list, then the SMTP session; and the same hints for a login
// that failed.
package popbsmtp

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"os"
	"syscall"
	"time"

	"github.com/taskmail/taskmail/config"
	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/internal/pop3"
)

// SettleDelay is how long Login waits after a successful POP3 login before
// it returns, so that the server's relay list includes this client by the
// time the SMTP session starts: servers learn of the login from their POP3
// server's log (Postfix reads a map a log watcher rebuilds), which takes
// tens of milliseconds with Dovecot and Postfix, and can take longer
// elsewhere. Without it the first send after a login is often denied.
const SettleDelay = time.Second

// RelayRetryDelay is how long the doctor waits before it checks relaying
// again on a new connection, when the check right after a POP3 login was
// denied: a server slower than SettleDelay to update its list gets this
// much more time before the diagnosis judges.
const RelayRetryDelay = 3 * time.Second

// Session is what one POP-before-SMTP login needs besides the options.
type Session struct {
	// Dial makes the TCP connection; nil means a net.Dialer. It must
	// connect from the address the SMTP session will use: the server
	// opens relaying for the client address that logged in.
	Dial func(ctx context.Context, network, addr string) (net.Conn, error)
	// TLSConfig is the POP3 server's TLS configuration (tlsconf.POP).
	TLSConfig *tls.Config
	// Sleep waits d or until ctx ends; nil means a timer.
	Sleep func(ctx context.Context, d time.Duration) error
	// Logger, when set, is told at debug level of a failed QUIT.
	Logger *slog.Logger
}

// LoginOptions returns the pop3.LoginOptions for cfg's POPBeforeSMTP
// (cfg with defaults): the login the options allow over an unencrypted
// connection (APOP with pop_before_smtp.allow_insecure_apop or
// allow_insecure_auth, the password in clear only with
// allow_insecure_auth), bounded by pop_before_smtp.timeout.
func LoginOptions(cfg config.SMTP, s Session) pop3.LoginOptions {
	p := cfg.POPBeforeSMTP
	return pop3.LoginOptions{
		Addr:           p.Addr(),
		DialContext:    s.Dial,
		TLSConfig:      s.TLSConfig,
		TLS:            p.TLS,
		Username:       p.Username,
		Password:       p.Password.Reveal(),
		AllowPlainText: cfg.AllowInsecureAuth,
		AllowAPOP:      p.AllowInsecureAPOP,
		Timeout:        p.Timeout,
		Logger:         s.Logger,
	}
}

// Login runs the POP3 login for cfg (with defaults, POPBeforeSMTP set) and,
// when it succeeds, waits SettleDelay. It returns the step that failed
// with a *mailerrors.Error of kind pop_failed whose cause is a *StepError,
// or the context's error when ctx ended during the wait (the login itself
// succeeded then).
func Login(ctx context.Context, cfg config.SMTP, s Session) (pop3.LoginStep, error) {
	o := LoginOptions(cfg, s)
	step, err := pop3.Login(ctx, o)
	if err != nil {
		return step, Fail(o.Addr, step, err)
	}
	sleep := s.Sleep
	if sleep == nil {
		sleep = wait
	}
	if err := sleep(ctx, SettleDelay); err != nil {
		return "", err
	}
	return "", nil
}

// wait waits d or until ctx ends.
func wait(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return context.Cause(ctx)
	}
}

// StepError is the cause of a failed login: the step that failed and why.
type StepError struct {
	Step pop3.LoginStep
	Err  error
}

// Error returns the cause's text.
func (e *StepError) Error() string { return e.Err.Error() }

// Unwrap returns the cause.
func (e *StepError) Unwrap() error { return e.Err }

// Fail returns err, met at step of a login to addr, as a pop_failed
// *mailerrors.Error (a copy when err holds one) whose cause is a
// *StepError. Refusing to log in over an unencrypted connection is
// permanent, and says so in its text; a cancelled context is not
// temporary.
func Fail(addr string, step pop3.LoginStep, err error) *mailerrors.Error {
	var e mailerrors.Error
	if me := (*mailerrors.Error)(nil); errors.As(err, &me) && me.Kind == mailerrors.KindPOPFailed {
		e = *me
	} else {
		e = mailerrors.Error{
			Kind:      mailerrors.KindPOPFailed,
			Stage:     mailerrors.StagePOP,
			Server:    addr,
			Temporary: !errors.Is(err, pop3.ErrPlainText) && !errors.Is(err, context.Canceled),
			Err:       err,
		}
		if errors.Is(err, pop3.ErrPlainText) {
			e.Text = err.Error()
		}
	}
	if e.Server == "" {
		e.Server = addr
	}
	if step != "" {
		if se := (*StepError)(nil); !errors.As(e.Err, &se) {
			e.Err = &StepError{Step: step, Err: e.Err}
		}
	}
	return &e
}

// Hints returns the hints for a failed login, most likely first, from the
// step it failed at (found in err, a *StepError or an error wrapping one):
// the Sender and the doctor both lead with these. nil when err holds no
// step.
func Hints(err error) []mailerrors.Hint {
	var se *StepError
	if !errors.As(err, &se) {
		return nil
	}
	switch se.Step {
	case pop3.StepConnect:
		return []mailerrors.Hint{{Text: "Check pop_before_smtp.host, port and tls, and that the POP3 server runs and is reachable from here (" + Cause(err) + ")", Field: "POPBeforeSMTP.Host"}}
	case pop3.StepSTLS:
		return []mailerrors.Hint{{Text: "Set pop_before_smtp.tls to implicit with port 995, or to the mode the POP3 server offers", Field: "POPBeforeSMTP.TLS"}}
	case pop3.StepPlainText:
		return []mailerrors.Hint{
			{Text: "Encrypt the POP3 login: set pop_before_smtp.tls to starttls, or implicit with port 995", Field: "POPBeforeSMTP.TLS"},
			{Text: "For a POP3 server that offers APOP but no TLS, set pop_before_smtp.allow_insecure_apop (only a digest of the password crosses the network)", Field: "POPBeforeSMTP.AllowInsecureAPOP"},
		}
	case pop3.StepAuth:
		return []mailerrors.Hint{{Text: "Check pop_before_smtp.username and password: they are the mailbox login, often not the full address", Field: "POPBeforeSMTP.Username"}}
	}
	return nil
}

// Cause says in a few words why a connection failed: "connection
// refused", "timed out", or the error's own text.
func Cause(err error) string {
	var ne net.Error
	switch {
	case errors.Is(err, syscall.ECONNREFUSED):
		return "connection refused"
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, os.ErrDeadlineExceeded),
		errors.As(err, &ne) && ne.Timeout():
		return "timed out"
	case errors.Is(err, syscall.ECONNRESET):
		return "connection reset"
	case errors.Is(err, syscall.EHOSTUNREACH), errors.Is(err, syscall.ENETUNREACH):
		return "unreachable"
	}
	var me *mailerrors.Error
	if errors.As(err, &me) && me.Err != nil {
		return fmt.Sprint(me.Err)
	}
	return err.Error()
}
