package diagnose

import (
	"context"
	"fmt"
	"strings"
	"time"

	"golang.org/x/oauth2"

	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/internal/oauthtoken"
	"github.com/taskmail/taskmail/internal/smtpauth"
)

// checkOAuth gets an access token as a Sender would before AUTH, and says
// from where, for how long and with which scopes; never the token. It
// sends no mail. A failure does not stop the diagnosis: the server's
// steps up to AUTH are worth seeing still.
func (s *session) checkOAuth(st *Step) bool {
	ctx, cancel := context.WithTimeout(s.ctx, s.cfg.Timeout) // as a Sender bounds it
	defer cancel()
	tok, _, err := s.tokens.Token(ctx)
	if err != nil {
		st.Detail = err.Error()
		e := oauthtoken.FetchError(s.cfg.Addr(), err, err)
		s.fail(st, e)
		s.oauthHints(st, e, false, nil)
		return true
	}
	var b strings.Builder
	fmt.Fprintf(&b, "got an OAuth2 access token from %s", s.tokens.Origin())
	if o := s.cfg.Auth.OAuth2; o != nil {
		fmt.Fprintf(&b, " with the %s flow", o.Flow)
	}
	if !tok.Expiry.IsZero() {
		fmt.Fprintf(&b, ", valid for %s", tok.Expiry.Sub(s.opts.now()).Round(time.Second))
	} else if !s.tokens.Refreshes() {
		b.WriteString(" (a fixed token: taskmail cannot renew it)")
	}
	if o := s.cfg.Auth.OAuth2; o != nil && len(o.Scopes) > 0 {
		fmt.Fprintf(&b, "\nscopes asked for: %s", strings.Join(o.Scopes, " "))
	}
	if granted, _ := tok.Extra("scope").(string); granted != "" {
		fmt.Fprintf(&b, "\nscopes granted: %s", granted)
	}
	st.Detail = b.String()
	return true
}

// loginToken returns the access token for the AUTH step, or fails st
// when there is none, configured or got.
func (s *session) loginToken(st *Step) (*oauth2.Token, bool) {
	if s.tokens == nil {
		// An OAuth2 mechanism set with no token to send: options that
		// Validate refuses (the options step says so), which a Sender
		// would never try.
		st.Detail = fmt.Sprintf("auth.mechanism %s needs an OAuth2 access token, and none is configured", s.cfg.Auth.Mechanism)
		s.failWith(st, mailerrors.KindInvalidConfig, mailerrors.Hint{
			Text: "Set auth.oauth2 (or a fixed auth.token), or set auth.mechanism to auto to log in with the password.", Field: "Auth.OAuth2"})
		return nil, false
	}
	tok, _, err := s.tokens.Token(s.ctx)
	if err != nil {
		st.Detail = "no OAuth2 access token to log in with (see the oauth step)"
		s.failWith(st, mailerrors.KindAuthFailed)
		s.oauthHints(st, oauthtoken.FetchError(s.cfg.Addr(), err, err), false, nil)
		return nil, false
	}
	return tok, true
}

// oauthHints leads st's hints with the OAuth2 ones, as a Sender gives
// them. refreshed is true for a refusal of a token just fetched.
func (s *session) oauthHints(st *Step, e *mailerrors.Error, refreshed bool, rej *smtpauth.Rejection) {
	status := ""
	if rej != nil {
		status = rej.Status
	}
	f := oauthtoken.Facts(s.cfg, e, status)
	f.Refreshed = refreshed && s.tokens.Refreshes()
	cp := *e
	cp.Hints = st.Hints
	st.Hints = mailerrors.OAuthHints(&cp, f)
	if st.Error != nil {
		st.Error.Hints = st.Hints
	}
}
