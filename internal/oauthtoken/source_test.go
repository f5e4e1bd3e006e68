package oauthtoken_test

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/oauth2"

	"github.com/taskmail/taskmail/config"
	"github.com/taskmail/taskmail/internal/oauthtest"
	"github.com/taskmail/taskmail/internal/oauthtoken"
)

type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

func TestClientCredentialsCachesUntilExpiry(t *testing.T) {
	as := oauthtest.New(oauthtest.Client{ID: "app", Secret: "sec", Username: "robot@example.org"})
	defer as.Close()
	as.TTL = 10 * time.Minute
	c := &clock{t: time.Now()}
	src := oauthtoken.New(config.Auth{OAuth2: &config.OAuth2{Flow: config.OAuth2ClientCredentials, TokenURL: as.TokenURL(),
		ClientID: "app", ClientSecret: "sec", Scopes: []string{"https://outlook.office365.com/.default"}}}, c.now)
	ctx := context.Background()
	t1, g1, err := src.Token(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if grant, scope := as.LastRequest(); grant != "client_credentials" || scope != "https://outlook.office365.com/.default" {
		t.Errorf("request grant %q scope %q", grant, scope)
	}
	c.add(9 * time.Minute)
	t2, g2, _ := src.Token(ctx)
	if t2.AccessToken != t1.AccessToken || g2 != g1 || as.Fetches() != 1 {
		t.Fatalf("a token valid for another minute was fetched again (%d fetches)", as.Fetches())
	}
	c.add(40 * time.Second) // within ExpiryMargin of the expiry
	t3, g3, _ := src.Token(ctx)
	if t3.AccessToken == t1.AccessToken || g3 == g1 || as.Fetches() != 2 {
		t.Fatalf("a token about to expire was used (%d fetches)", as.Fetches())
	}
}

func TestRefreshOnlyOncePerRefusal(t *testing.T) {
	as := oauthtest.New(oauthtest.Client{ID: "app", Username: "u", RefreshToken: "rt0"})
	defer as.Close()
	as.RotateRefresh = true
	src := oauthtoken.New(config.Auth{OAuth2: &config.OAuth2{Flow: config.OAuth2RefreshToken, TokenURL: as.TokenURL(),
		ClientID: "app", RefreshToken: "rt0"}}, nil)
	ctx := context.Background()
	_, g1, err := src.Token(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// Two connections see the same token refused: one fetch between them.
	_, g2, err := src.Refresh(ctx, g1)
	if err != nil {
		t.Fatalf("refresh with the rotated refresh token: %v", err)
	}
	_, g3, _ := src.Refresh(ctx, g1)
	if g2 == g1 || g3 != g2 || as.Fetches() != 2 {
		t.Fatalf("generations %d %d %d, %d fetches; want one new token for both refusals", g1, g2, g3, as.Fetches())
	}
}

func TestTokenEndpointErrors(t *testing.T) {
	as := oauthtest.New(oauthtest.Client{ID: "app", Secret: "right-secret", Username: "u", RefreshToken: "good-rt"})
	defer as.Close()
	for _, tc := range []struct {
		name string
		o    config.OAuth2
		code string
		temp bool
	}{
		{"wrong secret", config.OAuth2{Flow: config.OAuth2ClientCredentials, ClientID: "app", ClientSecret: "wrong-secret"}, "invalid_client", false},
		{"expired refresh token", config.OAuth2{Flow: config.OAuth2RefreshToken, ClientID: "app", ClientSecret: "right-secret", RefreshToken: "stale-rt"}, "invalid_grant", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tc.o.TokenURL = as.TokenURL()
			_, _, err := oauthtoken.New(config.Auth{OAuth2: &tc.o}, nil).Token(context.Background())
			var te *oauthtoken.Error
			if !errors.As(err, &te) || te.Code != tc.code || te.Temporary != tc.temp || te.Status == 0 {
				t.Fatalf("err %#v, want code %s", err, tc.code)
			}
			var re *oauth2.RetrieveError
			if !errors.As(err, &re) {
				t.Error("the oauth2 cause is not in the chain")
			}
			for _, s := range []string{"wrong-secret", "stale-rt", "right-secret"} {
				if strings.Contains(err.Error(), s) {
					t.Errorf("%q shows in %v", s, err)
				}
			}
		})
	}
	as.Close()
	_, _, err := oauthtoken.New(config.Auth{OAuth2: &config.OAuth2{Flow: config.OAuth2ClientCredentials, TokenURL: as.TokenURL(),
		ClientID: "app", ClientSecret: "right-secret"}}, nil).Token(context.Background())
	var te *oauthtoken.Error
	if !errors.As(err, &te) || !te.Temporary {
		t.Fatalf("an endpoint that does not answer: %v, want a temporary *Error", err)
	}
}

func TestStaticTokenAndSource(t *testing.T) {
	if oauthtoken.New(config.Auth{Username: "u", Password: "p"}, nil) != nil {
		t.Fatal("a Source for a password login")
	}
	st := oauthtoken.New(config.Auth{Token: "fixed"}, nil)
	if tok, _, err := st.Token(context.Background()); err != nil || tok.AccessToken != "fixed" || st.Refreshes() {
		t.Fatalf("fixed token: %v %v, refreshes %v", tok, err, st.Refreshes())
	}
	n := 0
	src := oauthtoken.New(config.Auth{TokenSource: sourceFunc(func() (*oauth2.Token, error) {
		n++
		return &oauth2.Token{AccessToken: "t" + string(rune('0'+n)), Expiry: time.Now().Add(time.Hour)}, nil
	})}, nil)
	_, g, _ := src.Token(context.Background())
	tok, _, _ := src.Refresh(context.Background(), g)
	if tok.AccessToken != "t2" || n != 2 {
		t.Fatalf("a caller's source asked %d times, token %q", n, tok.AccessToken)
	}
}

type sourceFunc func() (*oauth2.Token, error)

func (f sourceFunc) Token() (*oauth2.Token, error) { return f() }

func TestRefreshSameToken(t *testing.T) {
	src := oauthtoken.New(config.Auth{TokenSource: oauth2.StaticTokenSource(&oauth2.Token{AccessToken: "cached"})}, nil)
	_, g, _ := src.Token(context.Background())
	if _, _, err := src.Refresh(context.Background(), g); !errors.Is(err, oauthtoken.ErrSameToken) {
		t.Fatalf("Refresh = %v, want ErrSameToken", err)
	}
}

// expires_in counts by the Source's clock, not the system's: a Sender
// with its own clock (WithClock) sees the token expire on that clock.
func TestExpiryByTheSourcesClock(t *testing.T) {
	as := oauthtest.New(oauthtest.Client{ID: "app", Secret: "sec", Username: "u"})
	defer as.Close()
	as.TTL = 10 * time.Minute
	c := &clock{t: time.Now().Add(-time.Hour)}
	src := oauthtoken.New(config.Auth{OAuth2: &config.OAuth2{Flow: config.OAuth2ClientCredentials, TokenURL: as.TokenURL(),
		ClientID: "app", ClientSecret: "sec"}}, c.now)
	if _, _, err := src.Token(context.Background()); err != nil {
		t.Fatal(err)
	}
	c.add(11 * time.Minute)
	if _, _, err := src.Token(context.Background()); err != nil || as.Fetches() != 2 {
		t.Fatalf("%d fetches (%v), want 2: the token expired by the Source's clock", as.Fetches(), err)
	}
}
