package diagnose

import (
	"crypto/tls"
	"fmt"

	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/internal/pop3"
	"github.com/taskmail/taskmail/internal/tlsconf"
)

// checkPOP runs the POP-before-SMTP login when it is configured: a
// successful login opens the server's relay window for this machine's
// address, which the relay check below then shows.
func (s *session) checkPOP(st *Step) bool {
	p := s.cfg.POPBeforeSMTP
	if p == nil {
		st.Status = StatusSkipped
		st.Detail = "POP-before-SMTP is not configured"
		return true
	}
	addr := p.Addr()
	tlsCfg, err := s.popTLSConfig()
	if err != nil {
		st.Detail = "POP3 TLS settings: " + err.Error()
		s.failWith(st, mailerrors.KindInvalidConfig, mailerrors.Hint{Text: "Check ca_file: it must hold PEM certificates.", Field: "CAFile"})
		return true
	}
	// The session the Sender runs, with its time limit.
	step, err := pop3.Login(s.ctx, pop3.LoginOptions{
		Addr:           addr,
		DialContext:    s.opts.dialer().DialContext,
		TLSConfig:      tlsCfg,
		TLS:            p.TLS,
		Username:       p.Username,
		Password:       p.Password.Reveal(),
		AllowPlainText: s.cfg.AllowInsecureAuth,
		Timeout:        s.cfg.Timeout + s.cfg.CommandTimeout,
	})
	switch step {
	case pop3.StepConnect:
		st.Detail = fmt.Sprintf("POP3 connection to %s failed", addr)
		s.popFailed(st, err)
		return true
	case pop3.StepSTLS:
		st.Detail = fmt.Sprintf("POP3 STLS on %s failed", addr)
		s.popFailed(st, err, mailerrors.Hint{
			Text: "Set pop_before_smtp.tls to implicit with port 995, or to the mode the POP3 server offers.", Field: "POPBeforeSMTP.TLS"})
		return true
	case pop3.StepPlainText:
		st.Detail = fmt.Sprintf("not sending the POP3 password to %s: the connection is not encrypted", addr)
		s.failWith(st, mailerrors.KindPOPFailed,
			mailerrors.Hint{Text: "Encrypt the POP3 login: set pop_before_smtp.tls to starttls, or implicit with port 995.", Field: "POPBeforeSMTP.TLS"})
		return true
	case pop3.StepAuth:
		st.Detail = fmt.Sprintf("POP3 login as %s on %s refused", p.Username, addr)
		s.popFailed(st, err, mailerrors.Hint{
			Text: "Check pop_before_smtp.username and password: they are the mailbox login, often not the full address.", Field: "POPBeforeSMTP.Username"})
		return true
	case pop3.StepStat:
		st.Detail = fmt.Sprintf("POP3 STAT as %s on %s failed after the login", p.Username, addr)
		s.popFailed(st, err)
		return true
	}
	s.popLast = s.opts.now()
	st.Detail = fmt.Sprintf("POP3 login as %s on %s succeeded: relaying should be open for %s", p.Username, addr, p.Window)
	return true
}

// popFailed marks st failed with the POP3 client's error. The diagnosis
// goes on: the relay check shows what the server does without the login.
func (s *session) popFailed(st *Step, err error, extra ...mailerrors.Hint) {
	e := mailerrors.FromError(mailerrors.StagePOP, err)
	if e.Text != "" {
		st.ServerReply = "-ERR " + e.Text
	}
	e.Kind = mailerrors.KindPOPFailed
	s.fail(st, e, extra...)
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
