package diagnose

import (
	"fmt"
	"strings"

	"github.com/wneessen/go-mail/smtp"

	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/internal/smtpauth"
	"github.com/taskmail/taskmail/internal/transport"
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
		s.judge(st, StatusFailed, s.authEvidence(transport.ErrNoAuth, ""))
		// Go on without AUTH: what MAIL and RCPT say shows whether it is
		// needed at all.
		return true
	case !s.tlsActive && !s.cfg.AllowInsecureAuth:
		st.Detail = "not sending the password: the connection is not encrypted"
		s.judge(st, StatusFailed, s.authEvidence(transport.ErrAuthUnencrypted, ""))
		return true
	}

	mech, ok := smtpauth.Choose(mechs, s.cfg.Auth)
	if !ok {
		st.Detail = fmt.Sprintf("the server offers AUTH %s, not %s", strings.Join(mechs, " "), s.cfg.Auth.Mechanism)
		finding := transport.ErrMechanismNotOffered
		if smtpauth.IsAuto(s.cfg.Auth.Mechanism) {
			finding = transport.ErrNoMechanism
		}
		s.judge(st, StatusFailed, s.authEvidence(finding, params))
		return true
	}
	// The encryption check above is the one that counts (it knows about
	// implicit TLS): see smtpauth.New.
	var am smtp.Auth
	var oa *smtpauth.OAuth // am, for an OAuth2 login
	var err error
	if mech.IsOAuth() {
		tok, ok := s.loginToken(st) // oauth.go
		if !ok {
			return false
		}
		oa, err = smtpauth.NewOAuth(mech, s.cfg.Auth.Username, tok.AccessToken, s.cfg.Host, s.cfg.Port)
		am = oa
	} else {
		am, err = smtpauth.New(mech, s.cfg.Auth, s.cfg.Host)
	}
	if err != nil {
		st.Detail = err.Error()
		s.failWith(st, mailerrors.KindInvalidConfig, mailerrors.Hint{Text: "Set auth.mechanism to auto.", Field: "Auth.Mechanism"})
		return true
	}
	s.deadline()
	if err := s.client.Auth(am); err != nil {
		st.ServerReply = serverReply(err)
		st.Detail = fmt.Sprintf("AUTH %s as %s refused", strings.ToUpper(string(mech)), s.cfg.Auth.Username)
		if oa != nil {
			st.Detail += " the OAuth2 token"
			if oa.Rejected != nil && oa.Rejected.Status != "" {
				st.Detail += " (" + oa.Rejected.Status + ")"
			}
		}
		if st.ServerReply == "" {
			st.Detail += ": " + err.Error()
		}
		e := mailerrors.FromError(mailerrors.StageAuth, err)
		if e.Code == 0 && e.Kind != mailerrors.KindTimeout && e.Kind != mailerrors.KindConnectionFailed {
			e.Kind = mailerrors.KindAuthFailed
		}
		s.fail(st, e)
		if oa != nil {
			s.oauthHints(st, e, true, oa.Rejected)
		}
		// The client ends the session after a failed AUTH.
		s.client = nil
		return false
	}
	s.authOK = true
	st.Detail = fmt.Sprintf("authenticated as %s with %s", s.cfg.Auth.Username, strings.ToUpper(string(mech)))
	if oa != nil {
		st.Detail += " and an OAuth2 token from " + s.tokens.Origin()
	}
	return true
}

// authEvidence is what the AUTH step saw, for the transport judgement.
func (s *session) authEvidence(finding error, params string) transport.Evidence {
	_, tlsOffered := s.rep.Capabilities["STARTTLS"]
	return transport.Evidence{Stage: mailerrors.StageAuth, Err: finding, TLSActive: s.tlsActive,
		STARTTLSOffered: tlsOffered && !s.tlsActive, AuthParams: params, Mechanism: string(s.cfg.Auth.Mechanism)}
}
