package smtpauth

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/wneessen/go-mail/smtp"

	"github.com/taskmail/taskmail/config"
)

// preference is the order in which auto picks a mechanism the server
// offers: strongest first.
var preference = [...]config.AuthMechanism{
	config.AuthSCRAMSHA256, config.AuthCRAMMD5, config.AuthPlain, config.AuthLogin,
}

// ErrUnknownMechanism is the cause when New is asked for a mechanism it
// does not implement.
var ErrUnknownMechanism = errors.New("unknown AUTH mechanism")

// Wanted reports whether a asks for authentication: a mechanism other than
// none, and a username or a token (fixed or from a source).
func Wanted(a config.Auth) bool {
	if a.Mechanism == config.AuthNone {
		return false
	}
	return a.Username != "" || a.HasToken()
}

// oauthPreference is the order in which auto picks an OAuth2 mechanism:
// the standard one (RFC 7628) first, then the older XOAUTH2 that Microsoft
// 365 offers alone.
var oauthPreference = [...]config.AuthMechanism{config.AuthOAuthBearer, config.AuthXOAUTH2}

// IsAuto reports whether m leaves the choice to Choose: auto, or unset.
func IsAuto(m config.AuthMechanism) bool {
	return m == config.AuthAuto || m == ""
}

// Offered returns the mechanisms in the parameters of an EHLO AUTH line
// ("PLAIN LOGIN cram-md5"), upper-cased.
func Offered(params string) []string {
	return strings.Fields(strings.ToUpper(params))
}

// Choose returns the mechanism to use given the mechanisms the server
// offers, and whether the server offers it. A configured mechanism is
// returned as it is, with ok telling whether it is offered. With auto (see
// IsAuto), it is OAUTHBEARER or XOAUTH2, whichever the server offers, when
// a token source is set or only a fixed token, else the strongest offered
// mechanism a password can use; "" and false when there is none.
// offered is compared without regard to case.
func Choose(offered []string, a config.Auth) (mech config.AuthMechanism, ok bool) {
	has := func(m config.AuthMechanism) bool {
		return slices.ContainsFunc(offered, func(o string) bool { return strings.EqualFold(o, string(m)) })
	}
	if !IsAuto(a.Mechanism) {
		return a.Mechanism, has(a.Mechanism)
	}
	if a.UsesOAuth2() || (a.Token.IsSet() && !a.Password.IsSet()) {
		for _, m := range oauthPreference {
			if has(m) {
				return m, true
			}
		}
		return "", false
	}
	for _, m := range preference {
		if has(m) {
			return m, true
		}
	}
	return "", false
}

// New returns the client's implementation of mech with the credentials of
// a; host is the server's name, which PLAIN and LOGIN are bound to. It
// returns an error wrapping ErrUnknownMechanism for a mechanism it does not
// implement (auto and none included: Choose first). The OAuth2 mechanisms
// are NewOAuth's: their token comes from an oauthtoken.Source, not from a.
//
// PLAIN and LOGIN are built to go over any connection: the caller must
// refuse to authenticate on an unencrypted one unless told otherwise. The
// client's own check is not used because it would also let credentials go
// in clear text to a loopback address, and does not know about implicit
// TLS on a connection it did not start.
func New(mech config.AuthMechanism, a config.Auth, host string) (smtp.Auth, error) {
	user, pass := a.Username, a.Password.Reveal()
	switch mech {
	case config.AuthPlain:
		return smtp.PlainAuth("", user, pass, host, true), nil
	case config.AuthLogin:
		return smtp.LoginAuth(user, pass, host, true), nil
	case config.AuthCRAMMD5:
		return smtp.CRAMMD5Auth(user, pass), nil
	case config.AuthSCRAMSHA256:
		return smtp.ScramSHA256Auth(user, pass), nil
	}
	return nil, fmt.Errorf("%w %s", ErrUnknownMechanism, mech)
}
