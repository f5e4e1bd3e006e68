package mailaction

import (
	"context"
	"strings"

	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/internal/smtpauth"
	"github.com/taskmail/taskmail/internal/transport"
)

// authenticate runs AUTH on ses when the options ask for it. It refuses to
// send credentials over a connection that is not encrypted unless
// AllowInsecureAuth is set, whatever the server offers.
func (s *Sender) authenticate(ctx context.Context, ses *session) *mailerrors.Error {
	a := s.cfg.Auth
	if !smtpauth.Wanted(a) {
		return nil
	}
	tlsOffered, _ := ses.client.Extension("STARTTLS")
	finding := func(err error, params string) *mailerrors.Error {
		return s.judge(ctx, transport.Evidence{Stage: mailerrors.StageAuth, Err: err, TLSActive: ses.tls,
			STARTTLSOffered: tlsOffered, AuthParams: params, Mechanism: string(a.Mechanism)})
	}
	if !ses.tls && !s.cfg.AllowInsecureAuth {
		return finding(errAuthUnencrypted, "")
	}
	ok, params := ses.client.Extension("AUTH")
	if !ok {
		return finding(errNoAuth, "")
	}
	mech, offered := smtpauth.Choose(smtpauth.Offered(params), a)
	if offered {
		ses.authMech = strings.ToUpper(string(mech))
	}
	switch {
	case !offered && smtpauth.IsAuto(a.Mechanism):
		return finding(errNoMechanism, params)
	case !offered:
		// Trying it anyway only earns a 535 or 504 whose hints point at
		// the password; say what the server offers instead.
		return finding(errMechanismNotOffered, params)
	}
	if mech.IsOAuth() {
		return s.authenticateOAuth(ctx, ses, mech) // oauth.go
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
