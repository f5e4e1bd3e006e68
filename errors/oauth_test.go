package errors

import (
	"strings"
	"testing"
)

func TestOAuthHints(t *testing.T) {
	ms := "https://login.microsoftonline.com/tenant/oauth2/v2.0/token"
	google := "https://oauth2.googleapis.com/token"
	refused := &Error{Kind: KindAuthFailed, Stage: StageAuth, Code: 535, Enhanced: "5.7.8", Text: "Error: authentication failed",
		Hints: []Hint{{"Check the password", "Auth.Password"}, {"Some providers want an app password", "Auth.Mechanism"}, {"Wait before trying again", ""}}}
	for _, tc := range []struct {
		name      string
		e         *Error
		f         OAuthFacts
		field     string // the first hint's
		has       string // in the first hint
		alsoField string // another hint's field, "" to skip
	}{
		{"expired refresh token", &Error{Kind: KindAuthFailed, Stage: StageAuth},
			OAuthFacts{TokenURL: google, Flow: "refresh-token", TokenError: "invalid_grant"},
			"Auth.OAuth2.RefreshToken", "expired or was revoked", ""},
		{"wrong scope at the endpoint, Google", &Error{Kind: KindAuthFailed, Stage: StageAuth},
			OAuthFacts{TokenURL: google, Flow: "refresh-token", TokenError: "invalid_scope"},
			"Auth.OAuth2.Scopes", "https://mail.google.com/", ""},
		{"insufficient scope from the server, Microsoft delegated", refused,
			OAuthFacts{Host: "smtp.office365.com", TokenURL: ms, Flow: "refresh-token", Status: "insufficient_scope"},
			"Auth.OAuth2.Scopes", "https://outlook.office.com/SMTP.Send", "Auth.OAuth2.ClientID"},
		{"app not granted, Microsoft", &Error{Kind: KindAuthFailed, Stage: StageAuth},
			OAuthFacts{TokenURL: ms, Flow: "client-credentials", TokenError: "unauthorized_client"},
			"Auth.OAuth2.ClientID", "SMTP.SendAsApp", ""},
		{"consent missing, AADSTS65001", &Error{Kind: KindAuthFailed, Stage: StageAuth},
			OAuthFacts{TokenURL: ms, Flow: "client-credentials", TokenError: "invalid_request", TokenErrorDescription: "AADSTS65001: The user or administrator has not consented"},
			"Auth.OAuth2.ClientID", "admin consent", ""},
		{"SMTP AUTH disabled, Microsoft 365", &Error{Kind: KindAuthFailed, Stage: StageAuth, Code: 535, Enhanced: "5.7.139",
			Text: "Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox."},
			OAuthFacts{Host: "smtp.office365.com", TokenURL: ms, Flow: "client-credentials", Refreshed: true},
			"Auth.Username", "SMTP AUTH is turned off", ""},
		{"refused after a refresh", refused,
			OAuthFacts{TokenURL: "http://127.0.0.1:1/token", Flow: "client-credentials", Refreshed: true, Status: "invalid_token"},
			"Auth.Username", "freshly fetched", "Auth.OAuth2.Scopes"},
		{"fixed token refused", refused,
			OAuthFacts{Host: "smtp.gmail.com", Fixed: true, Status: "401"},
			"Auth.OAuth2", "never renewed", "Auth.OAuth2.Scopes"},
		{"bad client secret", &Error{Kind: KindAuthFailed, Stage: StageAuth},
			OAuthFacts{TokenURL: ms, Flow: "client-credentials", TokenError: "invalid_client", TokenErrorDescription: "AADSTS7000215: Invalid client secret provided."},
			"Auth.OAuth2.ClientSecret", "client_secret", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			hs := OAuthHints(tc.e, tc.f)
			if len(hs) == 0 || hs[0].Field != tc.field || !strings.Contains(hs[0].Text, tc.has) {
				t.Fatalf("hints %v, want the first for %s with %q", hs, tc.field, tc.has)
			}
			also := tc.alsoField == ""
			for _, h := range hs {
				if h.Field == "Auth.Password" || strings.Contains(h.Text, "app password") {
					t.Errorf("a password hint for an OAuth2 login: %v", h)
				}
				also = also || h.Field == tc.alsoField
			}
			if !also {
				t.Errorf("no hint for %s in %v", tc.alsoField, hs)
			}
		})
	}
	// The error's own hints follow, less the password ones.
	hs := OAuthHints(refused, OAuthFacts{Refreshed: true})
	if hs[len(hs)-1].Text != "Wait before trying again" {
		t.Errorf("the error's own hints are dropped: %v", hs)
	}
}

// Microsoft's 5.7.139 refusal of an OAuth2 login, refined as any reply
// (which adds provider.go's hint for password logins: "enable
// authenticated SMTP ... or use OAuth2"), gets the fix once, and no hint
// to use the OAuth2 the login already uses.
func TestOAuthHintsSMTPAuthDisabledOnce(t *testing.T) {
	e := &Error{Kind: KindAuthFailed, Stage: StageAuth, Code: 535, Enhanced: "5.7.139",
		Text: "Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled"}
	e.Refine(Options{Host: "smtp.office365.com", Port: 587, TLSMode: "starttls", AuthConfigured: true, AuthMechanism: "xoauth2"})
	n := 0
	for _, h := range OAuthHints(e, OAuthFacts{Host: "smtp.office365.com", Flow: "client-credentials"}) {
		if strings.Contains(h.Text, "aka.ms/smtp_auth_disabled") {
			n++
		}
		if strings.Contains(strings.ToLower(h.Text), "use oauth2") {
			t.Errorf("a hint to use OAuth2 for an OAuth2 login: %q", h.Text)
		}
	}
	if n != 1 {
		t.Errorf("%d hints with the fix for SMTP AUTH turned off, want 1", n)
	}
}
