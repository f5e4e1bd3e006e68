package diagnose

import (
	"fmt"
	"strings"

	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/internal/smtpauth"
)

// checkAuth authenticates with the configured mechanism. When the server
// offers AUTH and no credentials are configured, it says so (a warning: the
// server may still accept mail from this address without it).
func (s *session) checkAuth(st *Step) bool {
	offered, params := s.client.Extension("AUTH")
	mechs := smtpauth.Offered(params)
	configured := smtpauth.Wanted(s.cfg.Auth)
	switch {
	case !configured && offered:
		st.Status = StatusWarning
		st.Kind = mailerrors.KindAuthRequired
		st.Detail = fmt.Sprintf("the server offers AUTH (%s) but no credentials are configured; if relaying is refused below, this is why", strings.Join(mechs, " "))
		st.Hints = []mailerrors.Hint{{Text: "Set auth.username and auth.password to an account on this server.", Field: "Auth.Username"}}
		return true
	case !configured:
		st.Status = StatusSkipped
		st.Detail = "no credentials configured, and the server offers no AUTH"
		return true
	case !offered:
		st.Detail = "credentials are configured, but the server offers no AUTH on this connection"
		var extra []mailerrors.Hint
		if !s.tlsActive {
			extra = append(extra, mailerrors.Hint{Text: "Servers often offer AUTH only after STARTTLS: set tls to starttls.", Field: "TLS"})
		}
		extra = append(extra, mailerrors.Hint{Text: "Use the server's submission port (587 or 465): port 25 often has no AUTH.", Field: "Port"})
		s.failWith(st, mailerrors.KindAuthFailed, extra...)
		// Go on without AUTH: what MAIL and RCPT say shows whether it is
		// needed at all.
		return true
	case !s.tlsActive && !s.cfg.AllowInsecureAuth:
		st.Detail = "not sending the password: the connection is not encrypted"
		s.failWith(st, mailerrors.KindTLSRequired, mailerrors.Hint{Text: "Encrypt the connection: set tls to starttls (port 587) or implicit (port 465).", Field: "TLS"})
		return true
	}

	mech, ok := smtpauth.Choose(mechs, s.cfg.Auth)
	if !ok {
		st.Detail = fmt.Sprintf("the server offers AUTH %s, not %s", strings.Join(mechs, " "), s.cfg.Auth.Mechanism)
		s.failWith(st, mailerrors.KindAuthFailed, mailerrors.Hint{
			Text:  fmt.Sprintf("Set auth.mechanism to auto, or to one the server offers (%s).", strings.ToLower(strings.Join(mechs, ", "))),
			Field: "Auth.Mechanism"})
		return true
	}
	// The encryption check above is the one that counts (it knows about
	// implicit TLS): see smtpauth.New.
	am, err := smtpauth.New(mech, s.cfg.Auth, s.cfg.Host)
	if err != nil {
		st.Detail = err.Error()
		s.failWith(st, mailerrors.KindInvalidConfig, mailerrors.Hint{Text: "Set auth.mechanism to auto.", Field: "Auth.Mechanism"})
		return true
	}
	s.deadline()
	err = s.client.Auth(am)
	if err != nil {
		st.ServerReply = serverReply(err)
		st.Detail = fmt.Sprintf("AUTH %s as %s refused", strings.ToUpper(string(mech)), s.cfg.Auth.Username)
		if st.ServerReply == "" {
			st.Detail += ": " + err.Error()
		}
		e := mailerrors.FromError(mailerrors.StageAuth, err)
		if e.Code == 0 && e.Kind != mailerrors.KindTimeout && e.Kind != mailerrors.KindConnectionFailed {
			e.Kind = mailerrors.KindAuthFailed
		}
		s.fail(st, e)
		// The client ends the session after a failed AUTH.
		s.client = nil
		return false
	}
	s.authOK = true
	st.Detail = fmt.Sprintf("authenticated as %s with %s", s.cfg.Auth.Username, strings.ToUpper(string(mech)))
	return true
}
