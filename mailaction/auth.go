package mailaction

import (
	"context"
	"strings"

	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/internal/smtpauth"
)

// authenticate runs AUTH on ses when the options ask for it. It refuses to
// send credentials over a connection that is not encrypted unless
// AllowInsecureAuth is set, whatever the server offers.
func (s *Sender) authenticate(ctx context.Context, ses *session) *mailerrors.Error {
	a := s.cfg.Auth
	if !smtpauth.Wanted(a) {
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
	mech, offered := smtpauth.Choose(smtpauth.Offered(params), a)
	switch {
	case !offered && smtpauth.IsAuto(a.Mechanism):
		e := mailerrors.New(mailerrors.KindInvalidConfig, mailerrors.StageAuth, errNoMechanism)
		e.Server, e.Text, e.Temporary = s.addr, errNoMechanism.Error()+" (offered: "+params+")", false
		return e
	case !offered:
		// Trying it anyway only earns a 535 or 504 whose hints point at
		// the password; say what the server offers instead.
		e := mailerrors.New(mailerrors.KindInvalidConfig, mailerrors.StageAuth, errMechanismNotOffered)
		e.Server, e.Temporary = s.addr, false
		e.Text = errMechanismNotOffered.Error() + ": " + strings.ToUpper(string(mech)) + " (offered: " + params + ")"
		return e
	}
	// The TLS check above is the one that counts: see smtpauth.New.
	am, err := smtpauth.New(mech, a, s.cfg.Host)
	if err != nil {
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
