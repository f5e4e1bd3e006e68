package diagnose

import (
	"crypto/tls"
	"fmt"
	"strings"
	"time"

	"github.com/taskmail/taskmail/config"
	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/internal/pop3"
	"github.com/taskmail/taskmail/internal/popbsmtp"
	"github.com/taskmail/taskmail/internal/tlsconf"
)

// checkPOP runs the POP-before-SMTP login when it is configured, as the
// Sender does it (popbsmtp.Login): the login the options allow, within
// pop_before_smtp.timeout, then the pause for the server to add this
// machine's address to its relay list, which the relay check below then
// shows. Options that the Sender would refuse are not tried.
func (s *session) checkPOP(st *Step) bool {
	p := s.cfg.POPBeforeSMTP
	if p == nil {
		st.Status = StatusSkipped
		st.Detail = "POP-before-SMTP is not configured"
		return true
	}
	if fes := popFieldErrors(s.raw); len(fes) > 0 {
		var lines []string
		for _, fe := range fes {
			lines = append(lines, fe.Error())
			if fe.Fix != "" {
				st.Hints = append(st.Hints, mailerrors.Hint{Text: sentence(fe.Fix), Field: fe.Field})
			}
		}
		st.Detail = "not run: the options forbid this POP3 login, as they would for a send\n" + strings.Join(lines, "\n")
		s.failWith(st, mailerrors.KindInvalidConfig)
		return true
	}
	addr := p.Addr()
	tlsCfg, err := s.popTLSConfig()
	if err != nil {
		st.Detail = "POP3 TLS settings: " + err.Error()
		s.failWith(st, mailerrors.KindInvalidConfig, mailerrors.Hint{Text: "Check ca_file: it must hold PEM certificates.", Field: "CAFile"})
		return true
	}
	start := s.opts.now()
	step, err := popbsmtp.Login(s.ctx, s.cfg, popbsmtp.Session{Dial: s.opts.dialer().DialContext, TLSConfig: tlsCfg})
	switch step {
	case "":
		if err != nil { // the context ended during the pause after the login
			st.Detail = "POP3 login succeeded, then the diagnosis was cancelled: " + err.Error()
			s.failWith(st, mailerrors.KindTimeout)
			return true
		}
	case pop3.StepConnect:
		st.Detail = fmt.Sprintf("POP3 connection to %s failed: %s", addr, dialProblem(err))
	case pop3.StepSTLS:
		st.Detail = fmt.Sprintf("POP3 STLS on %s failed", addr)
	case pop3.StepPlainText:
		st.Detail = fmt.Sprintf("not logging in to %s: the connection is not encrypted and the options allow no login over it", addr)
	case pop3.StepAuth:
		st.Detail = fmt.Sprintf("POP3 login as %s on %s refused", p.Username, addr)
	case pop3.StepStat:
		st.Detail = fmt.Sprintf("POP3 STAT as %s on %s failed after the login", p.Username, addr)
	default:
		st.Detail = fmt.Sprintf("POP3 login on %s failed", addr)
	}
	if step != "" {
		s.popFailed(st, err)
		return true
	}
	s.popLast, s.popTook = start, s.opts.now().Sub(start)-popbsmtp.SettleDelay
	st.Detail = fmt.Sprintf("POP3 login as %s on %s succeeded: relaying should be open for %s (waited %s for the server to update its list)",
		p.Username, addr, p.Window, popbsmtp.SettleDelay)
	return true
}

// popFieldErrors returns Validate's findings about the POP-before-SMTP
// options (and the ones that decide how its login may go).
func popFieldErrors(raw config.SMTP) []*config.FieldError {
	var out []*config.FieldError
	for _, fe := range config.FieldErrors(raw.Validate()) {
		if strings.HasPrefix(fe.Field, "POPBeforeSMTP") {
			out = append(out, fe)
		}
	}
	return out
}

// popFailed marks st failed with the POP3 login's error, leading with the
// hints the Sender leads with for the same failure (popbsmtp.Hints). The
// diagnosis goes on: the relay check shows what the server does without
// the login.
func (s *session) popFailed(st *Step, err error) {
	e := mailerrors.FromError(mailerrors.StagePOP, err)
	if e.Text != "" && e.Code == 0 && !strings.HasPrefix(e.Text, "the POP3 login") {
		st.ServerReply = "-ERR " + e.Text
	}
	e.Kind = mailerrors.KindPOPFailed
	s.fail(st, e, popbsmtp.Hints(err)...)
}

// retryRelay is called when RCPT was refused as a relay denial. Right
// after this diagnosis' own POP3 login the server may not have added this
// address to its relay list yet, and it reads the list when a session
// starts: so, once per diagnosis, it waits popbsmtp.RelayRetryDelay (plus
// as long as the POP3 login took: a slow login means a busy server, which
// updates its list late too) and sets the SMTP session up again on a new
// connection, as far as MAIL FROM, for the caller to try RCPT once more.
// It reports whether that session is ready.
func (s *session) retryRelay() bool {
	if s.popLast.IsZero() || s.relayRetried || s.ctx.Err() != nil {
		return false
	}
	s.relayRetried = true
	s.quit()
	s.close()
	wait := popbsmtp.RelayRetryDelay + max(s.popTook, 0)
	t := time.NewTimer(wait)
	defer t.Stop()
	select {
	case <-t.C:
	case <-s.ctx.Done():
		return false
	}
	for _, p := range s.setup {
		st := Step{Name: p.name, Status: StatusOK}
		if !p.run(&st) || st.Status == StatusFailed {
			return false
		}
	}
	s.relayNote = fmt.Sprintf(" (refused at first, right after the POP3 login; accepted on a new connection %s later)", wait.Round(time.Millisecond))
	return true
}

// popTLSConfig returns the TLS configuration for the POP3 server, the one
// the Sender uses (tlsconf.POP). Unlike the SMTP step, it lets crypto/tls
// verify: the SMTP step already shows certificate details, and the POP3
// client reports a refusal as pop_failed.
func (s *session) popTLSConfig() (*tls.Config, error) {
	cfg, err := tlsconf.POP(s.cfg, s.opts.TLSConfig)
	if err != nil {
		return nil, caFileError(s.cfg, err)
	}
	return cfg, nil
}
