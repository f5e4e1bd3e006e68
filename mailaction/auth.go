package mailaction

import (
	"context"
	"slices"
	"strings"

	"github.com/wneessen/go-mail/smtp"

	"github.com/taskmail/taskmail/config"
	mailerrors "github.com/taskmail/taskmail/errors"
)

// autoOrder is the order in which AuthAuto picks a mechanism the server
// offers: strongest first. XOAUTH2 is used only when asked for (or when
// only a token is set), since it needs a token, not a password.
var autoOrder = [...]config.AuthMechanism{
	config.AuthSCRAMSHA256, config.AuthCRAMMD5, config.AuthPlain, config.AuthLogin,
}

// wantsAuth reports whether the options ask for authentication.
func wantsAuth(a config.Auth) bool {
	if a.Mechanism == config.AuthNone {
		return false
	}
	return a.Username != "" || a.Token.IsSet()
}

// authenticate runs AUTH on ses when the options ask for it. It refuses to
// send credentials over a connection that is not encrypted unless
// AllowInsecureAuth is set, whatever the server offers.
func (s *Sender) authenticate(ctx context.Context, ses *session) *mailerrors.Error {
	a := s.cfg.Auth
	if !wantsAuth(a) {
		return nil
	}
	if !ses.tls && !s.cfg.AllowInsecureAuth {
		e := mailerrors.New(mailerrors.KindTLSRequired, mailerrors.StageAuth, errAuthUnencrypted)
		e.Server, e.Text, e.Temporary = s.addr, errAuthUnencrypted.Error()+" (the connection is not using TLS)", false
		return e
	}
	ok, params := ses.client.Extension("AUTH")
	if !ok {
		e := mailerrors.New(mailerrors.KindInvalidConfig, mailerrors.StageAuth, errNoAuth)
		e.Server, e.Text, e.Temporary = s.addr, errNoAuth.Error()+" on this connection", false
		return e
	}
	offered := strings.Fields(strings.ToUpper(params))
	mech := a.Mechanism
	if mech == config.AuthAuto || mech == "" {
		mech = pickMechanism(offered, a)
		if mech == "" {
			e := mailerrors.New(mailerrors.KindInvalidConfig, mailerrors.StageAuth, errNoMechanism)
			e.Server, e.Text, e.Temporary = s.addr, errNoMechanism.Error()+" (offered: "+params+")", false
			return e
		}
	} else if !slices.Contains(offered, strings.ToUpper(string(mech))) {
		// Trying it anyway only earns a 535 or 504 whose hints point at
		// the password; say what the server offers instead.
		e := mailerrors.New(mailerrors.KindInvalidConfig, mailerrors.StageAuth, errMechanismNotOffered)
		e.Server, e.Temporary = s.addr, false
		e.Text = errMechanismNotOffered.Error() + ": " + strings.ToUpper(string(mech)) + " (offered: " + params + ")"
		return e
	}
	var am smtp.Auth
	user, pass := a.Username, a.Password.Reveal()
	switch mech {
	case config.AuthPlain:
		// The TLS check above is the one that counts; go-mail's own would
		// also let credentials go in clear text to a loopback address.
		am = smtp.PlainAuth("", user, pass, s.cfg.Host, true)
	case config.AuthLogin:
		am = smtp.LoginAuth(user, pass, s.cfg.Host, true)
	case config.AuthCRAMMD5:
		am = smtp.CRAMMD5Auth(user, pass)
	case config.AuthSCRAMSHA256:
		am = smtp.ScramSHA256Auth(user, pass)
	case config.AuthXOAUTH2:
		am = smtp.XOAuth2Auth(user, a.Token.Reveal())
	default:
		e := mailerrors.New(mailerrors.KindInvalidConfig, mailerrors.StageAuth, nil)
		e.Server, e.Text, e.Temporary = s.addr, "unknown AUTH mechanism "+string(mech), false
		return e
	}
	ses.deadline(s.cfg.CommandTimeout)
	if err := ses.client.Auth(am); err != nil {
		// go-mail has sent QUIT and closed the connection.
		ses.dead = true
		return classify(ctx, mailerrors.StageAuth, s.addr, err)
	}
	return nil
}

// pickMechanism returns the strongest mechanism in offered that the
// credentials in a can use, or "" when there is none.
func pickMechanism(offered []string, a config.Auth) config.AuthMechanism {
	has := func(m string) bool {
		for _, o := range offered {
			if o == m {
				return true
			}
		}
		return false
	}
	if a.Token.IsSet() && !a.Password.IsSet() {
		if has("XOAUTH2") {
			return config.AuthXOAUTH2
		}
		return ""
	}
	for _, m := range autoOrder {
		if has(strings.ToUpper(string(m))) {
			return m
		}
	}
	return ""
}
