package config

import (
	"encoding/json"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"testing"

	"golang.org/x/oauth2"
	"gopkg.in/yaml.v3"
)

func oauthSMTP(o *OAuth2) SMTP {
	s := validSMTP()
	s.Auth = Auth{Username: "robot@example.org", OAuth2: o}
	return s
}

func TestValidateOAuth2(t *testing.T) {
	cc := func() *OAuth2 {
		return &OAuth2{Flow: OAuth2ClientCredentials, TokenURL: "https://login.microsoftonline.com/t/oauth2/v2.0/token",
			ClientID: "app", ClientSecret: "s3cret", Scopes: []string{"https://outlook.office365.com/.default"}}
	}
	for _, tc := range []struct {
		name   string
		change func(*SMTP)
		want   []string // the fields reported; nil: valid
		fixHas string   // a piece of the first problem's fix
	}{
		{"client credentials", func(*SMTP) {}, nil, ""},
		{"refresh token, public client", func(s *SMTP) {
			s.Auth.OAuth2 = &OAuth2{Flow: OAuth2RefreshToken, TokenURL: "https://oauth2.googleapis.com/token", ClientID: "app", RefreshToken: "rt"}
		}, nil, ""},
		{"http on loopback", func(s *SMTP) { s.Auth.OAuth2.TokenURL = "http://127.0.0.1:8080/token" }, nil, ""},
		{"token source in code", func(s *SMTP) {
			s.Auth.OAuth2 = nil
			s.Auth.TokenSource = oauth2.StaticTokenSource(&oauth2.Token{AccessToken: "x"})
			s.Auth.Mechanism = AuthOAuthBearer
		}, nil, ""},
		{"missing flow", func(s *SMTP) { s.Auth.OAuth2.Flow = "" }, []string{"Auth.OAuth2.Flow"}, "client-credentials"},
		{"flow misspelt", func(s *SMTP) { s.Auth.OAuth2.Flow = "client-credential" }, []string{"Auth.OAuth2.Flow"}, `did you mean "client-credentials"`},
		{"no secret", func(s *SMTP) { s.Auth.OAuth2.ClientSecret = "" }, []string{"Auth.OAuth2.ClientSecret"}, "TASKMAIL_SMTP_AUTH_OAUTH2_CLIENT_SECRET"},
		{"no refresh token", func(s *SMTP) { s.Auth.OAuth2.Flow = OAuth2RefreshToken }, []string{"Auth.OAuth2.RefreshToken"}, "smtp.auth.oauth2.refresh_token"},
		{"no client id", func(s *SMTP) { s.Auth.OAuth2.ClientID = "" }, []string{"Auth.OAuth2.ClientID"}, "client ID"},
		{"no token url", func(s *SMTP) { s.Auth.OAuth2.TokenURL = "" }, []string{"Auth.OAuth2.TokenURL"}, "login.microsoftonline.com"},
		{"http elsewhere", func(s *SMTP) { s.Auth.OAuth2.TokenURL = "http://login.example.org/token" }, []string{"Auth.OAuth2.TokenURL"}, "use https"},
		{"scope with spaces", func(s *SMTP) { s.Auth.OAuth2.Scopes = []string{"a b"} }, []string{"Auth.OAuth2.Scopes[0]"}, "one scope per list item"},
		{"password mechanism", func(s *SMTP) { s.Auth.Mechanism = AuthPlain }, []string{"Auth.Mechanism", "Auth.Password"}, "auto, xoauth2 or oauthbearer"},
		{"token and oauth2", func(s *SMTP) { s.Auth.Token = "tok" }, []string{"Auth.Token"}, "keep one"},
		{"no username", func(s *SMTP) { s.Auth.Username = ""; s.Auth.Mechanism = AuthXOAUTH2 }, []string{"Auth.Username"}, "account to log in as"},
		{"xoauth2 without a token", func(s *SMTP) { s.Auth.OAuth2 = nil; s.Auth.Mechanism = AuthXOAUTH2 }, []string{"Auth.Token"}, "smtp.auth.oauth2"},
		{"plain text", func(s *SMTP) { s.TLS = TLSNone; s.Port = 25 }, []string{"TLS"}, "starttls or implicit"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := oauthSMTP(cc())
			tc.change(&s)
			err := s.WithDefaults().Validate()
			got := fields(t, err)
			if !slices.Equal(got, tc.want) {
				t.Fatalf("fields %v, want %v: %v", got, tc.want, err)
			}
			if tc.fixHas != "" && !strings.Contains(FieldErrors(err)[0].Fix, tc.fixHas) {
				t.Errorf("fix %q, want it to contain %q", FieldErrors(err)[0].Fix, tc.fixHas)
			}
			if err != nil && strings.Contains(err.Error(), "s3cret") {
				t.Errorf("the secret shows: %v", err)
			}
		})
	}
}

// A token source often holds its last token (oauth2.ReuseTokenSource):
// printing, logging or encoding the options must not show it, nor the
// OAuth2 secrets.
func TestOAuth2SecretsNeverShow(t *testing.T) {
	const tok, secret, refresh = "ya29.access-token-value", "client-secret-value", "1//refresh-token-value"
	f := File{SMTP: oauthSMTP(&OAuth2{Flow: OAuth2RefreshToken, TokenURL: "https://oauth2.googleapis.com/token",
		ClientID: "app", ClientSecret: secret, RefreshToken: refresh})}
	f.SMTP.Auth.TokenSource = oauth2.ReuseTokenSource(&oauth2.Token{AccessToken: tok, RefreshToken: refresh}, nil)
	var texts []string
	for _, v := range []any{f, &f, f.SMTP, f.SMTP.Auth, &f.SMTP.Auth, *f.SMTP.Auth.OAuth2, f.SMTP.Auth.OAuth2} {
		for _, verb := range []string{"%v", "%+v", "%#v", "%s"} {
			texts = append(texts, fmt.Sprintf(verb, v))
		}
		js, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		y, err := yaml.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		slog.New(slog.NewTextHandler(&b, nil)).Info("options", "v", v)
		slog.New(slog.NewJSONHandler(&b, nil)).Info("options", "v", v)
		texts = append(texts, string(js), string(y), b.String())
	}
	for _, text := range texts {
		for _, s := range []string{tok, secret, refresh} {
			if strings.Contains(text, s) {
				t.Errorf("%q shows in %s", s, text)
			}
		}
	}
	if got := fmt.Sprintf("%+v", f.SMTP.Auth); !strings.Contains(got, "TokenSource:[redacted]") {
		t.Errorf("%%+v of Auth = %s, want the token source shown as [redacted]", got)
	}
}

func TestOAuth2FromEnvAndFile(t *testing.T) {
	env := map[string]string{
		"TASKMAIL_SMTP_AUTH_OAUTH2_FLOW":          "refresh-token",
		"TASKMAIL_SMTP_AUTH_OAUTH2_TOKEN_URL":     "https://oauth2.googleapis.com/token",
		"TASKMAIL_SMTP_AUTH_OAUTH2_CLIENT_ID":     "app",
		"TASKMAIL_SMTP_AUTH_OAUTH2_REFRESH_TOKEN": "rt",
		"TASKMAIL_SMTP_AUTH_OAUTH2_SCOPES":        "https://mail.google.com/",
	}
	var f File
	if err := ApplyEnv(&f, func(k string) (string, bool) { v, ok := env[k]; return v, ok }); err != nil {
		t.Fatal(err)
	}
	o := f.SMTP.Auth.OAuth2
	if o == nil || o.Flow != OAuth2RefreshToken || o.RefreshToken.Reveal() != "rt" || !slices.Equal(o.Scopes, []string{"https://mail.google.com/"}) {
		t.Fatalf("from the environment: %+v", o)
	}
	var g File
	if err := yaml.Unmarshal([]byte("smtp:\n  auth:\n    oauth2: {flow: client-credentials, client_secret: abc, scopes: [x]}\n"), &g); err != nil {
		t.Fatal(err)
	}
	if o := g.SMTP.Auth.OAuth2; o == nil || o.ClientSecret.Reveal() != "abc" || o.Flow != OAuth2ClientCredentials {
		t.Fatalf("from YAML: %+v", o)
	}
	// WithDefaults' copy shares nothing with the options given.
	d := g.SMTP.WithDefaults()
	d.Auth.OAuth2.Scopes[0] = "changed"
	if g.SMTP.Auth.OAuth2.Scopes[0] != "x" {
		t.Error("WithDefaults' copy shares the scopes with the original")
	}
}
