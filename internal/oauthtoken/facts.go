package oauthtoken

import (
	"errors"

	"github.com/taskmail/taskmail/config"
	mailerrors "github.com/taskmail/taskmail/errors"
)

// Facts returns what the OAuth2 hints need of the options cfg and of err,
// a failed login or token request: the token endpoint's error when err
// holds one (*Error), and status, the server's RFC 7628 status ("" when
// none). Refreshed is the caller's to set. A Sender and the doctor fill
// the hints from it alike.
func Facts(cfg config.SMTP, err error, status string) mailerrors.OAuthFacts {
	f := mailerrors.OAuthFacts{Host: cfg.Host, Fixed: !cfg.Auth.UsesOAuth2(), Status: status}
	if o := cfg.Auth.OAuth2; o != nil {
		f.TokenURL, f.Flow, f.Scopes = o.TokenURL, string(o.Flow), o.Scopes
	}
	var te *Error
	if errors.As(err, &te) {
		f.TokenError, f.TokenErrorDescription = te.Code, te.Description
	}
	return f
}
