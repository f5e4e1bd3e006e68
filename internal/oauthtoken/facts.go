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

// FetchError is the error for a token that could not be got for the mail
// server at server: auth_failed at the auth stage, temporary when the
// token endpoint could not be reached or failed (Error.Temporary), with
// cause as its wrapped error (err, or the caller's wrapping of it). A
// Sender and the doctor judge a failed token request alike through it.
func FetchError(server string, err, cause error) *mailerrors.Error {
	e := mailerrors.New(mailerrors.KindAuthFailed, mailerrors.StageAuth, cause)
	e.Server, e.Text = server, err.Error()
	var te *Error
	e.Temporary = errors.As(err, &te) && te.Temporary
	e.Evidence = "the OAuth2 token endpoint"
	return e
}
