package oauthtoken

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/clientcredentials"

	"github.com/taskmail/taskmail/config"
)

// ExpiryMargin is how long before its expiry a token counts as expired, so
// that it does not run out between the fetch and the server's check.
const ExpiryMargin = 30 * time.Second

// Source gives access tokens for one config.Auth. It is safe for
// concurrent use.
type Source struct {
	fetch  func(ctx context.Context) (*oauth2.Token, error)
	static bool   // a fixed token: never fetched again
	origin string // where tokens come from, for messages: the token URL's host, or "token source"
	now    func() time.Time

	mu     sync.Mutex
	tok    *oauth2.Token
	expiry time.Time // when tok expires by now; zero: never said
	gen    int       // counts the tokens got, so a refusal names the one refused
}

// New returns the Source for a, or nil when a uses no OAuth2 token. now
// is the clock that decides expiry (nil: time.Now).
func New(a config.Auth, now func() time.Time) *Source {
	if now == nil {
		now = time.Now
	}
	s := &Source{now: now}
	switch {
	case a.TokenSource != nil:
		ts := a.TokenSource
		s.origin = "the token source"
		s.fetch = func(context.Context) (*oauth2.Token, error) { return ts.Token() }
	case a.OAuth2 != nil:
		s.origin = endpointName(a.OAuth2.TokenURL)
		s.fetch = flow(*a.OAuth2)
	case a.Token.IsSet():
		tok := &oauth2.Token{AccessToken: a.Token.Reveal()}
		s.static, s.origin = true, "auth.token"
		s.fetch = func(context.Context) (*oauth2.Token, error) { return tok, nil }
	default:
		return nil
	}
	return s
}

// Origin names where the tokens come from (the token endpoint's host),
// for messages.
func (s *Source) Origin() string { return s.origin }

// Refreshes reports whether the source can give a new token after a
// refusal: false for a fixed auth.token.
func (s *Source) Refreshes() bool { return !s.static }

// Token returns a token that is valid for at least ExpiryMargin, fetching
// one when the last is missing or expires sooner, and its generation (for
// Refresh).
func (s *Source) Token(ctx context.Context) (*oauth2.Token, int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.valid() {
		return s.tok, s.gen, nil
	}
	return s.get(ctx)
}

// Refresh returns a new token after the server refused the one of
// generation gen. When another caller already replaced that one, the
// newer token is returned without a fetch.
func (s *Source) Refresh(ctx context.Context, gen int) (*oauth2.Token, int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if gen != s.gen && s.valid() {
		return s.tok, s.gen, nil
	}
	var refused string
	if gen == s.gen && s.tok != nil {
		refused = s.tok.AccessToken
	}
	tok, g, err := s.get(ctx)
	if err == nil && tok.AccessToken == refused {
		return nil, g, ErrSameToken
	}
	return tok, g, err
}

// ErrSameToken is Refresh's error when the source gave back the token the
// server refused (a source that caches, such as oauth2.ReuseTokenSource):
// logging in again with it is pointless.
var ErrSameToken = errors.New("the token source gave back the refused token")

func (s *Source) valid() bool {
	if s.tok == nil || s.tok.AccessToken == "" {
		return false
	}
	return s.expiry.IsZero() || s.now().Add(ExpiryMargin).Before(s.expiry)
}

// get fetches a token; s.mu is held.
func (s *Source) get(ctx context.Context) (*oauth2.Token, int, error) {
	tok, err := s.fetch(ctx)
	if err == nil && (tok == nil || tok.AccessToken == "") {
		err = errEmpty
	}
	if err != nil {
		return nil, s.gen, wrap(s.origin, err)
	}
	s.tok = tok
	s.gen++
	// expires_in counts from the answer, by the Source's clock (which a
	// Sender's WithClock sets); Expiry is oauth2's reading of it by the
	// system clock, or what a caller's source said.
	s.expiry = tok.Expiry
	if secs := expiresIn(tok); secs > 0 {
		s.expiry = s.now().Add(time.Duration(secs) * time.Second)
	}
	return tok, s.gen, nil
}

// expiresIn returns the token's expires_in, 0 when unknown. The
// client-credentials flow of golang.org/x/oauth2 leaves ExpiresIn unset,
// so the answer's own field is read too.
func expiresIn(tok *oauth2.Token) int64 {
	if tok.ExpiresIn > 0 {
		return tok.ExpiresIn
	}
	switch v := tok.Extra("expires_in").(type) {
	case float64:
		return int64(v)
	case string: // some providers send a string
		n, _ := strconv.ParseInt(v, 10, 64)
		return n
	}
	return 0
}

var errEmpty = errors.New("the token endpoint gave no access token")

// flow returns the fetch of the configured flow. Each call asks the token
// endpoint: caching is the Source's, so that a refusal can force a fetch
// (oauth2's own ReuseTokenSource cannot be told to).
func flow(o config.OAuth2) func(ctx context.Context) (*oauth2.Token, error) {
	style := oauth2.AuthStyleAutoDetect
	switch o.AuthStyle {
	case "header":
		style = oauth2.AuthStyleInHeader
	case "params":
		style = oauth2.AuthStyleInParams
	}
	cc := clientcredentials.Config{
		ClientID: o.ClientID, ClientSecret: o.ClientSecret.Reveal(),
		TokenURL: o.TokenURL, Scopes: o.Scopes, AuthStyle: style,
	}
	if o.Flow == config.OAuth2ClientCredentials {
		return cc.Token
	}
	var mu sync.Mutex
	refresh := o.RefreshToken.Reveal()
	return func(ctx context.Context) (*oauth2.Token, error) {
		mu.Lock()
		rt := refresh
		mu.Unlock()
		// oauth2.Config's refresh leaves the scopes out, and Microsoft's
		// endpoint wants them; clientcredentials.Config sends them and
		// lets grant_type be replaced (for endpoints like this one), so
		// the refresh request is made with it.
		rc := cc
		rc.EndpointParams = url.Values{"grant_type": {"refresh_token"}, "refresh_token": {rt}}
		tok, err := rc.Token(ctx)
		if err != nil {
			return nil, err
		}
		if tok.RefreshToken != "" && tok.RefreshToken != rt {
			// The provider rotated the refresh token: the old one may
			// no longer work.
			mu.Lock()
			refresh = tok.RefreshToken
			mu.Unlock()
		}
		return tok, nil
	}
}

// endpointName is the token URL's host, for messages.
func endpointName(tokenURL string) string {
	if u, err := url.Parse(tokenURL); err == nil && u.Host != "" {
		return u.Host
	}
	return "the token endpoint"
}

// Error is a failure to get a token. Its message has the endpoint, the
// HTTP status and the OAuth2 error code and description, never a token
// or a secret.
type Error struct {
	Origin      string // the token endpoint's host, or "the token source"
	Status      int    // HTTP status of the token endpoint's reply, 0 when none
	Code        string // the OAuth2 error code (RFC 6749 §5.2): invalid_grant, invalid_scope, invalid_client, unauthorized_client, …
	Description string // the endpoint's error_description, one line
	Temporary   bool   // the endpoint could not be reached, or failed (5xx)
	Err         error  // the cause: an *oauth2.RetrieveError, a network error, or the source's own
}

// Error returns one line: where, the code and the description.
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString("getting an OAuth2 token from " + e.Origin + " failed")
	switch {
	case e.Code != "":
		b.WriteString(": " + e.Code)
		if e.Description != "" {
			b.WriteString(": " + oneLine(e.Description))
		}
	case e.Status != 0:
		fmt.Fprintf(&b, ": HTTP status %d", e.Status)
	case e.Err != nil && !errors.As(e.Err, new(*oauth2.RetrieveError)):
		b.WriteString(": " + oneLine(e.Err.Error()))
	}
	return b.String()
}

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

func wrap(origin string, err error) *Error {
	e := &Error{Origin: origin, Err: err}
	var re *oauth2.RetrieveError
	if errors.As(err, &re) {
		e.Code, e.Description = re.ErrorCode, re.ErrorDescription
		if re.Response != nil {
			e.Status = re.Response.StatusCode
		}
		e.Temporary = e.Status >= 500 || e.Status == 429
		return e
	}
	if err == errEmpty {
		return e
	}
	// Anything else did not get an answer from the endpoint (a network
	// failure, a timeout, a source of the caller's): trying again later
	// may help.
	e.Temporary = true
	return e
}

func oneLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 300 {
		s = s[:300] + "…"
	}
	return s
}
