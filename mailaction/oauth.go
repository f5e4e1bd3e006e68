package mailaction

import (
	"context"
	"errors"
	"log/slog"
	"strings"

	"golang.org/x/oauth2"

	"github.com/taskmail/taskmail/config"
	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/internal/oauthtoken"
	"github.com/taskmail/taskmail/internal/smtpauth"
)

// oauthLogin is how an OAuth2 login on a session went.
type oauthLogin struct {
	gen      int                 // the generation of the token sent (oauthtoken.Source)
	refused  bool                // the server refused the token (535, or a 334 with the RFC 7628 error JSON)
	rejected *smtpauth.Rejection // the error JSON, when the server sent one
}

// ErrTokenRefused is in the chain of an auth_failed error when the mail
// server refused the OAuth2 access token (after one new token was got and
// refused as well, where the token can be renewed): errors.Is(err,
// mailaction.ErrTokenRefused). A failure to get a token at all is not.
var ErrTokenRefused = errors.New("the server refused the OAuth2 access token")

// oauthError is the cause of a failed OAuth2 login: the server's reply,
// and what the server and the token endpoint said, for the hints. It holds
// no token.
type oauthError struct {
	rejected  *smtpauth.Rejection // the server's RFC 7628 error JSON, nil when none
	refreshed bool                // a new token was got after a refusal, and refused too
	err       error               // the reply, or the token endpoint's *oauthtoken.Error
}

func (e *oauthError) Error() string {
	if e.rejected != nil && e.rejected.Status != "" {
		return ErrTokenRefused.Error() + " (" + e.rejected.Status + "): " + e.err.Error()
	}
	return e.err.Error()
}

func (e *oauthError) Unwrap() []error {
	var te *oauthtoken.Error
	if errors.As(e.err, &te) {
		return []error{e.err}
	}
	return []error{ErrTokenRefused, e.err}
}

// authenticateOAuth logs in with mech (xoauth2 or oauthbearer) and a token
// that is valid for a while yet: the last one got, or a new one when that
// has expired or is about to. A pooled connection is authenticated once,
// when it is dialled, so no AUTH ever goes with an expired token.
func (s *Sender) authenticateOAuth(ctx context.Context, ses *session, mech config.AuthMechanism) *mailerrors.Error {
	tok, gen, err := s.token(ctx, -1)
	if err != nil {
		return s.tokenError(ctx, err)
	}
	am, err := smtpauth.NewOAuth(mech, s.cfg.Auth.Username, tok.AccessToken, s.cfg.Host, s.cfg.Port)
	if err != nil {
		e := mailerrors.New(mailerrors.KindInvalidConfig, mailerrors.StageAuth, err)
		e.Server, e.Text, e.Temporary = s.addr, err.Error(), false
		return e
	}
	ses.oauth = oauthLogin{gen: gen}
	ses.deadline(s.cfg.CommandTimeout)
	if err := ses.client.Auth(am); err != nil {
		// go-mail has sent QUIT and closed the connection.
		ses.dead = true
		e := classify(ctx, mailerrors.StageAuth, s.addr, err)
		if code := e.Code; code >= 500 && (am.Rejected != nil || code == 535 || e.Kind == mailerrors.KindAuthFailed) {
			ses.oauth.refused, ses.oauth.rejected = true, am.Rejected
			e.Kind, e.Temporary = mailerrors.KindAuthFailed, false
			e.Err = &oauthError{rejected: am.Rejected, err: e.Err}
		}
		return e
	}
	return nil
}

// dialOAuth dials with an OAuth2 login. When the server refuses the token,
// a new one is got and the login tried once more, on a new connection
// (the server ended the first): a token can be refused before its stated
// expiry (revoked, or the server's clock is ahead). A second refusal is
// the error.
func (s *Sender) dialOAuth(ctx context.Context) (*session, *mailerrors.Error) {
	// The token first: a token endpoint that fails or stalls then holds
	// no SMTP connection open, and AUTH below finds the token in the cache.
	if _, _, err := s.token(ctx, -1); err != nil {
		return nil, s.tokenError(ctx, err)
	}
	ses, e := s.dialOnce(ctx)
	if e == nil {
		return ses, nil
	}
	if ses == nil || !ses.oauth.refused || !s.tokens.Refreshes() || ctx.Err() != nil {
		return nil, e
	}
	s.o.logger.LogAttrs(ctx, slog.LevelInfo, "the server refused the OAuth2 access token; getting a new one and logging in again",
		slog.String("server", s.addr), slog.Int("code", e.Code), slog.String("status", rejectionStatus(ses.oauth.rejected)))
	if _, _, err := s.token(ctx, ses.oauth.gen); err != nil {
		if errors.Is(err, oauthtoken.ErrSameToken) {
			// The refusal stands: the same token would be refused again.
			return nil, e
		}
		return nil, s.tokenError(ctx, err)
	}
	ses, e = s.dialOnce(ctx)
	if e == nil {
		return ses, nil
	}
	var oe *oauthError
	if errors.As(e.Err, &oe) {
		oe.refreshed = true
	}
	return nil, e
}

// token returns a token valid for a while yet (refused < 0), or a new one
// after the server refused the one of generation refused. The connect
// timeout bounds the token endpoint's answer as it bounds the mail
// server's greeting.
func (s *Sender) token(ctx context.Context, refused int) (*oauth2.Token, int, error) {
	ctx, cancel := context.WithTimeout(ctx, s.cfg.Timeout)
	defer cancel()
	if refused < 0 {
		return s.tokens.Token(ctx)
	}
	return s.tokens.Refresh(ctx, refused)
}

// tokenError is the error for a token that could not be got: auth_failed
// at the auth stage, temporary when the endpoint could not be reached or
// failed.
func (s *Sender) tokenError(ctx context.Context, err error) *mailerrors.Error {
	if ctx.Err() != nil {
		return classify(ctx, mailerrors.StageAuth, s.addr, ctx.Err())
	}
	return oauthtoken.FetchError(s.addr, err, &oauthError{err: err})
}

func rejectionStatus(r *smtpauth.Rejection) string {
	if r == nil {
		return ""
	}
	return r.Status
}

// oauthFacts is what the OAuth2 hints need of e and the options.
func oauthFacts(cfg config.SMTP, e *mailerrors.Error) (mailerrors.OAuthFacts, bool) {
	if !cfg.Auth.HasToken() {
		return mailerrors.OAuthFacts{}, false
	}
	var oe *oauthError
	if !errors.As(e, &oe) {
		return oauthtoken.Facts(cfg, nil, ""), e.Stage == mailerrors.StageAuth
	}
	f := oauthtoken.Facts(cfg, oe.err, rejectionStatus(oe.rejected))
	f.Refreshed = oe.refreshed
	return f, true
}

// refineOAuthHints leads e's hints with the OAuth2 ones when the login
// used OAuth2 tokens.
func refineOAuthHints(cfg config.SMTP, e *mailerrors.Error) {
	if f, ok := oauthFacts(cfg, e); ok && (e.Stage == mailerrors.StageAuth || strings.Contains(e.Enhanced, "7.139")) {
		e.Hints = mailerrors.OAuthHints(e, f)
	}
}
