package mailaction_test

// Integration tests of OAuth2 logins against the real Postfix, whose SASL
// on the OAuth2 port is a Dovecot with the oauth2 passdb: Dovecot asks the
// in-process authorization server (internal/oauthtest) whether a token is
// active, so each test decides what the server accepts.

import (
	"bytes"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/oauth2/clientcredentials"

	"github.com/taskmail/taskmail/config"
	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/internal/oauthtest"
	"github.com/taskmail/taskmail/internal/realservers"
	"github.com/taskmail/taskmail/internal/testctx"
	"github.com/taskmail/taskmail/mailaction"
)

// oauthReal starts the authorization server with one confidential client
// for alice (client credentials) and one public client with a refresh
// token, serves its introspection where Dovecot asks, and returns options
// for the OAuth2 port with the client-credentials flow.
func oauthReal(t *testing.T) (*realservers.Servers, *oauthtest.Server, config.SMTP) {
	t.Helper()
	s := realservers.Get(t)
	alice := s.User(t, "alice")
	addr, l := s.OAuth(t)
	as := oauthtest.New(
		oauthtest.Client{ID: "taskmail-app", Secret: "app-secret-123", Username: alice.Address},
		oauthtest.Client{ID: "taskmail-public", Username: alice.Address, RefreshToken: "rt-initial-456"},
	)
	t.Cleanup(as.Close)
	as.ServeIntrospection(l)
	cfg := realConfig(t, addr, config.TLSStartTLS, alice.Address)
	cfg.Auth = config.Auth{Username: alice.Address, OAuth2: &config.OAuth2{
		Flow: config.OAuth2ClientCredentials, TokenURL: as.TokenURL(),
		ClientID: "taskmail-app", ClientSecret: "app-secret-123", Scopes: []string{"https://outlook.office365.com/.default"},
	}}
	return s, as, cfg
}

// oauthClockedSender returns a Sender for cfg whose clock, shared with the
// authorization server, the test moves by hand; tokens last a minute on it.
// The Sender closes with t.
func oauthClockedSender(t *testing.T, s *realservers.Servers, as *oauthtest.Server, cfg config.SMTP) (*mailaction.Sender, *fakeClock) {
	t.Helper()
	clock := &fakeClock{}
	clock.set(time.Now())
	as.Now = clock.now
	as.TTL = time.Minute
	sender, err := mailaction.NewSender(cfg, mailaction.WithTLSConfig(s.TLSConfig()), mailaction.WithClock(clock.now))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sender.Close() })
	return sender, clock
}

// logBuffer is a logger's output, safe for the Sender's goroutines.
type logBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *logBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *logBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// noTokens fails t when any issued token or secret shows in the texts.
func noTokens(t *testing.T, as *oauthtest.Server, texts ...string) {
	t.Helper()
	secrets := append(as.Issued(), "app-secret-123", "rt-initial-456")
	for _, text := range texts {
		for _, tok := range secrets {
			if strings.Contains(text, tok) {
				t.Errorf("a token or secret shows: %q in %q", tok, text)
			}
		}
	}
}

// TestRealOAuthMechanisms logs in with XOAUTH2, OAUTHBEARER and auto
// through Postfix and Dovecot's oauth2 passdb, and checks in Postfix's log
// which mechanism was used: auto takes OAUTHBEARER, the standard one.
func TestRealOAuthMechanisms(t *testing.T) {
	s, as, base := oauthReal(t)
	bob := s.User(t, "bob")
	for _, tc := range []struct {
		mech config.AuthMechanism
		want string
	}{
		{config.AuthXOAUTH2, "XOAUTH2"},
		{config.AuthOAuthBearer, "OAUTHBEARER"},
		{config.AuthAuto, "OAUTHBEARER"},
	} {
		t.Run(string(tc.mech), func(t *testing.T) {
			cfg := base
			cfg.Auth.Mechanism = tc.mech
			before := as.Introspections()
			msg := realMessage(t, bob.Address)
			res, _, err := realSend(t, s, cfg, msg)
			if err != nil {
				t.Fatalf("SendEmail: %v", err)
			}
			if len(res.Accepted) != 1 || res.Attempts != 1 {
				t.Fatalf("accepted %v after %d attempts, want %s after 1", res.Accepted, res.Attempts, bob.Address)
			}
			if got := s.SASLMethod(t, testctx.New(t), res.MessageID); got != tc.want {
				t.Errorf("Postfix logged sasl_method=%q, want %q", got, tc.want)
			}
			if as.Introspections() == before {
				t.Error("Dovecot never asked the introspection endpoint: the login did not go through OAuth2")
			}
			raw := s.Fetch(t, testctx.New(t), bob, msg.Subject)
			if !bytes.Contains(raw, []byte(strings.Trim(res.MessageID, "<>"))) {
				t.Errorf("the delivered message does not carry Message-ID %s", res.MessageID)
			}
		})
	}
}

// TestRealOAuthRefreshToken sends with the refresh-token flow (Gmail's
// way), the provider rotating the refresh token on each use, twice on new
// connections with a token that expires in between: the second send gets
// a new token with the rotated refresh token.
func TestRealOAuthRefreshToken(t *testing.T) {
	s, as, cfg := oauthReal(t)
	as.RotateRefresh = true
	cfg.Auth.OAuth2 = &config.OAuth2{Flow: config.OAuth2RefreshToken, TokenURL: as.TokenURL(),
		ClientID: "taskmail-public", RefreshToken: "rt-initial-456", Scopes: []string{"https://mail.google.com/"}}
	cfg.Pool.MaxMessages = 1 // each send logs in anew
	sender, clock := oauthClockedSender(t, s, as, cfg)
	for i := range 2 {
		res, err := sender.Send(testctx.New(t), realMessage(t, relayTo))
		if err != nil {
			t.Fatalf("send %d: %v", i+1, err)
		}
		if got := s.SASLMethod(t, testctx.New(t), res.MessageID); got != "OAUTHBEARER" {
			t.Errorf("send %d: sasl_method=%q, want OAUTHBEARER", i+1, got)
		}
		if grant, scope := as.LastRequest(); grant != "refresh_token" || scope != "https://mail.google.com/" {
			t.Errorf("the token request had grant %q scope %q", grant, scope)
		}
		clock.advance(2 * time.Minute) // the token expires
	}
	if got := as.Fetches(); got != 2 {
		t.Errorf("%d token requests, want 2 (one per expired token)", got)
	}
}

// TestRealOAuthExpiredBetweenSends: a pooled Sender sends, its token
// expires, and it sends again on a new connection: it gets a new token
// before AUTH instead of sending the expired one, and the second send
// succeeds at once.
func TestRealOAuthExpiredBetweenSends(t *testing.T) {
	s, as, cfg := oauthReal(t)
	cfg.Pool.MaxMessages = 1 // the second send dials, so it logs in again
	sender, clock := oauthClockedSender(t, s, as, cfg)
	if _, err := sender.Send(testctx.New(t), realMessage(t, relayTo)); err != nil {
		t.Fatalf("first send: %v", err)
	}
	clock.advance(90 * time.Second)
	introspections := as.Introspections()
	res, err := sender.Send(testctx.New(t), realMessage(t, relayTo))
	if err != nil {
		t.Fatalf("second send, after the token expired: %v", err)
	}
	if res.Attempts != 1 {
		t.Errorf("second send took %d attempts, want 1", res.Attempts)
	}
	if got := as.Fetches(); got != 2 {
		t.Errorf("%d token requests, want 2", got)
	}
	// Dovecot asked once: about the new token, which it accepted. The
	// expired one was never sent.
	if got := as.Introspections() - introspections; got != 1 {
		t.Errorf("Dovecot looked up %d tokens for the second send, want 1 (the new one)", got)
	}
}

// TestRealOAuthRefusedThenRefreshed: the server refuses a token the
// client still holds valid (revoked early); the Sender gets a new token
// once and logs in again on a new connection.
func TestRealOAuthRefusedThenRefreshed(t *testing.T) {
	s, as, cfg := oauthReal(t)
	cfg.Pool.MaxMessages = 1
	sender, err := mailaction.NewSender(cfg, mailaction.WithTLSConfig(s.TLSConfig()))
	if err != nil {
		t.Fatal(err)
	}
	defer sender.Close()
	if _, err := sender.Send(testctx.New(t), realMessage(t, relayTo)); err != nil {
		t.Fatalf("first send: %v", err)
	}
	as.RevokeIssued()
	res, err := sender.Send(testctx.New(t), realMessage(t, relayTo))
	if err != nil {
		t.Fatalf("send after the token was revoked: %v", err)
	}
	if got := as.Fetches(); got != 2 || res.Attempts != 1 {
		t.Errorf("%d token requests, %d attempts; want 2 and 1", got, res.Attempts)
	}
}

// TestRealOAuthRevoked: every token is refused (the application's access
// was revoked). The send fails with auth_failed and the OAuth2 hints
// after exactly one refresh, and no token shows in the error, the hints
// or the log.
func TestRealOAuthRevoked(t *testing.T) {
	for _, mech := range []config.AuthMechanism{config.AuthXOAUTH2, config.AuthOAuthBearer} {
		t.Run(string(mech), func(t *testing.T) {
			s, as, cfg := oauthReal(t)
			cfg.Auth.Mechanism = mech
			as.RevokeAll()
			var logs logBuffer
			logger := slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
			res, _, err := realSend(t, s, cfg, realMessage(t, relayTo), mailaction.WithLogger(logger))
			e := checkError(t, err, want{
				sentinel: mailerrors.ErrAuthFailed, code: 535, enhanced: "5.7.8", stage: mailerrors.StageAuth,
				textHas: "authentication failed", hintField: "Auth.Username", hintHas: "freshly fetched OAuth2 token",
			})
			if !errors.Is(err, mailaction.ErrTokenRefused) {
				t.Errorf("errors.Is(err, ErrTokenRefused) = false: %v", err)
			}
			if got := as.Fetches(); got != 2 {
				t.Errorf("%d token requests, want 2: the first token and exactly one refresh", got)
			}
			if res.Attempts != 1 {
				t.Errorf("%d attempts, want 1", res.Attempts)
			}
			var scope bool
			for _, h := range e.Hints {
				if h.Field == "Auth.OAuth2.Scopes" && strings.Contains(h.Text, "https://outlook.office365.com/.default") && strings.Contains(h.Text, "https://mail.google.com/") {
					scope = true
				}
				if h.Field == "Auth.Password" {
					t.Errorf("a password hint for an OAuth2 login: %v", h)
				}
			}
			if !scope {
				t.Errorf("no hint names the SMTP scope: %v", e.Hints)
			}
			if !strings.Contains(logs.String(), "refused the OAuth2 access token") {
				t.Errorf("the refresh was not logged:\n%s", logs.String())
			}
			noTokens(t, as, err.Error(), fmt.Sprintf("%v %+v %#v", err, e, e.Hints), logs.String(), fmt.Sprintf("%+v", cfg))
		})
	}
}

// TestRealOAuthTokenEndpointRefuses: a wrong client secret fails at the
// token endpoint, before any connection to the mail server: auth_failed,
// permanent, with the token endpoint's error code and the hint to check
// the client's credentials; the secret never shows.
func TestRealOAuthTokenEndpointRefuses(t *testing.T) {
	s, as, cfg := oauthReal(t)
	cfg.Auth.OAuth2.ClientSecret = "wrong-secret-789"
	_, _, err := realSend(t, s, cfg, realMessage(t, relayTo))
	e := checkError(t, err, want{
		sentinel: mailerrors.ErrAuthFailed, stage: mailerrors.StageAuth,
		textHas: "invalid_client", hintField: "Auth.OAuth2.ClientSecret",
	})
	if e.Temporary {
		t.Error("a refused client is temporary")
	}
	if errors.Is(err, mailaction.ErrTokenRefused) {
		t.Error("a token the endpoint did not give counts as refused by the mail server")
	}
	if as.Introspections() != 0 {
		t.Error("a token reached the mail server")
	}
	noTokens(t, as, err.Error())
	if strings.Contains(fmt.Sprintf("%v %+v", err, e), "wrong-secret-789") {
		t.Errorf("the client secret shows: %v", err)
	}
}

// TestRealOAuthTokenSourceInCode sends with a TokenSource built in code
// (golang.org/x/oauth2/clientcredentials, which caches its token). When
// the server refuses the token, the source gives the same one back: the
// Sender reports the refusal at once, without a second login.
func TestRealOAuthTokenSourceInCode(t *testing.T) {
	s, as, cfg := oauthReal(t)
	cc := &clientcredentials.Config{ClientID: "taskmail-app", ClientSecret: "app-secret-123", TokenURL: as.TokenURL()}
	cfg.Auth = config.Auth{Username: cfg.Auth.Username, TokenSource: cc.TokenSource(testctx.New(t))}
	cfg.Pool.MaxMessages = 1
	sender, err := mailaction.NewSender(cfg, mailaction.WithTLSConfig(s.TLSConfig()))
	if err != nil {
		t.Fatal(err)
	}
	defer sender.Close()
	res, err := sender.Send(testctx.New(t), realMessage(t, relayTo))
	if err != nil {
		t.Fatalf("send: %v", err)
	}
	if got := s.SASLMethod(t, testctx.New(t), res.MessageID); got != "OAUTHBEARER" {
		t.Errorf("sasl_method=%q, want OAUTHBEARER", got)
	}
	as.RevokeAll()
	introspections := as.Introspections()
	_, err = sender.Send(testctx.New(t), realMessage(t, relayTo))
	if !errors.Is(err, mailaction.ErrTokenRefused) || !errors.Is(err, mailerrors.ErrAuthFailed) {
		t.Fatalf("send with a revoked token: %v, want auth_failed with ErrTokenRefused", err)
	}
	if got := as.Introspections() - introspections; got != 1 || as.Fetches() != 1 {
		t.Errorf("%d logins and %d token requests, want 1 and 1: the cached token is not tried twice", got, as.Fetches())
	}
	noTokens(t, as, err.Error(), fmt.Sprintf("%+v %v", cfg, sender))
}

// TestRealOAuthStaticToken logs in with a fixed auth.token, which is
// never renewed: accepted while it is good; once revoked, auth_failed at
// once, with no token request.
func TestRealOAuthStaticToken(t *testing.T) {
	s, as, cfg := oauthReal(t)
	src := &clientcredentials.Config{ClientID: "taskmail-app", ClientSecret: "app-secret-123", TokenURL: as.TokenURL()}
	tok, err := src.Token(testctx.New(t))
	if err != nil {
		t.Fatal(err)
	}
	cfg.Auth = config.Auth{Username: cfg.Auth.Username, Token: config.Secret(tok.AccessToken)}
	res, _, err := realSend(t, s, cfg, realMessage(t, relayTo))
	if err != nil {
		t.Fatalf("send with a fixed token: %v", err)
	}
	if got := s.SASLMethod(t, testctx.New(t), res.MessageID); got != "OAUTHBEARER" {
		t.Errorf("sasl_method=%q, want OAUTHBEARER", got)
	}
	as.RevokeAll()
	_, _, err = realSend(t, s, cfg, realMessage(t, relayTo))
	checkError(t, err, want{sentinel: mailerrors.ErrAuthFailed, code: 535, enhanced: "5.7.8", stage: mailerrors.StageAuth,
		textHas: "authentication failed", hintField: "Auth.OAuth2", hintHas: "never renewed"})
	if as.Fetches() != 1 {
		t.Errorf("%d token requests, want only the test's own", as.Fetches())
	}
	noTokens(t, as, err.Error(), fmt.Sprintf("%+v", cfg))
}

// fakeClock is a clock tests move by hand.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *fakeClock) set(t time.Time) { c.mu.Lock(); c.t = t; c.mu.Unlock() }
func (c *fakeClock) advance(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}
func (c *fakeClock) now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
